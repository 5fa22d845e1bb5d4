//! Types of `microsoft.graph` by the first letters of their names (`di_dr`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_directory_or_search)]
/// CSDL: `microsoft.graph.directory`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DirectoryPath`](requests/trait.DirectoryPath.html), what a path to one (`EntityPath<Directory, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-directory`, `beta-search`.
#[derive(Clone)]
pub struct Directory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `administrativeUnits`: `Collection(microsoft.graph.administrativeUnit)`, not nullable.
    pub administrative_units: rt::Field<
        ::std::vec::Vec<crate::beta::AdministrativeUnit>,
    >,
    /// CSDL: containment navigation property `deletedItems`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub deleted_items: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `sharedEmailDomains`: `Collection(microsoft.graph.sharedEmailDomain)`, not nullable.
    pub shared_email_domains: rt::Field<::std::vec::Vec<crate::beta::SharedEmailDomain>>,
    /// CSDL: containment navigation property `featureRolloutPolicies`: `Collection(microsoft.graph.featureRolloutPolicy)`, not nullable.
    pub feature_rollout_policies: rt::Field<
        ::std::vec::Vec<crate::beta::FeatureRolloutPolicy>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_directory_or_search)]
impl ::std::default::Default for Directory {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            administrative_units: rt::Field::Absent,
            deleted_items: rt::Field::Absent,
            shared_email_domains: rt::Field::Absent,
            feature_rollout_policies: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_directory_or_search)]
impl rt::Object for Directory {
    const TYPE_NAME: &'static str = "microsoft.graph.directory";
    const KEYS: &'static [&'static str] = &[
        "id",
        "administrativeUnits",
        "deletedItems",
        "sharedEmailDomains",
        "featureRolloutPolicies",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"administrativeUnits\":          ",
        ",\"deletedItems\":                 ",
        ",\"sharedEmailDomains\":           ",
        ",\"featureRolloutPolicies\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.directory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "administrative_units", &self.administrative_units);
        v.field(2usize, "deleted_items", &self.deleted_items);
        v.field(3usize, "shared_email_domains", &self.shared_email_domains);
        v.field(4usize, "feature_rollout_policies", &self.feature_rollout_policies);
    }
}
#[cfg(msgraph_beta_directory_or_search)]
impl rt::object::Members for Directory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.administrative_units.read_from(r),
            2usize => self.deleted_items.read_from(r),
            3usize => self.shared_email_domains.read_from(r),
            4usize => self.feature_rollout_policies.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.administrative_units);
        w.field(2usize, &self.deleted_items);
        w.field(3usize, &self.shared_email_domains);
        w.field(4usize, &self.feature_rollout_policies);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_directory_or_search)]
