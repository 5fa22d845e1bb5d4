//! Types of `microsoft.graph` by the first letters of their names (`p_r`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.platformCredentialAuthenticationMethod`, entity type, derived from `microsoft.graph.authenticationMethod`, key `id`.
///
/// Request builders: [`PlatformCredentialAuthenticationMethodPath`](requests/struct.PlatformCredentialAuthenticationMethodPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct PlatformCredentialAuthenticationMethod {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `keyStrength`: `microsoft.graph.authenticationMethodKeyStrength`, nullable.
    pub key_strength: rt::Field<crate::v1::AuthenticationMethodKeyStrength>,
    /// CSDL: property `platform`: `microsoft.graph.authenticationMethodPlatform`, nullable.
    pub platform: rt::Field<crate::v1::AuthenticationMethodPlatform>,
    /// CSDL: navigation property `device`: `microsoft.graph.device`, nullable.
    pub device: rt::Field<crate::v1::Device>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for PlatformCredentialAuthenticationMethod {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            key_strength: rt::Field::Absent,
            platform: rt::Field::Absent,
            device: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for PlatformCredentialAuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.platformCredentialAuthenticationMethod";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "keyStrength",
        "platform",
        "device",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdDateTime\":",
        ",\"displayName\":",
        ",\"keyStrength\":",
        ",\"platform\":",
        ",\"device\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.platformCredentialAuthenticationMethod\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.key_strength.read_from(r),
            4usize => self.platform.read_from(r),
            5usize => self.device.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.key_strength);
        w.field(4usize, &self.platform);
        w.field(5usize, &self.device);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_date_time),
            2usize => ::std::option::Option::Some(&self.display_name),
            3usize => ::std::option::Option::Some(&self.key_strength),
            4usize => ::std::option::Option::Some(&self.platform),
            5usize => ::std::option::Option::Some(&self.device),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_date_time", &self.created_date_time);
        d.field(2usize, "display_name", &self.display_name);
        d.field(3usize, "key_strength", &self.key_strength);
        d.field(4usize, "platform", &self.platform);
        d.field(5usize, "device", &self.device);
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
rt::impl_object!(PlatformCredentialAuthenticationMethod);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    PlatformCredentialAuthenticationMethod { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_key_strength key_strength : crate
    ::v1::AuthenticationMethodKeyStrength; with_platform platform : crate
    ::v1::AuthenticationMethodPlatform; with_device device : crate ::v1::Device; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlatformCredentialAuthenticationMethod);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.policyBase`, entity type, derived from `microsoft.graph.directoryObject`, abstract, key `id`.
///
/// Request builders: [`PolicyBasePath`](requests/struct.PolicyBasePath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct PolicyBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for PolicyBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for PolicyBase {
    const TYPE_NAME: &'static str = "microsoft.graph.policyBase";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"deletedDateTime\":",
        ",\"description\":",
        ",\"displayName\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.policyBase\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.deleted_date_time),
            2usize => ::std::option::Option::Some(&self.description),
            3usize => ::std::option::Option::Some(&self.display_name),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "deleted_date_time", &self.deleted_date_time);
        d.field(2usize, "description", &self.description);
        d.field(3usize, "display_name", &self.display_name);
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
rt::impl_object!(PolicyBase);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    PolicyBase { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PolicyBase);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.policyBase` or any type derived from it, selected by `@odata.type` (13 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPolicyBase {
    PolicyBase(::std::boxed::Box<crate::v1::PolicyBase>),
    ActivityBasedTimeoutPolicy(::std::boxed::Box<crate::v1::ActivityBasedTimeoutPolicy>),
    AppManagementPolicy(::std::boxed::Box<crate::v1::AppManagementPolicy>),
    AuthorizationPolicy(::std::boxed::Box<crate::v1::AuthorizationPolicy>),
    ClaimsMappingPolicy(::std::boxed::Box<crate::v1::ClaimsMappingPolicy>),
    CrossTenantAccessPolicy(::std::boxed::Box<crate::v1::CrossTenantAccessPolicy>),
    HomeRealmDiscoveryPolicy(::std::boxed::Box<crate::v1::HomeRealmDiscoveryPolicy>),
    IdentitySecurityDefaultsEnforcementPolicy(
        ::std::boxed::Box<crate::v1::IdentitySecurityDefaultsEnforcementPolicy>,
    ),
    PermissionGrantPolicy(::std::boxed::Box<crate::v1::PermissionGrantPolicy>),
    StsPolicy(::std::boxed::Box<crate::v1::StsPolicy>),
    TenantAppManagementPolicy(::std::boxed::Box<crate::v1::TenantAppManagementPolicy>),
    TokenIssuancePolicy(::std::boxed::Box<crate::v1::TokenIssuancePolicy>),
    TokenLifetimePolicy(::std::boxed::Box<crate::v1::TokenLifetimePolicy>),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyPolicyBase {
    #[inline]
    fn default() -> Self {
        Self::PolicyBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PolicyBase> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::v1::PolicyBase) -> Self {
        Self::PolicyBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ActivityBasedTimeoutPolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::v1::ActivityBasedTimeoutPolicy) -> Self {
        Self::ActivityBasedTimeoutPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AppManagementPolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::v1::AppManagementPolicy) -> Self {
        Self::AppManagementPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AuthorizationPolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::v1::AuthorizationPolicy) -> Self {
        Self::AuthorizationPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ClaimsMappingPolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::v1::ClaimsMappingPolicy) -> Self {
        Self::ClaimsMappingPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CrossTenantAccessPolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::v1::CrossTenantAccessPolicy) -> Self {
        Self::CrossTenantAccessPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::HomeRealmDiscoveryPolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::v1::HomeRealmDiscoveryPolicy) -> Self {
        Self::HomeRealmDiscoveryPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IdentitySecurityDefaultsEnforcementPolicy>
for AnyPolicyBase {
    #[inline]
    fn from(v: crate::v1::IdentitySecurityDefaultsEnforcementPolicy) -> Self {
        Self::IdentitySecurityDefaultsEnforcementPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PermissionGrantPolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::v1::PermissionGrantPolicy) -> Self {
        Self::PermissionGrantPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::StsPolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::v1::StsPolicy) -> Self {
        Self::StsPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TenantAppManagementPolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::v1::TenantAppManagementPolicy) -> Self {
        Self::TenantAppManagementPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TokenIssuancePolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::v1::TokenIssuancePolicy) -> Self {
        Self::TokenIssuancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TokenLifetimePolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::v1::TokenLifetimePolicy) -> Self {
        Self::TokenLifetimePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyPolicyBase {
    const BASE_NAME: &'static str = "microsoft.graph.policyBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            ::std::option::Option::Some("microsoft.graph.activityBasedTimeoutPolicy") => {
                rt::object::read_boxed(r).map(Self::ActivityBasedTimeoutPolicy)
            }
            ::std::option::Option::Some("microsoft.graph.appManagementPolicy") => {
                rt::object::read_boxed(r).map(Self::AppManagementPolicy)
            }
            ::std::option::Option::Some("microsoft.graph.authorizationPolicy") => {
                rt::object::read_boxed(r).map(Self::AuthorizationPolicy)
            }
            ::std::option::Option::Some("microsoft.graph.claimsMappingPolicy") => {
                rt::object::read_boxed(r).map(Self::ClaimsMappingPolicy)
            }
            ::std::option::Option::Some("microsoft.graph.crossTenantAccessPolicy") => {
                rt::object::read_boxed(r).map(Self::CrossTenantAccessPolicy)
            }
            ::std::option::Option::Some("microsoft.graph.homeRealmDiscoveryPolicy") => {
                rt::object::read_boxed(r).map(Self::HomeRealmDiscoveryPolicy)
            }
            ::std::option::Option::Some(
                "microsoft.graph.identitySecurityDefaultsEnforcementPolicy",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::IdentitySecurityDefaultsEnforcementPolicy)
            }
            ::std::option::Option::Some("microsoft.graph.permissionGrantPolicy") => {
                rt::object::read_boxed(r).map(Self::PermissionGrantPolicy)
            }
            ::std::option::Option::Some("microsoft.graph.stsPolicy") => {
                rt::object::read_boxed(r).map(Self::StsPolicy)
            }
            ::std::option::Option::Some("microsoft.graph.tenantAppManagementPolicy") => {
                rt::object::read_boxed(r).map(Self::TenantAppManagementPolicy)
            }
            ::std::option::Option::Some("microsoft.graph.tokenIssuancePolicy") => {
                rt::object::read_boxed(r).map(Self::TokenIssuancePolicy)
            }
            ::std::option::Option::Some("microsoft.graph.tokenLifetimePolicy") => {
                rt::object::read_boxed(r).map(Self::TokenLifetimePolicy)
            }
            _ => rt::object::read_boxed(r).map(Self::PolicyBase),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::PolicyBase(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            Self::ActivityBasedTimeoutPolicy(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.activityBasedTimeoutPolicy",
                    ),
                )
            }
            Self::AppManagementPolicy(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.appManagementPolicy"),
                )
            }
            Self::AuthorizationPolicy(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.authorizationPolicy"),
                )
            }
            Self::ClaimsMappingPolicy(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.claimsMappingPolicy"),
                )
            }
            Self::CrossTenantAccessPolicy(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.crossTenantAccessPolicy",
                    ),
                )
            }
            Self::HomeRealmDiscoveryPolicy(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.homeRealmDiscoveryPolicy",
                    ),
                )
            }
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.identitySecurityDefaultsEnforcementPolicy",
                    ),
                )
            }
            Self::PermissionGrantPolicy(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.permissionGrantPolicy"),
                )
            }
            Self::StsPolicy(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.stsPolicy"),
                )
            }
            Self::TenantAppManagementPolicy(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.tenantAppManagementPolicy",
                    ),
                )
            }
            Self::TokenIssuancePolicy(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.tokenIssuancePolicy"),
                )
            }
            Self::TokenLifetimePolicy(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.tokenLifetimePolicy"),
                )
            }
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyPolicyBase {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::PolicyBase(_) => "microsoft.graph.policyBase",
            Self::ActivityBasedTimeoutPolicy(_) => {
                "microsoft.graph.activityBasedTimeoutPolicy"
            }
            Self::AppManagementPolicy(_) => "microsoft.graph.appManagementPolicy",
            Self::AuthorizationPolicy(_) => "microsoft.graph.authorizationPolicy",
            Self::ClaimsMappingPolicy(_) => "microsoft.graph.claimsMappingPolicy",
            Self::CrossTenantAccessPolicy(_) => "microsoft.graph.crossTenantAccessPolicy",
            Self::HomeRealmDiscoveryPolicy(_) => {
                "microsoft.graph.homeRealmDiscoveryPolicy"
            }
            Self::IdentitySecurityDefaultsEnforcementPolicy(_) => {
                "microsoft.graph.identitySecurityDefaultsEnforcementPolicy"
            }
            Self::PermissionGrantPolicy(_) => "microsoft.graph.permissionGrantPolicy",
            Self::StsPolicy(_) => "microsoft.graph.stsPolicy",
            Self::TenantAppManagementPolicy(_) => {
                "microsoft.graph.tenantAppManagementPolicy"
            }
            Self::TokenIssuancePolicy(_) => "microsoft.graph.tokenIssuancePolicy",
            Self::TokenLifetimePolicy(_) => "microsoft.graph.tokenLifetimePolicy",
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::PolicyBase(v) => &v.extra,
            Self::ActivityBasedTimeoutPolicy(v) => &v.extra,
            Self::AppManagementPolicy(v) => &v.extra,
            Self::AuthorizationPolicy(v) => &v.extra,
            Self::ClaimsMappingPolicy(v) => &v.extra,
            Self::CrossTenantAccessPolicy(v) => &v.extra,
            Self::HomeRealmDiscoveryPolicy(v) => &v.extra,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &v.extra,
            Self::PermissionGrantPolicy(v) => &v.extra,
            Self::StsPolicy(v) => &v.extra,
            Self::TenantAppManagementPolicy(v) => &v.extra,
            Self::TokenIssuancePolicy(v) => &v.extra,
            Self::TokenLifetimePolicy(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::PolicyBase(v) => &mut v.extra,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.extra,
            Self::AppManagementPolicy(v) => &mut v.extra,
            Self::AuthorizationPolicy(v) => &mut v.extra,
            Self::ClaimsMappingPolicy(v) => &mut v.extra,
            Self::CrossTenantAccessPolicy(v) => &mut v.extra,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.extra,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &mut v.extra,
            Self::PermissionGrantPolicy(v) => &mut v.extra,
            Self::StsPolicy(v) => &mut v.extra,
            Self::TenantAppManagementPolicy(v) => &mut v.extra,
            Self::TokenIssuancePolicy(v) => &mut v.extra,
            Self::TokenLifetimePolicy(v) => &mut v.extra,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PolicyBase(v) => &v.id,
            Self::ActivityBasedTimeoutPolicy(v) => &v.id,
            Self::AppManagementPolicy(v) => &v.id,
            Self::AuthorizationPolicy(v) => &v.id,
            Self::ClaimsMappingPolicy(v) => &v.id,
            Self::CrossTenantAccessPolicy(v) => &v.id,
            Self::HomeRealmDiscoveryPolicy(v) => &v.id,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &v.id,
            Self::PermissionGrantPolicy(v) => &v.id,
            Self::StsPolicy(v) => &v.id,
            Self::TenantAppManagementPolicy(v) => &v.id,
            Self::TokenIssuancePolicy(v) => &v.id,
            Self::TokenLifetimePolicy(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PolicyBase(v) => &mut v.id,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.id,
            Self::AppManagementPolicy(v) => &mut v.id,
            Self::AuthorizationPolicy(v) => &mut v.id,
            Self::ClaimsMappingPolicy(v) => &mut v.id,
            Self::CrossTenantAccessPolicy(v) => &mut v.id,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.id,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &mut v.id,
            Self::PermissionGrantPolicy(v) => &mut v.id,
            Self::StsPolicy(v) => &mut v.id,
            Self::TenantAppManagementPolicy(v) => &mut v.id,
            Self::TokenIssuancePolicy(v) => &mut v.id,
            Self::TokenLifetimePolicy(v) => &mut v.id,
        }
    }
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PolicyBase(v) => &v.deleted_date_time,
            Self::ActivityBasedTimeoutPolicy(v) => &v.deleted_date_time,
            Self::AppManagementPolicy(v) => &v.deleted_date_time,
            Self::AuthorizationPolicy(v) => &v.deleted_date_time,
            Self::ClaimsMappingPolicy(v) => &v.deleted_date_time,
            Self::CrossTenantAccessPolicy(v) => &v.deleted_date_time,
            Self::HomeRealmDiscoveryPolicy(v) => &v.deleted_date_time,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &v.deleted_date_time,
            Self::PermissionGrantPolicy(v) => &v.deleted_date_time,
            Self::StsPolicy(v) => &v.deleted_date_time,
            Self::TenantAppManagementPolicy(v) => &v.deleted_date_time,
            Self::TokenIssuancePolicy(v) => &v.deleted_date_time,
            Self::TokenLifetimePolicy(v) => &v.deleted_date_time,
        }
    }
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PolicyBase(v) => &mut v.deleted_date_time,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.deleted_date_time,
            Self::AppManagementPolicy(v) => &mut v.deleted_date_time,
            Self::AuthorizationPolicy(v) => &mut v.deleted_date_time,
            Self::ClaimsMappingPolicy(v) => &mut v.deleted_date_time,
            Self::CrossTenantAccessPolicy(v) => &mut v.deleted_date_time,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.deleted_date_time,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => {
                &mut v.deleted_date_time
            }
            Self::PermissionGrantPolicy(v) => &mut v.deleted_date_time,
            Self::StsPolicy(v) => &mut v.deleted_date_time,
            Self::TenantAppManagementPolicy(v) => &mut v.deleted_date_time,
            Self::TokenIssuancePolicy(v) => &mut v.deleted_date_time,
            Self::TokenLifetimePolicy(v) => &mut v.deleted_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PolicyBase(v) => &v.description,
            Self::ActivityBasedTimeoutPolicy(v) => &v.description,
            Self::AppManagementPolicy(v) => &v.description,
            Self::AuthorizationPolicy(v) => &v.description,
            Self::ClaimsMappingPolicy(v) => &v.description,
            Self::CrossTenantAccessPolicy(v) => &v.description,
            Self::HomeRealmDiscoveryPolicy(v) => &v.description,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &v.description,
            Self::PermissionGrantPolicy(v) => &v.description,
            Self::StsPolicy(v) => &v.description,
            Self::TenantAppManagementPolicy(v) => &v.description,
            Self::TokenIssuancePolicy(v) => &v.description,
            Self::TokenLifetimePolicy(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PolicyBase(v) => &mut v.description,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.description,
            Self::AppManagementPolicy(v) => &mut v.description,
            Self::AuthorizationPolicy(v) => &mut v.description,
            Self::ClaimsMappingPolicy(v) => &mut v.description,
            Self::CrossTenantAccessPolicy(v) => &mut v.description,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.description,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &mut v.description,
            Self::PermissionGrantPolicy(v) => &mut v.description,
            Self::StsPolicy(v) => &mut v.description,
            Self::TenantAppManagementPolicy(v) => &mut v.description,
            Self::TokenIssuancePolicy(v) => &mut v.description,
            Self::TokenLifetimePolicy(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PolicyBase(v) => &v.display_name,
            Self::ActivityBasedTimeoutPolicy(v) => &v.display_name,
            Self::AppManagementPolicy(v) => &v.display_name,
            Self::AuthorizationPolicy(v) => &v.display_name,
            Self::ClaimsMappingPolicy(v) => &v.display_name,
            Self::CrossTenantAccessPolicy(v) => &v.display_name,
            Self::HomeRealmDiscoveryPolicy(v) => &v.display_name,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &v.display_name,
            Self::PermissionGrantPolicy(v) => &v.display_name,
            Self::StsPolicy(v) => &v.display_name,
            Self::TenantAppManagementPolicy(v) => &v.display_name,
            Self::TokenIssuancePolicy(v) => &v.display_name,
            Self::TokenLifetimePolicy(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PolicyBase(v) => &mut v.display_name,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.display_name,
            Self::AppManagementPolicy(v) => &mut v.display_name,
            Self::AuthorizationPolicy(v) => &mut v.display_name,
            Self::ClaimsMappingPolicy(v) => &mut v.display_name,
            Self::CrossTenantAccessPolicy(v) => &mut v.display_name,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.display_name,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &mut v.display_name,
            Self::PermissionGrantPolicy(v) => &mut v.display_name,
            Self::StsPolicy(v) => &mut v.display_name,
            Self::TenantAppManagementPolicy(v) => &mut v.display_name,
            Self::TokenIssuancePolicy(v) => &mut v.display_name,
            Self::TokenLifetimePolicy(v) => &mut v.display_name,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyPolicyBase);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPolicyBase);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.policyRoot`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PolicyRootPath`](requests/struct.PolicyRootPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct PolicyRoot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `activityBasedTimeoutPolicies`: `Collection(microsoft.graph.activityBasedTimeoutPolicy)`, not nullable.
    pub activity_based_timeout_policies: rt::Field<
        ::std::vec::Vec<crate::v1::ActivityBasedTimeoutPolicy>,
    >,
    /// CSDL: containment navigation property `adminConsentRequestPolicy`: `microsoft.graph.adminConsentRequestPolicy`, nullable.
    pub admin_consent_request_policy: rt::Field<crate::v1::AdminConsentRequestPolicy>,
    /// CSDL: containment navigation property `appManagementPolicies`: `Collection(microsoft.graph.appManagementPolicy)`, not nullable.
    pub app_management_policies: rt::Field<
        ::std::vec::Vec<crate::v1::AppManagementPolicy>,
    >,
    /// CSDL: containment navigation property `authenticationFlowsPolicy`: `microsoft.graph.authenticationFlowsPolicy`, nullable.
    pub authentication_flows_policy: rt::Field<crate::v1::AuthenticationFlowsPolicy>,
    /// CSDL: containment navigation property `authenticationMethodsPolicy`: `microsoft.graph.authenticationMethodsPolicy`, nullable.
    pub authentication_methods_policy: rt::Field<crate::v1::AuthenticationMethodsPolicy>,
    /// CSDL: containment navigation property `authenticationStrengthPolicies`: `Collection(microsoft.graph.authenticationStrengthPolicy)`, not nullable.
    pub authentication_strength_policies: rt::Field<
        ::std::vec::Vec<crate::v1::AuthenticationStrengthPolicy>,
    >,
    /// CSDL: containment navigation property `authorizationPolicy`: `microsoft.graph.authorizationPolicy`, nullable.
    pub authorization_policy: rt::Field<crate::v1::AuthorizationPolicy>,
    /// CSDL: containment navigation property `claimsMappingPolicies`: `Collection(microsoft.graph.claimsMappingPolicy)`, not nullable.
    pub claims_mapping_policies: rt::Field<
        ::std::vec::Vec<crate::v1::ClaimsMappingPolicy>,
    >,
    /// CSDL: containment navigation property `conditionalAccessPolicies`: `Collection(microsoft.graph.conditionalAccessPolicy)`, not nullable.
    pub conditional_access_policies: rt::Field<
        ::std::vec::Vec<crate::v1::AnyConditionalAccessPolicy>,
    >,
    /// CSDL: containment navigation property `crossTenantAccessPolicy`: `microsoft.graph.crossTenantAccessPolicy`, nullable.
    pub cross_tenant_access_policy: rt::Field<crate::v1::CrossTenantAccessPolicy>,
    /// CSDL: containment navigation property `defaultAppManagementPolicy`: `microsoft.graph.tenantAppManagementPolicy`, nullable.
    pub default_app_management_policy: rt::Field<crate::v1::TenantAppManagementPolicy>,
    /// CSDL: containment navigation property `deviceRegistrationPolicy`: `microsoft.graph.deviceRegistrationPolicy`, nullable.
    pub device_registration_policy: rt::Field<crate::v1::DeviceRegistrationPolicy>,
    /// CSDL: containment navigation property `featureRolloutPolicies`: `Collection(microsoft.graph.featureRolloutPolicy)`, not nullable.
    pub feature_rollout_policies: rt::Field<
        ::std::vec::Vec<crate::v1::FeatureRolloutPolicy>,
    >,
    /// CSDL: containment navigation property `federatedTokenValidationPolicy`: `microsoft.graph.federatedTokenValidationPolicy`, nullable.
    pub federated_token_validation_policy: rt::Field<
        crate::v1::FederatedTokenValidationPolicy,
    >,
    /// CSDL: containment navigation property `homeRealmDiscoveryPolicies`: `Collection(microsoft.graph.homeRealmDiscoveryPolicy)`, not nullable.
    pub home_realm_discovery_policies: rt::Field<
        ::std::vec::Vec<crate::v1::HomeRealmDiscoveryPolicy>,
    >,
    /// CSDL: containment navigation property `identitySecurityDefaultsEnforcementPolicy`: `microsoft.graph.identitySecurityDefaultsEnforcementPolicy`, nullable.
    pub identity_security_defaults_enforcement_policy: rt::Field<
        crate::v1::IdentitySecurityDefaultsEnforcementPolicy,
    >,
    /// CSDL: containment navigation property `ownerlessGroupPolicy`: `microsoft.graph.ownerlessGroupPolicy`, nullable.
    pub ownerless_group_policy: rt::Field<crate::v1::OwnerlessGroupPolicy>,
    /// CSDL: containment navigation property `permissionGrantPolicies`: `Collection(microsoft.graph.permissionGrantPolicy)`, not nullable.
    pub permission_grant_policies: rt::Field<
        ::std::vec::Vec<crate::v1::PermissionGrantPolicy>,
    >,
    /// CSDL: containment navigation property `roleManagementPolicies`: `Collection(microsoft.graph.unifiedRoleManagementPolicy)`, not nullable.
    pub role_management_policies: rt::Field<
        ::std::vec::Vec<crate::v1::UnifiedRoleManagementPolicy>,
    >,
    /// CSDL: containment navigation property `roleManagementPolicyAssignments`: `Collection(microsoft.graph.unifiedRoleManagementPolicyAssignment)`, not nullable.
    pub role_management_policy_assignments: rt::Field<
        ::std::vec::Vec<crate::v1::UnifiedRoleManagementPolicyAssignment>,
    >,
    /// CSDL: containment navigation property `tokenIssuancePolicies`: `Collection(microsoft.graph.tokenIssuancePolicy)`, not nullable.
    pub token_issuance_policies: rt::Field<
        ::std::vec::Vec<crate::v1::TokenIssuancePolicy>,
    >,
    /// CSDL: containment navigation property `tokenLifetimePolicies`: `Collection(microsoft.graph.tokenLifetimePolicy)`, not nullable.
    pub token_lifetime_policies: rt::Field<
        ::std::vec::Vec<crate::v1::TokenLifetimePolicy>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::default::Default for PolicyRoot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activity_based_timeout_policies: rt::Field::Absent,
            admin_consent_request_policy: rt::Field::Absent,
            app_management_policies: rt::Field::Absent,
            authentication_flows_policy: rt::Field::Absent,
            authentication_methods_policy: rt::Field::Absent,
            authentication_strength_policies: rt::Field::Absent,
            authorization_policy: rt::Field::Absent,
            claims_mapping_policies: rt::Field::Absent,
            conditional_access_policies: rt::Field::Absent,
            cross_tenant_access_policy: rt::Field::Absent,
            default_app_management_policy: rt::Field::Absent,
            device_registration_policy: rt::Field::Absent,
            feature_rollout_policies: rt::Field::Absent,
            federated_token_validation_policy: rt::Field::Absent,
            home_realm_discovery_policies: rt::Field::Absent,
            identity_security_defaults_enforcement_policy: rt::Field::Absent,
            ownerless_group_policy: rt::Field::Absent,
            permission_grant_policies: rt::Field::Absent,
            role_management_policies: rt::Field::Absent,
            role_management_policy_assignments: rt::Field::Absent,
            token_issuance_policies: rt::Field::Absent,
            token_lifetime_policies: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::Object for PolicyRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.policyRoot";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activityBasedTimeoutPolicies",
        "adminConsentRequestPolicy",
        "appManagementPolicies",
        "authenticationFlowsPolicy",
        "authenticationMethodsPolicy",
        "authenticationStrengthPolicies",
        "authorizationPolicy",
        "claimsMappingPolicies",
        "conditionalAccessPolicies",
        "crossTenantAccessPolicy",
        "defaultAppManagementPolicy",
        "deviceRegistrationPolicy",
        "featureRolloutPolicies",
        "federatedTokenValidationPolicy",
        "homeRealmDiscoveryPolicies",
        "identitySecurityDefaultsEnforcementPolicy",
        "ownerlessGroupPolicy",
        "permissionGrantPolicies",
        "roleManagementPolicies",
        "roleManagementPolicyAssignments",
        "tokenIssuancePolicies",
        "tokenLifetimePolicies",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"activityBasedTimeoutPolicies\":",
        ",\"adminConsentRequestPolicy\":",
        ",\"appManagementPolicies\":",
        ",\"authenticationFlowsPolicy\":",
        ",\"authenticationMethodsPolicy\":",
        ",\"authenticationStrengthPolicies\":",
        ",\"authorizationPolicy\":",
        ",\"claimsMappingPolicies\":",
        ",\"conditionalAccessPolicies\":",
        ",\"crossTenantAccessPolicy\":",
        ",\"defaultAppManagementPolicy\":",
        ",\"deviceRegistrationPolicy\":",
        ",\"featureRolloutPolicies\":",
        ",\"federatedTokenValidationPolicy\":",
        ",\"homeRealmDiscoveryPolicies\":",
        ",\"identitySecurityDefaultsEnforcementPolicy\":",
        ",\"ownerlessGroupPolicy\":",
        ",\"permissionGrantPolicies\":",
        ",\"roleManagementPolicies\":",
        ",\"roleManagementPolicyAssignments\":",
        ",\"tokenIssuancePolicies\":",
        ",\"tokenLifetimePolicies\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.policyRoot\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activity_based_timeout_policies.read_from(r),
            2usize => self.admin_consent_request_policy.read_from(r),
            3usize => self.app_management_policies.read_from(r),
            4usize => self.authentication_flows_policy.read_from(r),
            5usize => self.authentication_methods_policy.read_from(r),
            6usize => self.authentication_strength_policies.read_from(r),
            7usize => self.authorization_policy.read_from(r),
            8usize => self.claims_mapping_policies.read_from(r),
            9usize => self.conditional_access_policies.read_from(r),
            10usize => self.cross_tenant_access_policy.read_from(r),
            11usize => self.default_app_management_policy.read_from(r),
            12usize => self.device_registration_policy.read_from(r),
            13usize => self.feature_rollout_policies.read_from(r),
            14usize => self.federated_token_validation_policy.read_from(r),
            15usize => self.home_realm_discovery_policies.read_from(r),
            16usize => self.identity_security_defaults_enforcement_policy.read_from(r),
            17usize => self.ownerless_group_policy.read_from(r),
            18usize => self.permission_grant_policies.read_from(r),
            19usize => self.role_management_policies.read_from(r),
            20usize => self.role_management_policy_assignments.read_from(r),
            21usize => self.token_issuance_policies.read_from(r),
            22usize => self.token_lifetime_policies.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activity_based_timeout_policies);
        w.field(2usize, &self.admin_consent_request_policy);
        w.field(3usize, &self.app_management_policies);
        w.field(4usize, &self.authentication_flows_policy);
        w.field(5usize, &self.authentication_methods_policy);
        w.field(6usize, &self.authentication_strength_policies);
        w.field(7usize, &self.authorization_policy);
        w.field(8usize, &self.claims_mapping_policies);
        w.field(9usize, &self.conditional_access_policies);
        w.field(10usize, &self.cross_tenant_access_policy);
        w.field(11usize, &self.default_app_management_policy);
        w.field(12usize, &self.device_registration_policy);
        w.field(13usize, &self.feature_rollout_policies);
        w.field(14usize, &self.federated_token_validation_policy);
        w.field(15usize, &self.home_realm_discovery_policies);
        w.field(16usize, &self.identity_security_defaults_enforcement_policy);
        w.field(17usize, &self.ownerless_group_policy);
        w.field(18usize, &self.permission_grant_policies);
        w.field(19usize, &self.role_management_policies);
        w.field(20usize, &self.role_management_policy_assignments);
        w.field(21usize, &self.token_issuance_policies);
        w.field(22usize, &self.token_lifetime_policies);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.activity_based_timeout_policies),
            2usize => ::std::option::Option::Some(&self.admin_consent_request_policy),
            3usize => ::std::option::Option::Some(&self.app_management_policies),
            4usize => ::std::option::Option::Some(&self.authentication_flows_policy),
            5usize => ::std::option::Option::Some(&self.authentication_methods_policy),
            6usize => ::std::option::Option::Some(&self.authentication_strength_policies),
            7usize => ::std::option::Option::Some(&self.authorization_policy),
            8usize => ::std::option::Option::Some(&self.claims_mapping_policies),
            9usize => ::std::option::Option::Some(&self.conditional_access_policies),
            10usize => ::std::option::Option::Some(&self.cross_tenant_access_policy),
            11usize => ::std::option::Option::Some(&self.default_app_management_policy),
            12usize => ::std::option::Option::Some(&self.device_registration_policy),
            13usize => ::std::option::Option::Some(&self.feature_rollout_policies),
            14usize => {
                ::std::option::Option::Some(&self.federated_token_validation_policy)
            }
            15usize => ::std::option::Option::Some(&self.home_realm_discovery_policies),
            16usize => {
                ::std::option::Option::Some(
                    &self.identity_security_defaults_enforcement_policy,
                )
            }
            17usize => ::std::option::Option::Some(&self.ownerless_group_policy),
            18usize => ::std::option::Option::Some(&self.permission_grant_policies),
            19usize => ::std::option::Option::Some(&self.role_management_policies),
            20usize => {
                ::std::option::Option::Some(&self.role_management_policy_assignments)
            }
            21usize => ::std::option::Option::Some(&self.token_issuance_policies),
            22usize => ::std::option::Option::Some(&self.token_lifetime_policies),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(
            1usize,
            "activity_based_timeout_policies",
            &self.activity_based_timeout_policies,
        );
        d.field(
            2usize,
            "admin_consent_request_policy",
            &self.admin_consent_request_policy,
        );
        d.field(3usize, "app_management_policies", &self.app_management_policies);
        d.field(
            4usize,
            "authentication_flows_policy",
            &self.authentication_flows_policy,
        );
        d.field(
            5usize,
            "authentication_methods_policy",
            &self.authentication_methods_policy,
        );
        d.field(
            6usize,
            "authentication_strength_policies",
            &self.authentication_strength_policies,
        );
        d.field(7usize, "authorization_policy", &self.authorization_policy);
        d.field(8usize, "claims_mapping_policies", &self.claims_mapping_policies);
        d.field(
            9usize,
            "conditional_access_policies",
            &self.conditional_access_policies,
        );
        d.field(10usize, "cross_tenant_access_policy", &self.cross_tenant_access_policy);
        d.field(
            11usize,
            "default_app_management_policy",
            &self.default_app_management_policy,
        );
        d.field(12usize, "device_registration_policy", &self.device_registration_policy);
        d.field(13usize, "feature_rollout_policies", &self.feature_rollout_policies);
        d.field(
            14usize,
            "federated_token_validation_policy",
            &self.federated_token_validation_policy,
        );
        d.field(
            15usize,
            "home_realm_discovery_policies",
            &self.home_realm_discovery_policies,
        );
        d.field(
            16usize,
            "identity_security_defaults_enforcement_policy",
            &self.identity_security_defaults_enforcement_policy,
        );
        d.field(17usize, "ownerless_group_policy", &self.ownerless_group_policy);
        d.field(18usize, "permission_grant_policies", &self.permission_grant_policies);
        d.field(19usize, "role_management_policies", &self.role_management_policies);
        d.field(
            20usize,
            "role_management_policy_assignments",
            &self.role_management_policy_assignments,
        );
        d.field(21usize, "token_issuance_policies", &self.token_issuance_policies);
        d.field(22usize, "token_lifetime_policies", &self.token_lifetime_policies);
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
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_object!(PolicyRoot);
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_setters!(
    PolicyRoot { with_id id : ::std::string::String; with_activity_based_timeout_policies
    activity_based_timeout_policies : ::std::vec::Vec < crate
    ::v1::ActivityBasedTimeoutPolicy >; with_admin_consent_request_policy
    admin_consent_request_policy : crate ::v1::AdminConsentRequestPolicy;
    with_app_management_policies app_management_policies : ::std::vec::Vec < crate
    ::v1::AppManagementPolicy >; with_authentication_flows_policy
    authentication_flows_policy : crate ::v1::AuthenticationFlowsPolicy;
    with_authentication_methods_policy authentication_methods_policy : crate
    ::v1::AuthenticationMethodsPolicy; with_authentication_strength_policies
    authentication_strength_policies : ::std::vec::Vec < crate
    ::v1::AuthenticationStrengthPolicy >; with_authorization_policy authorization_policy
    : crate ::v1::AuthorizationPolicy; with_claims_mapping_policies
    claims_mapping_policies : ::std::vec::Vec < crate ::v1::ClaimsMappingPolicy >;
    with_conditional_access_policies conditional_access_policies : ::std::vec::Vec <
    crate ::v1::AnyConditionalAccessPolicy >; with_cross_tenant_access_policy
    cross_tenant_access_policy : crate ::v1::CrossTenantAccessPolicy;
    with_default_app_management_policy default_app_management_policy : crate
    ::v1::TenantAppManagementPolicy; with_device_registration_policy
    device_registration_policy : crate ::v1::DeviceRegistrationPolicy;
    with_feature_rollout_policies feature_rollout_policies : ::std::vec::Vec < crate
    ::v1::FeatureRolloutPolicy >; with_federated_token_validation_policy
    federated_token_validation_policy : crate ::v1::FederatedTokenValidationPolicy;
    with_home_realm_discovery_policies home_realm_discovery_policies : ::std::vec::Vec <
    crate ::v1::HomeRealmDiscoveryPolicy >;
    with_identity_security_defaults_enforcement_policy
    identity_security_defaults_enforcement_policy : crate
    ::v1::IdentitySecurityDefaultsEnforcementPolicy; with_ownerless_group_policy
    ownerless_group_policy : crate ::v1::OwnerlessGroupPolicy;
    with_permission_grant_policies permission_grant_policies : ::std::vec::Vec < crate
    ::v1::PermissionGrantPolicy >; with_role_management_policies role_management_policies
    : ::std::vec::Vec < crate ::v1::UnifiedRoleManagementPolicy >;
    with_role_management_policy_assignments role_management_policy_assignments :
    ::std::vec::Vec < crate ::v1::UnifiedRoleManagementPolicyAssignment >;
    with_token_issuance_policies token_issuance_policies : ::std::vec::Vec < crate
    ::v1::TokenIssuancePolicy >; with_token_lifetime_policies token_lifetime_policies :
    ::std::vec::Vec < crate ::v1::TokenLifetimePolicy >; }
);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PolicyRoot);
#[cfg(msgraph_v1_print)]
/// CSDL: `microsoft.graph.print`, entity type.
///
/// Request builders: [`PrintPath`](requests/struct.PrintPath.html), the type of a path to one.
///
/// Features: `v1` or `v1-print`.
#[derive(Clone, PartialEq)]
pub struct Print {
    /// CSDL: property `settings`: `microsoft.graph.printSettings`, nullable.
    pub settings: rt::Field<crate::v1::PrintSettings>,
    /// CSDL: containment navigation property `connectors`: `Collection(microsoft.graph.printConnector)`, not nullable.
    pub connectors: rt::Field<::std::vec::Vec<crate::v1::PrintConnector>>,
    /// CSDL: containment navigation property `operations`: `Collection(microsoft.graph.printOperation)`, not nullable.
    pub operations: rt::Field<::std::vec::Vec<crate::v1::AnyPrintOperation>>,
    /// CSDL: containment navigation property `printers`: `Collection(microsoft.graph.printer)`, not nullable.
    pub printers: rt::Field<::std::vec::Vec<crate::v1::Printer>>,
    /// CSDL: containment navigation property `services`: `Collection(microsoft.graph.printService)`, not nullable.
    pub services: rt::Field<::std::vec::Vec<crate::v1::PrintService>>,
    /// CSDL: containment navigation property `shares`: `Collection(microsoft.graph.printerShare)`, not nullable.
    pub shares: rt::Field<::std::vec::Vec<crate::v1::PrinterShare>>,
    /// CSDL: containment navigation property `taskDefinitions`: `Collection(microsoft.graph.printTaskDefinition)`, not nullable.
    pub task_definitions: rt::Field<::std::vec::Vec<crate::v1::PrintTaskDefinition>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_print)]