rt::impl_object!(Directory);
#[cfg(msgraph_beta_directory_or_search)]
rt::impl_setters!(
    Directory { with_id id : ::std::string::String; with_administrative_units
    administrative_units : ::std::vec::Vec < crate ::beta::AdministrativeUnit >;
    with_deleted_items deleted_items : ::std::vec::Vec < crate ::beta::AnyDirectoryObject
    >; with_shared_email_domains shared_email_domains : ::std::vec::Vec < crate
    ::beta::SharedEmailDomain >; with_feature_rollout_policies feature_rollout_policies :
    ::std::vec::Vec < crate ::beta::FeatureRolloutPolicy >; }
);
#[cfg(msgraph_beta_directory_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Directory);
#[cfg(msgraph_beta_core)]
/// Represents an Azure Active Directory object. The directoryObject type is the base type for many other directory entity types.
///
/// CSDL: `microsoft.graph.directoryObject`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`DirectoryObjectPath`](requests/trait.DirectoryObjectPath.html), what a path to one (`EntityPath<AnyDirectoryObject, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DirectoryObject {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DirectoryObject {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DirectoryObject {
    const TYPE_NAME: &'static str = "microsoft.graph.directoryObject";
    const KEYS: &'static [&'static str] = &["id", "deletedDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.directoryObject\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DirectoryObject {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
    }
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
rt::impl_object!(DirectoryObject);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DirectoryObject { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObject);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.directoryObject` or any type derived from it, selected by `@odata.type` (27 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDirectoryObject {
    DirectoryObject(::std::boxed::Box<crate::beta::DirectoryObject>),
    ActivityBasedTimeoutPolicy(
        ::std::boxed::Box<crate::beta::ActivityBasedTimeoutPolicy>,
    ),
    AdministrativeUnit(::std::boxed::Box<crate::beta::AdministrativeUnit>),
    Application(::std::boxed::Box<crate::beta::Application>),
    AuthorizationPolicy(::std::boxed::Box<crate::beta::AuthorizationPolicy>),
    ClaimsMappingPolicy(::std::boxed::Box<crate::beta::ClaimsMappingPolicy>),
    Contract(::std::boxed::Box<crate::beta::Contract>),
    Device(::std::boxed::Box<crate::beta::Device>),
    DirectoryObjectPartnerReference(
        ::std::boxed::Box<crate::beta::DirectoryObjectPartnerReference>,
    ),
    DirectoryRole(::std::boxed::Box<crate::beta::DirectoryRole>),
    DirectoryRoleTemplate(::std::boxed::Box<crate::beta::DirectoryRoleTemplate>),
    DirectorySettingTemplate(::std::boxed::Box<crate::beta::DirectorySettingTemplate>),
    Endpoint(::std::boxed::Box<crate::beta::Endpoint>),
    ExtensionProperty(::std::boxed::Box<crate::beta::ExtensionProperty>),
    Group(::std::boxed::Box<crate::beta::Group>),
    HomeRealmDiscoveryPolicy(::std::boxed::Box<crate::beta::HomeRealmDiscoveryPolicy>),
    IdentitySecurityDefaultsEnforcementPolicy(
        ::std::boxed::Box<crate::beta::IdentitySecurityDefaultsEnforcementPolicy>,
    ),
    OrgContact(::std::boxed::Box<crate::beta::OrgContact>),
    Organization(::std::boxed::Box<crate::beta::Organization>),
    PermissionGrantPolicy(::std::boxed::Box<crate::beta::PermissionGrantPolicy>),
    PolicyBase(::std::boxed::Box<crate::beta::PolicyBase>),
    ResourceSpecificPermissionGrant(
        ::std::boxed::Box<crate::beta::ResourceSpecificPermissionGrant>,
    ),
    ServicePrincipal(::std::boxed::Box<crate::beta::ServicePrincipal>),
    StsPolicy(::std::boxed::Box<crate::beta::StsPolicy>),
    TokenIssuancePolicy(::std::boxed::Box<crate::beta::TokenIssuancePolicy>),
    TokenLifetimePolicy(::std::boxed::Box<crate::beta::TokenLifetimePolicy>),
    User(::std::boxed::Box<crate::beta::User>),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyDirectoryObject {
    #[inline]
    fn default() -> Self {
        Self::DirectoryObject(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DirectoryObject> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::beta::DirectoryObject) -> Self {
        Self::DirectoryObject(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ActivityBasedTimeoutPolicy>
for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::beta::ActivityBasedTimeoutPolicy) -> Self {
        Self::ActivityBasedTimeoutPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AdministrativeUnit> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::beta::AdministrativeUnit) -> Self {
        Self::AdministrativeUnit(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Application> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::beta::Application) -> Self {
        Self::Application(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AuthorizationPolicy> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::beta::AuthorizationPolicy) -> Self {
        Self::AuthorizationPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ClaimsMappingPolicy> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::beta::ClaimsMappingPolicy) -> Self {
        Self::ClaimsMappingPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Contract> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::beta::Contract) -> Self {
        Self::Contract(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Device> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::beta::Device) -> Self {
        Self::Device(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DirectoryObjectPartnerReference>
for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::beta::DirectoryObjectPartnerReference) -> Self {
        Self::DirectoryObjectPartnerReference(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DirectoryRole> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::beta::DirectoryRole) -> Self {
        Self::DirectoryRole(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DirectoryRoleTemplate> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::beta::DirectoryRoleTemplate) -> Self {
        Self::DirectoryRoleTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DirectorySettingTemplate> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::beta::DirectorySettingTemplate) -> Self {
        Self::DirectorySettingTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Endpoint> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::beta::Endpoint) -> Self {
        Self::Endpoint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ExtensionProperty> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::beta::ExtensionProperty) -> Self {
        Self::ExtensionProperty(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Group> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::beta::Group) -> Self {
        Self::Group(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::HomeRealmDiscoveryPolicy> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::beta::HomeRealmDiscoveryPolicy) -> Self {
        Self::HomeRealmDiscoveryPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IdentitySecurityDefaultsEnforcementPolicy>
for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::beta::IdentitySecurityDefaultsEnforcementPolicy) -> Self {
        Self::IdentitySecurityDefaultsEnforcementPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OrgContact> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::beta::OrgContact) -> Self {
        Self::OrgContact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Organization> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::beta::Organization) -> Self {
        Self::Organization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PermissionGrantPolicy> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::beta::PermissionGrantPolicy) -> Self {
        Self::PermissionGrantPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PolicyBase> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::beta::PolicyBase) -> Self {
        Self::PolicyBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ResourceSpecificPermissionGrant>
for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::beta::ResourceSpecificPermissionGrant) -> Self {
        Self::ResourceSpecificPermissionGrant(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ServicePrincipal> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::beta::ServicePrincipal) -> Self {
        Self::ServicePrincipal(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::StsPolicy> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::beta::StsPolicy) -> Self {
        Self::StsPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TokenIssuancePolicy> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::beta::TokenIssuancePolicy) -> Self {
        Self::TokenIssuancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TokenLifetimePolicy> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::beta::TokenLifetimePolicy) -> Self {
        Self::TokenLifetimePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::User> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::beta::User) -> Self {
        Self::User(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyDirectoryObject {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyDirectoryObject {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyDirectoryObject {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyDirectoryObject {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyDirectoryObject {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DirectoryObject>();
    rt::object::auto_traits::<crate::beta::ActivityBasedTimeoutPolicy>();
    rt::object::auto_traits::<crate::beta::AdministrativeUnit>();
    rt::object::auto_traits::<crate::beta::Application>();
    rt::object::auto_traits::<crate::beta::AuthorizationPolicy>();
    rt::object::auto_traits::<crate::beta::ClaimsMappingPolicy>();
    rt::object::auto_traits::<crate::beta::Contract>();
    rt::object::auto_traits::<crate::beta::Device>();
    rt::object::auto_traits::<crate::beta::DirectoryObjectPartnerReference>();
    rt::object::auto_traits::<crate::beta::DirectoryRole>();
    rt::object::auto_traits::<crate::beta::DirectoryRoleTemplate>();
    rt::object::auto_traits::<crate::beta::DirectorySettingTemplate>();
    rt::object::auto_traits::<crate::beta::Endpoint>();
    rt::object::auto_traits::<crate::beta::ExtensionProperty>();
    rt::object::auto_traits::<crate::beta::Group>();
    rt::object::auto_traits::<crate::beta::HomeRealmDiscoveryPolicy>();
    rt::object::auto_traits::<crate::beta::IdentitySecurityDefaultsEnforcementPolicy>();
    rt::object::auto_traits::<crate::beta::OrgContact>();
    rt::object::auto_traits::<crate::beta::Organization>();
    rt::object::auto_traits::<crate::beta::PermissionGrantPolicy>();
    rt::object::auto_traits::<crate::beta::PolicyBase>();
    rt::object::auto_traits::<crate::beta::ResourceSpecificPermissionGrant>();
    rt::object::auto_traits::<crate::beta::ServicePrincipal>();
    rt::object::auto_traits::<crate::beta::StsPolicy>();
    rt::object::auto_traits::<crate::beta::TokenIssuancePolicy>();
    rt::object::auto_traits::<crate::beta::TokenLifetimePolicy>();
    rt::object::auto_traits::<crate::beta::User>();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyDirectoryObject {
    const BASE_NAME: &'static str = "microsoft.graph.directoryObject";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.activityBasedTimeoutPolicy") => {
                Self::ActivityBasedTimeoutPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.administrativeUnit") => {
                Self::AdministrativeUnit(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.application") => {
                Self::Application(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.authorizationPolicy") => {
                Self::AuthorizationPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.claimsMappingPolicy") => {
                Self::ClaimsMappingPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.contract") => {
                Self::Contract(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.device") => {
                Self::Device(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.directoryObjectPartnerReference",
            ) => Self::DirectoryObjectPartnerReference(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.directoryRole") => {
                Self::DirectoryRole(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.directoryRoleTemplate") => {
                Self::DirectoryRoleTemplate(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.directorySettingTemplate") => {
                Self::DirectorySettingTemplate(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.endpoint") => {
                Self::Endpoint(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.extensionProperty") => {
                Self::ExtensionProperty(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.group") => {
                Self::Group(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.homeRealmDiscoveryPolicy") => {
                Self::HomeRealmDiscoveryPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.identitySecurityDefaultsEnforcementPolicy",
            ) => Self::IdentitySecurityDefaultsEnforcementPolicy(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.orgContact") => {
                Self::OrgContact(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.organization") => {
                Self::Organization(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.permissionGrantPolicy") => {
                Self::PermissionGrantPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.policyBase") => {
                Self::PolicyBase(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.resourceSpecificPermissionGrant",
            ) => Self::ResourceSpecificPermissionGrant(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.servicePrincipal") => {
                Self::ServicePrincipal(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.stsPolicy") => {
                Self::StsPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.tokenIssuancePolicy") => {
                Self::TokenIssuancePolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.tokenLifetimePolicy") => {
                Self::TokenLifetimePolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.user") => {
                Self::User(rt::object::new_boxed())
            }
            _ => Self::DirectoryObject(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DirectoryObject(v) => &**v,
            Self::ActivityBasedTimeoutPolicy(v) => &**v,
            Self::AdministrativeUnit(v) => &**v,
            Self::Application(v) => &**v,
            Self::AuthorizationPolicy(v) => &**v,
            Self::ClaimsMappingPolicy(v) => &**v,
            Self::Contract(v) => &**v,
            Self::Device(v) => &**v,
            Self::DirectoryObjectPartnerReference(v) => &**v,
            Self::DirectoryRole(v) => &**v,
            Self::DirectoryRoleTemplate(v) => &**v,
            Self::DirectorySettingTemplate(v) => &**v,
            Self::Endpoint(v) => &**v,
            Self::ExtensionProperty(v) => &**v,
            Self::Group(v) => &**v,
            Self::HomeRealmDiscoveryPolicy(v) => &**v,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &**v,
            Self::OrgContact(v) => &**v,
            Self::Organization(v) => &**v,
            Self::PermissionGrantPolicy(v) => &**v,
            Self::PolicyBase(v) => &**v,
            Self::ResourceSpecificPermissionGrant(v) => &**v,
            Self::ServicePrincipal(v) => &**v,
            Self::StsPolicy(v) => &**v,
            Self::TokenIssuancePolicy(v) => &**v,
            Self::TokenLifetimePolicy(v) => &**v,
            Self::User(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DirectoryObject(v) => &mut **v,
            Self::ActivityBasedTimeoutPolicy(v) => &mut **v,
            Self::AdministrativeUnit(v) => &mut **v,
            Self::Application(v) => &mut **v,
            Self::AuthorizationPolicy(v) => &mut **v,
            Self::ClaimsMappingPolicy(v) => &mut **v,
            Self::Contract(v) => &mut **v,
            Self::Device(v) => &mut **v,
            Self::DirectoryObjectPartnerReference(v) => &mut **v,
            Self::DirectoryRole(v) => &mut **v,
            Self::DirectoryRoleTemplate(v) => &mut **v,
            Self::DirectorySettingTemplate(v) => &mut **v,
            Self::Endpoint(v) => &mut **v,
            Self::ExtensionProperty(v) => &mut **v,
            Self::Group(v) => &mut **v,
            Self::HomeRealmDiscoveryPolicy(v) => &mut **v,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &mut **v,
            Self::OrgContact(v) => &mut **v,
            Self::Organization(v) => &mut **v,
            Self::PermissionGrantPolicy(v) => &mut **v,
            Self::PolicyBase(v) => &mut **v,
            Self::ResourceSpecificPermissionGrant(v) => &mut **v,
            Self::ServicePrincipal(v) => &mut **v,
            Self::StsPolicy(v) => &mut **v,
            Self::TokenIssuancePolicy(v) => &mut **v,
            Self::TokenLifetimePolicy(v) => &mut **v,
            Self::User(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyDirectoryObject {
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
            Self::DirectoryObject(v) => &v.id,
            Self::ActivityBasedTimeoutPolicy(v) => &v.id,
            Self::AdministrativeUnit(v) => &v.id,
            Self::Application(v) => &v.id,
            Self::AuthorizationPolicy(v) => &v.id,
            Self::ClaimsMappingPolicy(v) => &v.id,
            Self::Contract(v) => &v.id,
            Self::Device(v) => &v.id,
            Self::DirectoryObjectPartnerReference(v) => &v.id,
            Self::DirectoryRole(v) => &v.id,
            Self::DirectoryRoleTemplate(v) => &v.id,
            Self::DirectorySettingTemplate(v) => &v.id,
            Self::Endpoint(v) => &v.id,
            Self::ExtensionProperty(v) => &v.id,
            Self::Group(v) => &v.id,
            Self::HomeRealmDiscoveryPolicy(v) => &v.id,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &v.id,
            Self::OrgContact(v) => &v.id,
            Self::Organization(v) => &v.id,
            Self::PermissionGrantPolicy(v) => &v.id,
            Self::PolicyBase(v) => &v.id,
            Self::ResourceSpecificPermissionGrant(v) => &v.id,
            Self::ServicePrincipal(v) => &v.id,
            Self::StsPolicy(v) => &v.id,
            Self::TokenIssuancePolicy(v) => &v.id,
            Self::TokenLifetimePolicy(v) => &v.id,
            Self::User(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DirectoryObject(v) => &mut v.id,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.id,
            Self::AdministrativeUnit(v) => &mut v.id,
            Self::Application(v) => &mut v.id,
            Self::AuthorizationPolicy(v) => &mut v.id,
            Self::ClaimsMappingPolicy(v) => &mut v.id,
            Self::Contract(v) => &mut v.id,
            Self::Device(v) => &mut v.id,
            Self::DirectoryObjectPartnerReference(v) => &mut v.id,
            Self::DirectoryRole(v) => &mut v.id,
            Self::DirectoryRoleTemplate(v) => &mut v.id,
            Self::DirectorySettingTemplate(v) => &mut v.id,
            Self::Endpoint(v) => &mut v.id,
            Self::ExtensionProperty(v) => &mut v.id,
            Self::Group(v) => &mut v.id,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.id,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &mut v.id,
            Self::OrgContact(v) => &mut v.id,
            Self::Organization(v) => &mut v.id,
            Self::PermissionGrantPolicy(v) => &mut v.id,
            Self::PolicyBase(v) => &mut v.id,
            Self::ResourceSpecificPermissionGrant(v) => &mut v.id,
            Self::ServicePrincipal(v) => &mut v.id,
            Self::StsPolicy(v) => &mut v.id,
            Self::TokenIssuancePolicy(v) => &mut v.id,
            Self::TokenLifetimePolicy(v) => &mut v.id,
            Self::User(v) => &mut v.id,
        }
    }
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DirectoryObject(v) => &v.deleted_date_time,
            Self::ActivityBasedTimeoutPolicy(v) => &v.deleted_date_time,
            Self::AdministrativeUnit(v) => &v.deleted_date_time,
            Self::Application(v) => &v.deleted_date_time,
            Self::AuthorizationPolicy(v) => &v.deleted_date_time,
            Self::ClaimsMappingPolicy(v) => &v.deleted_date_time,
            Self::Contract(v) => &v.deleted_date_time,
            Self::Device(v) => &v.deleted_date_time,
            Self::DirectoryObjectPartnerReference(v) => &v.deleted_date_time,
            Self::DirectoryRole(v) => &v.deleted_date_time,
            Self::DirectoryRoleTemplate(v) => &v.deleted_date_time,
            Self::DirectorySettingTemplate(v) => &v.deleted_date_time,
            Self::Endpoint(v) => &v.deleted_date_time,
            Self::ExtensionProperty(v) => &v.deleted_date_time,
            Self::Group(v) => &v.deleted_date_time,
            Self::HomeRealmDiscoveryPolicy(v) => &v.deleted_date_time,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &v.deleted_date_time,
            Self::OrgContact(v) => &v.deleted_date_time,
            Self::Organization(v) => &v.deleted_date_time,
            Self::PermissionGrantPolicy(v) => &v.deleted_date_time,
            Self::PolicyBase(v) => &v.deleted_date_time,
            Self::ResourceSpecificPermissionGrant(v) => &v.deleted_date_time,
            Self::ServicePrincipal(v) => &v.deleted_date_time,
            Self::StsPolicy(v) => &v.deleted_date_time,
            Self::TokenIssuancePolicy(v) => &v.deleted_date_time,
            Self::TokenLifetimePolicy(v) => &v.deleted_date_time,
            Self::User(v) => &v.deleted_date_time,
        }
    }
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DirectoryObject(v) => &mut v.deleted_date_time,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.deleted_date_time,
            Self::AdministrativeUnit(v) => &mut v.deleted_date_time,
            Self::Application(v) => &mut v.deleted_date_time,
            Self::AuthorizationPolicy(v) => &mut v.deleted_date_time,
            Self::ClaimsMappingPolicy(v) => &mut v.deleted_date_time,
            Self::Contract(v) => &mut v.deleted_date_time,
            Self::Device(v) => &mut v.deleted_date_time,
            Self::DirectoryObjectPartnerReference(v) => &mut v.deleted_date_time,
            Self::DirectoryRole(v) => &mut v.deleted_date_time,
            Self::DirectoryRoleTemplate(v) => &mut v.deleted_date_time,
            Self::DirectorySettingTemplate(v) => &mut v.deleted_date_time,
            Self::Endpoint(v) => &mut v.deleted_date_time,
            Self::ExtensionProperty(v) => &mut v.deleted_date_time,
            Self::Group(v) => &mut v.deleted_date_time,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.deleted_date_time,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => {
                &mut v.deleted_date_time
            }
            Self::OrgContact(v) => &mut v.deleted_date_time,
            Self::Organization(v) => &mut v.deleted_date_time,
            Self::PermissionGrantPolicy(v) => &mut v.deleted_date_time,
            Self::PolicyBase(v) => &mut v.deleted_date_time,
            Self::ResourceSpecificPermissionGrant(v) => &mut v.deleted_date_time,
            Self::ServicePrincipal(v) => &mut v.deleted_date_time,
            Self::StsPolicy(v) => &mut v.deleted_date_time,
            Self::TokenIssuancePolicy(v) => &mut v.deleted_date_time,
            Self::TokenLifetimePolicy(v) => &mut v.deleted_date_time,
            Self::User(v) => &mut v.deleted_date_time,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyDirectoryObject);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDirectoryObject);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.directoryRole`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`DirectoryRolePath`](requests/trait.DirectoryRolePath.html), what a path to one (`EntityPath<DirectoryRole, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DirectoryRole {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `roleTemplateId`: `Edm.String`, nullable.
    pub role_template_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `members`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub members: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `scopedMembers`: `Collection(microsoft.graph.scopedRoleMembership)`, not nullable.
    pub scoped_members: rt::Field<::std::vec::Vec<crate::beta::ScopedRoleMembership>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DirectoryRole {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            role_template_id: rt::Field::Absent,
            members: rt::Field::Absent,
            scoped_members: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DirectoryRole {
    const TYPE_NAME: &'static str = "microsoft.graph.directoryRole";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
        "roleTemplateId",
        "members",
        "scopedMembers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"roleTemplateId\":               ",
        ",\"members\":                      ",
        ",\"scopedMembers\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.directoryRole\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "role_template_id", &self.role_template_id);
        v.field(5usize, "members", &self.members);
        v.field(6usize, "scoped_members", &self.scoped_members);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DirectoryRole {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.role_template_id.read_from(r),
            5usize => self.members.read_from(r),
            6usize => self.scoped_members.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.role_template_id);
        w.field(5usize, &self.members);
        w.field(6usize, &self.scoped_members);
    }
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
rt::impl_object!(DirectoryRole);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DirectoryRole { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_role_template_id role_template_id : ::std::string::String; with_members members
    : ::std::vec::Vec < crate ::beta::AnyDirectoryObject >; with_scoped_members
    scoped_members : ::std::vec::Vec < crate ::beta::ScopedRoleMembership >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryRole);
#[cfg(msgraph_beta_domains_or_search)]
/// CSDL: `microsoft.graph.domain`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DomainPath`](requests/trait.DomainPath.html), what a path to one (`EntityPath<Domain, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-domains`, `beta-search`.
#[derive(Clone)]
pub struct Domain {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationType`: `Edm.String`, not nullable.
    pub authentication_type: rt::Field<::std::string::String>,
    /// CSDL: property `availabilityStatus`: `Edm.String`, nullable.
    pub availability_status: rt::Field<::std::string::String>,
    /// CSDL: property `isAdminManaged`: `Edm.Boolean`, not nullable.
    pub is_admin_managed: rt::Field<bool>,
    /// CSDL: property `isDefault`: `Edm.Boolean`, not nullable.
    pub is_default: rt::Field<bool>,
    /// CSDL: property `isInitial`: `Edm.Boolean`, not nullable.
    pub is_initial: rt::Field<bool>,
    /// CSDL: property `isRoot`: `Edm.Boolean`, not nullable.
    pub is_root: rt::Field<bool>,
    /// CSDL: property `isVerified`: `Edm.Boolean`, not nullable.
    pub is_verified: rt::Field<bool>,
    /// CSDL: property `passwordNotificationWindowInDays`: `Edm.Int32`, nullable.
    pub password_notification_window_in_days: rt::Field<i32>,
    /// CSDL: property `passwordValidityPeriodInDays`: `Edm.Int32`, nullable.
    pub password_validity_period_in_days: rt::Field<i32>,
    /// CSDL: property `state`: `microsoft.graph.domainState`, nullable.
    pub state: rt::Field<crate::beta::DomainState>,
    /// CSDL: property `supportedServices`: `Collection(Edm.String)`, not nullable.
    pub supported_services: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: navigation property `domainNameReferences`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub domain_name_references: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDirectoryObject>,
    >,
    /// CSDL: containment navigation property `serviceConfigurationRecords`: `Collection(microsoft.graph.domainDnsRecord)`, not nullable.
    pub service_configuration_records: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDomainDnsRecord>,
    >,
    /// CSDL: containment navigation property `sharedEmailDomainInvitations`: `Collection(microsoft.graph.sharedEmailDomainInvitation)`, not nullable.
    pub shared_email_domain_invitations: rt::Field<
        ::std::vec::Vec<crate::beta::SharedEmailDomainInvitation>,
    >,
    /// CSDL: containment navigation property `verificationDnsRecords`: `Collection(microsoft.graph.domainDnsRecord)`, not nullable.
    pub verification_dns_records: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDomainDnsRecord>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_domains_or_search)]
impl ::std::default::Default for Domain {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_type: rt::Field::Absent,
            availability_status: rt::Field::Absent,
            is_admin_managed: rt::Field::Absent,
            is_default: rt::Field::Absent,
            is_initial: rt::Field::Absent,
            is_root: rt::Field::Absent,
            is_verified: rt::Field::Absent,
            password_notification_window_in_days: rt::Field::Absent,
            password_validity_period_in_days: rt::Field::Absent,
            state: rt::Field::Absent,
            supported_services: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            domain_name_references: rt::Field::Absent,
            service_configuration_records: rt::Field::Absent,
            shared_email_domain_invitations: rt::Field::Absent,
            verification_dns_records: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_domains_or_search)]
impl rt::Object for Domain {
    const TYPE_NAME: &'static str = "microsoft.graph.domain";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authenticationType",
        "availabilityStatus",
        "isAdminManaged",
        "isDefault",
        "isInitial",
        "isRoot",
        "isVerified",
        "passwordNotificationWindowInDays",
        "passwordValidityPeriodInDays",
        "state",
        "supportedServices",
        "domainNameReferences",
        "serviceConfigurationRecords",
        "sharedEmailDomainInvitations",
        "verificationDnsRecords",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authenticationType\":           ",
        ",\"availabilityStatus\":           ",
        ",\"isAdminManaged\":               ",
        ",\"isDefault\":                    ",
        ",\"isInitial\":                    ",
        ",\"isRoot\":                       ",
        ",\"isVerified\":                   ",
        ",\"passwordNotificationWindowInDays\":",
        ",\"passwordValidityPeriodInDays\": ",
        ",\"state\":                        ",
        ",\"supportedServices\":            ",
        ",\"domainNameReferences\":         ",
        ",\"serviceConfigurationRecords\":  ",
        ",\"sharedEmailDomainInvitations\": ",
        ",\"verificationDnsRecords\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.domain\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "authentication_type", &self.authentication_type);
        v.field(2usize, "availability_status", &self.availability_status);
        v.field(3usize, "is_admin_managed", &self.is_admin_managed);
        v.field(4usize, "is_default", &self.is_default);
        v.field(5usize, "is_initial", &self.is_initial);
        v.field(6usize, "is_root", &self.is_root);
        v.field(7usize, "is_verified", &self.is_verified);
        v.field(
            8usize,
            "password_notification_window_in_days",
            &self.password_notification_window_in_days,
        );
        v.field(
            9usize,
            "password_validity_period_in_days",
            &self.password_validity_period_in_days,
        );
        v.field(10usize, "state", &self.state);
        v.field(11usize, "supported_services", &self.supported_services);
        #[cfg(msgraph_beta_core)]
        v.field(12usize, "domain_name_references", &self.domain_name_references);
        v.field(
            13usize,
            "service_configuration_records",
            &self.service_configuration_records,
        );
        v.field(
            14usize,
            "shared_email_domain_invitations",
            &self.shared_email_domain_invitations,
        );
        v.field(15usize, "verification_dns_records", &self.verification_dns_records);
    }
}
#[cfg(msgraph_beta_domains_or_search)]
impl rt::object::Members for Domain {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_type.read_from(r),
            2usize => self.availability_status.read_from(r),
            3usize => self.is_admin_managed.read_from(r),
            4usize => self.is_default.read_from(r),
            5usize => self.is_initial.read_from(r),
            6usize => self.is_root.read_from(r),
            7usize => self.is_verified.read_from(r),
            8usize => self.password_notification_window_in_days.read_from(r),
            9usize => self.password_validity_period_in_days.read_from(r),
            10usize => self.state.read_from(r),
            11usize => self.supported_services.read_from(r),
            #[cfg(msgraph_beta_core)]
            12usize => self.domain_name_references.read_from(r),
            13usize => self.service_configuration_records.read_from(r),
            14usize => self.shared_email_domain_invitations.read_from(r),
            15usize => self.verification_dns_records.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_type);
        w.field(2usize, &self.availability_status);
        w.field(3usize, &self.is_admin_managed);
        w.field(4usize, &self.is_default);
        w.field(5usize, &self.is_initial);
        w.field(6usize, &self.is_root);
        w.field(7usize, &self.is_verified);
        w.field(8usize, &self.password_notification_window_in_days);
        w.field(9usize, &self.password_validity_period_in_days);
        w.field(10usize, &self.state);
        w.field(11usize, &self.supported_services);
        #[cfg(msgraph_beta_core)] w.field(12usize, &self.domain_name_references);
        w.field(13usize, &self.service_configuration_records);
        w.field(14usize, &self.shared_email_domain_invitations);
        w.field(15usize, &self.verification_dns_records);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_domains_or_search)]
rt::impl_object!(Domain);
#[cfg(msgraph_beta_domains_or_search)]
rt::impl_setters!(
    Domain { with_id id : ::std::string::String; with_authentication_type
    authentication_type : ::std::string::String; with_availability_status
    availability_status : ::std::string::String; with_is_admin_managed is_admin_managed :
    bool; with_is_default is_default : bool; with_is_initial is_initial : bool;
    with_is_root is_root : bool; with_is_verified is_verified : bool;
    with_password_notification_window_in_days password_notification_window_in_days : i32;
    with_password_validity_period_in_days password_validity_period_in_days : i32;
    with_state state : crate ::beta::DomainState; with_supported_services
    supported_services : ::std::vec::Vec < ::std::string::String >;
    #[cfg(msgraph_beta_core)] with_domain_name_references domain_name_references :
    ::std::vec::Vec < crate ::beta::AnyDirectoryObject >;
    with_service_configuration_records service_configuration_records : ::std::vec::Vec <
    crate ::beta::AnyDomainDnsRecord >; with_shared_email_domain_invitations
    shared_email_domain_invitations : ::std::vec::Vec < crate
    ::beta::SharedEmailDomainInvitation >; with_verification_dns_records
    verification_dns_records : ::std::vec::Vec < crate ::beta::AnyDomainDnsRecord >; }
);
#[cfg(msgraph_beta_domains_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Domain);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.drive`, entity type, derived from `microsoft.graph.baseItem`, key `id`.
///
/// Request builders: [`DrivePath`](requests/trait.DrivePath.html), what a path to one (`EntityPath<Drive, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Drive {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `eTag`: `Edm.String`, nullable.
    pub e_tag: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `parentReference`: `microsoft.graph.itemReference`, nullable.
    pub parent_reference: rt::Field<crate::beta::ItemReference>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: navigation property `createdByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_beta_core)]
    pub created_by_user: rt::Field<::std::boxed::Box<crate::beta::User>>,
    /// CSDL: navigation property `lastModifiedByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_beta_core)]
    pub last_modified_by_user: rt::Field<::std::boxed::Box<crate::beta::User>>,
    /// CSDL: property `driveType`: `Edm.String`, nullable.
    pub drive_type: rt::Field<::std::string::String>,
    /// CSDL: property `owner`: `microsoft.graph.identitySet`, nullable.
    pub owner: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `quota`: `microsoft.graph.quota`, nullable.
    pub quota: rt::Field<crate::beta::Quota>,
    /// CSDL: property `sharePointIds`: `microsoft.graph.sharepointIds`, nullable.
    pub share_point_ids: rt::Field<crate::beta::SharepointIds>,
    /// CSDL: property `system`: `microsoft.graph.systemFacet`, nullable.
    pub system: rt::Field<crate::beta::SystemFacet>,
    /// CSDL: containment navigation property `activities`: `Collection(microsoft.graph.itemActivityOLD)`, not nullable.
    pub activities: rt::Field<::std::vec::Vec<crate::beta::ItemActivityOld>>,
    /// CSDL: containment navigation property `bundles`: `Collection(microsoft.graph.driveItem)`, not nullable.
    pub bundles: rt::Field<::std::vec::Vec<crate::beta::DriveItem>>,
    /// CSDL: containment navigation property `following`: `Collection(microsoft.graph.driveItem)`, not nullable.
    pub following: rt::Field<::std::vec::Vec<crate::beta::DriveItem>>,
    /// CSDL: containment navigation property `items`: `Collection(microsoft.graph.driveItem)`, not nullable.
    pub items: rt::Field<::std::vec::Vec<crate::beta::DriveItem>>,
    /// CSDL: containment navigation property `list`: `microsoft.graph.list`, nullable.
    pub list: rt::Field<::std::boxed::Box<crate::beta::List>>,
    /// CSDL: containment navigation property `root`: `microsoft.graph.driveItem`, nullable.
    pub root: rt::Field<::std::boxed::Box<crate::beta::DriveItem>>,
    /// CSDL: containment navigation property `special`: `Collection(microsoft.graph.driveItem)`, not nullable.
    pub special: rt::Field<::std::vec::Vec<crate::beta::DriveItem>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for Drive {
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
            #[cfg(msgraph_beta_core)]
            created_by_user: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            last_modified_by_user: rt::Field::Absent,
            drive_type: rt::Field::Absent,
            owner: rt::Field::Absent,
            quota: rt::Field::Absent,
            share_point_ids: rt::Field::Absent,
            system: rt::Field::Absent,
            activities: rt::Field::Absent,
            bundles: rt::Field::Absent,
            following: rt::Field::Absent,
            items: rt::Field::Absent,
            list: rt::Field::Absent,
            root: rt::Field::Absent,
            special: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for Drive {
    const TYPE_NAME: &'static str = "microsoft.graph.drive";
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
        "driveType",
        "owner",
        "quota",
        "sharePointIds",
        "system",
        "activities",
        "bundles",
        "following",
        "items",
        "list",
        "root",
        "special",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"eTag\":                         ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"name\":                         ",
        ",\"parentReference\":              ",
        ",\"webUrl\":                       ",
        ",\"createdByUser\":                ",
        ",\"lastModifiedByUser\":           ",
        ",\"driveType\":                    ",
        ",\"owner\":                        ",
        ",\"quota\":                        ",
        ",\"sharePointIds\":                ",
        ",\"system\":                       ",
        ",\"activities\":                   ",
        ",\"bundles\":                      ",
        ",\"following\":                    ",
        ",\"items\":                        ",
        ",\"list\":                         ",
        ",\"root\":                         ",
        ",\"special\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.drive\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "e_tag", &self.e_tag);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "name", &self.name);
        v.field(8usize, "parent_reference", &self.parent_reference);
        v.field(9usize, "web_url", &self.web_url);
        #[cfg(msgraph_beta_core)]
        v.field(10usize, "created_by_user", &self.created_by_user);
        #[cfg(msgraph_beta_core)]
        v.field(11usize, "last_modified_by_user", &self.last_modified_by_user);
        v.field(12usize, "drive_type", &self.drive_type);
        v.field(13usize, "owner", &self.owner);
        v.field(14usize, "quota", &self.quota);
        v.field(15usize, "share_point_ids", &self.share_point_ids);
        v.field(16usize, "system", &self.system);
        v.field(17usize, "activities", &self.activities);
        v.field(18usize, "bundles", &self.bundles);
        v.field(19usize, "following", &self.following);
        v.field(20usize, "items", &self.items);
        v.field(21usize, "list", &self.list);
        v.field(22usize, "root", &self.root);
        v.field(23usize, "special", &self.special);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for Drive {
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
            #[cfg(msgraph_beta_core)]
            10usize => self.created_by_user.read_from(r),
            #[cfg(msgraph_beta_core)]
            11usize => self.last_modified_by_user.read_from(r),
            12usize => self.drive_type.read_from(r),
            13usize => self.owner.read_from(r),
            14usize => self.quota.read_from(r),
            15usize => self.share_point_ids.read_from(r),
            16usize => self.system.read_from(r),
            17usize => self.activities.read_from(r),
            18usize => self.bundles.read_from(r),
            19usize => self.following.read_from(r),
            20usize => self.items.read_from(r),
            21usize => self.list.read_from(r),
            22usize => self.root.read_from(r),
            23usize => self.special.read_from(r),
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
        #[cfg(msgraph_beta_core)] w.field(10usize, &self.created_by_user);
        #[cfg(msgraph_beta_core)] w.field(11usize, &self.last_modified_by_user);
        w.field(12usize, &self.drive_type);
        w.field(13usize, &self.owner);
        w.field(14usize, &self.quota);
        w.field(15usize, &self.share_point_ids);
        w.field(16usize, &self.system);
        w.field(17usize, &self.activities);
        w.field(18usize, &self.bundles);
        w.field(19usize, &self.following);
        w.field(20usize, &self.items);
        w.field(21usize, &self.list);
        w.field(22usize, &self.root);
        w.field(23usize, &self.special);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_object!(Drive);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_boxed!(Drive);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    Drive { with_id id : ::std::string::String; with_created_by created_by : crate
    ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_e_tag e_tag : ::std::string::String; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_name name : ::std::string::String;
    with_parent_reference parent_reference : crate ::beta::ItemReference; with_web_url
    web_url : ::std::string::String; #[cfg(msgraph_beta_core)] with_created_by_user
    created_by_user : ::std::boxed::Box < crate ::beta::User >; #[cfg(msgraph_beta_core)]
    with_last_modified_by_user last_modified_by_user : ::std::boxed::Box < crate
    ::beta::User >; with_drive_type drive_type : ::std::string::String; with_owner owner
    : crate ::beta::IdentitySet; with_quota quota : crate ::beta::Quota;
    with_share_point_ids share_point_ids : crate ::beta::SharepointIds; with_system
    system : crate ::beta::SystemFacet; with_activities activities : ::std::vec::Vec <
    crate ::beta::ItemActivityOld >; with_bundles bundles : ::std::vec::Vec < crate
    ::beta::DriveItem >; with_following following : ::std::vec::Vec < crate
    ::beta::DriveItem >; with_items items : ::std::vec::Vec < crate ::beta::DriveItem >;
    with_list list : ::std::boxed::Box < crate ::beta::List >; with_root root :
    ::std::boxed::Box < crate ::beta::DriveItem >; with_special special : ::std::vec::Vec
    < crate ::beta::DriveItem >; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(Drive);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.driveItem`, entity type, derived from `microsoft.graph.baseItem`, open, key `id`.
///
/// Request builders: [`DriveItemPath`](requests/trait.DriveItemPath.html), what a path to one (`EntityPath<DriveItem, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DriveItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `eTag`: `Edm.String`, nullable.
    pub e_tag: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `parentReference`: `microsoft.graph.itemReference`, nullable.
    pub parent_reference: rt::Field<crate::beta::ItemReference>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: navigation property `createdByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_beta_core)]
    pub created_by_user: rt::Field<::std::boxed::Box<crate::beta::User>>,
    /// CSDL: navigation property `lastModifiedByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_beta_core)]
    pub last_modified_by_user: rt::Field<::std::boxed::Box<crate::beta::User>>,
    /// CSDL: property `audio`: `microsoft.graph.audio`, nullable.
    pub audio: rt::Field<crate::beta::Audio>,
    /// CSDL: property `bundle`: `microsoft.graph.bundle`, nullable.
    pub bundle: rt::Field<crate::beta::Bundle>,
    /// CSDL: property `content`: `Edm.Stream`, nullable.
    pub content: rt::Field<rt::RawJson>,
    /// CSDL: property `cTag`: `Edm.String`, nullable.
    pub c_tag: rt::Field<::std::string::String>,
    /// CSDL: property `deleted`: `microsoft.graph.deleted`, nullable.
    pub deleted: rt::Field<crate::beta::Deleted>,
    /// CSDL: property `file`: `microsoft.graph.file`, nullable.
    pub file: rt::Field<crate::beta::File>,
    /// CSDL: property `fileSystemInfo`: `microsoft.graph.fileSystemInfo`, nullable.
    pub file_system_info: rt::Field<crate::beta::FileSystemInfo>,
    /// CSDL: property `folder`: `microsoft.graph.folder`, nullable.
    pub folder: rt::Field<crate::beta::Folder>,
    /// CSDL: property `image`: `microsoft.graph.image`, nullable.
    pub image: rt::Field<crate::beta::Image>,
    /// CSDL: property `location`: `microsoft.graph.geoCoordinates`, nullable.
    pub location: rt::Field<crate::beta::GeoCoordinates>,
    /// CSDL: property `media`: `microsoft.graph.media`, nullable.
    pub media: rt::Field<crate::beta::Media>,
    /// CSDL: property `package`: `microsoft.graph.package`, nullable.
    pub package: rt::Field<crate::beta::Package>,
    /// CSDL: property `pendingOperations`: `microsoft.graph.pendingOperations`, nullable.
    pub pending_operations: rt::Field<crate::beta::PendingOperations>,
    /// CSDL: property `photo`: `microsoft.graph.photo`, nullable.
    pub photo: rt::Field<crate::beta::Photo>,
    /// CSDL: property `publication`: `microsoft.graph.publicationFacet`, nullable.
    pub publication: rt::Field<crate::beta::PublicationFacet>,
    /// CSDL: property `remoteItem`: `microsoft.graph.remoteItem`, nullable.
    pub remote_item: rt::Field<crate::beta::RemoteItem>,
    /// CSDL: property `root`: `microsoft.graph.root`, nullable.
    pub root: rt::Field<crate::beta::Root>,
    /// CSDL: property `searchResult`: `microsoft.graph.searchResult`, nullable.
    pub search_result: rt::Field<crate::beta::SearchResult>,
    /// CSDL: property `shared`: `microsoft.graph.shared`, nullable.
    pub shared: rt::Field<crate::beta::Shared>,
    /// CSDL: property `sharepointIds`: `microsoft.graph.sharepointIds`, nullable.
    pub sharepoint_ids: rt::Field<crate::beta::SharepointIds>,
    /// CSDL: property `size`: `Edm.Int64`, nullable.
    pub size: rt::Field<i64>,
    /// CSDL: property `source`: `microsoft.graph.driveItemSource`, nullable.
    pub source: rt::Field<crate::beta::DriveItemSource>,
    /// CSDL: property `specialFolder`: `microsoft.graph.specialFolder`, nullable.
    pub special_folder: rt::Field<crate::beta::SpecialFolder>,
    /// CSDL: property `video`: `microsoft.graph.video`, nullable.
    pub video: rt::Field<crate::beta::Video>,
    /// CSDL: property `webDavUrl`: `Edm.String`, nullable.
    pub web_dav_url: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `workbook`: `microsoft.graph.workbook`, nullable.
    pub workbook: rt::Field<crate::beta::Workbook>,
    /// CSDL: containment navigation property `activities`: `Collection(microsoft.graph.itemActivityOLD)`, not nullable.
    pub activities: rt::Field<::std::vec::Vec<crate::beta::ItemActivityOld>>,
    /// CSDL: navigation property `analytics`: `microsoft.graph.itemAnalytics`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_search)]
    pub analytics: rt::Field<crate::beta::ItemAnalytics>,
    /// CSDL: containment navigation property `children`: `Collection(microsoft.graph.driveItem)`, not nullable.
    pub children: rt::Field<::std::vec::Vec<crate::beta::DriveItem>>,
    /// CSDL: containment navigation property `listItem`: `microsoft.graph.listItem`, nullable.
    pub list_item: rt::Field<::std::boxed::Box<crate::beta::ListItem>>,
    /// CSDL: containment navigation property `permissions`: `Collection(microsoft.graph.permission)`, not nullable.
    pub permissions: rt::Field<::std::vec::Vec<crate::beta::Permission>>,
    /// CSDL: containment navigation property `subscriptions`: `Collection(microsoft.graph.subscription)`, not nullable.
    pub subscriptions: rt::Field<::std::vec::Vec<crate::beta::Subscription>>,
    /// CSDL: containment navigation property `thumbnails`: `Collection(microsoft.graph.thumbnailSet)`, not nullable.
    pub thumbnails: rt::Field<::std::vec::Vec<crate::beta::ThumbnailSet>>,
    /// CSDL: containment navigation property `versions`: `Collection(microsoft.graph.driveItemVersion)`, not nullable.
    pub versions: rt::Field<::std::vec::Vec<crate::beta::DriveItemVersion>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for DriveItem {
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
            #[cfg(msgraph_beta_core)]
            created_by_user: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            last_modified_by_user: rt::Field::Absent,
            audio: rt::Field::Absent,
            bundle: rt::Field::Absent,
            content: rt::Field::Absent,
            c_tag: rt::Field::Absent,
            deleted: rt::Field::Absent,
            file: rt::Field::Absent,
            file_system_info: rt::Field::Absent,
            folder: rt::Field::Absent,
            image: rt::Field::Absent,
            location: rt::Field::Absent,
            media: rt::Field::Absent,
            package: rt::Field::Absent,
            pending_operations: rt::Field::Absent,
            photo: rt::Field::Absent,
            publication: rt::Field::Absent,
            remote_item: rt::Field::Absent,
            root: rt::Field::Absent,
            search_result: rt::Field::Absent,
            shared: rt::Field::Absent,
            sharepoint_ids: rt::Field::Absent,
            size: rt::Field::Absent,
            source: rt::Field::Absent,
            special_folder: rt::Field::Absent,
            video: rt::Field::Absent,
            web_dav_url: rt::Field::Absent,
            workbook: rt::Field::Absent,
            activities: rt::Field::Absent,
            #[cfg(msgraph_beta_search)]
            analytics: rt::Field::Absent,
            children: rt::Field::Absent,
            list_item: rt::Field::Absent,
            permissions: rt::Field::Absent,
            subscriptions: rt::Field::Absent,
            thumbnails: rt::Field::Absent,
            versions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for DriveItem {
    const TYPE_NAME: &'static str = "microsoft.graph.driveItem";
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
        "audio",
        "bundle",
        "content",
        "cTag",
        "deleted",
        "file",
        "fileSystemInfo",
        "folder",
        "image",
        "location",
        "media",
        "package",
        "pendingOperations",
        "photo",
        "publication",
        "remoteItem",
        "root",
        "searchResult",
        "shared",
        "sharepointIds",
        "size",
        "source",
        "specialFolder",
        "video",
        "webDavUrl",
        "workbook",
        "activities",
        "analytics",
        "children",
        "listItem",
        "permissions",
        "subscriptions",
        "thumbnails",
        "versions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"eTag\":                         ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"name\":                         ",
        ",\"parentReference\":              ",
        ",\"webUrl\":                       ",
        ",\"createdByUser\":                ",
        ",\"lastModifiedByUser\":           ",
        ",\"audio\":                        ",
        ",\"bundle\":                       ",
        ",\"content\":                      ",
        ",\"cTag\":                         ",
        ",\"deleted\":                      ",
        ",\"file\":                         ",
        ",\"fileSystemInfo\":               ",
        ",\"folder\":                       ",
        ",\"image\":                        ",
        ",\"location\":                     ",
        ",\"media\":                        ",
        ",\"package\":                      ",
        ",\"pendingOperations\":            ",
        ",\"photo\":                        ",
        ",\"publication\":                  ",
        ",\"remoteItem\":                   ",
        ",\"root\":                         ",
        ",\"searchResult\":                 ",
        ",\"shared\":                       ",
        ",\"sharepointIds\":                ",
        ",\"size\":                         ",
        ",\"source\":                       ",
        ",\"specialFolder\":                ",
        ",\"video\":                        ",
        ",\"webDavUrl\":                    ",
        ",\"workbook\":                     ",
        ",\"activities\":                   ",
        ",\"analytics\":                    ",
        ",\"children\":                     ",
        ",\"listItem\":                     ",
        ",\"permissions\":                  ",
        ",\"subscriptions\":                ",
        ",\"thumbnails\":                   ",
        ",\"versions\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.driveItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "e_tag", &self.e_tag);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "name", &self.name);
        v.field(8usize, "parent_reference", &self.parent_reference);
        v.field(9usize, "web_url", &self.web_url);
        #[cfg(msgraph_beta_core)]
        v.field(10usize, "created_by_user", &self.created_by_user);
        #[cfg(msgraph_beta_core)]
        v.field(11usize, "last_modified_by_user", &self.last_modified_by_user);
        v.field(12usize, "audio", &self.audio);
        v.field(13usize, "bundle", &self.bundle);
        v.field(14usize, "content", &self.content);
        v.field(15usize, "c_tag", &self.c_tag);
        v.field(16usize, "deleted", &self.deleted);
        v.field(17usize, "file", &self.file);
        v.field(18usize, "file_system_info", &self.file_system_info);
        v.field(19usize, "folder", &self.folder);
        v.field(20usize, "image", &self.image);
        v.field(21usize, "location", &self.location);
        v.field(22usize, "media", &self.media);
        v.field(23usize, "package", &self.package);
        v.field(24usize, "pending_operations", &self.pending_operations);
        v.field(25usize, "photo", &self.photo);
        v.field(26usize, "publication", &self.publication);
        v.field(27usize, "remote_item", &self.remote_item);
        v.field(28usize, "root", &self.root);
        v.field(29usize, "search_result", &self.search_result);
        v.field(30usize, "shared", &self.shared);
        v.field(31usize, "sharepoint_ids", &self.sharepoint_ids);
        v.field(32usize, "size", &self.size);
        v.field(33usize, "source", &self.source);
        v.field(34usize, "special_folder", &self.special_folder);
        v.field(35usize, "video", &self.video);
        v.field(36usize, "web_dav_url", &self.web_dav_url);
        v.field(37usize, "workbook", &self.workbook);
        v.field(38usize, "activities", &self.activities);
        #[cfg(msgraph_beta_search)] v.field(39usize, "analytics", &self.analytics);
        v.field(40usize, "children", &self.children);
        v.field(41usize, "list_item", &self.list_item);
        v.field(42usize, "permissions", &self.permissions);
        v.field(43usize, "subscriptions", &self.subscriptions);
        v.field(44usize, "thumbnails", &self.thumbnails);
        v.field(45usize, "versions", &self.versions);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for DriveItem {
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
            #[cfg(msgraph_beta_core)]
            10usize => self.created_by_user.read_from(r),
            #[cfg(msgraph_beta_core)]
            11usize => self.last_modified_by_user.read_from(r),
            12usize => self.audio.read_from(r),
            13usize => self.bundle.read_from(r),
            14usize => self.content.read_from(r),
            15usize => self.c_tag.read_from(r),
            16usize => self.deleted.read_from(r),
            17usize => self.file.read_from(r),
            18usize => self.file_system_info.read_from(r),
            19usize => self.folder.read_from(r),
            20usize => self.image.read_from(r),
            21usize => self.location.read_from(r),
            22usize => self.media.read_from(r),
            23usize => self.package.read_from(r),
            24usize => self.pending_operations.read_from(r),
            25usize => self.photo.read_from(r),
            26usize => self.publication.read_from(r),
            27usize => self.remote_item.read_from(r),
            28usize => self.root.read_from(r),
            29usize => self.search_result.read_from(r),
            30usize => self.shared.read_from(r),
            31usize => self.sharepoint_ids.read_from(r),
            32usize => self.size.read_from(r),
            33usize => self.source.read_from(r),
            34usize => self.special_folder.read_from(r),
            35usize => self.video.read_from(r),
            36usize => self.web_dav_url.read_from(r),
            37usize => self.workbook.read_from(r),
            38usize => self.activities.read_from(r),
            #[cfg(msgraph_beta_search)]
            39usize => self.analytics.read_from(r),
            40usize => self.children.read_from(r),
            41usize => self.list_item.read_from(r),
            42usize => self.permissions.read_from(r),
            43usize => self.subscriptions.read_from(r),
            44usize => self.thumbnails.read_from(r),
            45usize => self.versions.read_from(r),
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
        #[cfg(msgraph_beta_core)] w.field(10usize, &self.created_by_user);
        #[cfg(msgraph_beta_core)] w.field(11usize, &self.last_modified_by_user);
        w.field(12usize, &self.audio);
        w.field(13usize, &self.bundle);
        w.field(14usize, &self.content);
        w.field(15usize, &self.c_tag);
        w.field(16usize, &self.deleted);
        w.field(17usize, &self.file);
        w.field(18usize, &self.file_system_info);
        w.field(19usize, &self.folder);
        w.field(20usize, &self.image);
        w.field(21usize, &self.location);
        w.field(22usize, &self.media);
        w.field(23usize, &self.package);
        w.field(24usize, &self.pending_operations);
        w.field(25usize, &self.photo);
        w.field(26usize, &self.publication);
        w.field(27usize, &self.remote_item);
        w.field(28usize, &self.root);
        w.field(29usize, &self.search_result);
        w.field(30usize, &self.shared);
        w.field(31usize, &self.sharepoint_ids);
        w.field(32usize, &self.size);
        w.field(33usize, &self.source);
        w.field(34usize, &self.special_folder);
        w.field(35usize, &self.video);
        w.field(36usize, &self.web_dav_url);
        w.field(37usize, &self.workbook);
        w.field(38usize, &self.activities);
        #[cfg(msgraph_beta_search)] w.field(39usize, &self.analytics);
        w.field(40usize, &self.children);
        w.field(41usize, &self.list_item);
        w.field(42usize, &self.permissions);
        w.field(43usize, &self.subscriptions);
        w.field(44usize, &self.thumbnails);
        w.field(45usize, &self.versions);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(DriveItem);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_boxed!(DriveItem);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    DriveItem { with_id id : ::std::string::String; with_created_by created_by : crate
    ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_e_tag e_tag : ::std::string::String; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_name name : ::std::string::String;
    with_parent_reference parent_reference : crate ::beta::ItemReference; with_web_url
    web_url : ::std::string::String; #[cfg(msgraph_beta_core)] with_created_by_user
    created_by_user : ::std::boxed::Box < crate ::beta::User >; #[cfg(msgraph_beta_core)]
    with_last_modified_by_user last_modified_by_user : ::std::boxed::Box < crate
    ::beta::User >; with_audio audio : crate ::beta::Audio; with_bundle bundle : crate
    ::beta::Bundle; with_content content : rt::RawJson; with_c_tag c_tag :
    ::std::string::String; with_deleted deleted : crate ::beta::Deleted; with_file file :
    crate ::beta::File; with_file_system_info file_system_info : crate
    ::beta::FileSystemInfo; with_folder folder : crate ::beta::Folder; with_image image :
    crate ::beta::Image; with_location location : crate ::beta::GeoCoordinates;
    with_media media : crate ::beta::Media; with_package package : crate ::beta::Package;
    with_pending_operations pending_operations : crate ::beta::PendingOperations;
    with_photo photo : crate ::beta::Photo; with_publication publication : crate
    ::beta::PublicationFacet; with_remote_item remote_item : crate ::beta::RemoteItem;
    with_root root : crate ::beta::Root; with_search_result search_result : crate
    ::beta::SearchResult; with_shared shared : crate ::beta::Shared; with_sharepoint_ids
    sharepoint_ids : crate ::beta::SharepointIds; with_size size : i64; with_source
    source : crate ::beta::DriveItemSource; with_special_folder special_folder : crate
    ::beta::SpecialFolder; with_video video : crate ::beta::Video; with_web_dav_url
    web_dav_url : ::std::string::String; with_workbook workbook : crate ::beta::Workbook;
    with_activities activities : ::std::vec::Vec < crate ::beta::ItemActivityOld >;
    #[cfg(msgraph_beta_search)] with_analytics analytics : crate ::beta::ItemAnalytics;
    with_children children : ::std::vec::Vec < crate ::beta::DriveItem >; with_list_item
    list_item : ::std::boxed::Box < crate ::beta::ListItem >; with_permissions
    permissions : ::std::vec::Vec < crate ::beta::Permission >; with_subscriptions
    subscriptions : ::std::vec::Vec < crate ::beta::Subscription >; with_thumbnails
    thumbnails : ::std::vec::Vec < crate ::beta::ThumbnailSet >; with_versions versions :
    ::std::vec::Vec < crate ::beta::DriveItemVersion >; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItem);