impl ::std::default::Default for Print {
    #[inline]
    fn default() -> Self {
        Self {
            settings: rt::Field::Absent,
            connectors: rt::Field::Absent,
            operations: rt::Field::Absent,
            printers: rt::Field::Absent,
            services: rt::Field::Absent,
            shares: rt::Field::Absent,
            task_definitions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_print)]
impl rt::Object for Print {
    const TYPE_NAME: &'static str = "microsoft.graph.print";
    const KEYS: &'static [&'static str] = &[
        "settings",
        "connectors",
        "operations",
        "printers",
        "services",
        "shares",
        "taskDefinitions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settings\":",
        ",\"connectors\":",
        ",\"operations\":",
        ",\"printers\":",
        ",\"services\":",
        ",\"shares\":",
        ",\"taskDefinitions\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.print\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.settings.read_from(r),
            1usize => self.connectors.read_from(r),
            2usize => self.operations.read_from(r),
            3usize => self.printers.read_from(r),
            4usize => self.services.read_from(r),
            5usize => self.shares.read_from(r),
            6usize => self.task_definitions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.settings);
        w.field(1usize, &self.connectors);
        w.field(2usize, &self.operations);
        w.field(3usize, &self.printers);
        w.field(4usize, &self.services);
        w.field(5usize, &self.shares);
        w.field(6usize, &self.task_definitions);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.settings),
            1usize => ::std::option::Option::Some(&self.connectors),
            2usize => ::std::option::Option::Some(&self.operations),
            3usize => ::std::option::Option::Some(&self.printers),
            4usize => ::std::option::Option::Some(&self.services),
            5usize => ::std::option::Option::Some(&self.shares),
            6usize => ::std::option::Option::Some(&self.task_definitions),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "settings", &self.settings);
        d.field(1usize, "connectors", &self.connectors);
        d.field(2usize, "operations", &self.operations);
        d.field(3usize, "printers", &self.printers);
        d.field(4usize, "services", &self.services);
        d.field(5usize, "shares", &self.shares);
        d.field(6usize, "task_definitions", &self.task_definitions);
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
#[cfg(msgraph_v1_print)]
rt::impl_object!(Print);
#[cfg(msgraph_v1_print)]
rt::impl_setters!(
    Print { with_settings settings : crate ::v1::PrintSettings; with_connectors
    connectors : ::std::vec::Vec < crate ::v1::PrintConnector >; with_operations
    operations : ::std::vec::Vec < crate ::v1::AnyPrintOperation >; with_printers
    printers : ::std::vec::Vec < crate ::v1::Printer >; with_services services :
    ::std::vec::Vec < crate ::v1::PrintService >; with_shares shares : ::std::vec::Vec <
    crate ::v1::PrinterShare >; with_task_definitions task_definitions : ::std::vec::Vec
    < crate ::v1::PrintTaskDefinition >; }
);
#[cfg(msgraph_v1_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(Print);
#[cfg(msgraph_v1_print_or_search)]
/// CSDL: `microsoft.graph.printOperation`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`PrintOperationPath`](requests/struct.PrintOperationPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-print`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct PrintOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.printOperationStatus`, not nullable.
    pub status: rt::Field<crate::v1::PrintOperationStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_print_or_search)]
impl ::std::default::Default for PrintOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::Object for PrintOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.printOperation";
    const KEYS: &'static [&'static str] = &["id", "createdDateTime", "status"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdDateTime\":",
        ",\"status\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printOperation\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.status);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_date_time),
            2usize => ::std::option::Option::Some(&self.status),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_date_time", &self.created_date_time);
        d.field(2usize, "status", &self.status);
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
#[cfg(msgraph_v1_print_or_search)]
rt::impl_object!(PrintOperation);
#[cfg(msgraph_v1_print_or_search)]
rt::impl_setters!(
    PrintOperation { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_status status : crate
    ::v1::PrintOperationStatus; }
);
#[cfg(msgraph_v1_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintOperation);
#[cfg(msgraph_v1_print_or_search)]
/// `microsoft.graph.printOperation` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-print`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPrintOperation {
    PrintOperation(::std::boxed::Box<crate::v1::PrintOperation>),
    PrinterCreateOperation(::std::boxed::Box<crate::v1::PrinterCreateOperation>),
}
#[cfg(msgraph_v1_print_or_search)]
impl ::std::default::Default for AnyPrintOperation {
    #[inline]
    fn default() -> Self {
        Self::PrintOperation(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrintOperation> for AnyPrintOperation {
    #[inline]
    fn from(v: crate::v1::PrintOperation) -> Self {
        Self::PrintOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrinterCreateOperation> for AnyPrintOperation {
    #[inline]
    fn from(v: crate::v1::PrinterCreateOperation) -> Self {
        Self::PrinterCreateOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::Poly for AnyPrintOperation {
    const BASE_NAME: &'static str = "microsoft.graph.printOperation";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            ::std::option::Option::Some("microsoft.graph.printerCreateOperation") => {
                rt::object::read_boxed(r).map(Self::PrinterCreateOperation)
            }
            _ => rt::object::read_boxed(r).map(Self::PrintOperation),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::PrintOperation(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            Self::PrinterCreateOperation(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.printerCreateOperation",
                    ),
                )
            }
        }
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl AnyPrintOperation {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::PrintOperation(_) => "microsoft.graph.printOperation",
            Self::PrinterCreateOperation(_) => "microsoft.graph.printerCreateOperation",
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::PrintOperation(v) => &v.extra,
            Self::PrinterCreateOperation(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::PrintOperation(v) => &mut v.extra,
            Self::PrinterCreateOperation(v) => &mut v.extra,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PrintOperation(v) => &v.id,
            Self::PrinterCreateOperation(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrintOperation(v) => &mut v.id,
            Self::PrinterCreateOperation(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrintOperation(v) => &v.created_date_time,
            Self::PrinterCreateOperation(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrintOperation(v) => &mut v.created_date_time,
            Self::PrinterCreateOperation(v) => &mut v.created_date_time,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::v1::PrintOperationStatus> {
        match self {
            Self::PrintOperation(v) => &v.status,
            Self::PrinterCreateOperation(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<crate::v1::PrintOperationStatus> {
        match self {
            Self::PrintOperation(v) => &mut v.status,
            Self::PrinterCreateOperation(v) => &mut v.status,
        }
    }
}
#[cfg(msgraph_v1_print_or_search)]
rt::impl_poly!(AnyPrintOperation);
#[cfg(msgraph_v1_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPrintOperation);
#[cfg(msgraph_v1_print_or_search)]
/// CSDL: `microsoft.graph.printer`, entity type, derived from `microsoft.graph.printerBase`, key `id`.
///
/// Request builders: [`PrinterPath`](requests/struct.PrinterPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-print`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct Printer {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `capabilities`: `microsoft.graph.printerCapabilities`, nullable.
    pub capabilities: rt::Field<crate::v1::PrinterCapabilities>,
    /// CSDL: property `defaults`: `microsoft.graph.printerDefaults`, nullable.
    pub defaults: rt::Field<crate::v1::PrinterDefaults>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isAcceptingJobs`: `Edm.Boolean`, nullable.
    pub is_accepting_jobs: rt::Field<bool>,
    /// CSDL: property `location`: `microsoft.graph.printerLocation`, nullable.
    pub location: rt::Field<crate::v1::PrinterLocation>,
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.printerStatus`, not nullable.
    pub status: rt::Field<crate::v1::PrinterStatus>,
    /// CSDL: containment navigation property `jobs`: `Collection(microsoft.graph.printJob)`, not nullable.
    pub jobs: rt::Field<::std::vec::Vec<crate::v1::PrintJob>>,
    /// CSDL: property `hasPhysicalDevice`: `Edm.Boolean`, not nullable.
    pub has_physical_device: rt::Field<bool>,
    /// CSDL: property `isShared`: `Edm.Boolean`, not nullable.
    pub is_shared: rt::Field<bool>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `registeredDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub registered_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: navigation property `connectors`: `Collection(microsoft.graph.printConnector)`, not nullable.
    pub connectors: rt::Field<::std::vec::Vec<crate::v1::PrintConnector>>,
    /// CSDL: navigation property `shares`: `Collection(microsoft.graph.printerShare)`, not nullable.
    pub shares: rt::Field<::std::vec::Vec<crate::v1::PrinterShare>>,
    /// CSDL: containment navigation property `taskTriggers`: `Collection(microsoft.graph.printTaskTrigger)`, not nullable.
    pub task_triggers: rt::Field<::std::vec::Vec<crate::v1::PrintTaskTrigger>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_print_or_search)]
impl ::std::default::Default for Printer {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            capabilities: rt::Field::Absent,
            defaults: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_accepting_jobs: rt::Field::Absent,
            location: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            model: rt::Field::Absent,
            status: rt::Field::Absent,
            jobs: rt::Field::Absent,
            has_physical_device: rt::Field::Absent,
            is_shared: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            registered_date_time: rt::Field::Absent,
            connectors: rt::Field::Absent,
            shares: rt::Field::Absent,
            task_triggers: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::Object for Printer {
    const TYPE_NAME: &'static str = "microsoft.graph.printer";
    const KEYS: &'static [&'static str] = &[
        "id",
        "capabilities",
        "defaults",
        "displayName",
        "isAcceptingJobs",
        "location",
        "manufacturer",
        "model",
        "status",
        "jobs",
        "hasPhysicalDevice",
        "isShared",
        "lastSeenDateTime",
        "registeredDateTime",
        "connectors",
        "shares",
        "taskTriggers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"capabilities\":",
        ",\"defaults\":",
        ",\"displayName\":",
        ",\"isAcceptingJobs\":",
        ",\"location\":",
        ",\"manufacturer\":",
        ",\"model\":",
        ",\"status\":",
        ",\"jobs\":",
        ",\"hasPhysicalDevice\":",
        ",\"isShared\":",
        ",\"lastSeenDateTime\":",
        ",\"registeredDateTime\":",
        ",\"connectors\":",
        ",\"shares\":",
        ",\"taskTriggers\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printer\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.capabilities.read_from(r),
            2usize => self.defaults.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.is_accepting_jobs.read_from(r),
            5usize => self.location.read_from(r),
            6usize => self.manufacturer.read_from(r),
            7usize => self.model.read_from(r),
            8usize => self.status.read_from(r),
            9usize => self.jobs.read_from(r),
            10usize => self.has_physical_device.read_from(r),
            11usize => self.is_shared.read_from(r),
            12usize => self.last_seen_date_time.read_from(r),
            13usize => self.registered_date_time.read_from(r),
            14usize => self.connectors.read_from(r),
            15usize => self.shares.read_from(r),
            16usize => self.task_triggers.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.capabilities);
        w.field(2usize, &self.defaults);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.is_accepting_jobs);
        w.field(5usize, &self.location);
        w.field(6usize, &self.manufacturer);
        w.field(7usize, &self.model);
        w.field(8usize, &self.status);
        w.field(9usize, &self.jobs);
        w.field(10usize, &self.has_physical_device);
        w.field(11usize, &self.is_shared);
        w.field(12usize, &self.last_seen_date_time);
        w.field(13usize, &self.registered_date_time);
        w.field(14usize, &self.connectors);
        w.field(15usize, &self.shares);
        w.field(16usize, &self.task_triggers);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.capabilities),
            2usize => ::std::option::Option::Some(&self.defaults),
            3usize => ::std::option::Option::Some(&self.display_name),
            4usize => ::std::option::Option::Some(&self.is_accepting_jobs),
            5usize => ::std::option::Option::Some(&self.location),
            6usize => ::std::option::Option::Some(&self.manufacturer),
            7usize => ::std::option::Option::Some(&self.model),
            8usize => ::std::option::Option::Some(&self.status),
            9usize => ::std::option::Option::Some(&self.jobs),
            10usize => ::std::option::Option::Some(&self.has_physical_device),
            11usize => ::std::option::Option::Some(&self.is_shared),
            12usize => ::std::option::Option::Some(&self.last_seen_date_time),
            13usize => ::std::option::Option::Some(&self.registered_date_time),
            14usize => ::std::option::Option::Some(&self.connectors),
            15usize => ::std::option::Option::Some(&self.shares),
            16usize => ::std::option::Option::Some(&self.task_triggers),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "capabilities", &self.capabilities);
        d.field(2usize, "defaults", &self.defaults);
        d.field(3usize, "display_name", &self.display_name);
        d.field(4usize, "is_accepting_jobs", &self.is_accepting_jobs);
        d.field(5usize, "location", &self.location);
        d.field(6usize, "manufacturer", &self.manufacturer);
        d.field(7usize, "model", &self.model);
        d.field(8usize, "status", &self.status);
        d.field(9usize, "jobs", &self.jobs);
        d.field(10usize, "has_physical_device", &self.has_physical_device);
        d.field(11usize, "is_shared", &self.is_shared);
        d.field(12usize, "last_seen_date_time", &self.last_seen_date_time);
        d.field(13usize, "registered_date_time", &self.registered_date_time);
        d.field(14usize, "connectors", &self.connectors);
        d.field(15usize, "shares", &self.shares);
        d.field(16usize, "task_triggers", &self.task_triggers);
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
#[cfg(msgraph_v1_print_or_search)]
rt::impl_object!(Printer);
#[cfg(msgraph_v1_print_or_search)]
rt::impl_setters!(
    Printer { with_id id : ::std::string::String; with_capabilities capabilities : crate
    ::v1::PrinterCapabilities; with_defaults defaults : crate ::v1::PrinterDefaults;
    with_display_name display_name : ::std::string::String; with_is_accepting_jobs
    is_accepting_jobs : bool; with_location location : crate ::v1::PrinterLocation;
    with_manufacturer manufacturer : ::std::string::String; with_model model :
    ::std::string::String; with_status status : crate ::v1::PrinterStatus; with_jobs jobs
    : ::std::vec::Vec < crate ::v1::PrintJob >; with_has_physical_device
    has_physical_device : bool; with_is_shared is_shared : bool; with_last_seen_date_time
    last_seen_date_time : rt::edm::DateTimeOffset; with_registered_date_time
    registered_date_time : rt::edm::DateTimeOffset; with_connectors connectors :
    ::std::vec::Vec < crate ::v1::PrintConnector >; with_shares shares : ::std::vec::Vec
    < crate ::v1::PrinterShare >; with_task_triggers task_triggers : ::std::vec::Vec <
    crate ::v1::PrintTaskTrigger >; }
);
#[cfg(msgraph_v1_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Printer);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printerBase`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`PrinterBasePath`](requests/struct.PrinterBasePath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct PrinterBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `capabilities`: `microsoft.graph.printerCapabilities`, nullable.
    pub capabilities: rt::Field<crate::v1::PrinterCapabilities>,
    /// CSDL: property `defaults`: `microsoft.graph.printerDefaults`, nullable.
    pub defaults: rt::Field<crate::v1::PrinterDefaults>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isAcceptingJobs`: `Edm.Boolean`, nullable.
    pub is_accepting_jobs: rt::Field<bool>,
    /// CSDL: property `location`: `microsoft.graph.printerLocation`, nullable.
    pub location: rt::Field<crate::v1::PrinterLocation>,
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.printerStatus`, not nullable.
    pub status: rt::Field<crate::v1::PrinterStatus>,
    /// CSDL: containment navigation property `jobs`: `Collection(microsoft.graph.printJob)`, not nullable.
    pub jobs: rt::Field<::std::vec::Vec<crate::v1::PrintJob>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::default::Default for PrinterBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            capabilities: rt::Field::Absent,
            defaults: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_accepting_jobs: rt::Field::Absent,
            location: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            model: rt::Field::Absent,
            status: rt::Field::Absent,
            jobs: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::Object for PrinterBase {
    const TYPE_NAME: &'static str = "microsoft.graph.printerBase";
    const KEYS: &'static [&'static str] = &[
        "id",
        "capabilities",
        "defaults",
        "displayName",
        "isAcceptingJobs",
        "location",
        "manufacturer",
        "model",
        "status",
        "jobs",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"capabilities\":",
        ",\"defaults\":",
        ",\"displayName\":",
        ",\"isAcceptingJobs\":",
        ",\"location\":",
        ",\"manufacturer\":",
        ",\"model\":",
        ",\"status\":",
        ",\"jobs\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printerBase\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.capabilities.read_from(r),
            2usize => self.defaults.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.is_accepting_jobs.read_from(r),
            5usize => self.location.read_from(r),
            6usize => self.manufacturer.read_from(r),
            7usize => self.model.read_from(r),
            8usize => self.status.read_from(r),
            9usize => self.jobs.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.capabilities);
        w.field(2usize, &self.defaults);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.is_accepting_jobs);
        w.field(5usize, &self.location);
        w.field(6usize, &self.manufacturer);
        w.field(7usize, &self.model);
        w.field(8usize, &self.status);
        w.field(9usize, &self.jobs);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.capabilities),
            2usize => ::std::option::Option::Some(&self.defaults),
            3usize => ::std::option::Option::Some(&self.display_name),
            4usize => ::std::option::Option::Some(&self.is_accepting_jobs),
            5usize => ::std::option::Option::Some(&self.location),
            6usize => ::std::option::Option::Some(&self.manufacturer),
            7usize => ::std::option::Option::Some(&self.model),
            8usize => ::std::option::Option::Some(&self.status),
            9usize => ::std::option::Option::Some(&self.jobs),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "capabilities", &self.capabilities);
        d.field(2usize, "defaults", &self.defaults);
        d.field(3usize, "display_name", &self.display_name);
        d.field(4usize, "is_accepting_jobs", &self.is_accepting_jobs);
        d.field(5usize, "location", &self.location);
        d.field(6usize, "manufacturer", &self.manufacturer);
        d.field(7usize, "model", &self.model);
        d.field(8usize, "status", &self.status);
        d.field(9usize, "jobs", &self.jobs);
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
#[cfg(msgraph_v1_core_or_print)]
rt::impl_object!(PrinterBase);
#[cfg(msgraph_v1_core_or_print)]
rt::impl_setters!(
    PrinterBase { with_id id : ::std::string::String; with_capabilities capabilities :
    crate ::v1::PrinterCapabilities; with_defaults defaults : crate
    ::v1::PrinterDefaults; with_display_name display_name : ::std::string::String;
    with_is_accepting_jobs is_accepting_jobs : bool; with_location location : crate
    ::v1::PrinterLocation; with_manufacturer manufacturer : ::std::string::String;
    with_model model : ::std::string::String; with_status status : crate
    ::v1::PrinterStatus; with_jobs jobs : ::std::vec::Vec < crate ::v1::PrintJob >; }
);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterBase);
#[cfg(msgraph_v1_core_or_print)]
/// `microsoft.graph.printerBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPrinterBase {
    PrinterBase(::std::boxed::Box<crate::v1::PrinterBase>),
    #[cfg(msgraph_v1_print_or_search)]
    Printer(::std::boxed::Box<crate::v1::Printer>),
    PrinterShare(::std::boxed::Box<crate::v1::PrinterShare>),
}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::default::Default for AnyPrinterBase {
    #[inline]
    fn default() -> Self {
        Self::PrinterBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_print)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrinterBase> for AnyPrinterBase {
    #[inline]
    fn from(v: crate::v1::PrinterBase) -> Self {
        Self::PrinterBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_print)]
#[cfg(msgraph_v1_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Printer> for AnyPrinterBase {
    #[inline]
    fn from(v: crate::v1::Printer) -> Self {
        Self::Printer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_print)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrinterShare> for AnyPrinterBase {
    #[inline]
    fn from(v: crate::v1::PrinterShare) -> Self {
        Self::PrinterShare(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::Poly for AnyPrinterBase {
    const BASE_NAME: &'static str = "microsoft.graph.printerBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            #[cfg(msgraph_v1_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printer") => {
                rt::object::read_boxed(r).map(Self::Printer)
            }
            ::std::option::Option::Some("microsoft.graph.printerShare") => {
                rt::object::read_boxed(r).map(Self::PrinterShare)
            }
            _ => rt::object::read_boxed(r).map(Self::PrinterBase),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::PrinterBase(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printer"),
                )
            }
            Self::PrinterShare(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printerShare"),
                )
            }
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl AnyPrinterBase {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::PrinterBase(_) => "microsoft.graph.printerBase",
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(_) => "microsoft.graph.printer",
            Self::PrinterShare(_) => "microsoft.graph.printerShare",
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::PrinterBase(v) => &v.extra,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &v.extra,
            Self::PrinterShare(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::PrinterBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &mut v.extra,
            Self::PrinterShare(v) => &mut v.extra,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PrinterBase(v) => &v.id,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &v.id,
            Self::PrinterShare(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrinterBase(v) => &mut v.id,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &mut v.id,
            Self::PrinterShare(v) => &mut v.id,
        }
    }
    /// `capabilities` of any variant.
    #[inline]
    pub fn capabilities(&self) -> &rt::Field<crate::v1::PrinterCapabilities> {
        match self {
            Self::PrinterBase(v) => &v.capabilities,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &v.capabilities,
            Self::PrinterShare(v) => &v.capabilities,
        }
    }
    /// `capabilities` of any variant.
    #[inline]
    pub fn capabilities_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::PrinterCapabilities> {
        match self {
            Self::PrinterBase(v) => &mut v.capabilities,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &mut v.capabilities,
            Self::PrinterShare(v) => &mut v.capabilities,
        }
    }
    /// `defaults` of any variant.
    #[inline]
    pub fn defaults(&self) -> &rt::Field<crate::v1::PrinterDefaults> {
        match self {
            Self::PrinterBase(v) => &v.defaults,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &v.defaults,
            Self::PrinterShare(v) => &v.defaults,
        }
    }
    /// `defaults` of any variant.
    #[inline]
    pub fn defaults_mut(&mut self) -> &mut rt::Field<crate::v1::PrinterDefaults> {
        match self {
            Self::PrinterBase(v) => &mut v.defaults,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &mut v.defaults,
            Self::PrinterShare(v) => &mut v.defaults,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PrinterBase(v) => &v.display_name,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &v.display_name,
            Self::PrinterShare(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrinterBase(v) => &mut v.display_name,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &mut v.display_name,
            Self::PrinterShare(v) => &mut v.display_name,
        }
    }
    /// `isAcceptingJobs` of any variant.
    #[inline]
    pub fn is_accepting_jobs(&self) -> &rt::Field<bool> {
        match self {
            Self::PrinterBase(v) => &v.is_accepting_jobs,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &v.is_accepting_jobs,
            Self::PrinterShare(v) => &v.is_accepting_jobs,
        }
    }
    /// `isAcceptingJobs` of any variant.
    #[inline]
    pub fn is_accepting_jobs_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::PrinterBase(v) => &mut v.is_accepting_jobs,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &mut v.is_accepting_jobs,
            Self::PrinterShare(v) => &mut v.is_accepting_jobs,
        }
    }
    /// `location` of any variant.
    #[inline]
    pub fn location(&self) -> &rt::Field<crate::v1::PrinterLocation> {
        match self {
            Self::PrinterBase(v) => &v.location,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &v.location,
            Self::PrinterShare(v) => &v.location,
        }
    }
    /// `location` of any variant.
    #[inline]
    pub fn location_mut(&mut self) -> &mut rt::Field<crate::v1::PrinterLocation> {
        match self {
            Self::PrinterBase(v) => &mut v.location,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &mut v.location,
            Self::PrinterShare(v) => &mut v.location,
        }
    }
    /// `manufacturer` of any variant.
    #[inline]
    pub fn manufacturer(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PrinterBase(v) => &v.manufacturer,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &v.manufacturer,
            Self::PrinterShare(v) => &v.manufacturer,
        }
    }
    /// `manufacturer` of any variant.
    #[inline]
    pub fn manufacturer_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrinterBase(v) => &mut v.manufacturer,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &mut v.manufacturer,
            Self::PrinterShare(v) => &mut v.manufacturer,
        }
    }
    /// `model` of any variant.
    #[inline]
    pub fn model(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PrinterBase(v) => &v.model,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &v.model,
            Self::PrinterShare(v) => &v.model,
        }
    }
    /// `model` of any variant.
    #[inline]
    pub fn model_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrinterBase(v) => &mut v.model,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &mut v.model,
            Self::PrinterShare(v) => &mut v.model,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::v1::PrinterStatus> {
        match self {
            Self::PrinterBase(v) => &v.status,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &v.status,
            Self::PrinterShare(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<crate::v1::PrinterStatus> {
        match self {
            Self::PrinterBase(v) => &mut v.status,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &mut v.status,
            Self::PrinterShare(v) => &mut v.status,
        }
    }
    /// `jobs` of any variant.
    #[inline]
    pub fn jobs(&self) -> &rt::Field<::std::vec::Vec<crate::v1::PrintJob>> {
        match self {
            Self::PrinterBase(v) => &v.jobs,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &v.jobs,
            Self::PrinterShare(v) => &v.jobs,
        }
    }
    /// `jobs` of any variant.
    #[inline]
    pub fn jobs_mut(&mut self) -> &mut rt::Field<::std::vec::Vec<crate::v1::PrintJob>> {
        match self {
            Self::PrinterBase(v) => &mut v.jobs,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &mut v.jobs,
            Self::PrinterShare(v) => &mut v.jobs,
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
rt::impl_poly!(AnyPrinterBase);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPrinterBase);
#[cfg(msgraph_v1_print_or_search)]
/// CSDL: `microsoft.graph.printerCreateOperation`, entity type, derived from `microsoft.graph.printOperation`, key `id`.
///
/// Request builders: [`PrinterCreateOperationPath`](requests/struct.PrinterCreateOperationPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-print`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct PrinterCreateOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.printOperationStatus`, not nullable.
    pub status: rt::Field<crate::v1::PrintOperationStatus>,
    /// CSDL: property `certificate`: `Edm.String`, nullable.
    pub certificate: rt::Field<::std::string::String>,
    /// CSDL: navigation property `printer`: `microsoft.graph.printer`, nullable.
    pub printer: rt::Field<crate::v1::Printer>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_print_or_search)]
impl ::std::default::Default for PrinterCreateOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            certificate: rt::Field::Absent,
            printer: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::Object for PrinterCreateOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.printerCreateOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "status",
        "certificate",
        "printer",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdDateTime\":",
        ",\"status\":",
        ",\"certificate\":",
        ",\"printer\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printerCreateOperation\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.status.read_from(r),
            3usize => self.certificate.read_from(r),
            4usize => self.printer.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.status);
        w.field(3usize, &self.certificate);
        w.field(4usize, &self.printer);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_date_time),
            2usize => ::std::option::Option::Some(&self.status),
            3usize => ::std::option::Option::Some(&self.certificate),
            4usize => ::std::option::Option::Some(&self.printer),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_date_time", &self.created_date_time);
        d.field(2usize, "status", &self.status);
        d.field(3usize, "certificate", &self.certificate);
        d.field(4usize, "printer", &self.printer);
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
#[cfg(msgraph_v1_print_or_search)]
rt::impl_object!(PrinterCreateOperation);
#[cfg(msgraph_v1_print_or_search)]
rt::impl_setters!(
    PrinterCreateOperation { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_status status : crate
    ::v1::PrintOperationStatus; with_certificate certificate : ::std::string::String;
    with_printer printer : crate ::v1::Printer; }
);
#[cfg(msgraph_v1_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterCreateOperation);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printerShare`, entity type, derived from `microsoft.graph.printerBase`, key `id`.
///
/// Request builders: [`PrinterSharePath`](requests/struct.PrinterSharePath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct PrinterShare {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `capabilities`: `microsoft.graph.printerCapabilities`, nullable.
    pub capabilities: rt::Field<crate::v1::PrinterCapabilities>,
    /// CSDL: property `defaults`: `microsoft.graph.printerDefaults`, nullable.
    pub defaults: rt::Field<crate::v1::PrinterDefaults>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isAcceptingJobs`: `Edm.Boolean`, nullable.
    pub is_accepting_jobs: rt::Field<bool>,
    /// CSDL: property `location`: `microsoft.graph.printerLocation`, nullable.
    pub location: rt::Field<crate::v1::PrinterLocation>,
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.printerStatus`, not nullable.
    pub status: rt::Field<crate::v1::PrinterStatus>,
    /// CSDL: containment navigation property `jobs`: `Collection(microsoft.graph.printJob)`, not nullable.
    pub jobs: rt::Field<::std::vec::Vec<crate::v1::PrintJob>>,
    /// CSDL: property `allowAllUsers`: `Edm.Boolean`, not nullable.
    pub allow_all_users: rt::Field<bool>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `viewPoint`: `microsoft.graph.printerShareViewpoint`, nullable.
    pub view_point: rt::Field<crate::v1::PrinterShareViewpoint>,
    /// CSDL: navigation property `allowedGroups`: `Collection(microsoft.graph.group)`, not nullable.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core)]
    pub allowed_groups: rt::Field<::std::vec::Vec<crate::v1::Group>>,
    /// CSDL: navigation property `allowedUsers`: `Collection(microsoft.graph.user)`, not nullable.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core)]
    pub allowed_users: rt::Field<::std::vec::Vec<crate::v1::AnyUser>>,
    /// CSDL: navigation property `printer`: `microsoft.graph.printer`, nullable.
    ///
    /// Features: `v1`, or one of `v1-print`, `v1-search`.
    #[cfg(msgraph_v1_print_or_search)]
    pub printer: rt::Field<crate::v1::Printer>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::default::Default for PrinterShare {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            capabilities: rt::Field::Absent,
            defaults: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_accepting_jobs: rt::Field::Absent,
            location: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            model: rt::Field::Absent,
            status: rt::Field::Absent,
            jobs: rt::Field::Absent,
            allow_all_users: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            view_point: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            allowed_groups: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            allowed_users: rt::Field::Absent,
            #[cfg(msgraph_v1_print_or_search)]
            printer: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::Object for PrinterShare {
    const TYPE_NAME: &'static str = "microsoft.graph.printerShare";
    const KEYS: &'static [&'static str] = &[
        "id",
        "capabilities",
        "defaults",
        "displayName",
        "isAcceptingJobs",
        "location",
        "manufacturer",
        "model",
        "status",
        "jobs",
        "allowAllUsers",
        "createdDateTime",
        "viewPoint",
        "allowedGroups",
        "allowedUsers",
        "printer",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"capabilities\":",
        ",\"defaults\":",
        ",\"displayName\":",
        ",\"isAcceptingJobs\":",
        ",\"location\":",
        ",\"manufacturer\":",
        ",\"model\":",
        ",\"status\":",
        ",\"jobs\":",
        ",\"allowAllUsers\":",
        ",\"createdDateTime\":",
        ",\"viewPoint\":",
        ",\"allowedGroups\":",
        ",\"allowedUsers\":",
        ",\"printer\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printerShare\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.capabilities.read_from(r),
            2usize => self.defaults.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.is_accepting_jobs.read_from(r),
            5usize => self.location.read_from(r),
            6usize => self.manufacturer.read_from(r),
            7usize => self.model.read_from(r),
            8usize => self.status.read_from(r),
            9usize => self.jobs.read_from(r),
            10usize => self.allow_all_users.read_from(r),
            11usize => self.created_date_time.read_from(r),
            12usize => self.view_point.read_from(r),
            #[cfg(msgraph_v1_core)]
            13usize => self.allowed_groups.read_from(r),
            #[cfg(msgraph_v1_core)]
            14usize => self.allowed_users.read_from(r),
            #[cfg(msgraph_v1_print_or_search)]
            15usize => self.printer.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.capabilities);
        w.field(2usize, &self.defaults);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.is_accepting_jobs);
        w.field(5usize, &self.location);
        w.field(6usize, &self.manufacturer);
        w.field(7usize, &self.model);
        w.field(8usize, &self.status);
        w.field(9usize, &self.jobs);
        w.field(10usize, &self.allow_all_users);
        w.field(11usize, &self.created_date_time);
        w.field(12usize, &self.view_point);
        #[cfg(msgraph_v1_core)] w.field(13usize, &self.allowed_groups);
        #[cfg(msgraph_v1_core)] w.field(14usize, &self.allowed_users);
        #[cfg(msgraph_v1_print_or_search)] w.field(15usize, &self.printer);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.capabilities),
            2usize => ::std::option::Option::Some(&self.defaults),
            3usize => ::std::option::Option::Some(&self.display_name),
            4usize => ::std::option::Option::Some(&self.is_accepting_jobs),
            5usize => ::std::option::Option::Some(&self.location),
            6usize => ::std::option::Option::Some(&self.manufacturer),
            7usize => ::std::option::Option::Some(&self.model),
            8usize => ::std::option::Option::Some(&self.status),
            9usize => ::std::option::Option::Some(&self.jobs),
            10usize => ::std::option::Option::Some(&self.allow_all_users),
            11usize => ::std::option::Option::Some(&self.created_date_time),
            12usize => ::std::option::Option::Some(&self.view_point),
            #[cfg(msgraph_v1_core)]
            13usize => ::std::option::Option::Some(&self.allowed_groups),
            #[cfg(msgraph_v1_core)]
            14usize => ::std::option::Option::Some(&self.allowed_users),
            #[cfg(msgraph_v1_print_or_search)]
            15usize => ::std::option::Option::Some(&self.printer),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "capabilities", &self.capabilities);
        d.field(2usize, "defaults", &self.defaults);
        d.field(3usize, "display_name", &self.display_name);
        d.field(4usize, "is_accepting_jobs", &self.is_accepting_jobs);
        d.field(5usize, "location", &self.location);
        d.field(6usize, "manufacturer", &self.manufacturer);
        d.field(7usize, "model", &self.model);
        d.field(8usize, "status", &self.status);
        d.field(9usize, "jobs", &self.jobs);
        d.field(10usize, "allow_all_users", &self.allow_all_users);
        d.field(11usize, "created_date_time", &self.created_date_time);
        d.field(12usize, "view_point", &self.view_point);
        #[cfg(msgraph_v1_core)] d.field(13usize, "allowed_groups", &self.allowed_groups);
        #[cfg(msgraph_v1_core)] d.field(14usize, "allowed_users", &self.allowed_users);
        #[cfg(msgraph_v1_print_or_search)] d.field(15usize, "printer", &self.printer);
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
#[cfg(msgraph_v1_core_or_print)]
rt::impl_object!(PrinterShare);
#[cfg(msgraph_v1_core_or_print)]
rt::impl_setters!(
    PrinterShare { with_id id : ::std::string::String; with_capabilities capabilities :
    crate ::v1::PrinterCapabilities; with_defaults defaults : crate
    ::v1::PrinterDefaults; with_display_name display_name : ::std::string::String;
    with_is_accepting_jobs is_accepting_jobs : bool; with_location location : crate
    ::v1::PrinterLocation; with_manufacturer manufacturer : ::std::string::String;
    with_model model : ::std::string::String; with_status status : crate
    ::v1::PrinterStatus; with_jobs jobs : ::std::vec::Vec < crate ::v1::PrintJob >;
    with_allow_all_users allow_all_users : bool; with_created_date_time created_date_time
    : rt::edm::DateTimeOffset; with_view_point view_point : crate
    ::v1::PrinterShareViewpoint; #[cfg(msgraph_v1_core)] with_allowed_groups
    allowed_groups : ::std::vec::Vec < crate ::v1::Group >; #[cfg(msgraph_v1_core)]
    with_allowed_users allowed_users : ::std::vec::Vec < crate ::v1::AnyUser >;
    #[cfg(msgraph_v1_print_or_search)] with_printer printer : crate ::v1::Printer; }
);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterShare);
#[cfg(msgraph_v1_privacy)]
/// CSDL: `microsoft.graph.privacy`, entity type.
///
/// Request builders: [`PrivacyPath`](requests/struct.PrivacyPath.html), the type of a path to one.
///
/// Features: `v1` or `v1-privacy`.
#[derive(Clone, PartialEq)]
pub struct Privacy {
    /// CSDL: containment navigation property `subjectRightsRequests`: `Collection(microsoft.graph.subjectRightsRequest)`, not nullable.
    pub subject_rights_requests: rt::Field<
        ::std::vec::Vec<crate::v1::SubjectRightsRequest>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_privacy)]
impl ::std::default::Default for Privacy {
    #[inline]
    fn default() -> Self {
        Self {
            subject_rights_requests: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_privacy)]
impl rt::Object for Privacy {
    const TYPE_NAME: &'static str = "microsoft.graph.privacy";
    const KEYS: &'static [&'static str] = &["subjectRightsRequests"];
    const KEYS_JSON: &'static [&'static str] = &[",\"subjectRightsRequests\":"];
    const TAG: &'static str = "\"#microsoft.graph.privacy\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.subject_rights_requests.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.subject_rights_requests);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.subject_rights_requests),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "subject_rights_requests", &self.subject_rights_requests);
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
#[cfg(msgraph_v1_privacy)]
rt::impl_object!(Privacy);
#[cfg(msgraph_v1_privacy)]
rt::impl_setters!(
    Privacy { with_subject_rights_requests subject_rights_requests : ::std::vec::Vec <
    crate ::v1::SubjectRightsRequest >; }
);
#[cfg(msgraph_v1_privacy)]
#[cfg(feature = "serde")]
rt::impl_serde!(Privacy);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.privilegedAccessGroup`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PrivilegedAccessGroupPath`](requests/struct.PrivilegedAccessGroupPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct PrivilegedAccessGroup {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `assignmentApprovals`: `Collection(microsoft.graph.approval)`, not nullable.
    pub assignment_approvals: rt::Field<::std::vec::Vec<crate::v1::Approval>>,
    /// CSDL: containment navigation property `assignmentScheduleInstances`: `Collection(microsoft.graph.privilegedAccessGroupAssignmentScheduleInstance)`, not nullable.
    pub assignment_schedule_instances: rt::Field<
        ::std::vec::Vec<crate::v1::PrivilegedAccessGroupAssignmentScheduleInstance>,
    >,
    /// CSDL: containment navigation property `assignmentScheduleRequests`: `Collection(microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest)`, not nullable.
    pub assignment_schedule_requests: rt::Field<
        ::std::vec::Vec<crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest>,
    >,
    /// CSDL: containment navigation property `assignmentSchedules`: `Collection(microsoft.graph.privilegedAccessGroupAssignmentSchedule)`, not nullable.
    pub assignment_schedules: rt::Field<
        ::std::vec::Vec<crate::v1::PrivilegedAccessGroupAssignmentSchedule>,
    >,
    /// CSDL: containment navigation property `eligibilityScheduleInstances`: `Collection(microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance)`, not nullable.
    pub eligibility_schedule_instances: rt::Field<
        ::std::vec::Vec<crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance>,
    >,
    /// CSDL: containment navigation property `eligibilityScheduleRequests`: `Collection(microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest)`, not nullable.
    pub eligibility_schedule_requests: rt::Field<
        ::std::vec::Vec<crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest>,
    >,
    /// CSDL: containment navigation property `eligibilitySchedules`: `Collection(microsoft.graph.privilegedAccessGroupEligibilitySchedule)`, not nullable.
    pub eligibility_schedules: rt::Field<
        ::std::vec::Vec<crate::v1::PrivilegedAccessGroupEligibilitySchedule>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for PrivilegedAccessGroup {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            assignment_approvals: rt::Field::Absent,
            assignment_schedule_instances: rt::Field::Absent,
            assignment_schedule_requests: rt::Field::Absent,
            assignment_schedules: rt::Field::Absent,
            eligibility_schedule_instances: rt::Field::Absent,
            eligibility_schedule_requests: rt::Field::Absent,
            eligibility_schedules: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for PrivilegedAccessGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedAccessGroup";
    const KEYS: &'static [&'static str] = &[
        "id",
        "assignmentApprovals",
        "assignmentScheduleInstances",
        "assignmentScheduleRequests",
        "assignmentSchedules",
        "eligibilityScheduleInstances",
        "eligibilityScheduleRequests",
        "eligibilitySchedules",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"assignmentApprovals\":",
        ",\"assignmentScheduleInstances\":",
        ",\"assignmentScheduleRequests\":",
        ",\"assignmentSchedules\":",
        ",\"eligibilityScheduleInstances\":",
        ",\"eligibilityScheduleRequests\":",
        ",\"eligibilitySchedules\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedAccessGroup\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.assignment_approvals.read_from(r),
            2usize => self.assignment_schedule_instances.read_from(r),
            3usize => self.assignment_schedule_requests.read_from(r),
            4usize => self.assignment_schedules.read_from(r),
            5usize => self.eligibility_schedule_instances.read_from(r),
            6usize => self.eligibility_schedule_requests.read_from(r),
            7usize => self.eligibility_schedules.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.assignment_approvals);
        w.field(2usize, &self.assignment_schedule_instances);
        w.field(3usize, &self.assignment_schedule_requests);
        w.field(4usize, &self.assignment_schedules);
        w.field(5usize, &self.eligibility_schedule_instances);
        w.field(6usize, &self.eligibility_schedule_requests);
        w.field(7usize, &self.eligibility_schedules);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.assignment_approvals),
            2usize => ::std::option::Option::Some(&self.assignment_schedule_instances),
            3usize => ::std::option::Option::Some(&self.assignment_schedule_requests),
            4usize => ::std::option::Option::Some(&self.assignment_schedules),
            5usize => ::std::option::Option::Some(&self.eligibility_schedule_instances),
            6usize => ::std::option::Option::Some(&self.eligibility_schedule_requests),
            7usize => ::std::option::Option::Some(&self.eligibility_schedules),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "assignment_approvals", &self.assignment_approvals);
        d.field(
            2usize,
            "assignment_schedule_instances",
            &self.assignment_schedule_instances,
        );
        d.field(
            3usize,
            "assignment_schedule_requests",
            &self.assignment_schedule_requests,
        );
        d.field(4usize, "assignment_schedules", &self.assignment_schedules);
        d.field(
            5usize,
            "eligibility_schedule_instances",
            &self.eligibility_schedule_instances,
        );
        d.field(
            6usize,
            "eligibility_schedule_requests",
            &self.eligibility_schedule_requests,
        );
        d.field(7usize, "eligibility_schedules", &self.eligibility_schedules);
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(PrivilegedAccessGroup);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    PrivilegedAccessGroup { with_id id : ::std::string::String; with_assignment_approvals
    assignment_approvals : ::std::vec::Vec < crate ::v1::Approval >;
    with_assignment_schedule_instances assignment_schedule_instances : ::std::vec::Vec <
    crate ::v1::PrivilegedAccessGroupAssignmentScheduleInstance >;
    with_assignment_schedule_requests assignment_schedule_requests : ::std::vec::Vec <
    crate ::v1::PrivilegedAccessGroupAssignmentScheduleRequest >;
    with_assignment_schedules assignment_schedules : ::std::vec::Vec < crate
    ::v1::PrivilegedAccessGroupAssignmentSchedule >; with_eligibility_schedule_instances
    eligibility_schedule_instances : ::std::vec::Vec < crate
    ::v1::PrivilegedAccessGroupEligibilityScheduleInstance >;
    with_eligibility_schedule_requests eligibility_schedule_requests : ::std::vec::Vec <
    crate ::v1::PrivilegedAccessGroupEligibilityScheduleRequest >;
    with_eligibility_schedules eligibility_schedules : ::std::vec::Vec < crate
    ::v1::PrivilegedAccessGroupEligibilitySchedule >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedAccessGroup);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.privilegedAccessGroupAssignmentSchedule`, entity type, derived from `microsoft.graph.privilegedAccessSchedule`, key `id`.
///
/// Request builders: [`PrivilegedAccessGroupAssignmentSchedulePath`](requests/struct.PrivilegedAccessGroupAssignmentSchedulePath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct PrivilegedAccessGroupAssignmentSchedule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdUsing`: `Edm.String`, nullable.
    pub created_using: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `scheduleInfo`: `microsoft.graph.requestSchedule`, nullable.
    pub schedule_info: rt::Field<crate::v1::RequestSchedule>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `accessId`: `microsoft.graph.privilegedAccessGroupRelationships`, nullable.
    pub access_id: rt::Field<crate::v1::PrivilegedAccessGroupRelationships>,
    /// CSDL: property `assignmentType`: `microsoft.graph.privilegedAccessGroupAssignmentType`, nullable.
    pub assignment_type: rt::Field<crate::v1::PrivilegedAccessGroupAssignmentType>,
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// CSDL: property `memberType`: `microsoft.graph.privilegedAccessGroupMemberType`, nullable.
    pub member_type: rt::Field<crate::v1::PrivilegedAccessGroupMemberType>,
    /// CSDL: property `principalId`: `Edm.String`, nullable.
    pub principal_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `activatedUsing`: `microsoft.graph.privilegedAccessGroupEligibilitySchedule`, nullable.
    pub activated_using: rt::Field<crate::v1::PrivilegedAccessGroupEligibilitySchedule>,
    /// CSDL: navigation property `group`: `microsoft.graph.group`, nullable.
    pub group: rt::Field<crate::v1::Group>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    pub principal: rt::Field<crate::v1::AnyDirectoryObject>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for PrivilegedAccessGroupAssignmentSchedule {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            created_using: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            schedule_info: rt::Field::Absent,
            status: rt::Field::Absent,
            access_id: rt::Field::Absent,
            assignment_type: rt::Field::Absent,
            group_id: rt::Field::Absent,
            member_type: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            activated_using: rt::Field::Absent,
            group: rt::Field::Absent,
            principal: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for PrivilegedAccessGroupAssignmentSchedule {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedAccessGroupAssignmentSchedule";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "createdUsing",
        "modifiedDateTime",
        "scheduleInfo",
        "status",
        "accessId",
        "assignmentType",
        "groupId",
        "memberType",
        "principalId",
        "activatedUsing",
        "group",
        "principal",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdDateTime\":",
        ",\"createdUsing\":",
        ",\"modifiedDateTime\":",
        ",\"scheduleInfo\":",
        ",\"status\":",
        ",\"accessId\":",
        ",\"assignmentType\":",
        ",\"groupId\":",
        ",\"memberType\":",
        ",\"principalId\":",
        ",\"activatedUsing\":",
        ",\"group\":",
        ",\"principal\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedAccessGroupAssignmentSchedule\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.created_using.read_from(r),
            3usize => self.modified_date_time.read_from(r),
            4usize => self.schedule_info.read_from(r),
            5usize => self.status.read_from(r),
            6usize => self.access_id.read_from(r),
            7usize => self.assignment_type.read_from(r),
            8usize => self.group_id.read_from(r),
            9usize => self.member_type.read_from(r),
            10usize => self.principal_id.read_from(r),
            11usize => self.activated_using.read_from(r),
            12usize => self.group.read_from(r),
            13usize => self.principal.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.created_using);
        w.field(3usize, &self.modified_date_time);
        w.field(4usize, &self.schedule_info);
        w.field(5usize, &self.status);
        w.field(6usize, &self.access_id);
        w.field(7usize, &self.assignment_type);
        w.field(8usize, &self.group_id);
        w.field(9usize, &self.member_type);
        w.field(10usize, &self.principal_id);
        w.field(11usize, &self.activated_using);
        w.field(12usize, &self.group);
        w.field(13usize, &self.principal);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_date_time),
            2usize => ::std::option::Option::Some(&self.created_using),
            3usize => ::std::option::Option::Some(&self.modified_date_time),
            4usize => ::std::option::Option::Some(&self.schedule_info),
            5usize => ::std::option::Option::Some(&self.status),
            6usize => ::std::option::Option::Some(&self.access_id),
            7usize => ::std::option::Option::Some(&self.assignment_type),
            8usize => ::std::option::Option::Some(&self.group_id),
            9usize => ::std::option::Option::Some(&self.member_type),
            10usize => ::std::option::Option::Some(&self.principal_id),
            11usize => ::std::option::Option::Some(&self.activated_using),
            12usize => ::std::option::Option::Some(&self.group),
            13usize => ::std::option::Option::Some(&self.principal),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_date_time", &self.created_date_time);
        d.field(2usize, "created_using", &self.created_using);
        d.field(3usize, "modified_date_time", &self.modified_date_time);
        d.field(4usize, "schedule_info", &self.schedule_info);
        d.field(5usize, "status", &self.status);
        d.field(6usize, "access_id", &self.access_id);
        d.field(7usize, "assignment_type", &self.assignment_type);
        d.field(8usize, "group_id", &self.group_id);
        d.field(9usize, "member_type", &self.member_type);
        d.field(10usize, "principal_id", &self.principal_id);
        d.field(11usize, "activated_using", &self.activated_using);
        d.field(12usize, "group", &self.group);
        d.field(13usize, "principal", &self.principal);
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(PrivilegedAccessGroupAssignmentSchedule);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    PrivilegedAccessGroupAssignmentSchedule { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_created_using created_using : ::std::string::String; with_modified_date_time
    modified_date_time : rt::edm::DateTimeOffset; with_schedule_info schedule_info :
    crate ::v1::RequestSchedule; with_status status : ::std::string::String;
    with_access_id access_id : crate ::v1::PrivilegedAccessGroupRelationships;
    with_assignment_type assignment_type : crate
    ::v1::PrivilegedAccessGroupAssignmentType; with_group_id group_id :
    ::std::string::String; with_member_type member_type : crate
    ::v1::PrivilegedAccessGroupMemberType; with_principal_id principal_id :
    ::std::string::String; with_activated_using activated_using : crate
    ::v1::PrivilegedAccessGroupEligibilitySchedule; with_group group : crate ::v1::Group;
    with_principal principal : crate ::v1::AnyDirectoryObject; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedAccessGroupAssignmentSchedule);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.privilegedAccessGroupAssignmentScheduleInstance`, entity type, derived from `microsoft.graph.privilegedAccessScheduleInstance`, key `id`.
///
/// Request builders: [`PrivilegedAccessGroupAssignmentScheduleInstancePath`](requests/struct.PrivilegedAccessGroupAssignmentScheduleInstancePath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct PrivilegedAccessGroupAssignmentScheduleInstance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `accessId`: `microsoft.graph.privilegedAccessGroupRelationships`, nullable.
    pub access_id: rt::Field<crate::v1::PrivilegedAccessGroupRelationships>,
    /// CSDL: property `assignmentScheduleId`: `Edm.String`, nullable.
    pub assignment_schedule_id: rt::Field<::std::string::String>,
    /// CSDL: property `assignmentType`: `microsoft.graph.privilegedAccessGroupAssignmentType`, nullable.
    pub assignment_type: rt::Field<crate::v1::PrivilegedAccessGroupAssignmentType>,
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// CSDL: property `memberType`: `microsoft.graph.privilegedAccessGroupMemberType`, nullable.
    pub member_type: rt::Field<crate::v1::PrivilegedAccessGroupMemberType>,
    /// CSDL: property `principalId`: `Edm.String`, nullable.
    pub principal_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `activatedUsing`: `microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance`, nullable.
    pub activated_using: rt::Field<
        crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance,
    >,
    /// CSDL: navigation property `group`: `microsoft.graph.group`, nullable.
    pub group: rt::Field<crate::v1::Group>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    pub principal: rt::Field<crate::v1::AnyDirectoryObject>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for PrivilegedAccessGroupAssignmentScheduleInstance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            access_id: rt::Field::Absent,
            assignment_schedule_id: rt::Field::Absent,
            assignment_type: rt::Field::Absent,
            group_id: rt::Field::Absent,
            member_type: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            activated_using: rt::Field::Absent,
            group: rt::Field::Absent,
            principal: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for PrivilegedAccessGroupAssignmentScheduleInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedAccessGroupAssignmentScheduleInstance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "endDateTime",
        "startDateTime",
        "accessId",
        "assignmentScheduleId",
        "assignmentType",
        "groupId",
        "memberType",
        "principalId",
        "activatedUsing",
        "group",
        "principal",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"endDateTime\":",
        ",\"startDateTime\":",
        ",\"accessId\":",
        ",\"assignmentScheduleId\":",
        ",\"assignmentType\":",
        ",\"groupId\":",
        ",\"memberType\":",
        ",\"principalId\":",
        ",\"activatedUsing\":",
        ",\"group\":",
        ",\"principal\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedAccessGroupAssignmentScheduleInstance\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.end_date_time.read_from(r),
            2usize => self.start_date_time.read_from(r),
            3usize => self.access_id.read_from(r),
            4usize => self.assignment_schedule_id.read_from(r),
            5usize => self.assignment_type.read_from(r),
            6usize => self.group_id.read_from(r),
            7usize => self.member_type.read_from(r),
            8usize => self.principal_id.read_from(r),
            9usize => self.activated_using.read_from(r),
            10usize => self.group.read_from(r),
            11usize => self.principal.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.end_date_time);
        w.field(2usize, &self.start_date_time);
        w.field(3usize, &self.access_id);
        w.field(4usize, &self.assignment_schedule_id);
        w.field(5usize, &self.assignment_type);
        w.field(6usize, &self.group_id);
        w.field(7usize, &self.member_type);
        w.field(8usize, &self.principal_id);
        w.field(9usize, &self.activated_using);
        w.field(10usize, &self.group);
        w.field(11usize, &self.principal);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.end_date_time),
            2usize => ::std::option::Option::Some(&self.start_date_time),
            3usize => ::std::option::Option::Some(&self.access_id),
            4usize => ::std::option::Option::Some(&self.assignment_schedule_id),
            5usize => ::std::option::Option::Some(&self.assignment_type),
            6usize => ::std::option::Option::Some(&self.group_id),
            7usize => ::std::option::Option::Some(&self.member_type),
            8usize => ::std::option::Option::Some(&self.principal_id),
            9usize => ::std::option::Option::Some(&self.activated_using),
            10usize => ::std::option::Option::Some(&self.group),
            11usize => ::std::option::Option::Some(&self.principal),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "end_date_time", &self.end_date_time);
        d.field(2usize, "start_date_time", &self.start_date_time);
        d.field(3usize, "access_id", &self.access_id);
        d.field(4usize, "assignment_schedule_id", &self.assignment_schedule_id);
        d.field(5usize, "assignment_type", &self.assignment_type);
        d.field(6usize, "group_id", &self.group_id);
        d.field(7usize, "member_type", &self.member_type);
        d.field(8usize, "principal_id", &self.principal_id);
        d.field(9usize, "activated_using", &self.activated_using);
        d.field(10usize, "group", &self.group);
        d.field(11usize, "principal", &self.principal);
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(PrivilegedAccessGroupAssignmentScheduleInstance);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    PrivilegedAccessGroupAssignmentScheduleInstance { with_id id : ::std::string::String;
    with_end_date_time end_date_time : rt::edm::DateTimeOffset; with_start_date_time
    start_date_time : rt::edm::DateTimeOffset; with_access_id access_id : crate
    ::v1::PrivilegedAccessGroupRelationships; with_assignment_schedule_id
    assignment_schedule_id : ::std::string::String; with_assignment_type assignment_type
    : crate ::v1::PrivilegedAccessGroupAssignmentType; with_group_id group_id :
    ::std::string::String; with_member_type member_type : crate
    ::v1::PrivilegedAccessGroupMemberType; with_principal_id principal_id :
    ::std::string::String; with_activated_using activated_using : crate
    ::v1::PrivilegedAccessGroupEligibilityScheduleInstance; with_group group : crate
    ::v1::Group; with_principal principal : crate ::v1::AnyDirectoryObject; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedAccessGroupAssignmentScheduleInstance);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest`, entity type, derived from `microsoft.graph.privilegedAccessScheduleRequest`, key `id`.
///
/// Request builders: [`PrivilegedAccessGroupAssignmentScheduleRequestPath`](requests/struct.PrivilegedAccessGroupAssignmentScheduleRequestPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct PrivilegedAccessGroupAssignmentScheduleRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `approvalId`: `Edm.String`, nullable.
    pub approval_id: rt::Field<::std::string::String>,
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `customData`: `Edm.String`, nullable.
    pub custom_data: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, not nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `action`: `microsoft.graph.scheduleRequestActions`, nullable.
    pub action: rt::Field<crate::v1::ScheduleRequestActions>,
    /// CSDL: property `isValidationOnly`: `Edm.Boolean`, nullable.
    pub is_validation_only: rt::Field<bool>,
    /// CSDL: property `justification`: `Edm.String`, nullable.
    pub justification: rt::Field<::std::string::String>,
    /// CSDL: property `scheduleInfo`: `microsoft.graph.requestSchedule`, nullable.
    pub schedule_info: rt::Field<crate::v1::RequestSchedule>,
    /// CSDL: property `ticketInfo`: `microsoft.graph.ticketInfo`, nullable.
    pub ticket_info: rt::Field<crate::v1::TicketInfo>,
    /// CSDL: property `accessId`: `microsoft.graph.privilegedAccessGroupRelationships`, nullable.
    pub access_id: rt::Field<crate::v1::PrivilegedAccessGroupRelationships>,
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// CSDL: property `principalId`: `Edm.String`, nullable.
    pub principal_id: rt::Field<::std::string::String>,
    /// CSDL: property `targetScheduleId`: `Edm.String`, nullable.
    pub target_schedule_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `activatedUsing`: `microsoft.graph.privilegedAccessGroupEligibilitySchedule`, nullable.
    pub activated_using: rt::Field<crate::v1::PrivilegedAccessGroupEligibilitySchedule>,
    /// CSDL: navigation property `group`: `microsoft.graph.group`, nullable.
    pub group: rt::Field<crate::v1::Group>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    pub principal: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: navigation property `targetSchedule`: `microsoft.graph.privilegedAccessGroupEligibilitySchedule`, nullable.
    pub target_schedule: rt::Field<crate::v1::PrivilegedAccessGroupEligibilitySchedule>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for PrivilegedAccessGroupAssignmentScheduleRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            approval_id: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            custom_data: rt::Field::Absent,
            status: rt::Field::Absent,
            action: rt::Field::Absent,
            is_validation_only: rt::Field::Absent,
            justification: rt::Field::Absent,
            schedule_info: rt::Field::Absent,
            ticket_info: rt::Field::Absent,
            access_id: rt::Field::Absent,
            group_id: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            target_schedule_id: rt::Field::Absent,
            activated_using: rt::Field::Absent,
            group: rt::Field::Absent,
            principal: rt::Field::Absent,
            target_schedule: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for PrivilegedAccessGroupAssignmentScheduleRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "approvalId",
        "completedDateTime",
        "createdBy",
        "createdDateTime",
        "customData",
        "status",
        "action",
        "isValidationOnly",
        "justification",
        "scheduleInfo",
        "ticketInfo",
        "accessId",
        "groupId",
        "principalId",
        "targetScheduleId",
        "activatedUsing",
        "group",
        "principal",
        "targetSchedule",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"approvalId\":",
        ",\"completedDateTime\":",
        ",\"createdBy\":",
        ",\"createdDateTime\":",
        ",\"customData\":",
        ",\"status\":",
        ",\"action\":",
        ",\"isValidationOnly\":",
        ",\"justification\":",
        ",\"scheduleInfo\":",
        ",\"ticketInfo\":",
        ",\"accessId\":",
        ",\"groupId\":",
        ",\"principalId\":",
        ",\"targetScheduleId\":",
        ",\"activatedUsing\":",
        ",\"group\":",
        ",\"principal\":",
        ",\"targetSchedule\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.approval_id.read_from(r),
            2usize => self.completed_date_time.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.custom_data.read_from(r),
            6usize => self.status.read_from(r),
            7usize => self.action.read_from(r),
            8usize => self.is_validation_only.read_from(r),
            9usize => self.justification.read_from(r),
            10usize => self.schedule_info.read_from(r),
            11usize => self.ticket_info.read_from(r),
            12usize => self.access_id.read_from(r),
            13usize => self.group_id.read_from(r),
            14usize => self.principal_id.read_from(r),
            15usize => self.target_schedule_id.read_from(r),
            16usize => self.activated_using.read_from(r),
            17usize => self.group.read_from(r),
            18usize => self.principal.read_from(r),
            19usize => self.target_schedule.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.approval_id);
        w.field(2usize, &self.completed_date_time);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.custom_data);
        w.field(6usize, &self.status);
        w.field(7usize, &self.action);
        w.field(8usize, &self.is_validation_only);
        w.field(9usize, &self.justification);
        w.field(10usize, &self.schedule_info);
        w.field(11usize, &self.ticket_info);
        w.field(12usize, &self.access_id);
        w.field(13usize, &self.group_id);
        w.field(14usize, &self.principal_id);
        w.field(15usize, &self.target_schedule_id);
        w.field(16usize, &self.activated_using);
        w.field(17usize, &self.group);
        w.field(18usize, &self.principal);
        w.field(19usize, &self.target_schedule);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.approval_id),
            2usize => ::std::option::Option::Some(&self.completed_date_time),
            3usize => ::std::option::Option::Some(&self.created_by),
            4usize => ::std::option::Option::Some(&self.created_date_time),
            5usize => ::std::option::Option::Some(&self.custom_data),
            6usize => ::std::option::Option::Some(&self.status),
            7usize => ::std::option::Option::Some(&self.action),
            8usize => ::std::option::Option::Some(&self.is_validation_only),
            9usize => ::std::option::Option::Some(&self.justification),
            10usize => ::std::option::Option::Some(&self.schedule_info),
            11usize => ::std::option::Option::Some(&self.ticket_info),
            12usize => ::std::option::Option::Some(&self.access_id),
            13usize => ::std::option::Option::Some(&self.group_id),
            14usize => ::std::option::Option::Some(&self.principal_id),
            15usize => ::std::option::Option::Some(&self.target_schedule_id),
            16usize => ::std::option::Option::Some(&self.activated_using),
            17usize => ::std::option::Option::Some(&self.group),
            18usize => ::std::option::Option::Some(&self.principal),
            19usize => ::std::option::Option::Some(&self.target_schedule),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "approval_id", &self.approval_id);
        d.field(2usize, "completed_date_time", &self.completed_date_time);
        d.field(3usize, "created_by", &self.created_by);
        d.field(4usize, "created_date_time", &self.created_date_time);
        d.field(5usize, "custom_data", &self.custom_data);
        d.field(6usize, "status", &self.status);
        d.field(7usize, "action", &self.action);
        d.field(8usize, "is_validation_only", &self.is_validation_only);
        d.field(9usize, "justification", &self.justification);
        d.field(10usize, "schedule_info", &self.schedule_info);
        d.field(11usize, "ticket_info", &self.ticket_info);
        d.field(12usize, "access_id", &self.access_id);
        d.field(13usize, "group_id", &self.group_id);
        d.field(14usize, "principal_id", &self.principal_id);
        d.field(15usize, "target_schedule_id", &self.target_schedule_id);
        d.field(16usize, "activated_using", &self.activated_using);
        d.field(17usize, "group", &self.group);
        d.field(18usize, "principal", &self.principal);
        d.field(19usize, "target_schedule", &self.target_schedule);
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(PrivilegedAccessGroupAssignmentScheduleRequest);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    PrivilegedAccessGroupAssignmentScheduleRequest { with_id id : ::std::string::String;
    with_approval_id approval_id : ::std::string::String; with_completed_date_time
    completed_date_time : rt::edm::DateTimeOffset; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_custom_data custom_data : ::std::string::String;
    with_status status : ::std::string::String; with_action action : crate
    ::v1::ScheduleRequestActions; with_is_validation_only is_validation_only : bool;
    with_justification justification : ::std::string::String; with_schedule_info
    schedule_info : crate ::v1::RequestSchedule; with_ticket_info ticket_info : crate
    ::v1::TicketInfo; with_access_id access_id : crate
    ::v1::PrivilegedAccessGroupRelationships; with_group_id group_id :
    ::std::string::String; with_principal_id principal_id : ::std::string::String;
    with_target_schedule_id target_schedule_id : ::std::string::String;
    with_activated_using activated_using : crate
    ::v1::PrivilegedAccessGroupEligibilitySchedule; with_group group : crate ::v1::Group;
    with_principal principal : crate ::v1::AnyDirectoryObject; with_target_schedule
    target_schedule : crate ::v1::PrivilegedAccessGroupEligibilitySchedule; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedAccessGroupAssignmentScheduleRequest);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.privilegedAccessGroupEligibilitySchedule`, entity type, derived from `microsoft.graph.privilegedAccessSchedule`, key `id`.
///
/// Request builders: [`PrivilegedAccessGroupEligibilitySchedulePath`](requests/struct.PrivilegedAccessGroupEligibilitySchedulePath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct PrivilegedAccessGroupEligibilitySchedule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdUsing`: `Edm.String`, nullable.
    pub created_using: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `scheduleInfo`: `microsoft.graph.requestSchedule`, nullable.
    pub schedule_info: rt::Field<crate::v1::RequestSchedule>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `accessId`: `microsoft.graph.privilegedAccessGroupRelationships`, nullable.
    pub access_id: rt::Field<crate::v1::PrivilegedAccessGroupRelationships>,
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// CSDL: property `memberType`: `microsoft.graph.privilegedAccessGroupMemberType`, nullable.
    pub member_type: rt::Field<crate::v1::PrivilegedAccessGroupMemberType>,
    /// CSDL: property `principalId`: `Edm.String`, nullable.
    pub principal_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `group`: `microsoft.graph.group`, nullable.
    pub group: rt::Field<crate::v1::Group>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    pub principal: rt::Field<crate::v1::AnyDirectoryObject>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for PrivilegedAccessGroupEligibilitySchedule {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            created_using: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            schedule_info: rt::Field::Absent,
            status: rt::Field::Absent,
            access_id: rt::Field::Absent,
            group_id: rt::Field::Absent,
            member_type: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            group: rt::Field::Absent,
            principal: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for PrivilegedAccessGroupEligibilitySchedule {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedAccessGroupEligibilitySchedule";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "createdUsing",
        "modifiedDateTime",
        "scheduleInfo",
        "status",
        "accessId",
        "groupId",
        "memberType",
        "principalId",
        "group",
        "principal",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdDateTime\":",
        ",\"createdUsing\":",
        ",\"modifiedDateTime\":",
        ",\"scheduleInfo\":",
        ",\"status\":",
        ",\"accessId\":",
        ",\"groupId\":",
        ",\"memberType\":",
        ",\"principalId\":",
        ",\"group\":",
        ",\"principal\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedAccessGroupEligibilitySchedule\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.created_using.read_from(r),
            3usize => self.modified_date_time.read_from(r),
            4usize => self.schedule_info.read_from(r),
            5usize => self.status.read_from(r),
            6usize => self.access_id.read_from(r),
            7usize => self.group_id.read_from(r),
            8usize => self.member_type.read_from(r),
            9usize => self.principal_id.read_from(r),
            10usize => self.group.read_from(r),
            11usize => self.principal.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.created_using);
        w.field(3usize, &self.modified_date_time);
        w.field(4usize, &self.schedule_info);
        w.field(5usize, &self.status);
        w.field(6usize, &self.access_id);
        w.field(7usize, &self.group_id);
        w.field(8usize, &self.member_type);
        w.field(9usize, &self.principal_id);
        w.field(10usize, &self.group);
        w.field(11usize, &self.principal);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_date_time),
            2usize => ::std::option::Option::Some(&self.created_using),
            3usize => ::std::option::Option::Some(&self.modified_date_time),
            4usize => ::std::option::Option::Some(&self.schedule_info),
            5usize => ::std::option::Option::Some(&self.status),
            6usize => ::std::option::Option::Some(&self.access_id),
            7usize => ::std::option::Option::Some(&self.group_id),
            8usize => ::std::option::Option::Some(&self.member_type),
            9usize => ::std::option::Option::Some(&self.principal_id),
            10usize => ::std::option::Option::Some(&self.group),
            11usize => ::std::option::Option::Some(&self.principal),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_date_time", &self.created_date_time);
        d.field(2usize, "created_using", &self.created_using);
        d.field(3usize, "modified_date_time", &self.modified_date_time);
        d.field(4usize, "schedule_info", &self.schedule_info);
        d.field(5usize, "status", &self.status);
        d.field(6usize, "access_id", &self.access_id);
        d.field(7usize, "group_id", &self.group_id);
        d.field(8usize, "member_type", &self.member_type);
        d.field(9usize, "principal_id", &self.principal_id);
        d.field(10usize, "group", &self.group);
        d.field(11usize, "principal", &self.principal);
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(PrivilegedAccessGroupEligibilitySchedule);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    PrivilegedAccessGroupEligibilitySchedule { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_created_using created_using : ::std::string::String; with_modified_date_time
    modified_date_time : rt::edm::DateTimeOffset; with_schedule_info schedule_info :
    crate ::v1::RequestSchedule; with_status status : ::std::string::String;
    with_access_id access_id : crate ::v1::PrivilegedAccessGroupRelationships;
    with_group_id group_id : ::std::string::String; with_member_type member_type : crate
    ::v1::PrivilegedAccessGroupMemberType; with_principal_id principal_id :
    ::std::string::String; with_group group : crate ::v1::Group; with_principal principal
    : crate ::v1::AnyDirectoryObject; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedAccessGroupEligibilitySchedule);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance`, entity type, derived from `microsoft.graph.privilegedAccessScheduleInstance`, key `id`.
///
/// Request builders: [`PrivilegedAccessGroupEligibilityScheduleInstancePath`](requests/struct.PrivilegedAccessGroupEligibilityScheduleInstancePath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct PrivilegedAccessGroupEligibilityScheduleInstance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `accessId`: `microsoft.graph.privilegedAccessGroupRelationships`, nullable.
    pub access_id: rt::Field<crate::v1::PrivilegedAccessGroupRelationships>,
    /// CSDL: property `eligibilityScheduleId`: `Edm.String`, nullable.
    pub eligibility_schedule_id: rt::Field<::std::string::String>,
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// CSDL: property `memberType`: `microsoft.graph.privilegedAccessGroupMemberType`, nullable.
    pub member_type: rt::Field<crate::v1::PrivilegedAccessGroupMemberType>,
    /// CSDL: property `principalId`: `Edm.String`, nullable.
    pub principal_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `group`: `microsoft.graph.group`, nullable.
    pub group: rt::Field<crate::v1::Group>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    pub principal: rt::Field<crate::v1::AnyDirectoryObject>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for PrivilegedAccessGroupEligibilityScheduleInstance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            access_id: rt::Field::Absent,
            eligibility_schedule_id: rt::Field::Absent,
            group_id: rt::Field::Absent,
            member_type: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            group: rt::Field::Absent,
            principal: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for PrivilegedAccessGroupEligibilityScheduleInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "endDateTime",
        "startDateTime",
        "accessId",
        "eligibilityScheduleId",
        "groupId",
        "memberType",
        "principalId",
        "group",
        "principal",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"endDateTime\":",
        ",\"startDateTime\":",
        ",\"accessId\":",
        ",\"eligibilityScheduleId\":",
        ",\"groupId\":",
        ",\"memberType\":",
        ",\"principalId\":",
        ",\"group\":",
        ",\"principal\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.end_date_time.read_from(r),
            2usize => self.start_date_time.read_from(r),
            3usize => self.access_id.read_from(r),
            4usize => self.eligibility_schedule_id.read_from(r),
            5usize => self.group_id.read_from(r),
            6usize => self.member_type.read_from(r),
            7usize => self.principal_id.read_from(r),
            8usize => self.group.read_from(r),
            9usize => self.principal.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.end_date_time);
        w.field(2usize, &self.start_date_time);
        w.field(3usize, &self.access_id);
        w.field(4usize, &self.eligibility_schedule_id);
        w.field(5usize, &self.group_id);
        w.field(6usize, &self.member_type);
        w.field(7usize, &self.principal_id);
        w.field(8usize, &self.group);
        w.field(9usize, &self.principal);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.end_date_time),
            2usize => ::std::option::Option::Some(&self.start_date_time),
            3usize => ::std::option::Option::Some(&self.access_id),
            4usize => ::std::option::Option::Some(&self.eligibility_schedule_id),
            5usize => ::std::option::Option::Some(&self.group_id),
            6usize => ::std::option::Option::Some(&self.member_type),
            7usize => ::std::option::Option::Some(&self.principal_id),
            8usize => ::std::option::Option::Some(&self.group),
            9usize => ::std::option::Option::Some(&self.principal),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "end_date_time", &self.end_date_time);
        d.field(2usize, "start_date_time", &self.start_date_time);
        d.field(3usize, "access_id", &self.access_id);
        d.field(4usize, "eligibility_schedule_id", &self.eligibility_schedule_id);
        d.field(5usize, "group_id", &self.group_id);
        d.field(6usize, "member_type", &self.member_type);
        d.field(7usize, "principal_id", &self.principal_id);
        d.field(8usize, "group", &self.group);
        d.field(9usize, "principal", &self.principal);
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(PrivilegedAccessGroupEligibilityScheduleInstance);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    PrivilegedAccessGroupEligibilityScheduleInstance { with_id id :
    ::std::string::String; with_end_date_time end_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_access_id
    access_id : crate ::v1::PrivilegedAccessGroupRelationships;
    with_eligibility_schedule_id eligibility_schedule_id : ::std::string::String;
    with_group_id group_id : ::std::string::String; with_member_type member_type : crate
    ::v1::PrivilegedAccessGroupMemberType; with_principal_id principal_id :
    ::std::string::String; with_group group : crate ::v1::Group; with_principal principal
    : crate ::v1::AnyDirectoryObject; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedAccessGroupEligibilityScheduleInstance);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest`, entity type, derived from `microsoft.graph.privilegedAccessScheduleRequest`, key `id`.
///
/// Request builders: [`PrivilegedAccessGroupEligibilityScheduleRequestPath`](requests/struct.PrivilegedAccessGroupEligibilityScheduleRequestPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct PrivilegedAccessGroupEligibilityScheduleRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `approvalId`: `Edm.String`, nullable.
    pub approval_id: rt::Field<::std::string::String>,
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `customData`: `Edm.String`, nullable.
    pub custom_data: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, not nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `action`: `microsoft.graph.scheduleRequestActions`, nullable.
    pub action: rt::Field<crate::v1::ScheduleRequestActions>,
    /// CSDL: property `isValidationOnly`: `Edm.Boolean`, nullable.
    pub is_validation_only: rt::Field<bool>,
    /// CSDL: property `justification`: `Edm.String`, nullable.
    pub justification: rt::Field<::std::string::String>,
    /// CSDL: property `scheduleInfo`: `microsoft.graph.requestSchedule`, nullable.
    pub schedule_info: rt::Field<crate::v1::RequestSchedule>,
    /// CSDL: property `ticketInfo`: `microsoft.graph.ticketInfo`, nullable.
    pub ticket_info: rt::Field<crate::v1::TicketInfo>,
    /// CSDL: property `accessId`: `microsoft.graph.privilegedAccessGroupRelationships`, nullable.
    pub access_id: rt::Field<crate::v1::PrivilegedAccessGroupRelationships>,
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// CSDL: property `principalId`: `Edm.String`, nullable.
    pub principal_id: rt::Field<::std::string::String>,
    /// CSDL: property `targetScheduleId`: `Edm.String`, nullable.
    pub target_schedule_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `group`: `microsoft.graph.group`, nullable.
    pub group: rt::Field<crate::v1::Group>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    pub principal: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: navigation property `targetSchedule`: `microsoft.graph.privilegedAccessGroupEligibilitySchedule`, nullable.
    pub target_schedule: rt::Field<crate::v1::PrivilegedAccessGroupEligibilitySchedule>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for PrivilegedAccessGroupEligibilityScheduleRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            approval_id: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            custom_data: rt::Field::Absent,
            status: rt::Field::Absent,
            action: rt::Field::Absent,
            is_validation_only: rt::Field::Absent,
            justification: rt::Field::Absent,
            schedule_info: rt::Field::Absent,
            ticket_info: rt::Field::Absent,
            access_id: rt::Field::Absent,
            group_id: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            target_schedule_id: rt::Field::Absent,
            group: rt::Field::Absent,
            principal: rt::Field::Absent,
            target_schedule: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for PrivilegedAccessGroupEligibilityScheduleRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "approvalId",
        "completedDateTime",
        "createdBy",
        "createdDateTime",
        "customData",
        "status",
        "action",
        "isValidationOnly",
        "justification",
        "scheduleInfo",
        "ticketInfo",
        "accessId",
        "groupId",
        "principalId",
        "targetScheduleId",
        "group",
        "principal",
        "targetSchedule",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"approvalId\":",
        ",\"completedDateTime\":",
        ",\"createdBy\":",
        ",\"createdDateTime\":",
        ",\"customData\":",
        ",\"status\":",
        ",\"action\":",
        ",\"isValidationOnly\":",
        ",\"justification\":",
        ",\"scheduleInfo\":",
        ",\"ticketInfo\":",
        ",\"accessId\":",
        ",\"groupId\":",
        ",\"principalId\":",
        ",\"targetScheduleId\":",
        ",\"group\":",
        ",\"principal\":",
        ",\"targetSchedule\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.approval_id.read_from(r),
            2usize => self.completed_date_time.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.custom_data.read_from(r),
            6usize => self.status.read_from(r),
            7usize => self.action.read_from(r),
            8usize => self.is_validation_only.read_from(r),
            9usize => self.justification.read_from(r),
            10usize => self.schedule_info.read_from(r),
            11usize => self.ticket_info.read_from(r),
            12usize => self.access_id.read_from(r),
            13usize => self.group_id.read_from(r),
            14usize => self.principal_id.read_from(r),
            15usize => self.target_schedule_id.read_from(r),
            16usize => self.group.read_from(r),
            17usize => self.principal.read_from(r),
            18usize => self.target_schedule.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.approval_id);
        w.field(2usize, &self.completed_date_time);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.custom_data);
        w.field(6usize, &self.status);
        w.field(7usize, &self.action);
        w.field(8usize, &self.is_validation_only);
        w.field(9usize, &self.justification);
        w.field(10usize, &self.schedule_info);
        w.field(11usize, &self.ticket_info);
        w.field(12usize, &self.access_id);
        w.field(13usize, &self.group_id);
        w.field(14usize, &self.principal_id);
        w.field(15usize, &self.target_schedule_id);
        w.field(16usize, &self.group);
        w.field(17usize, &self.principal);
        w.field(18usize, &self.target_schedule);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.approval_id),
            2usize => ::std::option::Option::Some(&self.completed_date_time),
            3usize => ::std::option::Option::Some(&self.created_by),
            4usize => ::std::option::Option::Some(&self.created_date_time),
            5usize => ::std::option::Option::Some(&self.custom_data),
            6usize => ::std::option::Option::Some(&self.status),
            7usize => ::std::option::Option::Some(&self.action),
            8usize => ::std::option::Option::Some(&self.is_validation_only),
            9usize => ::std::option::Option::Some(&self.justification),
            10usize => ::std::option::Option::Some(&self.schedule_info),
            11usize => ::std::option::Option::Some(&self.ticket_info),
            12usize => ::std::option::Option::Some(&self.access_id),
            13usize => ::std::option::Option::Some(&self.group_id),
            14usize => ::std::option::Option::Some(&self.principal_id),
            15usize => ::std::option::Option::Some(&self.target_schedule_id),
            16usize => ::std::option::Option::Some(&self.group),
            17usize => ::std::option::Option::Some(&self.principal),
            18usize => ::std::option::Option::Some(&self.target_schedule),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "approval_id", &self.approval_id);
        d.field(2usize, "completed_date_time", &self.completed_date_time);
        d.field(3usize, "created_by", &self.created_by);
        d.field(4usize, "created_date_time", &self.created_date_time);
        d.field(5usize, "custom_data", &self.custom_data);
        d.field(6usize, "status", &self.status);
        d.field(7usize, "action", &self.action);
        d.field(8usize, "is_validation_only", &self.is_validation_only);
        d.field(9usize, "justification", &self.justification);
        d.field(10usize, "schedule_info", &self.schedule_info);
        d.field(11usize, "ticket_info", &self.ticket_info);
        d.field(12usize, "access_id", &self.access_id);
        d.field(13usize, "group_id", &self.group_id);
        d.field(14usize, "principal_id", &self.principal_id);
        d.field(15usize, "target_schedule_id", &self.target_schedule_id);
        d.field(16usize, "group", &self.group);
        d.field(17usize, "principal", &self.principal);
        d.field(18usize, "target_schedule", &self.target_schedule);
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(PrivilegedAccessGroupEligibilityScheduleRequest);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    PrivilegedAccessGroupEligibilityScheduleRequest { with_id id : ::std::string::String;
    with_approval_id approval_id : ::std::string::String; with_completed_date_time
    completed_date_time : rt::edm::DateTimeOffset; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_custom_data custom_data : ::std::string::String;
    with_status status : ::std::string::String; with_action action : crate
    ::v1::ScheduleRequestActions; with_is_validation_only is_validation_only : bool;
    with_justification justification : ::std::string::String; with_schedule_info
    schedule_info : crate ::v1::RequestSchedule; with_ticket_info ticket_info : crate
    ::v1::TicketInfo; with_access_id access_id : crate
    ::v1::PrivilegedAccessGroupRelationships; with_group_id group_id :
    ::std::string::String; with_principal_id principal_id : ::std::string::String;
    with_target_schedule_id target_schedule_id : ::std::string::String; with_group group
    : crate ::v1::Group; with_principal principal : crate ::v1::AnyDirectoryObject;
    with_target_schedule target_schedule : crate
    ::v1::PrivilegedAccessGroupEligibilitySchedule; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedAccessGroupEligibilityScheduleRequest);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.privilegedAccessRoot`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PrivilegedAccessRootPath`](requests/struct.PrivilegedAccessRootPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct PrivilegedAccessRoot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `group`: `microsoft.graph.privilegedAccessGroup`, nullable.
    pub group: rt::Field<crate::v1::PrivilegedAccessGroup>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for PrivilegedAccessRoot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            group: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for PrivilegedAccessRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedAccessRoot";
    const KEYS: &'static [&'static str] = &["id", "group"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":", ",\"group\":"];
    const TAG: &'static str = "\"#microsoft.graph.privilegedAccessRoot\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.group.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.group);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.group),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "group", &self.group);
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(PrivilegedAccessRoot);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    PrivilegedAccessRoot { with_id id : ::std::string::String; with_group group : crate
    ::v1::PrivilegedAccessGroup; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedAccessRoot);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.privilegedAccessSchedule`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`PrivilegedAccessSchedulePath`](requests/struct.PrivilegedAccessSchedulePath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct PrivilegedAccessSchedule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdUsing`: `Edm.String`, nullable.
    pub created_using: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `scheduleInfo`: `microsoft.graph.requestSchedule`, nullable.
    pub schedule_info: rt::Field<crate::v1::RequestSchedule>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for PrivilegedAccessSchedule {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            created_using: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            schedule_info: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for PrivilegedAccessSchedule {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedAccessSchedule";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "createdUsing",
        "modifiedDateTime",
        "scheduleInfo",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdDateTime\":",
        ",\"createdUsing\":",
        ",\"modifiedDateTime\":",
        ",\"scheduleInfo\":",
        ",\"status\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedAccessSchedule\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.created_using.read_from(r),
            3usize => self.modified_date_time.read_from(r),
            4usize => self.schedule_info.read_from(r),
            5usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.created_using);
        w.field(3usize, &self.modified_date_time);
        w.field(4usize, &self.schedule_info);
        w.field(5usize, &self.status);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_date_time),
            2usize => ::std::option::Option::Some(&self.created_using),
            3usize => ::std::option::Option::Some(&self.modified_date_time),
            4usize => ::std::option::Option::Some(&self.schedule_info),
            5usize => ::std::option::Option::Some(&self.status),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_date_time", &self.created_date_time);
        d.field(2usize, "created_using", &self.created_using);
        d.field(3usize, "modified_date_time", &self.modified_date_time);
        d.field(4usize, "schedule_info", &self.schedule_info);
        d.field(5usize, "status", &self.status);
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(PrivilegedAccessSchedule);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    PrivilegedAccessSchedule { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_created_using created_using :
    ::std::string::String; with_modified_date_time modified_date_time :
    rt::edm::DateTimeOffset; with_schedule_info schedule_info : crate
    ::v1::RequestSchedule; with_status status : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedAccessSchedule);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// `microsoft.graph.privilegedAccessSchedule` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPrivilegedAccessSchedule {
    PrivilegedAccessSchedule(::std::boxed::Box<crate::v1::PrivilegedAccessSchedule>),
    PrivilegedAccessGroupAssignmentSchedule(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupAssignmentSchedule>,
    ),
    PrivilegedAccessGroupEligibilitySchedule(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupEligibilitySchedule>,
    ),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AnyPrivilegedAccessSchedule {
    #[inline]
    fn default() -> Self {
        Self::PrivilegedAccessSchedule(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessSchedule>
for AnyPrivilegedAccessSchedule {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessSchedule) -> Self {
        Self::PrivilegedAccessSchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupAssignmentSchedule>
for AnyPrivilegedAccessSchedule {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupAssignmentSchedule) -> Self {
        Self::PrivilegedAccessGroupAssignmentSchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupEligibilitySchedule>
for AnyPrivilegedAccessSchedule {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupEligibilitySchedule) -> Self {
        Self::PrivilegedAccessGroupEligibilitySchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Poly for AnyPrivilegedAccessSchedule {
    const BASE_NAME: &'static str = "microsoft.graph.privilegedAccessSchedule";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupAssignmentSchedule",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::PrivilegedAccessGroupAssignmentSchedule)
            }
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupEligibilitySchedule",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::PrivilegedAccessGroupEligibilitySchedule)
            }
            _ => rt::object::read_boxed(r).map(Self::PrivilegedAccessSchedule),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::PrivilegedAccessSchedule(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.privilegedAccessGroupAssignmentSchedule",
                    ),
                )
            }
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.privilegedAccessGroupEligibilitySchedule",
                    ),
                )
            }
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl AnyPrivilegedAccessSchedule {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::PrivilegedAccessSchedule(_) => {
                "microsoft.graph.privilegedAccessSchedule"
            }
            Self::PrivilegedAccessGroupAssignmentSchedule(_) => {
                "microsoft.graph.privilegedAccessGroupAssignmentSchedule"
            }
            Self::PrivilegedAccessGroupEligibilitySchedule(_) => {
                "microsoft.graph.privilegedAccessGroupEligibilitySchedule"
            }
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::PrivilegedAccessSchedule(v) => &v.extra,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &v.extra,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::PrivilegedAccessSchedule(v) => &mut v.extra,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &mut v.extra,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &mut v.extra,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessSchedule(v) => &v.id,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &v.id,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessSchedule(v) => &mut v.id,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &mut v.id,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrivilegedAccessSchedule(v) => &v.created_date_time,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &v.created_date_time,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrivilegedAccessSchedule(v) => &mut v.created_date_time,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &mut v.created_date_time,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &mut v.created_date_time,
        }
    }
    /// `createdUsing` of any variant.
    #[inline]
    pub fn created_using(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessSchedule(v) => &v.created_using,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &v.created_using,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &v.created_using,
        }
    }
    /// `createdUsing` of any variant.
    #[inline]
    pub fn created_using_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessSchedule(v) => &mut v.created_using,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &mut v.created_using,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &mut v.created_using,
        }
    }
    /// `modifiedDateTime` of any variant.
    #[inline]
    pub fn modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrivilegedAccessSchedule(v) => &v.modified_date_time,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &v.modified_date_time,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &v.modified_date_time,
        }
    }
    /// `modifiedDateTime` of any variant.
    #[inline]
    pub fn modified_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrivilegedAccessSchedule(v) => &mut v.modified_date_time,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &mut v.modified_date_time,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => {
                &mut v.modified_date_time
            }
        }
    }
    /// `scheduleInfo` of any variant.
    #[inline]
    pub fn schedule_info(&self) -> &rt::Field<crate::v1::RequestSchedule> {
        match self {
            Self::PrivilegedAccessSchedule(v) => &v.schedule_info,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &v.schedule_info,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &v.schedule_info,
        }
    }
    /// `scheduleInfo` of any variant.
    #[inline]
    pub fn schedule_info_mut(&mut self) -> &mut rt::Field<crate::v1::RequestSchedule> {
        match self {
            Self::PrivilegedAccessSchedule(v) => &mut v.schedule_info,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &mut v.schedule_info,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &mut v.schedule_info,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessSchedule(v) => &v.status,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &v.status,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessSchedule(v) => &mut v.status,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &mut v.status,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &mut v.status,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_poly!(AnyPrivilegedAccessSchedule);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPrivilegedAccessSchedule);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.privilegedAccessScheduleInstance`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`PrivilegedAccessScheduleInstancePath`](requests/struct.PrivilegedAccessScheduleInstancePath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct PrivilegedAccessScheduleInstance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for PrivilegedAccessScheduleInstance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for PrivilegedAccessScheduleInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedAccessScheduleInstance";
    const KEYS: &'static [&'static str] = &["id", "endDateTime", "startDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"endDateTime\":",
        ",\"startDateTime\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedAccessScheduleInstance\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.end_date_time.read_from(r),
            2usize => self.start_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.end_date_time);
        w.field(2usize, &self.start_date_time);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.end_date_time),
            2usize => ::std::option::Option::Some(&self.start_date_time),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "end_date_time", &self.end_date_time);
        d.field(2usize, "start_date_time", &self.start_date_time);
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(PrivilegedAccessScheduleInstance);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    PrivilegedAccessScheduleInstance { with_id id : ::std::string::String;
    with_end_date_time end_date_time : rt::edm::DateTimeOffset; with_start_date_time
    start_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedAccessScheduleInstance);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// `microsoft.graph.privilegedAccessScheduleInstance` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPrivilegedAccessScheduleInstance {
    PrivilegedAccessScheduleInstance(
        ::std::boxed::Box<crate::v1::PrivilegedAccessScheduleInstance>,
    ),
    PrivilegedAccessGroupAssignmentScheduleInstance(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupAssignmentScheduleInstance>,
    ),
    PrivilegedAccessGroupEligibilityScheduleInstance(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance>,
    ),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AnyPrivilegedAccessScheduleInstance {
    #[inline]
    fn default() -> Self {
        Self::PrivilegedAccessScheduleInstance(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessScheduleInstance>
for AnyPrivilegedAccessScheduleInstance {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessScheduleInstance) -> Self {
        Self::PrivilegedAccessScheduleInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupAssignmentScheduleInstance>
for AnyPrivilegedAccessScheduleInstance {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupAssignmentScheduleInstance) -> Self {
        Self::PrivilegedAccessGroupAssignmentScheduleInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance>
for AnyPrivilegedAccessScheduleInstance {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance) -> Self {
        Self::PrivilegedAccessGroupEligibilityScheduleInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Poly for AnyPrivilegedAccessScheduleInstance {
    const BASE_NAME: &'static str = "microsoft.graph.privilegedAccessScheduleInstance";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupAssignmentScheduleInstance",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::PrivilegedAccessGroupAssignmentScheduleInstance)
            }
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::PrivilegedAccessGroupEligibilityScheduleInstance)
            }
            _ => rt::object::read_boxed(r).map(Self::PrivilegedAccessScheduleInstance),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::PrivilegedAccessScheduleInstance(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.privilegedAccessGroupAssignmentScheduleInstance",
                    ),
                )
            }
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance",
                    ),
                )
            }
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl AnyPrivilegedAccessScheduleInstance {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::PrivilegedAccessScheduleInstance(_) => {
                "microsoft.graph.privilegedAccessScheduleInstance"
            }
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(_) => {
                "microsoft.graph.privilegedAccessGroupAssignmentScheduleInstance"
            }
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(_) => {
                "microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance"
            }
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::PrivilegedAccessScheduleInstance(v) => &v.extra,
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => &v.extra,
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::PrivilegedAccessScheduleInstance(v) => &mut v.extra,
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => &mut v.extra,
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => &mut v.extra,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessScheduleInstance(v) => &v.id,
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => &v.id,
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessScheduleInstance(v) => &mut v.id,
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => &mut v.id,
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => &mut v.id,
        }
    }
    /// `endDateTime` of any variant.
    #[inline]
    pub fn end_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrivilegedAccessScheduleInstance(v) => &v.end_date_time,
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => &v.end_date_time,
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => &v.end_date_time,
        }
    }
    /// `endDateTime` of any variant.
    #[inline]
    pub fn end_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrivilegedAccessScheduleInstance(v) => &mut v.end_date_time,
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => {
                &mut v.end_date_time
            }
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => {
                &mut v.end_date_time
            }
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrivilegedAccessScheduleInstance(v) => &v.start_date_time,
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => {
                &v.start_date_time
            }
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => {
                &v.start_date_time
            }
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrivilegedAccessScheduleInstance(v) => &mut v.start_date_time,
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => {
                &mut v.start_date_time
            }
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => {
                &mut v.start_date_time
            }
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_poly!(AnyPrivilegedAccessScheduleInstance);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPrivilegedAccessScheduleInstance);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.privilegedAccessScheduleRequest`, entity type, derived from `microsoft.graph.request`, abstract, key `id`.
///
/// Request builders: [`PrivilegedAccessScheduleRequestPath`](requests/struct.PrivilegedAccessScheduleRequestPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct PrivilegedAccessScheduleRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `approvalId`: `Edm.String`, nullable.
    pub approval_id: rt::Field<::std::string::String>,
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `customData`: `Edm.String`, nullable.
    pub custom_data: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, not nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `action`: `microsoft.graph.scheduleRequestActions`, nullable.
    pub action: rt::Field<crate::v1::ScheduleRequestActions>,
    /// CSDL: property `isValidationOnly`: `Edm.Boolean`, nullable.
    pub is_validation_only: rt::Field<bool>,
    /// CSDL: property `justification`: `Edm.String`, nullable.
    pub justification: rt::Field<::std::string::String>,
    /// CSDL: property `scheduleInfo`: `microsoft.graph.requestSchedule`, nullable.
    pub schedule_info: rt::Field<crate::v1::RequestSchedule>,
    /// CSDL: property `ticketInfo`: `microsoft.graph.ticketInfo`, nullable.
    pub ticket_info: rt::Field<crate::v1::TicketInfo>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for PrivilegedAccessScheduleRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            approval_id: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            custom_data: rt::Field::Absent,
            status: rt::Field::Absent,
            action: rt::Field::Absent,
            is_validation_only: rt::Field::Absent,
            justification: rt::Field::Absent,
            schedule_info: rt::Field::Absent,
            ticket_info: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for PrivilegedAccessScheduleRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedAccessScheduleRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "approvalId",
        "completedDateTime",
        "createdBy",
        "createdDateTime",
        "customData",
        "status",
        "action",
        "isValidationOnly",
        "justification",
        "scheduleInfo",
        "ticketInfo",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"approvalId\":",
        ",\"completedDateTime\":",
        ",\"createdBy\":",
        ",\"createdDateTime\":",
        ",\"customData\":",
        ",\"status\":",
        ",\"action\":",
        ",\"isValidationOnly\":",
        ",\"justification\":",
        ",\"scheduleInfo\":",
        ",\"ticketInfo\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedAccessScheduleRequest\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.approval_id.read_from(r),
            2usize => self.completed_date_time.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.custom_data.read_from(r),
            6usize => self.status.read_from(r),
            7usize => self.action.read_from(r),
            8usize => self.is_validation_only.read_from(r),
            9usize => self.justification.read_from(r),
            10usize => self.schedule_info.read_from(r),
            11usize => self.ticket_info.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.approval_id);
        w.field(2usize, &self.completed_date_time);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.custom_data);
        w.field(6usize, &self.status);
        w.field(7usize, &self.action);
        w.field(8usize, &self.is_validation_only);
        w.field(9usize, &self.justification);
        w.field(10usize, &self.schedule_info);
        w.field(11usize, &self.ticket_info);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.approval_id),
            2usize => ::std::option::Option::Some(&self.completed_date_time),
            3usize => ::std::option::Option::Some(&self.created_by),
            4usize => ::std::option::Option::Some(&self.created_date_time),
            5usize => ::std::option::Option::Some(&self.custom_data),
            6usize => ::std::option::Option::Some(&self.status),
            7usize => ::std::option::Option::Some(&self.action),
            8usize => ::std::option::Option::Some(&self.is_validation_only),
            9usize => ::std::option::Option::Some(&self.justification),
            10usize => ::std::option::Option::Some(&self.schedule_info),
            11usize => ::std::option::Option::Some(&self.ticket_info),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "approval_id", &self.approval_id);
        d.field(2usize, "completed_date_time", &self.completed_date_time);
        d.field(3usize, "created_by", &self.created_by);
        d.field(4usize, "created_date_time", &self.created_date_time);
        d.field(5usize, "custom_data", &self.custom_data);
        d.field(6usize, "status", &self.status);
        d.field(7usize, "action", &self.action);
        d.field(8usize, "is_validation_only", &self.is_validation_only);
        d.field(9usize, "justification", &self.justification);
        d.field(10usize, "schedule_info", &self.schedule_info);
        d.field(11usize, "ticket_info", &self.ticket_info);
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(PrivilegedAccessScheduleRequest);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    PrivilegedAccessScheduleRequest { with_id id : ::std::string::String;
    with_approval_id approval_id : ::std::string::String; with_completed_date_time
    completed_date_time : rt::edm::DateTimeOffset; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_custom_data custom_data : ::std::string::String;
    with_status status : ::std::string::String; with_action action : crate
    ::v1::ScheduleRequestActions; with_is_validation_only is_validation_only : bool;
    with_justification justification : ::std::string::String; with_schedule_info
    schedule_info : crate ::v1::RequestSchedule; with_ticket_info ticket_info : crate
    ::v1::TicketInfo; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedAccessScheduleRequest);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// `microsoft.graph.privilegedAccessScheduleRequest` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPrivilegedAccessScheduleRequest {
    PrivilegedAccessScheduleRequest(
        ::std::boxed::Box<crate::v1::PrivilegedAccessScheduleRequest>,
    ),
    PrivilegedAccessGroupAssignmentScheduleRequest(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest>,
    ),
    PrivilegedAccessGroupEligibilityScheduleRequest(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest>,
    ),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AnyPrivilegedAccessScheduleRequest {
    #[inline]
    fn default() -> Self {
        Self::PrivilegedAccessScheduleRequest(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessScheduleRequest>
for AnyPrivilegedAccessScheduleRequest {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessScheduleRequest) -> Self {
        Self::PrivilegedAccessScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest>
for AnyPrivilegedAccessScheduleRequest {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest) -> Self {
        Self::PrivilegedAccessGroupAssignmentScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest>
for AnyPrivilegedAccessScheduleRequest {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest) -> Self {
        Self::PrivilegedAccessGroupEligibilityScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Poly for AnyPrivilegedAccessScheduleRequest {
    const BASE_NAME: &'static str = "microsoft.graph.privilegedAccessScheduleRequest";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::PrivilegedAccessGroupAssignmentScheduleRequest)
            }
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::PrivilegedAccessGroupEligibilityScheduleRequest)
            }
            _ => rt::object::read_boxed(r).map(Self::PrivilegedAccessScheduleRequest),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest",
                    ),
                )
            }
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest",
                    ),
                )
            }
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl AnyPrivilegedAccessScheduleRequest {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::PrivilegedAccessScheduleRequest(_) => {
                "microsoft.graph.privilegedAccessScheduleRequest"
            }
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(_) => {
                "microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest"
            }
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(_) => {
                "microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest"
            }
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &v.extra,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.extra,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.extra,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.extra,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &mut v.extra,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &v.id,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.id,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.id,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.id,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &mut v.id,
        }
    }
    /// `approvalId` of any variant.
    #[inline]
    pub fn approval_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &v.approval_id,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.approval_id,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.approval_id,
        }
    }
    /// `approvalId` of any variant.
    #[inline]
    pub fn approval_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.approval_id,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.approval_id,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &mut v.approval_id
            }
        }
    }
    /// `completedDateTime` of any variant.
    #[inline]
    pub fn completed_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &v.completed_date_time,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => {
                &v.completed_date_time
            }
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &v.completed_date_time
            }
        }
    }
    /// `completedDateTime` of any variant.
    #[inline]
    pub fn completed_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.completed_date_time,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => {
                &mut v.completed_date_time
            }
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &mut v.completed_date_time
            }
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &v.created_by,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.created_by,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.created_by,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.created_by,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &mut v.created_by,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &v.created_date_time,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => {
                &v.created_date_time
            }
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &v.created_date_time
            }
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.created_date_time,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => {
                &mut v.created_date_time
            }
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &mut v.created_date_time
            }
        }
    }
    /// `customData` of any variant.
    #[inline]
    pub fn custom_data(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &v.custom_data,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.custom_data,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.custom_data,
        }
    }
    /// `customData` of any variant.
    #[inline]
    pub fn custom_data_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.custom_data,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.custom_data,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &mut v.custom_data
            }
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &v.status,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.status,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.status,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.status,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &mut v.status,
        }
    }
    /// `action` of any variant.
    #[inline]
    pub fn action(&self) -> &rt::Field<crate::v1::ScheduleRequestActions> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &v.action,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.action,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.action,
        }
    }
    /// `action` of any variant.
    #[inline]
    pub fn action_mut(&mut self) -> &mut rt::Field<crate::v1::ScheduleRequestActions> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.action,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.action,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &mut v.action,
        }
    }
    /// `isValidationOnly` of any variant.
    #[inline]
    pub fn is_validation_only(&self) -> &rt::Field<bool> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &v.is_validation_only,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => {
                &v.is_validation_only
            }
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &v.is_validation_only
            }
        }
    }
    /// `isValidationOnly` of any variant.
    #[inline]
    pub fn is_validation_only_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.is_validation_only,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => {
                &mut v.is_validation_only
            }
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &mut v.is_validation_only
            }
        }
    }
    /// `justification` of any variant.
    #[inline]
    pub fn justification(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &v.justification,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.justification,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.justification,
        }
    }
    /// `justification` of any variant.
    #[inline]
    pub fn justification_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.justification,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => {
                &mut v.justification
            }
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &mut v.justification
            }
        }
    }
    /// `scheduleInfo` of any variant.
    #[inline]
    pub fn schedule_info(&self) -> &rt::Field<crate::v1::RequestSchedule> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &v.schedule_info,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.schedule_info,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.schedule_info,
        }
    }
    /// `scheduleInfo` of any variant.
    #[inline]
    pub fn schedule_info_mut(&mut self) -> &mut rt::Field<crate::v1::RequestSchedule> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.schedule_info,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => {
                &mut v.schedule_info
            }
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &mut v.schedule_info
            }
        }
    }
    /// `ticketInfo` of any variant.
    #[inline]
    pub fn ticket_info(&self) -> &rt::Field<crate::v1::TicketInfo> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &v.ticket_info,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.ticket_info,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.ticket_info,
        }
    }
    /// `ticketInfo` of any variant.
    #[inline]
    pub fn ticket_info_mut(&mut self) -> &mut rt::Field<crate::v1::TicketInfo> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.ticket_info,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.ticket_info,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &mut v.ticket_info
            }
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_poly!(AnyPrivilegedAccessScheduleRequest);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPrivilegedAccessScheduleRequest);
#[cfg(msgraph_v1_role_management_or_search)]
/// CSDL: `microsoft.graph.rbacApplication`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`RbacApplicationPath`](requests/struct.RbacApplicationPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct RbacApplication {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `resourceNamespaces`: `Collection(microsoft.graph.unifiedRbacResourceNamespace)`, not nullable.
    pub resource_namespaces: rt::Field<
        ::std::vec::Vec<crate::v1::UnifiedRbacResourceNamespace>,
    >,
    /// CSDL: containment navigation property `roleAssignments`: `Collection(microsoft.graph.unifiedRoleAssignment)`, not nullable.
    pub role_assignments: rt::Field<::std::vec::Vec<crate::v1::UnifiedRoleAssignment>>,
    /// CSDL: containment navigation property `roleAssignmentScheduleInstances`: `Collection(microsoft.graph.unifiedRoleAssignmentScheduleInstance)`, not nullable.
    pub role_assignment_schedule_instances: rt::Field<
        ::std::vec::Vec<crate::v1::UnifiedRoleAssignmentScheduleInstance>,
    >,
    /// CSDL: containment navigation property `roleAssignmentScheduleRequests`: `Collection(microsoft.graph.unifiedRoleAssignmentScheduleRequest)`, not nullable.
    pub role_assignment_schedule_requests: rt::Field<
        ::std::vec::Vec<crate::v1::UnifiedRoleAssignmentScheduleRequest>,
    >,
    /// CSDL: containment navigation property `roleAssignmentSchedules`: `Collection(microsoft.graph.unifiedRoleAssignmentSchedule)`, not nullable.
    pub role_assignment_schedules: rt::Field<
        ::std::vec::Vec<crate::v1::UnifiedRoleAssignmentSchedule>,
    >,
    /// CSDL: containment navigation property `roleDefinitions`: `Collection(microsoft.graph.unifiedRoleDefinition)`, not nullable.
    pub role_definitions: rt::Field<::std::vec::Vec<crate::v1::UnifiedRoleDefinition>>,
    /// CSDL: containment navigation property `roleEligibilityScheduleInstances`: `Collection(microsoft.graph.unifiedRoleEligibilityScheduleInstance)`, not nullable.
    pub role_eligibility_schedule_instances: rt::Field<
        ::std::vec::Vec<crate::v1::UnifiedRoleEligibilityScheduleInstance>,
    >,
    /// CSDL: containment navigation property `roleEligibilityScheduleRequests`: `Collection(microsoft.graph.unifiedRoleEligibilityScheduleRequest)`, not nullable.
    pub role_eligibility_schedule_requests: rt::Field<
        ::std::vec::Vec<crate::v1::UnifiedRoleEligibilityScheduleRequest>,
    >,
    /// CSDL: containment navigation property `roleEligibilitySchedules`: `Collection(microsoft.graph.unifiedRoleEligibilitySchedule)`, not nullable.
    pub role_eligibility_schedules: rt::Field<
        ::std::vec::Vec<crate::v1::UnifiedRoleEligibilitySchedule>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_role_management_or_search)]
impl ::std::default::Default for RbacApplication {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            resource_namespaces: rt::Field::Absent,
            role_assignments: rt::Field::Absent,
            role_assignment_schedule_instances: rt::Field::Absent,
            role_assignment_schedule_requests: rt::Field::Absent,
            role_assignment_schedules: rt::Field::Absent,
            role_definitions: rt::Field::Absent,
            role_eligibility_schedule_instances: rt::Field::Absent,
            role_eligibility_schedule_requests: rt::Field::Absent,
            role_eligibility_schedules: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
impl rt::Object for RbacApplication {
    const TYPE_NAME: &'static str = "microsoft.graph.rbacApplication";
    const KEYS: &'static [&'static str] = &[
        "id",
        "resourceNamespaces",
        "roleAssignments",
        "roleAssignmentScheduleInstances",
        "roleAssignmentScheduleRequests",
        "roleAssignmentSchedules",
        "roleDefinitions",
        "roleEligibilityScheduleInstances",
        "roleEligibilityScheduleRequests",
        "roleEligibilitySchedules",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"resourceNamespaces\":",
        ",\"roleAssignments\":",
        ",\"roleAssignmentScheduleInstances\":",
        ",\"roleAssignmentScheduleRequests\":",
        ",\"roleAssignmentSchedules\":",
        ",\"roleDefinitions\":",
        ",\"roleEligibilityScheduleInstances\":",
        ",\"roleEligibilityScheduleRequests\":",
        ",\"roleEligibilitySchedules\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.rbacApplication\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.resource_namespaces.read_from(r),
            2usize => self.role_assignments.read_from(r),
            3usize => self.role_assignment_schedule_instances.read_from(r),
            4usize => self.role_assignment_schedule_requests.read_from(r),
            5usize => self.role_assignment_schedules.read_from(r),
            6usize => self.role_definitions.read_from(r),
            7usize => self.role_eligibility_schedule_instances.read_from(r),
            8usize => self.role_eligibility_schedule_requests.read_from(r),
            9usize => self.role_eligibility_schedules.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.resource_namespaces);
        w.field(2usize, &self.role_assignments);
        w.field(3usize, &self.role_assignment_schedule_instances);
        w.field(4usize, &self.role_assignment_schedule_requests);
        w.field(5usize, &self.role_assignment_schedules);
        w.field(6usize, &self.role_definitions);
        w.field(7usize, &self.role_eligibility_schedule_instances);
        w.field(8usize, &self.role_eligibility_schedule_requests);
        w.field(9usize, &self.role_eligibility_schedules);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.resource_namespaces),
            2usize => ::std::option::Option::Some(&self.role_assignments),
            3usize => {
                ::std::option::Option::Some(&self.role_assignment_schedule_instances)
            }
            4usize => {
                ::std::option::Option::Some(&self.role_assignment_schedule_requests)
            }
            5usize => ::std::option::Option::Some(&self.role_assignment_schedules),
            6usize => ::std::option::Option::Some(&self.role_definitions),
            7usize => {
                ::std::option::Option::Some(&self.role_eligibility_schedule_instances)
            }
            8usize => {
                ::std::option::Option::Some(&self.role_eligibility_schedule_requests)
            }
            9usize => ::std::option::Option::Some(&self.role_eligibility_schedules),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "resource_namespaces", &self.resource_namespaces);
        d.field(2usize, "role_assignments", &self.role_assignments);
        d.field(
            3usize,
            "role_assignment_schedule_instances",
            &self.role_assignment_schedule_instances,
        );
        d.field(
            4usize,
            "role_assignment_schedule_requests",
            &self.role_assignment_schedule_requests,
        );
        d.field(5usize, "role_assignment_schedules", &self.role_assignment_schedules);
        d.field(6usize, "role_definitions", &self.role_definitions);
        d.field(
            7usize,
            "role_eligibility_schedule_instances",
            &self.role_eligibility_schedule_instances,
        );
        d.field(
            8usize,
            "role_eligibility_schedule_requests",
            &self.role_eligibility_schedule_requests,
        );
        d.field(9usize, "role_eligibility_schedules", &self.role_eligibility_schedules);
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
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_object!(RbacApplication);
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_setters!(
    RbacApplication { with_id id : ::std::string::String; with_resource_namespaces
    resource_namespaces : ::std::vec::Vec < crate ::v1::UnifiedRbacResourceNamespace >;
    with_role_assignments role_assignments : ::std::vec::Vec < crate
    ::v1::UnifiedRoleAssignment >; with_role_assignment_schedule_instances
    role_assignment_schedule_instances : ::std::vec::Vec < crate
    ::v1::UnifiedRoleAssignmentScheduleInstance >; with_role_assignment_schedule_requests
    role_assignment_schedule_requests : ::std::vec::Vec < crate
    ::v1::UnifiedRoleAssignmentScheduleRequest >; with_role_assignment_schedules
    role_assignment_schedules : ::std::vec::Vec < crate
    ::v1::UnifiedRoleAssignmentSchedule >; with_role_definitions role_definitions :
    ::std::vec::Vec < crate ::v1::UnifiedRoleDefinition >;
    with_role_eligibility_schedule_instances role_eligibility_schedule_instances :
    ::std::vec::Vec < crate ::v1::UnifiedRoleEligibilityScheduleInstance >;
    with_role_eligibility_schedule_requests role_eligibility_schedule_requests :
    ::std::vec::Vec < crate ::v1::UnifiedRoleEligibilityScheduleRequest >;
    with_role_eligibility_schedules role_eligibility_schedules : ::std::vec::Vec < crate
    ::v1::UnifiedRoleEligibilitySchedule >; }
);
#[cfg(msgraph_v1_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RbacApplication);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.recycleBin`, entity type, derived from `microsoft.graph.baseItem`, open, key `id`.
///
/// Request builders: [`RecycleBinPath`](requests/struct.RecycleBinPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone, PartialEq)]
pub struct RecycleBin {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `eTag`: `Edm.String`, nullable.
    pub e_tag: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `parentReference`: `microsoft.graph.itemReference`, nullable.
    pub parent_reference: rt::Field<crate::v1::ItemReference>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: navigation property `createdByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub created_by_user: rt::Field<crate::v1::AnyUser>,
    /// CSDL: navigation property `lastModifiedByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub last_modified_by_user: rt::Field<crate::v1::AnyUser>,
    /// CSDL: property `settings`: `microsoft.graph.recycleBinSettings`, nullable.
    pub settings: rt::Field<crate::v1::RecycleBinSettings>,
    /// CSDL: containment navigation property `items`: `Collection(microsoft.graph.recycleBinItem)`, not nullable.
    pub items: rt::Field<::std::vec::Vec<crate::v1::RecycleBinItem>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for RecycleBin {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            e_tag: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            parent_reference: rt::Field::Absent,
            web_url: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            created_by_user: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            last_modified_by_user: rt::Field::Absent,
            settings: rt::Field::Absent,
            items: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for RecycleBin {
    const TYPE_NAME: &'static str = "microsoft.graph.recycleBin";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "description",
        "eTag",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "name",
        "parentReference",
        "webUrl",
        "createdByUser",
        "lastModifiedByUser",
        "settings",
        "items",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdBy\":",
        ",\"createdDateTime\":",
        ",\"description\":",
        ",\"eTag\":",
        ",\"lastModifiedBy\":",
        ",\"lastModifiedDateTime\":",
        ",\"name\":",
        ",\"parentReference\":",
        ",\"webUrl\":",
        ",\"createdByUser\":",
        ",\"lastModifiedByUser\":",
        ",\"settings\":",
        ",\"items\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.recycleBin\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.e_tag.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.name.read_from(r),
            8usize => self.parent_reference.read_from(r),
            9usize => self.web_url.read_from(r),
            #[cfg(msgraph_v1_core)]
            10usize => self.created_by_user.read_from(r),
            #[cfg(msgraph_v1_core)]
            11usize => self.last_modified_by_user.read_from(r),
            12usize => self.settings.read_from(r),
            13usize => self.items.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.e_tag);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.name);
        w.field(8usize, &self.parent_reference);
        w.field(9usize, &self.web_url);
        #[cfg(msgraph_v1_core)] w.field(10usize, &self.created_by_user);
        #[cfg(msgraph_v1_core)] w.field(11usize, &self.last_modified_by_user);
        w.field(12usize, &self.settings);
        w.field(13usize, &self.items);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_by),
            2usize => ::std::option::Option::Some(&self.created_date_time),
            3usize => ::std::option::Option::Some(&self.description),
            4usize => ::std::option::Option::Some(&self.e_tag),
            5usize => ::std::option::Option::Some(&self.last_modified_by),
            6usize => ::std::option::Option::Some(&self.last_modified_date_time),
            7usize => ::std::option::Option::Some(&self.name),
            8usize => ::std::option::Option::Some(&self.parent_reference),
            9usize => ::std::option::Option::Some(&self.web_url),
            #[cfg(msgraph_v1_core)]
            10usize => ::std::option::Option::Some(&self.created_by_user),
            #[cfg(msgraph_v1_core)]
            11usize => ::std::option::Option::Some(&self.last_modified_by_user),
            12usize => ::std::option::Option::Some(&self.settings),
            13usize => ::std::option::Option::Some(&self.items),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_by", &self.created_by);
        d.field(2usize, "created_date_time", &self.created_date_time);
        d.field(3usize, "description", &self.description);
        d.field(4usize, "e_tag", &self.e_tag);
        d.field(5usize, "last_modified_by", &self.last_modified_by);
        d.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        d.field(7usize, "name", &self.name);
        d.field(8usize, "parent_reference", &self.parent_reference);
        d.field(9usize, "web_url", &self.web_url);
        #[cfg(msgraph_v1_core)]
        d.field(10usize, "created_by_user", &self.created_by_user);
        #[cfg(msgraph_v1_core)]
        d.field(11usize, "last_modified_by_user", &self.last_modified_by_user);
        d.field(12usize, "settings", &self.settings);
        d.field(13usize, "items", &self.items);
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
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_object!(RecycleBin);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    RecycleBin { with_id id : ::std::string::String; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_e_tag e_tag : ::std::string::String; with_last_modified_by last_modified_by :
    crate ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_name name : ::std::string::String;
    with_parent_reference parent_reference : crate ::v1::ItemReference; with_web_url
    web_url : ::std::string::String; #[cfg(msgraph_v1_core)] with_created_by_user
    created_by_user : crate ::v1::AnyUser; #[cfg(msgraph_v1_core)]
    with_last_modified_by_user last_modified_by_user : crate ::v1::AnyUser; with_settings
    settings : crate ::v1::RecycleBinSettings; with_items items : ::std::vec::Vec < crate
    ::v1::RecycleBinItem >; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecycleBin);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.recycleBinItem`, entity type, derived from `microsoft.graph.baseItem`, open, key `id`.
///
/// Request builders: [`RecycleBinItemPath`](requests/struct.RecycleBinItemPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone, PartialEq)]
pub struct RecycleBinItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `eTag`: `Edm.String`, nullable.
    pub e_tag: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `parentReference`: `microsoft.graph.itemReference`, nullable.
    pub parent_reference: rt::Field<crate::v1::ItemReference>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: navigation property `createdByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub created_by_user: rt::Field<crate::v1::AnyUser>,
    /// CSDL: navigation property `lastModifiedByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub last_modified_by_user: rt::Field<crate::v1::AnyUser>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `deletedFromLocation`: `Edm.String`, nullable.
    pub deleted_from_location: rt::Field<::std::string::String>,
    /// CSDL: property `size`: `Edm.Int64`, nullable.
    pub size: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for RecycleBinItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            e_tag: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            parent_reference: rt::Field::Absent,
            web_url: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            created_by_user: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            last_modified_by_user: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            deleted_from_location: rt::Field::Absent,
            size: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for RecycleBinItem {
    const TYPE_NAME: &'static str = "microsoft.graph.recycleBinItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "description",
        "eTag",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "name",
        "parentReference",
        "webUrl",
        "createdByUser",
        "lastModifiedByUser",
        "deletedDateTime",
        "deletedFromLocation",
        "size",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdBy\":",
        ",\"createdDateTime\":",
        ",\"description\":",
        ",\"eTag\":",
        ",\"lastModifiedBy\":",
        ",\"lastModifiedDateTime\":",
        ",\"name\":",
        ",\"parentReference\":",
        ",\"webUrl\":",
        ",\"createdByUser\":",
        ",\"lastModifiedByUser\":",
        ",\"deletedDateTime\":",
        ",\"deletedFromLocation\":",
        ",\"size\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.recycleBinItem\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.e_tag.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.name.read_from(r),
            8usize => self.parent_reference.read_from(r),
            9usize => self.web_url.read_from(r),
            #[cfg(msgraph_v1_core)]
            10usize => self.created_by_user.read_from(r),
            #[cfg(msgraph_v1_core)]
            11usize => self.last_modified_by_user.read_from(r),
            12usize => self.deleted_date_time.read_from(r),
            13usize => self.deleted_from_location.read_from(r),
            14usize => self.size.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.e_tag);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.name);
        w.field(8usize, &self.parent_reference);
        w.field(9usize, &self.web_url);
        #[cfg(msgraph_v1_core)] w.field(10usize, &self.created_by_user);
        #[cfg(msgraph_v1_core)] w.field(11usize, &self.last_modified_by_user);
        w.field(12usize, &self.deleted_date_time);
        w.field(13usize, &self.deleted_from_location);
        w.field(14usize, &self.size);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_by),
            2usize => ::std::option::Option::Some(&self.created_date_time),
            3usize => ::std::option::Option::Some(&self.description),
            4usize => ::std::option::Option::Some(&self.e_tag),
            5usize => ::std::option::Option::Some(&self.last_modified_by),
            6usize => ::std::option::Option::Some(&self.last_modified_date_time),
            7usize => ::std::option::Option::Some(&self.name),
            8usize => ::std::option::Option::Some(&self.parent_reference),
            9usize => ::std::option::Option::Some(&self.web_url),
            #[cfg(msgraph_v1_core)]
            10usize => ::std::option::Option::Some(&self.created_by_user),
            #[cfg(msgraph_v1_core)]
            11usize => ::std::option::Option::Some(&self.last_modified_by_user),
            12usize => ::std::option::Option::Some(&self.deleted_date_time),
            13usize => ::std::option::Option::Some(&self.deleted_from_location),
            14usize => ::std::option::Option::Some(&self.size),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_by", &self.created_by);
        d.field(2usize, "created_date_time", &self.created_date_time);
        d.field(3usize, "description", &self.description);
        d.field(4usize, "e_tag", &self.e_tag);
        d.field(5usize, "last_modified_by", &self.last_modified_by);
        d.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        d.field(7usize, "name", &self.name);
        d.field(8usize, "parent_reference", &self.parent_reference);
        d.field(9usize, "web_url", &self.web_url);
        #[cfg(msgraph_v1_core)]
        d.field(10usize, "created_by_user", &self.created_by_user);
        #[cfg(msgraph_v1_core)]
        d.field(11usize, "last_modified_by_user", &self.last_modified_by_user);
        d.field(12usize, "deleted_date_time", &self.deleted_date_time);
        d.field(13usize, "deleted_from_location", &self.deleted_from_location);
        d.field(14usize, "size", &self.size);
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
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_object!(RecycleBinItem);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    RecycleBinItem { with_id id : ::std::string::String; with_created_by created_by :
    crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_e_tag e_tag : ::std::string::String; with_last_modified_by last_modified_by :
    crate ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_name name : ::std::string::String;
    with_parent_reference parent_reference : crate ::v1::ItemReference; with_web_url
    web_url : ::std::string::String; #[cfg(msgraph_v1_core)] with_created_by_user
    created_by_user : crate ::v1::AnyUser; #[cfg(msgraph_v1_core)]
    with_last_modified_by_user last_modified_by_user : crate ::v1::AnyUser;
    with_deleted_date_time deleted_date_time : rt::edm::DateTimeOffset;
    with_deleted_from_location deleted_from_location : ::std::string::String; with_size
    size : i64; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecycleBinItem);
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
/// CSDL: `microsoft.graph.request`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`RequestPath`](requests/struct.RequestPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-role-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct Request {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `approvalId`: `Edm.String`, nullable.
    pub approval_id: rt::Field<::std::string::String>,
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `customData`: `Edm.String`, nullable.
    pub custom_data: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, not nullable.
    pub status: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
impl ::std::default::Default for Request {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            approval_id: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            custom_data: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
impl rt::Object for Request {
    const TYPE_NAME: &'static str = "microsoft.graph.request";
    const KEYS: &'static [&'static str] = &[
        "id",
        "approvalId",
        "completedDateTime",
        "createdBy",
        "createdDateTime",
        "customData",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"approvalId\":",
        ",\"completedDateTime\":",
        ",\"createdBy\":",
        ",\"createdDateTime\":",
        ",\"customData\":",
        ",\"status\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.request\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.approval_id.read_from(r),
            2usize => self.completed_date_time.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.custom_data.read_from(r),
            6usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.approval_id);
        w.field(2usize, &self.completed_date_time);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.custom_data);
        w.field(6usize, &self.status);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.approval_id),
            2usize => ::std::option::Option::Some(&self.completed_date_time),
            3usize => ::std::option::Option::Some(&self.created_by),
            4usize => ::std::option::Option::Some(&self.created_date_time),
            5usize => ::std::option::Option::Some(&self.custom_data),
            6usize => ::std::option::Option::Some(&self.status),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "approval_id", &self.approval_id);
        d.field(2usize, "completed_date_time", &self.completed_date_time);
        d.field(3usize, "created_by", &self.created_by);
        d.field(4usize, "created_date_time", &self.created_date_time);
        d.field(5usize, "custom_data", &self.custom_data);
        d.field(6usize, "status", &self.status);
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
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
rt::impl_object!(Request);
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
rt::impl_setters!(
    Request { with_id id : ::std::string::String; with_approval_id approval_id :
    ::std::string::String; with_completed_date_time completed_date_time :
    rt::edm::DateTimeOffset; with_created_by created_by : crate ::v1::AnyIdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_custom_data
    custom_data : ::std::string::String; with_status status : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Request);
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
/// `microsoft.graph.request` or any type derived from it, selected by `@odata.type` (7 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-role-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyRequest {
    Request(::std::boxed::Box<crate::v1::Request>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    PrivilegedAccessGroupAssignmentScheduleRequest(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    PrivilegedAccessGroupEligibilityScheduleRequest(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    PrivilegedAccessScheduleRequest(
        ::std::boxed::Box<crate::v1::PrivilegedAccessScheduleRequest>,
    ),
    #[cfg(msgraph_v1_role_management_or_search)]
    UnifiedRoleAssignmentScheduleRequest(
        ::std::boxed::Box<crate::v1::UnifiedRoleAssignmentScheduleRequest>,
    ),
    #[cfg(msgraph_v1_role_management_or_search)]
    UnifiedRoleEligibilityScheduleRequest(
        ::std::boxed::Box<crate::v1::UnifiedRoleEligibilityScheduleRequest>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    UserConsentRequest(::std::boxed::Box<crate::v1::UserConsentRequest>),
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
impl ::std::default::Default for AnyRequest {
    #[inline]
    fn default() -> Self {
        Self::Request(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Request> for AnyRequest {
    #[inline]
    fn from(v: crate::v1::Request) -> Self {
        Self::Request(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest>
for AnyRequest {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest) -> Self {
        Self::PrivilegedAccessGroupAssignmentScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest>
for AnyRequest {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest) -> Self {
        Self::PrivilegedAccessGroupEligibilityScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessScheduleRequest> for AnyRequest {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessScheduleRequest) -> Self {
        Self::PrivilegedAccessScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleAssignmentScheduleRequest>
for AnyRequest {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleAssignmentScheduleRequest) -> Self {
        Self::UnifiedRoleAssignmentScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleEligibilityScheduleRequest>
for AnyRequest {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleEligibilityScheduleRequest) -> Self {
        Self::UnifiedRoleEligibilityScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserConsentRequest> for AnyRequest {
    #[inline]
    fn from(v: crate::v1::UserConsentRequest) -> Self {
        Self::UserConsentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
impl rt::Poly for AnyRequest {
    const BASE_NAME: &'static str = "microsoft.graph.request";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::PrivilegedAccessGroupAssignmentScheduleRequest)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::PrivilegedAccessGroupEligibilityScheduleRequest)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessScheduleRequest",
            ) => rt::object::read_boxed(r).map(Self::PrivilegedAccessScheduleRequest),
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleAssignmentScheduleRequest",
            ) => {
                rt::object::read_boxed(r).map(Self::UnifiedRoleAssignmentScheduleRequest)
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleEligibilityScheduleRequest",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::UnifiedRoleEligibilityScheduleRequest)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.userConsentRequest") => {
                rt::object::read_boxed(r).map(Self::UserConsentRequest)
            }
            _ => rt::object::read_boxed(r).map(Self::Request),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::Request(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.privilegedAccessScheduleRequest",
                    ),
                )
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleAssignmentScheduleRequest",
                    ),
                )
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleEligibilityScheduleRequest",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.userConsentRequest"),
                )
            }
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
impl AnyRequest {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::Request(_) => "microsoft.graph.request",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(_) => {
                "microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(_) => {
                "microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(_) => {
                "microsoft.graph.privilegedAccessScheduleRequest"
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(_) => {
                "microsoft.graph.unifiedRoleAssignmentScheduleRequest"
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(_) => {
                "microsoft.graph.unifiedRoleEligibilityScheduleRequest"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(_) => "microsoft.graph.userConsentRequest",
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::Request(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::Request(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &mut v.extra,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Request(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Request(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &mut v.id,
        }
    }
    /// `approvalId` of any variant.
    #[inline]
    pub fn approval_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Request(v) => &v.approval_id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.approval_id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.approval_id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &v.approval_id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.approval_id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.approval_id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &v.approval_id,
        }
    }
    /// `approvalId` of any variant.
    #[inline]
    pub fn approval_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Request(v) => &mut v.approval_id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.approval_id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &mut v.approval_id
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.approval_id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.approval_id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.approval_id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &mut v.approval_id,
        }
    }
    /// `completedDateTime` of any variant.
    #[inline]
    pub fn completed_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Request(v) => &v.completed_date_time,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => {
                &v.completed_date_time
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &v.completed_date_time
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &v.completed_date_time,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.completed_date_time,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.completed_date_time,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &v.completed_date_time,
        }
    }
    /// `completedDateTime` of any variant.
    #[inline]
    pub fn completed_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Request(v) => &mut v.completed_date_time,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => {
                &mut v.completed_date_time
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &mut v.completed_date_time
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.completed_date_time,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.completed_date_time,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.completed_date_time,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &mut v.completed_date_time,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::Request(v) => &v.created_by,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.created_by,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.created_by,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &v.created_by,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.created_by,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.created_by,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::Request(v) => &mut v.created_by,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.created_by,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &mut v.created_by,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.created_by,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.created_by,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.created_by,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &mut v.created_by,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Request(v) => &v.created_date_time,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => {
                &v.created_date_time
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &v.created_date_time
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &v.created_date_time,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.created_date_time,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.created_date_time,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Request(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => {
                &mut v.created_date_time
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &mut v.created_date_time
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &mut v.created_date_time,
        }
    }
    /// `customData` of any variant.
    #[inline]
    pub fn custom_data(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Request(v) => &v.custom_data,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.custom_data,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.custom_data,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &v.custom_data,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.custom_data,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.custom_data,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &v.custom_data,
        }
    }
    /// `customData` of any variant.
    #[inline]
    pub fn custom_data_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Request(v) => &mut v.custom_data,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.custom_data,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &mut v.custom_data
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.custom_data,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.custom_data,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.custom_data,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &mut v.custom_data,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Request(v) => &v.status,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.status,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.status,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &v.status,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.status,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.status,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Request(v) => &mut v.status,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.status,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &mut v.status,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.status,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.status,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.status,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &mut v.status,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
rt::impl_poly!(AnyRequest);
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyRequest);
#[cfg(msgraph_v1_role_management)]
/// CSDL: `microsoft.graph.roleManagement`, entity type.
///
/// Request builders: [`RoleManagementPath`](requests/struct.RoleManagementPath.html), the type of a path to one.
///
/// Features: `v1` or `v1-role-management`.
#[derive(Clone, PartialEq)]
pub struct RoleManagement {
    /// CSDL: containment navigation property `directory`: `microsoft.graph.rbacApplication`, nullable.
    pub directory: rt::Field<crate::v1::RbacApplication>,
    /// The RbacApplication for Entitlement Management
    ///
    /// CSDL: containment navigation property `entitlementManagement`: `microsoft.graph.rbacApplication`, nullable.
    pub entitlement_management: rt::Field<crate::v1::RbacApplication>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_role_management)]
impl ::std::default::Default for RoleManagement {
    #[inline]
    fn default() -> Self {
        Self {
            directory: rt::Field::Absent,
            entitlement_management: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_role_management)]
impl rt::Object for RoleManagement {
    const TYPE_NAME: &'static str = "microsoft.graph.roleManagement";
    const KEYS: &'static [&'static str] = &["directory", "entitlementManagement"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"directory\":",
        ",\"entitlementManagement\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.roleManagement\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.directory.read_from(r),
            1usize => self.entitlement_management.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.directory);
        w.field(1usize, &self.entitlement_management);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.directory),
            1usize => ::std::option::Option::Some(&self.entitlement_management),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "directory", &self.directory);
        d.field(1usize, "entitlement_management", &self.entitlement_management);
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
#[cfg(msgraph_v1_role_management)]
rt::impl_object!(RoleManagement);
#[cfg(msgraph_v1_role_management)]
rt::impl_setters!(
    RoleManagement { with_directory directory : crate ::v1::RbacApplication;
    with_entitlement_management entitlement_management : crate ::v1::RbacApplication; }
);
#[cfg(msgraph_v1_role_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleManagement);
