//! Types of `microsoft.graph` by the first letters of their names (`ap_az`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.apiApplication`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ApiApplication {
    /// CSDL: property `acceptMappedClaims`: `Edm.Boolean`, nullable.
    pub accept_mapped_claims: rt::Field<bool>,
    /// CSDL: property `knownClientApplications`: `Collection(Edm.Guid)`, nullable.
    pub known_client_applications: rt::Field<::std::vec::Vec<rt::edm::Guid>>,
    /// CSDL: property `oauth2PermissionScopes`: `Collection(microsoft.graph.permissionScope)`, not nullable.
    pub oauth2_permission_scopes: rt::Field<
        ::std::vec::Vec<crate::beta::PermissionScope>,
    >,
    /// CSDL: property `preAuthorizedApplications`: `Collection(microsoft.graph.preAuthorizedApplication)`, nullable.
    pub pre_authorized_applications: rt::Field<
        ::std::vec::Vec<crate::beta::PreAuthorizedApplication>,
    >,
    /// CSDL: property `requestedAccessTokenVersion`: `Edm.Int32`, nullable.
    pub requested_access_token_version: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ApiApplication {
    #[inline]
    fn default() -> Self {
        Self {
            accept_mapped_claims: rt::Field::Absent,
            known_client_applications: rt::Field::Absent,
            oauth2_permission_scopes: rt::Field::Absent,
            pre_authorized_applications: rt::Field::Absent,
            requested_access_token_version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ApiApplication {
    const TYPE_NAME: &'static str = "microsoft.graph.apiApplication";
    const KEYS: &'static [&'static str] = &[
        "acceptMappedClaims",
        "knownClientApplications",
        "oauth2PermissionScopes",
        "preAuthorizedApplications",
        "requestedAccessTokenVersion",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"acceptMappedClaims\":           ",
        ",\"knownClientApplications\":      ",
        ",\"oauth2PermissionScopes\":       ",
        ",\"preAuthorizedApplications\":    ",
        ",\"requestedAccessTokenVersion\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.apiApplication\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "accept_mapped_claims", &self.accept_mapped_claims);
        v.field(1usize, "known_client_applications", &self.known_client_applications);
        v.field(2usize, "oauth2_permission_scopes", &self.oauth2_permission_scopes);
        v.field(
            3usize,
            "pre_authorized_applications",
            &self.pre_authorized_applications,
        );
        v.field(
            4usize,
            "requested_access_token_version",
            &self.requested_access_token_version,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ApiApplication {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.accept_mapped_claims.read_from(r),
            1usize => self.known_client_applications.read_from(r),
            2usize => self.oauth2_permission_scopes.read_from(r),
            3usize => self.pre_authorized_applications.read_from(r),
            4usize => self.requested_access_token_version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.accept_mapped_claims);
        w.field(1usize, &self.known_client_applications);
        w.field(2usize, &self.oauth2_permission_scopes);
        w.field(3usize, &self.pre_authorized_applications);
        w.field(4usize, &self.requested_access_token_version);
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
rt::impl_object!(ApiApplication);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ApiApplication { with_accept_mapped_claims accept_mapped_claims : bool;
    with_known_client_applications known_client_applications : ::std::vec::Vec <
    rt::edm::Guid >; with_oauth2_permission_scopes oauth2_permission_scopes :
    ::std::vec::Vec < crate ::beta::PermissionScope >; with_pre_authorized_applications
    pre_authorized_applications : ::std::vec::Vec < crate
    ::beta::PreAuthorizedApplication >; with_requested_access_token_version
    requested_access_token_version : i32; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApiApplication);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.apiAuthenticationConfigurationBase`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct ApiAuthenticationConfigurationBase {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::default::Default for ApiAuthenticationConfigurationBase {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::Object for ApiAuthenticationConfigurationBase {
    const TYPE_NAME: &'static str = "microsoft.graph.apiAuthenticationConfigurationBase";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.apiAuthenticationConfigurationBase\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::object::Members for ApiAuthenticationConfigurationBase {
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
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_object!(ApiAuthenticationConfigurationBase);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApiAuthenticationConfigurationBase);
#[cfg(msgraph_beta_identity_or_search)]
/// `microsoft.graph.apiAuthenticationConfigurationBase` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyApiAuthenticationConfigurationBase {
    ApiAuthenticationConfigurationBase(
        ::std::boxed::Box<crate::beta::ApiAuthenticationConfigurationBase>,
    ),
    BasicAuthentication(::std::boxed::Box<crate::beta::BasicAuthentication>),
    ClientCertificateAuthentication(
        ::std::boxed::Box<crate::beta::ClientCertificateAuthentication>,
    ),
    Pkcs12Certificate(::std::boxed::Box<crate::beta::Pkcs12Certificate>),
}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::default::Default for AnyApiAuthenticationConfigurationBase {
    #[inline]
    fn default() -> Self {
        Self::ApiAuthenticationConfigurationBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ApiAuthenticationConfigurationBase>
for AnyApiAuthenticationConfigurationBase {
    #[inline]
    fn from(v: crate::beta::ApiAuthenticationConfigurationBase) -> Self {
        Self::ApiAuthenticationConfigurationBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BasicAuthentication>
for AnyApiAuthenticationConfigurationBase {
    #[inline]
    fn from(v: crate::beta::BasicAuthentication) -> Self {
        Self::BasicAuthentication(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ClientCertificateAuthentication>
for AnyApiAuthenticationConfigurationBase {
    #[inline]
    fn from(v: crate::beta::ClientCertificateAuthentication) -> Self {
        Self::ClientCertificateAuthentication(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Pkcs12Certificate>
for AnyApiAuthenticationConfigurationBase {
    #[inline]
    fn from(v: crate::beta::Pkcs12Certificate) -> Self {
        Self::Pkcs12Certificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_or_search)]
unsafe impl ::std::marker::Send for AnyApiAuthenticationConfigurationBase {}
#[cfg(msgraph_beta_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyApiAuthenticationConfigurationBase {}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::marker::Unpin for AnyApiAuthenticationConfigurationBase {}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyApiAuthenticationConfigurationBase {}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyApiAuthenticationConfigurationBase {}
#[cfg(msgraph_beta_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ApiAuthenticationConfigurationBase>();
    rt::object::auto_traits::<crate::beta::BasicAuthentication>();
    rt::object::auto_traits::<crate::beta::ClientCertificateAuthentication>();
    rt::object::auto_traits::<crate::beta::Pkcs12Certificate>();
};
#[cfg(msgraph_beta_identity_or_search)]
impl rt::Poly for AnyApiAuthenticationConfigurationBase {
    const BASE_NAME: &'static str = "microsoft.graph.apiAuthenticationConfigurationBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.basicAuthentication") => {
                Self::BasicAuthentication(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.clientCertificateAuthentication",
            ) => Self::ClientCertificateAuthentication(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.pkcs12Certificate") => {
                Self::Pkcs12Certificate(rt::object::new_boxed())
            }
            _ => Self::ApiAuthenticationConfigurationBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ApiAuthenticationConfigurationBase(v) => &**v,
            Self::BasicAuthentication(v) => &**v,
            Self::ClientCertificateAuthentication(v) => &**v,
            Self::Pkcs12Certificate(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ApiAuthenticationConfigurationBase(v) => &mut **v,
            Self::BasicAuthentication(v) => &mut **v,
            Self::ClientCertificateAuthentication(v) => &mut **v,
            Self::Pkcs12Certificate(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl AnyApiAuthenticationConfigurationBase {
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
}
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_poly!(AnyApiAuthenticationConfigurationBase);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyApiAuthenticationConfigurationBase);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.apiServicePrincipal`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct ApiServicePrincipal {
    /// CSDL: property `resourceSpecificApplicationPermissions`: `Collection(microsoft.graph.resourceSpecificPermission)`, not nullable.
    pub resource_specific_application_permissions: rt::Field<
        ::std::vec::Vec<crate::beta::ResourceSpecificPermission>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for ApiServicePrincipal {
    #[inline]
    fn default() -> Self {
        Self {
            resource_specific_application_permissions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for ApiServicePrincipal {
    const TYPE_NAME: &'static str = "microsoft.graph.apiServicePrincipal";
    const KEYS: &'static [&'static str] = &["resourceSpecificApplicationPermissions"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"resourceSpecificApplicationPermissions\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.apiServicePrincipal\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "resource_specific_application_permissions",
            &self.resource_specific_application_permissions,
        );
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for ApiServicePrincipal {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.resource_specific_application_permissions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.resource_specific_application_permissions);
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(ApiServicePrincipal);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    ApiServicePrincipal { with_resource_specific_application_permissions
    resource_specific_application_permissions : ::std::vec::Vec < crate
    ::beta::ResourceSpecificPermission >; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApiServicePrincipal);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties for App configuration setting item.
///
/// CSDL: `microsoft.graph.appConfigurationSettingItem`, complex type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct AppConfigurationSettingItem {
    /// app configuration key.
    ///
    /// CSDL: property `appConfigKey`: `Edm.String`, not nullable.
    pub app_config_key: rt::Field<::std::string::String>,
    /// app configuration key type.
    ///
    /// CSDL: property `appConfigKeyType`: `microsoft.graph.mdmAppConfigKeyType`, not nullable.
    pub app_config_key_type: rt::Field<crate::beta::MdmAppConfigKeyType>,
    /// app configuration key value.
    ///
    /// CSDL: property `appConfigKeyValue`: `Edm.String`, not nullable.
    pub app_config_key_value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AppConfigurationSettingItem {
    #[inline]
    fn default() -> Self {
        Self {
            app_config_key: rt::Field::Absent,
            app_config_key_type: rt::Field::Absent,
            app_config_key_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for AppConfigurationSettingItem {
    const TYPE_NAME: &'static str = "microsoft.graph.appConfigurationSettingItem";
    const KEYS: &'static [&'static str] = &[
        "appConfigKey",
        "appConfigKeyType",
        "appConfigKeyValue",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appConfigKey\":                 ",
        ",\"appConfigKeyType\":             ",
        ",\"appConfigKeyValue\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appConfigurationSettingItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "app_config_key", &self.app_config_key);
        v.field(1usize, "app_config_key_type", &self.app_config_key_type);
        v.field(2usize, "app_config_key_value", &self.app_config_key_value);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for AppConfigurationSettingItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_config_key.read_from(r),
            1usize => self.app_config_key_type.read_from(r),
            2usize => self.app_config_key_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_config_key);
        w.field(1usize, &self.app_config_key_type);
        w.field(2usize, &self.app_config_key_value);
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
rt::impl_object!(AppConfigurationSettingItem);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    AppConfigurationSettingItem { with_app_config_key app_config_key :
    ::std::string::String; with_app_config_key_type app_config_key_type : crate
    ::beta::MdmAppConfigKeyType; with_app_config_key_value app_config_key_value :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppConfigurationSettingItem);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.appConsentApprovalRoute`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AppConsentApprovalRoutePath`](requests/trait.AppConsentApprovalRoutePath.html), what a path to one (`EntityPath<AppConsentApprovalRoute, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AppConsentApprovalRoute {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `appConsentRequests`: `Collection(microsoft.graph.appConsentRequest)`, not nullable.
    pub app_consent_requests: rt::Field<::std::vec::Vec<crate::beta::AppConsentRequest>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AppConsentApprovalRoute {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_consent_requests: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AppConsentApprovalRoute {
    const TYPE_NAME: &'static str = "microsoft.graph.appConsentApprovalRoute";
    const KEYS: &'static [&'static str] = &["id", "appConsentRequests"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appConsentRequests\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appConsentApprovalRoute\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_consent_requests", &self.app_consent_requests);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AppConsentApprovalRoute {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_consent_requests.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_consent_requests);
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
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_object!(AppConsentApprovalRoute);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AppConsentApprovalRoute { with_id id : ::std::string::String;
    with_app_consent_requests app_consent_requests : ::std::vec::Vec < crate
    ::beta::AppConsentRequest >; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppConsentApprovalRoute);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.appConsentRequest`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AppConsentRequestPath`](requests/trait.AppConsentRequestPath.html), what a path to one (`EntityPath<AppConsentRequest, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AppConsentRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appDisplayName`: `Edm.String`, nullable.
    pub app_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `appId`: `Edm.String`, not nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `consentType`: `Edm.String`, nullable.
    pub consent_type: rt::Field<::std::string::String>,
    /// CSDL: property `pendingScopes`: `Collection(microsoft.graph.appConsentRequestScope)`, nullable.
    pub pending_scopes: rt::Field<::std::vec::Vec<crate::beta::AppConsentRequestScope>>,
    /// CSDL: containment navigation property `userConsentRequests`: `Collection(microsoft.graph.userConsentRequest)`, not nullable.
    pub user_consent_requests: rt::Field<
        ::std::vec::Vec<crate::beta::UserConsentRequest>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AppConsentRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_display_name: rt::Field::Absent,
            app_id: rt::Field::Absent,
            consent_type: rt::Field::Absent,
            pending_scopes: rt::Field::Absent,
            user_consent_requests: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AppConsentRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.appConsentRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appDisplayName",
        "appId",
        "consentType",
        "pendingScopes",
        "userConsentRequests",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appDisplayName\":               ",
        ",\"appId\":                        ",
        ",\"consentType\":                  ",
        ",\"pendingScopes\":                ",
        ",\"userConsentRequests\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appConsentRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_display_name", &self.app_display_name);
        v.field(2usize, "app_id", &self.app_id);
        v.field(3usize, "consent_type", &self.consent_type);
        v.field(4usize, "pending_scopes", &self.pending_scopes);
        v.field(5usize, "user_consent_requests", &self.user_consent_requests);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AppConsentRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_display_name.read_from(r),
            2usize => self.app_id.read_from(r),
            3usize => self.consent_type.read_from(r),
            4usize => self.pending_scopes.read_from(r),
            5usize => self.user_consent_requests.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_display_name);
        w.field(2usize, &self.app_id);
        w.field(3usize, &self.consent_type);
        w.field(4usize, &self.pending_scopes);
        w.field(5usize, &self.user_consent_requests);
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
rt::impl_object!(AppConsentRequest);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AppConsentRequest { with_id id : ::std::string::String; with_app_display_name
    app_display_name : ::std::string::String; with_app_id app_id : ::std::string::String;
    with_consent_type consent_type : ::std::string::String; with_pending_scopes
    pending_scopes : ::std::vec::Vec < crate ::beta::AppConsentRequestScope >;
    with_user_consent_requests user_consent_requests : ::std::vec::Vec < crate
    ::beta::UserConsentRequest >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppConsentRequest);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.appConsentRequestScope`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AppConsentRequestScope {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AppConsentRequestScope {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AppConsentRequestScope {
    const TYPE_NAME: &'static str = "microsoft.graph.appConsentRequestScope";
    const KEYS: &'static [&'static str] = &["displayName"];
    const KEYS_JSON: &'static [&'static str] = &[",\"displayName\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.appConsentRequestScope\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AppConsentRequestScope {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
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
rt::impl_object!(AppConsentRequestScope);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AppConsentRequestScope { with_display_name display_name : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppConsentRequestScope);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.appLockerApplicationControlType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AppLockerApplicationControlType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `enforceComponentsAndStoreApps` (value 1).
    EnforceComponentsAndStoreApps,
    /// `auditComponentsAndStoreApps` (value 2).
    AuditComponentsAndStoreApps,
    /// `enforceComponentsStoreAppsAndSmartlocker` (value 3).
    EnforceComponentsStoreAppsAndSmartlocker,
    /// `auditComponentsStoreAppsAndSmartlocker` (value 4).
    AuditComponentsStoreAppsAndSmartlocker,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AppLockerApplicationControlType {
    const TYPE_NAME: &'static str = "microsoft.graph.appLockerApplicationControlType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "enforceComponentsAndStoreApps",
        "auditComponentsAndStoreApps",
        "enforceComponentsStoreAppsAndSmartlocker",
        "auditComponentsStoreAppsAndSmartlocker",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "enforceComponentsAndStoreApps" => Self::EnforceComponentsAndStoreApps,
                "auditComponentsAndStoreApps" => Self::AuditComponentsAndStoreApps,
                "enforceComponentsStoreAppsAndSmartlocker" => {
                    Self::EnforceComponentsStoreAppsAndSmartlocker
                }
                "auditComponentsStoreAppsAndSmartlocker" => {
                    Self::AuditComponentsStoreAppsAndSmartlocker
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
            Self::EnforceComponentsAndStoreApps => "enforceComponentsAndStoreApps",
            Self::AuditComponentsAndStoreApps => "auditComponentsAndStoreApps",
            Self::EnforceComponentsStoreAppsAndSmartlocker => {
                "enforceComponentsStoreAppsAndSmartlocker"
            }
            Self::AuditComponentsStoreAppsAndSmartlocker => {
                "auditComponentsStoreAppsAndSmartlocker"
            }
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AppLockerApplicationControlType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppLockerApplicationControlType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.appLogCollectionDownloadDetails`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AppLogCollectionDownloadDetails {
    /// DecryptionAlgorithm for Content
    ///
    /// CSDL: property `appLogDecryptionAlgorithm`: `microsoft.graph.appLogDecryptionAlgorithm`, not nullable.
    pub app_log_decryption_algorithm: rt::Field<crate::beta::AppLogDecryptionAlgorithm>,
    /// DecryptionKey as string
    ///
    /// CSDL: property `decryptionKey`: `Edm.String`, nullable.
    pub decryption_key: rt::Field<::std::string::String>,
    /// Download SAS Url for completed AppLogUploadRequest
    ///
    /// CSDL: property `downloadUrl`: `Edm.String`, nullable.
    pub download_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AppLogCollectionDownloadDetails {
    #[inline]
    fn default() -> Self {
        Self {
            app_log_decryption_algorithm: rt::Field::Absent,
            decryption_key: rt::Field::Absent,
            download_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AppLogCollectionDownloadDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.appLogCollectionDownloadDetails";
    const KEYS: &'static [&'static str] = &[
        "appLogDecryptionAlgorithm",
        "decryptionKey",
        "downloadUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appLogDecryptionAlgorithm\":    ",
        ",\"decryptionKey\":                ",
        ",\"downloadUrl\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appLogCollectionDownloadDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "app_log_decryption_algorithm",
            &self.app_log_decryption_algorithm,
        );
        v.field(1usize, "decryption_key", &self.decryption_key);
        v.field(2usize, "download_url", &self.download_url);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AppLogCollectionDownloadDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_log_decryption_algorithm.read_from(r),
            1usize => self.decryption_key.read_from(r),
            2usize => self.download_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_log_decryption_algorithm);
        w.field(1usize, &self.decryption_key);
        w.field(2usize, &self.download_url);
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
rt::impl_object!(AppLogCollectionDownloadDetails);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AppLogCollectionDownloadDetails { with_app_log_decryption_algorithm
    app_log_decryption_algorithm : crate ::beta::AppLogDecryptionAlgorithm;
    with_decryption_key decryption_key : ::std::string::String; with_download_url
    download_url : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppLogCollectionDownloadDetails);
#[cfg(msgraph_beta_core)]
/// AppLogCollectionRequest Entity.
///
/// CSDL: `microsoft.graph.appLogCollectionRequest`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AppLogCollectionRequestPath`](requests/trait.AppLogCollectionRequestPath.html), what a path to one (`EntityPath<AppLogCollectionRequest, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AppLogCollectionRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Time at which the upload log request reached a terminal state
    ///
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of log folders.
    ///
    /// CSDL: property `customLogFolders`: `Collection(Edm.String)`, nullable.
    pub custom_log_folders: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Error message if any during the upload process
    ///
    /// CSDL: property `errorMessage`: `Edm.String`, nullable.
    pub error_message: rt::Field<::std::string::String>,
    /// Log upload status
    ///
    /// CSDL: property `status`: `microsoft.graph.appLogUploadState`, not nullable.
    pub status: rt::Field<crate::beta::AppLogUploadState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AppLogCollectionRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            custom_log_folders: rt::Field::Absent,
            error_message: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AppLogCollectionRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.appLogCollectionRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "completedDateTime",
        "customLogFolders",
        "errorMessage",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"completedDateTime\":            ",
        ",\"customLogFolders\":             ",
        ",\"errorMessage\":                 ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appLogCollectionRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "completed_date_time", &self.completed_date_time);
        v.field(2usize, "custom_log_folders", &self.custom_log_folders);
        v.field(3usize, "error_message", &self.error_message);
        v.field(4usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AppLogCollectionRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.completed_date_time.read_from(r),
            2usize => self.custom_log_folders.read_from(r),
            3usize => self.error_message.read_from(r),
            4usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.completed_date_time);
        w.field(2usize, &self.custom_log_folders);
        w.field(3usize, &self.error_message);
        w.field(4usize, &self.status);
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
rt::impl_object!(AppLogCollectionRequest);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AppLogCollectionRequest { with_id id : ::std::string::String;
    with_completed_date_time completed_date_time : rt::edm::DateTimeOffset;
    with_custom_log_folders custom_log_folders : ::std::vec::Vec < ::std::string::String
    >; with_error_message error_message : ::std::string::String; with_status status :
    crate ::beta::AppLogUploadState; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppLogCollectionRequest);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.appLogDecryptionAlgorithm`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AppLogDecryptionAlgorithm {
    /// `aes256` (value 0).
    Aes256,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for AppLogDecryptionAlgorithm {
    const TYPE_NAME: &'static str = "microsoft.graph.appLogDecryptionAlgorithm";
    const MEMBERS: &'static [&'static str] = &["aes256"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "aes256" => Self::Aes256,
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
            Self::Aes256 => "aes256",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(AppLogDecryptionAlgorithm);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppLogDecryptionAlgorithm);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.appLogUploadState`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AppLogUploadState {
    /// `pending` (value 0).
    Pending,
    /// `completed` (value 1).
    Completed,
    /// `failed` (value 2).
    Failed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for AppLogUploadState {
    const TYPE_NAME: &'static str = "microsoft.graph.appLogUploadState";
    const MEMBERS: &'static [&'static str] = &["pending", "completed", "failed"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "pending" => Self::Pending,
                "completed" => Self::Completed,
                "failed" => Self::Failed,
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
            Self::Pending => "pending",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(AppLogUploadState);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppLogUploadState);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// CSDL: `microsoft.graph.appManagementLevel`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AppManagementLevel {
    /// `unspecified` (value 0).
    Unspecified,
    /// `unmanaged` (value 1).
    Unmanaged,
    /// `mdm` (value 2).
    Mdm,
    /// `androidEnterprise` (value 4).
    AndroidEnterprise,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::StrEnum for AppManagementLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.appManagementLevel";
    const MEMBERS: &'static [&'static str] = &[
        "unspecified",
        "unmanaged",
        "mdm",
        "androidEnterprise",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unspecified" => Self::Unspecified,
                "unmanaged" => Self::Unmanaged,
                "mdm" => Self::Mdm,
                "androidEnterprise" => Self::AndroidEnterprise,
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
            Self::Unspecified => "unspecified",
            Self::Unmanaged => "unmanaged",
            Self::Mdm => "mdm",
            Self::AndroidEnterprise => "androidEnterprise",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_enum!(AppManagementLevel);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppManagementLevel);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.appRole`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AppRole {
    /// CSDL: property `allowedMemberTypes`: `Collection(Edm.String)`, not nullable.
    pub allowed_member_types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.Guid`, not nullable.
    pub id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `origin`: `Edm.String`, nullable.
    pub origin: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AppRole {
    #[inline]
    fn default() -> Self {
        Self {
            allowed_member_types: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            origin: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AppRole {
    const TYPE_NAME: &'static str = "microsoft.graph.appRole";
    const KEYS: &'static [&'static str] = &[
        "allowedMemberTypes",
        "description",
        "displayName",
        "id",
        "isEnabled",
        "origin",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowedMemberTypes\":           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"isEnabled\":                    ",
        ",\"origin\":                       ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appRole\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allowed_member_types", &self.allowed_member_types);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "id", &self.id);
        v.field(4usize, "is_enabled", &self.is_enabled);
        v.field(5usize, "origin", &self.origin);
        v.field(6usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AppRole {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allowed_member_types.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.id.read_from(r),
            4usize => self.is_enabled.read_from(r),
            5usize => self.origin.read_from(r),
            6usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allowed_member_types);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.id);
        w.field(4usize, &self.is_enabled);
        w.field(5usize, &self.origin);
        w.field(6usize, &self.value);
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
rt::impl_object!(AppRole);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AppRole { with_allowed_member_types allowed_member_types : ::std::vec::Vec <
    ::std::string::String >; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_id id : rt::edm::Guid;
    with_is_enabled is_enabled : bool; with_origin origin : ::std::string::String;
    with_value value : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppRole);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// An app vulnerability managed device.
///
/// CSDL: `microsoft.graph.appVulnerabilityManagedDevice`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct AppVulnerabilityManagedDevice {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The device name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The created date.
    ///
    /// CSDL: property `lastSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The Intune managed device ID.
    ///
    /// CSDL: property `managedDeviceId`: `Edm.String`, nullable.
    pub managed_device_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AppVulnerabilityManagedDevice {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_sync_date_time: rt::Field::Absent,
            managed_device_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for AppVulnerabilityManagedDevice {
    const TYPE_NAME: &'static str = "microsoft.graph.appVulnerabilityManagedDevice";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "lastSyncDateTime",
        "managedDeviceId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"lastSyncDateTime\":             ",
        ",\"managedDeviceId\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appVulnerabilityManagedDevice\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "last_sync_date_time", &self.last_sync_date_time);
        v.field(3usize, "managed_device_id", &self.managed_device_id);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for AppVulnerabilityManagedDevice {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.last_sync_date_time.read_from(r),
            3usize => self.managed_device_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.last_sync_date_time);
        w.field(3usize, &self.managed_device_id);
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
rt::impl_object!(AppVulnerabilityManagedDevice);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    AppVulnerabilityManagedDevice { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_last_sync_date_time last_sync_date_time :
    rt::edm::DateTimeOffset; with_managed_device_id managed_device_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppVulnerabilityManagedDevice);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// An app vulnerability mobile app.
///
/// CSDL: `microsoft.graph.appVulnerabilityMobileApp`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct AppVulnerabilityMobileApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The created date.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The device name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The last modified date.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The Intune mobile app ID.
    ///
    /// CSDL: property `mobileAppId`: `Edm.String`, nullable.
    pub mobile_app_id: rt::Field<::std::string::String>,
    /// The app type.
    ///
    /// CSDL: property `mobileAppType`: `Edm.String`, nullable.
    pub mobile_app_type: rt::Field<::std::string::String>,
    /// The app version.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AppVulnerabilityMobileApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            mobile_app_id: rt::Field::Absent,
            mobile_app_type: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for AppVulnerabilityMobileApp {
    const TYPE_NAME: &'static str = "microsoft.graph.appVulnerabilityMobileApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "lastModifiedDateTime",
        "mobileAppId",
        "mobileAppType",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"mobileAppId\":                  ",
        ",\"mobileAppType\":                ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appVulnerabilityMobileApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(4usize, "mobile_app_id", &self.mobile_app_id);
        v.field(5usize, "mobile_app_type", &self.mobile_app_type);
        v.field(6usize, "version", &self.version);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for AppVulnerabilityMobileApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.mobile_app_id.read_from(r),
            5usize => self.mobile_app_type.read_from(r),
            6usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_date_time);
        w.field(4usize, &self.mobile_app_id);
        w.field(5usize, &self.mobile_app_type);
        w.field(6usize, &self.version);
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
rt::impl_object!(AppVulnerabilityMobileApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    AppVulnerabilityMobileApp { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_mobile_app_id mobile_app_id :
    ::std::string::String; with_mobile_app_type mobile_app_type : ::std::string::String;
    with_version version : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppVulnerabilityMobileApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// An app vulnerability task.
///
/// CSDL: `microsoft.graph.appVulnerabilityTask`, entity type, derived from `microsoft.graph.deviceAppManagementTask`, key `id`.
///
/// Request builders: [`AppVulnerabilityTaskPath`](requests/trait.AppVulnerabilityTaskPath.html), what a path to one (`EntityPath<AppVulnerabilityTask, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct AppVulnerabilityTask {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The name or email of the admin this task is assigned to.
    ///
    /// CSDL: property `assignedTo`: `Edm.String`, nullable.
    pub assigned_to: rt::Field<::std::string::String>,
    /// The category.
    ///
    /// CSDL: property `category`: `microsoft.graph.deviceAppManagementTaskCategory`, not nullable.
    pub category: rt::Field<crate::beta::DeviceAppManagementTaskCategory>,
    /// The created date.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The email address of the creator.
    ///
    /// CSDL: property `creator`: `Edm.String`, nullable.
    pub creator: rt::Field<::std::string::String>,
    /// Notes from the creator.
    ///
    /// CSDL: property `creatorNotes`: `Edm.String`, nullable.
    pub creator_notes: rt::Field<::std::string::String>,
    /// The description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The due date.
    ///
    /// CSDL: property `dueDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub due_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The priority.
    ///
    /// CSDL: property `priority`: `microsoft.graph.deviceAppManagementTaskPriority`, not nullable.
    pub priority: rt::Field<crate::beta::DeviceAppManagementTaskPriority>,
    /// The status.
    ///
    /// CSDL: property `status`: `microsoft.graph.deviceAppManagementTaskStatus`, not nullable.
    pub status: rt::Field<crate::beta::DeviceAppManagementTaskStatus>,
    /// The app name.
    ///
    /// CSDL: property `appName`: `Edm.String`, nullable.
    pub app_name: rt::Field<::std::string::String>,
    /// The app publisher.
    ///
    /// CSDL: property `appPublisher`: `Edm.String`, nullable.
    pub app_publisher: rt::Field<::std::string::String>,
    /// The app version.
    ///
    /// CSDL: property `appVersion`: `Edm.String`, nullable.
    pub app_version: rt::Field<::std::string::String>,
    /// Information about the mitigation.
    ///
    /// CSDL: property `insights`: `Edm.String`, nullable.
    pub insights: rt::Field<::std::string::String>,
    /// The number of vulnerable devices.
    ///
    /// CSDL: property `managedDeviceCount`: `Edm.Int32`, not nullable.
    pub managed_device_count: rt::Field<i32>,
    /// The mitigation type.
    ///
    /// CSDL: property `mitigationType`: `microsoft.graph.appVulnerabilityTaskMitigationType`, not nullable.
    pub mitigation_type: rt::Field<crate::beta::AppVulnerabilityTaskMitigationType>,
    /// The number of vulnerable mobile apps.
    ///
    /// CSDL: property `mobileAppCount`: `Edm.Int32`, not nullable.
    pub mobile_app_count: rt::Field<i32>,
    /// The remediation steps.
    ///
    /// CSDL: property `remediation`: `Edm.String`, nullable.
    pub remediation: rt::Field<::std::string::String>,
    /// The vulnerable managed devices.
    ///
    /// CSDL: containment navigation property `managedDevices`: `Collection(microsoft.graph.appVulnerabilityManagedDevice)`, not nullable.
    pub managed_devices: rt::Field<
        ::std::vec::Vec<crate::beta::AppVulnerabilityManagedDevice>,
    >,
    /// The vulnerable mobile apps.
    ///
    /// CSDL: containment navigation property `mobileApps`: `Collection(microsoft.graph.appVulnerabilityMobileApp)`, not nullable.
    pub mobile_apps: rt::Field<::std::vec::Vec<crate::beta::AppVulnerabilityMobileApp>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AppVulnerabilityTask {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            assigned_to: rt::Field::Absent,
            category: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            creator: rt::Field::Absent,
            creator_notes: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            due_date_time: rt::Field::Absent,
            priority: rt::Field::Absent,
            status: rt::Field::Absent,
            app_name: rt::Field::Absent,
            app_publisher: rt::Field::Absent,
            app_version: rt::Field::Absent,
            insights: rt::Field::Absent,
            managed_device_count: rt::Field::Absent,
            mitigation_type: rt::Field::Absent,
            mobile_app_count: rt::Field::Absent,
            remediation: rt::Field::Absent,
            managed_devices: rt::Field::Absent,
            mobile_apps: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for AppVulnerabilityTask {
    const TYPE_NAME: &'static str = "microsoft.graph.appVulnerabilityTask";
    const KEYS: &'static [&'static str] = &[
        "id",
        "assignedTo",
        "category",
        "createdDateTime",
        "creator",
        "creatorNotes",
        "description",
        "displayName",
        "dueDateTime",
        "priority",
        "status",
        "appName",
        "appPublisher",
        "appVersion",
        "insights",
        "managedDeviceCount",
        "mitigationType",
        "mobileAppCount",
        "remediation",
        "managedDevices",
        "mobileApps",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"assignedTo\":                   ",
        ",\"category\":                     ",
        ",\"createdDateTime\":              ",
        ",\"creator\":                      ",
        ",\"creatorNotes\":                 ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"dueDateTime\":                  ",
        ",\"priority\":                     ",
        ",\"status\":                       ",
        ",\"appName\":                      ",
        ",\"appPublisher\":                 ",
        ",\"appVersion\":                   ",
        ",\"insights\":                     ",
        ",\"managedDeviceCount\":           ",
        ",\"mitigationType\":               ",
        ",\"mobileAppCount\":               ",
        ",\"remediation\":                  ",
        ",\"managedDevices\":               ",
        ",\"mobileApps\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appVulnerabilityTask\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "assigned_to", &self.assigned_to);
        v.field(2usize, "category", &self.category);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "creator", &self.creator);
        v.field(5usize, "creator_notes", &self.creator_notes);
        v.field(6usize, "description", &self.description);
        v.field(7usize, "display_name", &self.display_name);
        v.field(8usize, "due_date_time", &self.due_date_time);
        v.field(9usize, "priority", &self.priority);
        v.field(10usize, "status", &self.status);
        v.field(11usize, "app_name", &self.app_name);
        v.field(12usize, "app_publisher", &self.app_publisher);
        v.field(13usize, "app_version", &self.app_version);
        v.field(14usize, "insights", &self.insights);
        v.field(15usize, "managed_device_count", &self.managed_device_count);
        v.field(16usize, "mitigation_type", &self.mitigation_type);
        v.field(17usize, "mobile_app_count", &self.mobile_app_count);
        v.field(18usize, "remediation", &self.remediation);
        v.field(19usize, "managed_devices", &self.managed_devices);
        v.field(20usize, "mobile_apps", &self.mobile_apps);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for AppVulnerabilityTask {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.assigned_to.read_from(r),
            2usize => self.category.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.creator.read_from(r),
            5usize => self.creator_notes.read_from(r),
            6usize => self.description.read_from(r),
            7usize => self.display_name.read_from(r),
            8usize => self.due_date_time.read_from(r),
            9usize => self.priority.read_from(r),
            10usize => self.status.read_from(r),
            11usize => self.app_name.read_from(r),
            12usize => self.app_publisher.read_from(r),
            13usize => self.app_version.read_from(r),
            14usize => self.insights.read_from(r),
            15usize => self.managed_device_count.read_from(r),
            16usize => self.mitigation_type.read_from(r),
            17usize => self.mobile_app_count.read_from(r),
            18usize => self.remediation.read_from(r),
            19usize => self.managed_devices.read_from(r),
            20usize => self.mobile_apps.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.assigned_to);
        w.field(2usize, &self.category);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.creator);
        w.field(5usize, &self.creator_notes);
        w.field(6usize, &self.description);
        w.field(7usize, &self.display_name);
        w.field(8usize, &self.due_date_time);
        w.field(9usize, &self.priority);
        w.field(10usize, &self.status);
        w.field(11usize, &self.app_name);
        w.field(12usize, &self.app_publisher);
        w.field(13usize, &self.app_version);
        w.field(14usize, &self.insights);
        w.field(15usize, &self.managed_device_count);
        w.field(16usize, &self.mitigation_type);
        w.field(17usize, &self.mobile_app_count);
        w.field(18usize, &self.remediation);
        w.field(19usize, &self.managed_devices);
        w.field(20usize, &self.mobile_apps);
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
rt::impl_object!(AppVulnerabilityTask);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    AppVulnerabilityTask { with_id id : ::std::string::String; with_assigned_to
    assigned_to : ::std::string::String; with_category category : crate
    ::beta::DeviceAppManagementTaskCategory; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_creator creator : ::std::string::String;
    with_creator_notes creator_notes : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_due_date_time due_date_time : rt::edm::DateTimeOffset;
    with_priority priority : crate ::beta::DeviceAppManagementTaskPriority; with_status
    status : crate ::beta::DeviceAppManagementTaskStatus; with_app_name app_name :
    ::std::string::String; with_app_publisher app_publisher : ::std::string::String;
    with_app_version app_version : ::std::string::String; with_insights insights :
    ::std::string::String; with_managed_device_count managed_device_count : i32;
    with_mitigation_type mitigation_type : crate
    ::beta::AppVulnerabilityTaskMitigationType; with_mobile_app_count mobile_app_count :
    i32; with_remediation remediation : ::std::string::String; with_managed_devices
    managed_devices : ::std::vec::Vec < crate ::beta::AppVulnerabilityManagedDevice >;
    with_mobile_apps mobile_apps : ::std::vec::Vec < crate
    ::beta::AppVulnerabilityMobileApp >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppVulnerabilityTask);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.appVulnerabilityTaskMitigationType`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AppVulnerabilityTaskMitigationType {
    /// `unknown` (value 0).
    Unknown,
    /// `update` (value 1).
    Update,
    /// `uninstall` (value 2).
    Uninstall,
    /// `securityConfiguration` (value 3).
    SecurityConfiguration,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for AppVulnerabilityTaskMitigationType {
    const TYPE_NAME: &'static str = "microsoft.graph.appVulnerabilityTaskMitigationType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "update",
        "uninstall",
        "securityConfiguration",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "update" => Self::Update,
                "uninstall" => Self::Uninstall,
                "securityConfiguration" => Self::SecurityConfiguration,
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
            Self::Update => "update",
            Self::Uninstall => "uninstall",
            Self::SecurityConfiguration => "securityConfiguration",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(AppVulnerabilityTaskMitigationType);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppVulnerabilityTaskMitigationType);
#[cfg(msgraph_beta_device_management_or_search)]
/// Apple push notification certificate.
///
/// CSDL: `microsoft.graph.applePushNotificationCertificate`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ApplePushNotificationCertificatePath`](requests/trait.ApplePushNotificationCertificatePath.html), what a path to one (`EntityPath<ApplePushNotificationCertificate, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ApplePushNotificationCertificate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Apple Id of the account used to create the MDM push certificate.
    ///
    /// CSDL: property `appleIdentifier`: `Edm.String`, nullable.
    pub apple_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `certificate`: `Edm.String`, nullable.
    pub certificate: rt::Field<::std::string::String>,
    /// Certificate serial number. This property is read-only.
    ///
    /// CSDL: property `certificateSerialNumber`: `Edm.String`, nullable.
    pub certificate_serial_number: rt::Field<::std::string::String>,
    /// The reason the certificate upload failed.
    ///
    /// CSDL: property `certificateUploadFailureReason`: `Edm.String`, nullable.
    pub certificate_upload_failure_reason: rt::Field<::std::string::String>,
    /// The certificate upload status.
    ///
    /// CSDL: property `certificateUploadStatus`: `Edm.String`, nullable.
    pub certificate_upload_status: rt::Field<::std::string::String>,
    /// The expiration date and time for Apple push notification certificate.
    ///
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Last modified date and time for Apple push notification certificate.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Topic Id.
    ///
    /// CSDL: property `topicIdentifier`: `Edm.String`, nullable.
    pub topic_identifier: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ApplePushNotificationCertificate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            apple_identifier: rt::Field::Absent,
            certificate: rt::Field::Absent,
            certificate_serial_number: rt::Field::Absent,
            certificate_upload_failure_reason: rt::Field::Absent,
            certificate_upload_status: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            topic_identifier: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ApplePushNotificationCertificate {
    const TYPE_NAME: &'static str = "microsoft.graph.applePushNotificationCertificate";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appleIdentifier",
        "certificate",
        "certificateSerialNumber",
        "certificateUploadFailureReason",
        "certificateUploadStatus",
        "expirationDateTime",
        "lastModifiedDateTime",
        "topicIdentifier",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appleIdentifier\":              ",
        ",\"certificate\":                  ",
        ",\"certificateSerialNumber\":      ",
        ",\"certificateUploadFailureReason\":",
        ",\"certificateUploadStatus\":      ",
        ",\"expirationDateTime\":           ",
        ",\"lastModifiedDateTime\":         ",
        ",\"topicIdentifier\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.applePushNotificationCertificate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "apple_identifier", &self.apple_identifier);
        v.field(2usize, "certificate", &self.certificate);
        v.field(3usize, "certificate_serial_number", &self.certificate_serial_number);
        v.field(
            4usize,
            "certificate_upload_failure_reason",
            &self.certificate_upload_failure_reason,
        );
        v.field(5usize, "certificate_upload_status", &self.certificate_upload_status);
        v.field(6usize, "expiration_date_time", &self.expiration_date_time);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "topic_identifier", &self.topic_identifier);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ApplePushNotificationCertificate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.apple_identifier.read_from(r),
            2usize => self.certificate.read_from(r),
            3usize => self.certificate_serial_number.read_from(r),
            4usize => self.certificate_upload_failure_reason.read_from(r),
            5usize => self.certificate_upload_status.read_from(r),
            6usize => self.expiration_date_time.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.topic_identifier.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.apple_identifier);
        w.field(2usize, &self.certificate);
        w.field(3usize, &self.certificate_serial_number);
        w.field(4usize, &self.certificate_upload_failure_reason);
        w.field(5usize, &self.certificate_upload_status);
        w.field(6usize, &self.expiration_date_time);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.topic_identifier);
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
rt::impl_object!(ApplePushNotificationCertificate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ApplePushNotificationCertificate { with_id id : ::std::string::String;
    with_apple_identifier apple_identifier : ::std::string::String; with_certificate
    certificate : ::std::string::String; with_certificate_serial_number
    certificate_serial_number : ::std::string::String;
    with_certificate_upload_failure_reason certificate_upload_failure_reason :
    ::std::string::String; with_certificate_upload_status certificate_upload_status :
    ::std::string::String; with_expiration_date_time expiration_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_topic_identifier topic_identifier :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplePushNotificationCertificate);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.appleVpnConnectionType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AppleVpnConnectionType {
    /// `ciscoAnyConnect` (value 0).
    CiscoAnyConnect,
    /// `pulseSecure` (value 1).
    PulseSecure,
    /// `f5EdgeClient` (value 2).
    F5EdgeClient,
    /// `dellSonicWallMobileConnect` (value 3).
    DellSonicWallMobileConnect,
    /// `checkPointCapsuleVpn` (value 4).
    CheckPointCapsuleVpn,
    /// `customVpn` (value 5).
    CustomVpn,
    /// `ciscoIPSec` (value 6).
    CiscoIpSec,
    /// `citrix` (value 7).
    Citrix,
    /// `ciscoAnyConnectV2` (value 8).
    CiscoAnyConnectV2,
    /// `paloAltoGlobalProtect` (value 9).
    PaloAltoGlobalProtect,
    /// `zscalerPrivateAccess` (value 10).
    ZscalerPrivateAccess,
    /// `f5Access2018` (value 11).
    F5Access2018,
    /// `citrixSso` (value 12).
    CitrixSso,
    /// `paloAltoGlobalProtectV2` (value 13).
    PaloAltoGlobalProtectV2,
    /// `ikEv2` (value 14).
    IkEv2,
    /// `alwaysOn` (value 15).
    AlwaysOn,
    /// `microsoftTunnel` (value 16).
    MicrosoftTunnel,
    /// `netMotionMobility` (value 17).
    NetMotionMobility,
    /// `microsoftProtect` (value 18).
    MicrosoftProtect,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AppleVpnConnectionType {
    const TYPE_NAME: &'static str = "microsoft.graph.appleVpnConnectionType";
    const MEMBERS: &'static [&'static str] = &[
        "ciscoAnyConnect",
        "pulseSecure",
        "f5EdgeClient",
        "dellSonicWallMobileConnect",
        "checkPointCapsuleVpn",
        "customVpn",
        "ciscoIPSec",
        "citrix",
        "ciscoAnyConnectV2",
        "paloAltoGlobalProtect",
        "zscalerPrivateAccess",
        "f5Access2018",
        "citrixSso",
        "paloAltoGlobalProtectV2",
        "ikEv2",
        "alwaysOn",
        "microsoftTunnel",
        "netMotionMobility",
        "microsoftProtect",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "ciscoAnyConnect" => Self::CiscoAnyConnect,
                "pulseSecure" => Self::PulseSecure,
                "f5EdgeClient" => Self::F5EdgeClient,
                "dellSonicWallMobileConnect" => Self::DellSonicWallMobileConnect,
                "checkPointCapsuleVpn" => Self::CheckPointCapsuleVpn,
                "customVpn" => Self::CustomVpn,
                "ciscoIPSec" => Self::CiscoIpSec,
                "citrix" => Self::Citrix,
                "ciscoAnyConnectV2" => Self::CiscoAnyConnectV2,
                "paloAltoGlobalProtect" => Self::PaloAltoGlobalProtect,
                "zscalerPrivateAccess" => Self::ZscalerPrivateAccess,
                "f5Access2018" => Self::F5Access2018,
                "citrixSso" => Self::CitrixSso,
                "paloAltoGlobalProtectV2" => Self::PaloAltoGlobalProtectV2,
                "ikEv2" => Self::IkEv2,
                "alwaysOn" => Self::AlwaysOn,
                "microsoftTunnel" => Self::MicrosoftTunnel,
                "netMotionMobility" => Self::NetMotionMobility,
                "microsoftProtect" => Self::MicrosoftProtect,
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
            Self::CiscoAnyConnect => "ciscoAnyConnect",
            Self::PulseSecure => "pulseSecure",
            Self::F5EdgeClient => "f5EdgeClient",
            Self::DellSonicWallMobileConnect => "dellSonicWallMobileConnect",
            Self::CheckPointCapsuleVpn => "checkPointCapsuleVpn",
            Self::CustomVpn => "customVpn",
            Self::CiscoIpSec => "ciscoIPSec",
            Self::Citrix => "citrix",
            Self::CiscoAnyConnectV2 => "ciscoAnyConnectV2",
            Self::PaloAltoGlobalProtect => "paloAltoGlobalProtect",
            Self::ZscalerPrivateAccess => "zscalerPrivateAccess",
            Self::F5Access2018 => "f5Access2018",
            Self::CitrixSso => "citrixSso",
            Self::PaloAltoGlobalProtectV2 => "paloAltoGlobalProtectV2",
            Self::IkEv2 => "ikEv2",
            Self::AlwaysOn => "alwaysOn",
            Self::MicrosoftTunnel => "microsoftTunnel",
            Self::NetMotionMobility => "netMotionMobility",
            Self::MicrosoftProtect => "microsoftProtect",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AppleVpnConnectionType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppleVpnConnectionType);
#[cfg(msgraph_beta_core)]
/// Event representing an Apple Vpp Token Troubleshooting Event.
///
/// CSDL: `microsoft.graph.appleVppTokenTroubleshootingEvent`, entity type, derived from `microsoft.graph.deviceManagementTroubleshootingEvent`, key `id`.
///
/// Request builders: [`DeviceManagementTroubleshootingEventPath`](requests/trait.DeviceManagementTroubleshootingEventPath.html), what a path to one (`EntityPath<AppleVppTokenTroubleshootingEvent, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AppleVppTokenTroubleshootingEvent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// A set of string key and string value pairs which provides additional information on the Troubleshooting event
    ///
    /// CSDL: property `additionalInformation`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub additional_information: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// Id used for tracing the failure in the service.
    ///
    /// CSDL: property `correlationId`: `Edm.String`, nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// Time when the event occurred .
    ///
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Event Name corresponding to the Troubleshooting Event. It is an Optional field
    ///
    /// CSDL: property `eventName`: `Edm.String`, nullable.
    pub event_name: rt::Field<::std::string::String>,
    /// Object containing detailed information about the error and its remediation.
    ///
    /// CSDL: property `troubleshootingErrorDetails`: `microsoft.graph.deviceManagementTroubleshootingErrorDetails`, nullable.
    pub troubleshooting_error_details: rt::Field<
        crate::beta::DeviceManagementTroubleshootingErrorDetails,
    >,
    /// Apple Volume Purchase Program Token Identifier.
    ///
    /// CSDL: property `tokenId`: `Edm.String`, nullable.
    pub token_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AppleVppTokenTroubleshootingEvent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            additional_information: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            event_date_time: rt::Field::Absent,
            event_name: rt::Field::Absent,
            troubleshooting_error_details: rt::Field::Absent,
            token_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AppleVppTokenTroubleshootingEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.appleVppTokenTroubleshootingEvent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "additionalInformation",
        "correlationId",
        "eventDateTime",
        "eventName",
        "troubleshootingErrorDetails",
        "tokenId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"additionalInformation\":        ",
        ",\"correlationId\":                ",
        ",\"eventDateTime\":                ",
        ",\"eventName\":                    ",
        ",\"troubleshootingErrorDetails\":  ",
        ",\"tokenId\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appleVppTokenTroubleshootingEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "additional_information", &self.additional_information);
        v.field(2usize, "correlation_id", &self.correlation_id);
        v.field(3usize, "event_date_time", &self.event_date_time);
        v.field(4usize, "event_name", &self.event_name);
        v.field(
            5usize,
            "troubleshooting_error_details",
            &self.troubleshooting_error_details,
        );
        v.field(6usize, "token_id", &self.token_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AppleVppTokenTroubleshootingEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.additional_information.read_from(r),
            2usize => self.correlation_id.read_from(r),
            3usize => self.event_date_time.read_from(r),
            4usize => self.event_name.read_from(r),
            5usize => self.troubleshooting_error_details.read_from(r),
            6usize => self.token_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.additional_information);
        w.field(2usize, &self.correlation_id);
        w.field(3usize, &self.event_date_time);
        w.field(4usize, &self.event_name);
        w.field(5usize, &self.troubleshooting_error_details);
        w.field(6usize, &self.token_id);
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
rt::impl_object!(AppleVppTokenTroubleshootingEvent);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AppleVppTokenTroubleshootingEvent { with_id id : ::std::string::String;
    with_additional_information additional_information : ::std::vec::Vec < crate
    ::beta::KeyValuePair >; with_correlation_id correlation_id : ::std::string::String;
    with_event_date_time event_date_time : rt::edm::DateTimeOffset; with_event_name
    event_name : ::std::string::String; with_troubleshooting_error_details
    troubleshooting_error_details : crate
    ::beta::DeviceManagementTroubleshootingErrorDetails; with_token_id token_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppleVppTokenTroubleshootingEvent);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.applicationEnforcedRestrictionsSessionControl`, complex type, derived from `microsoft.graph.conditionalAccessSessionControl`.
///
/// Features: `beta`, or one of `beta-identity`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct ApplicationEnforcedRestrictionsSessionControl {
    /// CSDL: property `isEnabled`: `Edm.Boolean`, nullable.
    pub is_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl ::std::default::Default for ApplicationEnforcedRestrictionsSessionControl {
    #[inline]
    fn default() -> Self {
        Self {
            is_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::Object for ApplicationEnforcedRestrictionsSessionControl {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationEnforcedRestrictionsSessionControl";
    const KEYS: &'static [&'static str] = &["isEnabled"];
    const KEYS_JSON: &'static [&'static str] = &[",\"isEnabled\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.applicationEnforcedRestrictionsSessionControl\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_enabled", &self.is_enabled);
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::object::Members for ApplicationEnforcedRestrictionsSessionControl {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_enabled);
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
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_object!(ApplicationEnforcedRestrictionsSessionControl);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_setters!(
    ApplicationEnforcedRestrictionsSessionControl { with_is_enabled is_enabled : bool; }
);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationEnforcedRestrictionsSessionControl);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.applicationGuardBlockFileTransferType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ApplicationGuardBlockFileTransferType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `blockImageAndTextFile` (value 1).
    BlockImageAndTextFile,
    /// `blockImageFile` (value 2).
    BlockImageFile,
    /// `blockNone` (value 3).
    BlockNone,
    /// `blockTextFile` (value 4).
    BlockTextFile,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for ApplicationGuardBlockFileTransferType {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationGuardBlockFileTransferType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "blockImageAndTextFile",
        "blockImageFile",
        "blockNone",
        "blockTextFile",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "blockImageAndTextFile" => Self::BlockImageAndTextFile,
                "blockImageFile" => Self::BlockImageFile,
                "blockNone" => Self::BlockNone,
                "blockTextFile" => Self::BlockTextFile,
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
            Self::BlockImageAndTextFile => "blockImageAndTextFile",
            Self::BlockImageFile => "blockImageFile",
            Self::BlockNone => "blockNone",
            Self::BlockTextFile => "blockTextFile",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(ApplicationGuardBlockFileTransferType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationGuardBlockFileTransferType);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.applicationIdentityType`, enum type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ApplicationIdentityType {
    /// `aadApplication` (value 0).
    AadApplication,
    /// `bot` (value 1).
    Bot,
    /// `tenantBot` (value 2).
    TenantBot,
    /// `office365Connector` (value 3).
    Office365Connector,
    /// `outgoingWebhook` (value 4).
    OutgoingWebhook,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_any_area)]
impl rt::StrEnum for ApplicationIdentityType {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationIdentityType";
    const MEMBERS: &'static [&'static str] = &[
        "aadApplication",
        "bot",
        "tenantBot",
        "office365Connector",
        "outgoingWebhook",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "aadApplication" => Self::AadApplication,
                "bot" => Self::Bot,
                "tenantBot" => Self::TenantBot,
                "office365Connector" => Self::Office365Connector,
                "outgoingWebhook" => Self::OutgoingWebhook,
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
            Self::AadApplication => "aadApplication",
            Self::Bot => "bot",
            Self::TenantBot => "tenantBot",
            Self::Office365Connector => "office365Connector",
            Self::OutgoingWebhook => "outgoingWebhook",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_any_area)]
rt::impl_enum!(ApplicationIdentityType);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationIdentityType);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.applicationSignInDetailedSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ApplicationSignInDetailedSummaryPath`](requests/trait.ApplicationSignInDetailedSummaryPath.html), what a path to one (`EntityPath<ApplicationSignInDetailedSummary, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct ApplicationSignInDetailedSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `aggregatedEventDateTime`: `Edm.DateTimeOffset`, nullable.
    pub aggregated_event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `appDisplayName`: `Edm.String`, not nullable.
    pub app_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `appId`: `Edm.String`, not nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `signInCount`: `Edm.Int64`, nullable.
    pub sign_in_count: rt::Field<i64>,
    /// CSDL: property `status`: `microsoft.graph.signInStatus`, nullable.
    pub status: rt::Field<crate::beta::SignInStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for ApplicationSignInDetailedSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            aggregated_event_date_time: rt::Field::Absent,
            app_display_name: rt::Field::Absent,
            app_id: rt::Field::Absent,
            sign_in_count: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for ApplicationSignInDetailedSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationSignInDetailedSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "aggregatedEventDateTime",
        "appDisplayName",
        "appId",
        "signInCount",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"aggregatedEventDateTime\":      ",
        ",\"appDisplayName\":               ",
        ",\"appId\":                        ",
        ",\"signInCount\":                  ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.applicationSignInDetailedSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "aggregated_event_date_time", &self.aggregated_event_date_time);
        v.field(2usize, "app_display_name", &self.app_display_name);
        v.field(3usize, "app_id", &self.app_id);
        v.field(4usize, "sign_in_count", &self.sign_in_count);
        v.field(5usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for ApplicationSignInDetailedSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.aggregated_event_date_time.read_from(r),
            2usize => self.app_display_name.read_from(r),
            3usize => self.app_id.read_from(r),
            4usize => self.sign_in_count.read_from(r),
            5usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.aggregated_event_date_time);
        w.field(2usize, &self.app_display_name);
        w.field(3usize, &self.app_id);
        w.field(4usize, &self.sign_in_count);
        w.field(5usize, &self.status);
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
rt::impl_object!(ApplicationSignInDetailedSummary);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    ApplicationSignInDetailedSummary { with_id id : ::std::string::String;
    with_aggregated_event_date_time aggregated_event_date_time : rt::edm::DateTimeOffset;
    with_app_display_name app_display_name : ::std::string::String; with_app_id app_id :
    ::std::string::String; with_sign_in_count sign_in_count : i64; with_status status :
    crate ::beta::SignInStatus; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationSignInDetailedSummary);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.applicationSignInSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct ApplicationSignInSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appDisplayName`: `Edm.String`, not nullable.
    pub app_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `failedSignInCount`: `Edm.Int64`, nullable.
    pub failed_sign_in_count: rt::Field<i64>,
    /// CSDL: property `successfulSignInCount`: `Edm.Int64`, nullable.
    pub successful_sign_in_count: rt::Field<i64>,
    /// CSDL: property `successPercentage`: `Edm.Double`, nullable.
    pub success_percentage: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for ApplicationSignInSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_display_name: rt::Field::Absent,
            failed_sign_in_count: rt::Field::Absent,
            successful_sign_in_count: rt::Field::Absent,
            success_percentage: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for ApplicationSignInSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationSignInSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appDisplayName",
        "failedSignInCount",
        "successfulSignInCount",
        "successPercentage",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appDisplayName\":               ",
        ",\"failedSignInCount\":            ",
        ",\"successfulSignInCount\":        ",
        ",\"successPercentage\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.applicationSignInSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_display_name", &self.app_display_name);
        v.field(2usize, "failed_sign_in_count", &self.failed_sign_in_count);
        v.field(3usize, "successful_sign_in_count", &self.successful_sign_in_count);
        v.field(4usize, "success_percentage", &self.success_percentage);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for ApplicationSignInSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_display_name.read_from(r),
            2usize => self.failed_sign_in_count.read_from(r),
            3usize => self.successful_sign_in_count.read_from(r),
            4usize => self.success_percentage.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_display_name);
        w.field(2usize, &self.failed_sign_in_count);
        w.field(3usize, &self.successful_sign_in_count);
        w.field(4usize, &self.success_percentage);
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
rt::impl_object!(ApplicationSignInSummary);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    ApplicationSignInSummary { with_id id : ::std::string::String; with_app_display_name
    app_display_name : ::std::string::String; with_failed_sign_in_count
    failed_sign_in_count : i64; with_successful_sign_in_count successful_sign_in_count :
    i64; with_success_percentage success_percentage : f64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationSignInSummary);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.applyLabelAction`, complex type, derived from `microsoft.graph.informationProtectionAction`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ApplyLabelAction {
    /// CSDL: property `actions`: `Collection(microsoft.graph.informationProtectionAction)`, nullable.
    pub actions: rt::Field<::std::vec::Vec<crate::beta::AnyInformationProtectionAction>>,
    /// CSDL: property `actionSource`: `microsoft.graph.actionSource`, not nullable.
    pub action_source: rt::Field<crate::beta::ActionSource>,
    /// CSDL: property `label`: `microsoft.graph.labelDetails`, nullable.
    pub label: rt::Field<crate::beta::LabelDetails>,
    /// CSDL: property `responsibleSensitiveTypeIds`: `Collection(Edm.Guid)`, not nullable.
    pub responsible_sensitive_type_ids: rt::Field<::std::vec::Vec<rt::edm::Guid>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for ApplyLabelAction {
    #[inline]
    fn default() -> Self {
        Self {
            actions: rt::Field::Absent,
            action_source: rt::Field::Absent,
            label: rt::Field::Absent,
            responsible_sensitive_type_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for ApplyLabelAction {
    const TYPE_NAME: &'static str = "microsoft.graph.applyLabelAction";
    const KEYS: &'static [&'static str] = &[
        "actions",
        "actionSource",
        "label",
        "responsibleSensitiveTypeIds",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actions\":                      ",
        ",\"actionSource\":                 ",
        ",\"label\":                        ",
        ",\"responsibleSensitiveTypeIds\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.applyLabelAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "actions", &self.actions);
        v.field(1usize, "action_source", &self.action_source);
        v.field(2usize, "label", &self.label);
        v.field(
            3usize,
            "responsible_sensitive_type_ids",
            &self.responsible_sensitive_type_ids,
        );
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for ApplyLabelAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.actions.read_from(r),
            1usize => self.action_source.read_from(r),
            2usize => self.label.read_from(r),
            3usize => self.responsible_sensitive_type_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.actions);
        w.field(1usize, &self.action_source);
        w.field(2usize, &self.label);
        w.field(3usize, &self.responsible_sensitive_type_ids);
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
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_object!(ApplyLabelAction);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    ApplyLabelAction { with_actions actions : ::std::vec::Vec < crate
    ::beta::AnyInformationProtectionAction >; with_action_source action_source : crate
    ::beta::ActionSource; with_label label : crate ::beta::LabelDetails;
    with_responsible_sensitive_type_ids responsible_sensitive_type_ids : ::std::vec::Vec
    < rt::edm::Guid >; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplyLabelAction);
#[cfg(msgraph_beta_core_or_role_management)]
/// CSDL: `microsoft.graph.approval`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ApprovalPath`](requests/trait.ApprovalPath.html), what a path to one (`EntityPath<Approval, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Approval {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `steps`: `Collection(microsoft.graph.approvalStep)`, not nullable.
    pub steps: rt::Field<::std::vec::Vec<crate::beta::ApprovalStep>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_role_management)]
impl ::std::default::Default for Approval {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            steps: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
impl rt::Object for Approval {
    const TYPE_NAME: &'static str = "microsoft.graph.approval";
    const KEYS: &'static [&'static str] = &["id", "steps"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"steps\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.approval\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "steps", &self.steps);
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
impl rt::object::Members for Approval {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.steps.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.steps);
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
#[cfg(msgraph_beta_core_or_role_management)]
rt::impl_object!(Approval);
#[cfg(msgraph_beta_core_or_role_management)]
rt::impl_setters!(
    Approval { with_id id : ::std::string::String; with_steps steps : ::std::vec::Vec <
    crate ::beta::ApprovalStep >; }
);
#[cfg(msgraph_beta_core_or_role_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(Approval);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
/// CSDL: `microsoft.graph.approvalSettings`, complex type.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct ApprovalSettings {
    /// CSDL: property `approvalMode`: `Edm.String`, nullable.
    pub approval_mode: rt::Field<::std::string::String>,
    /// CSDL: property `approvalStages`: `Collection(microsoft.graph.approvalStage)`, nullable.
    pub approval_stages: rt::Field<::std::vec::Vec<crate::beta::ApprovalStage>>,
    /// CSDL: property `isApprovalRequired`: `Edm.Boolean`, nullable.
    pub is_approval_required: rt::Field<bool>,
    /// CSDL: property `isApprovalRequiredForExtension`: `Edm.Boolean`, nullable.
    pub is_approval_required_for_extension: rt::Field<bool>,
    /// CSDL: property `isRequestorJustificationRequired`: `Edm.Boolean`, nullable.
    pub is_requestor_justification_required: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl ::std::default::Default for ApprovalSettings {
    #[inline]
    fn default() -> Self {
        Self {
            approval_mode: rt::Field::Absent,
            approval_stages: rt::Field::Absent,
            is_approval_required: rt::Field::Absent,
            is_approval_required_for_extension: rt::Field::Absent,
            is_requestor_justification_required: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::Object for ApprovalSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.approvalSettings";
    const KEYS: &'static [&'static str] = &[
        "approvalMode",
        "approvalStages",
        "isApprovalRequired",
        "isApprovalRequiredForExtension",
        "isRequestorJustificationRequired",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"approvalMode\":                 ",
        ",\"approvalStages\":               ",
        ",\"isApprovalRequired\":           ",
        ",\"isApprovalRequiredForExtension\":",
        ",\"isRequestorJustificationRequired\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.approvalSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "approval_mode", &self.approval_mode);
        v.field(1usize, "approval_stages", &self.approval_stages);
        v.field(2usize, "is_approval_required", &self.is_approval_required);
        v.field(
            3usize,
            "is_approval_required_for_extension",
            &self.is_approval_required_for_extension,
        );
        v.field(
            4usize,
            "is_requestor_justification_required",
            &self.is_requestor_justification_required,
        );
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::object::Members for ApprovalSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.approval_mode.read_from(r),
            1usize => self.approval_stages.read_from(r),
            2usize => self.is_approval_required.read_from(r),
            3usize => self.is_approval_required_for_extension.read_from(r),
            4usize => self.is_requestor_justification_required.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.approval_mode);
        w.field(1usize, &self.approval_stages);
        w.field(2usize, &self.is_approval_required);
        w.field(3usize, &self.is_approval_required_for_extension);
        w.field(4usize, &self.is_requestor_justification_required);
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
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
rt::impl_object!(ApprovalSettings);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
rt::impl_setters!(
    ApprovalSettings { with_approval_mode approval_mode : ::std::string::String;
    with_approval_stages approval_stages : ::std::vec::Vec < crate ::beta::ApprovalStage
    >; with_is_approval_required is_approval_required : bool;
    with_is_approval_required_for_extension is_approval_required_for_extension : bool;
    with_is_requestor_justification_required is_requestor_justification_required : bool;
    }
);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApprovalSettings);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
/// CSDL: `microsoft.graph.approvalStage`, complex type.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct ApprovalStage {
    /// CSDL: property `approvalStageTimeOutInDays`: `Edm.Int32`, nullable.
    pub approval_stage_time_out_in_days: rt::Field<i32>,
    /// CSDL: property `escalationApprovers`: `Collection(microsoft.graph.userSet)`, nullable.
    pub escalation_approvers: rt::Field<::std::vec::Vec<crate::beta::AnyUserSet>>,
    /// CSDL: property `escalationTimeInMinutes`: `Edm.Int32`, nullable.
    pub escalation_time_in_minutes: rt::Field<i32>,
    /// CSDL: property `isApproverJustificationRequired`: `Edm.Boolean`, nullable.
    pub is_approver_justification_required: rt::Field<bool>,
    /// CSDL: property `isEscalationEnabled`: `Edm.Boolean`, nullable.
    pub is_escalation_enabled: rt::Field<bool>,
    /// CSDL: property `primaryApprovers`: `Collection(microsoft.graph.userSet)`, nullable.
    pub primary_approvers: rt::Field<::std::vec::Vec<crate::beta::AnyUserSet>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl ::std::default::Default for ApprovalStage {
    #[inline]
    fn default() -> Self {
        Self {
            approval_stage_time_out_in_days: rt::Field::Absent,
            escalation_approvers: rt::Field::Absent,
            escalation_time_in_minutes: rt::Field::Absent,
            is_approver_justification_required: rt::Field::Absent,
            is_escalation_enabled: rt::Field::Absent,
            primary_approvers: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::Object for ApprovalStage {
    const TYPE_NAME: &'static str = "microsoft.graph.approvalStage";
    const KEYS: &'static [&'static str] = &[
        "approvalStageTimeOutInDays",
        "escalationApprovers",
        "escalationTimeInMinutes",
        "isApproverJustificationRequired",
        "isEscalationEnabled",
        "primaryApprovers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"approvalStageTimeOutInDays\":   ",
        ",\"escalationApprovers\":          ",
        ",\"escalationTimeInMinutes\":      ",
        ",\"isApproverJustificationRequired\":",
        ",\"isEscalationEnabled\":          ",
        ",\"primaryApprovers\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.approvalStage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "approval_stage_time_out_in_days",
            &self.approval_stage_time_out_in_days,
        );
        v.field(1usize, "escalation_approvers", &self.escalation_approvers);
        v.field(2usize, "escalation_time_in_minutes", &self.escalation_time_in_minutes);
        v.field(
            3usize,
            "is_approver_justification_required",
            &self.is_approver_justification_required,
        );
        v.field(4usize, "is_escalation_enabled", &self.is_escalation_enabled);
        v.field(5usize, "primary_approvers", &self.primary_approvers);
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::object::Members for ApprovalStage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.approval_stage_time_out_in_days.read_from(r),
            1usize => self.escalation_approvers.read_from(r),
            2usize => self.escalation_time_in_minutes.read_from(r),
            3usize => self.is_approver_justification_required.read_from(r),
            4usize => self.is_escalation_enabled.read_from(r),
            5usize => self.primary_approvers.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.approval_stage_time_out_in_days);
        w.field(1usize, &self.escalation_approvers);
        w.field(2usize, &self.escalation_time_in_minutes);
        w.field(3usize, &self.is_approver_justification_required);
        w.field(4usize, &self.is_escalation_enabled);
        w.field(5usize, &self.primary_approvers);
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
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
rt::impl_object!(ApprovalStage);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
rt::impl_setters!(
    ApprovalStage { with_approval_stage_time_out_in_days approval_stage_time_out_in_days
    : i32; with_escalation_approvers escalation_approvers : ::std::vec::Vec < crate
    ::beta::AnyUserSet >; with_escalation_time_in_minutes escalation_time_in_minutes :
    i32; with_is_approver_justification_required is_approver_justification_required :
    bool; with_is_escalation_enabled is_escalation_enabled : bool; with_primary_approvers
    primary_approvers : ::std::vec::Vec < crate ::beta::AnyUserSet >; }
);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApprovalStage);
#[cfg(msgraph_beta_core_or_role_management)]
/// CSDL: `microsoft.graph.approvalStep`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ApprovalStepPath`](requests/trait.ApprovalStepPath.html), what a path to one (`EntityPath<ApprovalStep, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ApprovalStep {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `assignedToMe`: `Edm.Boolean`, nullable.
    pub assigned_to_me: rt::Field<bool>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `justification`: `Edm.String`, nullable.
    pub justification: rt::Field<::std::string::String>,
    /// CSDL: property `reviewedBy`: `microsoft.graph.identity`, nullable.
    pub reviewed_by: rt::Field<crate::beta::AnyIdentity>,
    /// CSDL: property `reviewedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub reviewed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `reviewResult`: `Edm.String`, nullable.
    pub review_result: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_role_management)]
impl ::std::default::Default for ApprovalStep {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            assigned_to_me: rt::Field::Absent,
            display_name: rt::Field::Absent,
            justification: rt::Field::Absent,
            reviewed_by: rt::Field::Absent,
            reviewed_date_time: rt::Field::Absent,
            review_result: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
impl rt::Object for ApprovalStep {
    const TYPE_NAME: &'static str = "microsoft.graph.approvalStep";
    const KEYS: &'static [&'static str] = &[
        "id",
        "assignedToMe",
        "displayName",
        "justification",
        "reviewedBy",
        "reviewedDateTime",
        "reviewResult",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"assignedToMe\":                 ",
        ",\"displayName\":                  ",
        ",\"justification\":                ",
        ",\"reviewedBy\":                   ",
        ",\"reviewedDateTime\":             ",
        ",\"reviewResult\":                 ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.approvalStep\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "assigned_to_me", &self.assigned_to_me);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "justification", &self.justification);
        v.field(4usize, "reviewed_by", &self.reviewed_by);
        v.field(5usize, "reviewed_date_time", &self.reviewed_date_time);
        v.field(6usize, "review_result", &self.review_result);
        v.field(7usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
impl rt::object::Members for ApprovalStep {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.assigned_to_me.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.justification.read_from(r),
            4usize => self.reviewed_by.read_from(r),
            5usize => self.reviewed_date_time.read_from(r),
            6usize => self.review_result.read_from(r),
            7usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.assigned_to_me);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.justification);
        w.field(4usize, &self.reviewed_by);
        w.field(5usize, &self.reviewed_date_time);
        w.field(6usize, &self.review_result);
        w.field(7usize, &self.status);
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
#[cfg(msgraph_beta_core_or_role_management)]
rt::impl_object!(ApprovalStep);
#[cfg(msgraph_beta_core_or_role_management)]
rt::impl_setters!(
    ApprovalStep { with_id id : ::std::string::String; with_assigned_to_me assigned_to_me
    : bool; with_display_name display_name : ::std::string::String; with_justification
    justification : ::std::string::String; with_reviewed_by reviewed_by : crate
    ::beta::AnyIdentity; with_reviewed_date_time reviewed_date_time :
    rt::edm::DateTimeOffset; with_review_result review_result : ::std::string::String;
    with_status status : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_role_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApprovalStep);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
/// CSDL: `microsoft.graph.approvalWorkflowProvider`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ApprovalWorkflowProviderPath`](requests/trait.ApprovalWorkflowProviderPath.html), what a path to one (`EntityPath<ApprovalWorkflowProvider, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-approval-workflow-providers`, `beta-search`.
#[derive(Clone)]
pub struct ApprovalWorkflowProvider {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `businessFlows`: `Collection(microsoft.graph.businessFlow)`, not nullable.
    pub business_flows: rt::Field<::std::vec::Vec<crate::beta::BusinessFlow>>,
    /// CSDL: containment navigation property `businessFlowsWithRequestsAwaitingMyDecision`: `Collection(microsoft.graph.businessFlow)`, not nullable.
    pub business_flows_with_requests_awaiting_my_decision: rt::Field<
        ::std::vec::Vec<crate::beta::BusinessFlow>,
    >,
    /// CSDL: containment navigation property `policyTemplates`: `Collection(microsoft.graph.governancePolicyTemplate)`, not nullable.
    pub policy_templates: rt::Field<
        ::std::vec::Vec<crate::beta::GovernancePolicyTemplate>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl ::std::default::Default for ApprovalWorkflowProvider {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            business_flows: rt::Field::Absent,
            business_flows_with_requests_awaiting_my_decision: rt::Field::Absent,
            policy_templates: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl rt::Object for ApprovalWorkflowProvider {
    const TYPE_NAME: &'static str = "microsoft.graph.approvalWorkflowProvider";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "businessFlows",
        "businessFlowsWithRequestsAwaitingMyDecision",
        "policyTemplates",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"businessFlows\":                ",
        ",\"businessFlowsWithRequestsAwaitingMyDecision\":",
        ",\"policyTemplates\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.approvalWorkflowProvider\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "business_flows", &self.business_flows);
        v.field(
            3usize,
            "business_flows_with_requests_awaiting_my_decision",
            &self.business_flows_with_requests_awaiting_my_decision,
        );
        v.field(4usize, "policy_templates", &self.policy_templates);
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl rt::object::Members for ApprovalWorkflowProvider {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.business_flows.read_from(r),
            3usize => self.business_flows_with_requests_awaiting_my_decision.read_from(r),
            4usize => self.policy_templates.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.business_flows);
        w.field(3usize, &self.business_flows_with_requests_awaiting_my_decision);
        w.field(4usize, &self.policy_templates);
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
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
rt::impl_object!(ApprovalWorkflowProvider);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
rt::impl_setters!(
    ApprovalWorkflowProvider { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_business_flows business_flows :
    ::std::vec::Vec < crate ::beta::BusinessFlow >;
    with_business_flows_with_requests_awaiting_my_decision
    business_flows_with_requests_awaiting_my_decision : ::std::vec::Vec < crate
    ::beta::BusinessFlow >; with_policy_templates policy_templates : ::std::vec::Vec <
    crate ::beta::GovernancePolicyTemplate >; }
);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApprovalWorkflowProvider);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.archivedPrintJob`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct ArchivedPrintJob {
    /// CSDL: property `acquiredByPrinter`: `Edm.Boolean`, not nullable.
    pub acquired_by_printer: rt::Field<bool>,
    /// CSDL: property `acquiredDateTime`: `Edm.DateTimeOffset`, nullable.
    pub acquired_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `blackAndWhitePageCount`: `Edm.Int32`, not nullable.
    pub black_and_white_page_count: rt::Field<i32>,
    /// CSDL: property `colorPageCount`: `Edm.Int32`, not nullable.
    pub color_page_count: rt::Field<i32>,
    /// CSDL: property `completionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completion_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `copiesPrinted`: `Edm.Int32`, not nullable.
    pub copies_printed: rt::Field<i32>,
    /// CSDL: property `createdBy`: `microsoft.graph.userIdentity`, nullable.
    pub created_by: rt::Field<crate::beta::UserIdentity>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `duplexPageCount`: `Edm.Int32`, not nullable.
    pub duplex_page_count: rt::Field<i32>,
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `pageCount`: `Edm.Int32`, not nullable.
    pub page_count: rt::Field<i32>,
    /// CSDL: property `printerId`: `Edm.String`, nullable.
    pub printer_id: rt::Field<::std::string::String>,
    /// CSDL: property `processingState`: `microsoft.graph.printJobProcessingState`, not nullable.
    pub processing_state: rt::Field<crate::beta::PrintJobProcessingState>,
    /// CSDL: property `simplexPageCount`: `Edm.Int32`, not nullable.
    pub simplex_page_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for ArchivedPrintJob {
    #[inline]
    fn default() -> Self {
        Self {
            acquired_by_printer: rt::Field::Absent,
            acquired_date_time: rt::Field::Absent,
            black_and_white_page_count: rt::Field::Absent,
            color_page_count: rt::Field::Absent,
            completion_date_time: rt::Field::Absent,
            copies_printed: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            duplex_page_count: rt::Field::Absent,
            id: rt::Field::Absent,
            page_count: rt::Field::Absent,
            printer_id: rt::Field::Absent,
            processing_state: rt::Field::Absent,
            simplex_page_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for ArchivedPrintJob {
    const TYPE_NAME: &'static str = "microsoft.graph.archivedPrintJob";
    const KEYS: &'static [&'static str] = &[
        "acquiredByPrinter",
        "acquiredDateTime",
        "blackAndWhitePageCount",
        "colorPageCount",
        "completionDateTime",
        "copiesPrinted",
        "createdBy",
        "createdDateTime",
        "duplexPageCount",
        "id",
        "pageCount",
        "printerId",
        "processingState",
        "simplexPageCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"acquiredByPrinter\":            ",
        ",\"acquiredDateTime\":             ",
        ",\"blackAndWhitePageCount\":       ",
        ",\"colorPageCount\":               ",
        ",\"completionDateTime\":           ",
        ",\"copiesPrinted\":                ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"duplexPageCount\":              ",
        ",\"id\":                           ",
        ",\"pageCount\":                    ",
        ",\"printerId\":                    ",
        ",\"processingState\":              ",
        ",\"simplexPageCount\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.archivedPrintJob\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "acquired_by_printer", &self.acquired_by_printer);
        v.field(1usize, "acquired_date_time", &self.acquired_date_time);
        v.field(2usize, "black_and_white_page_count", &self.black_and_white_page_count);
        v.field(3usize, "color_page_count", &self.color_page_count);
        v.field(4usize, "completion_date_time", &self.completion_date_time);
        v.field(5usize, "copies_printed", &self.copies_printed);
        v.field(6usize, "created_by", &self.created_by);
        v.field(7usize, "created_date_time", &self.created_date_time);
        v.field(8usize, "duplex_page_count", &self.duplex_page_count);
        v.field(9usize, "id", &self.id);
        v.field(10usize, "page_count", &self.page_count);
        v.field(11usize, "printer_id", &self.printer_id);
        v.field(12usize, "processing_state", &self.processing_state);
        v.field(13usize, "simplex_page_count", &self.simplex_page_count);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for ArchivedPrintJob {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.acquired_by_printer.read_from(r),
            1usize => self.acquired_date_time.read_from(r),
            2usize => self.black_and_white_page_count.read_from(r),
            3usize => self.color_page_count.read_from(r),
            4usize => self.completion_date_time.read_from(r),
            5usize => self.copies_printed.read_from(r),
            6usize => self.created_by.read_from(r),
            7usize => self.created_date_time.read_from(r),
            8usize => self.duplex_page_count.read_from(r),
            9usize => self.id.read_from(r),
            10usize => self.page_count.read_from(r),
            11usize => self.printer_id.read_from(r),
            12usize => self.processing_state.read_from(r),
            13usize => self.simplex_page_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.acquired_by_printer);
        w.field(1usize, &self.acquired_date_time);
        w.field(2usize, &self.black_and_white_page_count);
        w.field(3usize, &self.color_page_count);
        w.field(4usize, &self.completion_date_time);
        w.field(5usize, &self.copies_printed);
        w.field(6usize, &self.created_by);
        w.field(7usize, &self.created_date_time);
        w.field(8usize, &self.duplex_page_count);
        w.field(9usize, &self.id);
        w.field(10usize, &self.page_count);
        w.field(11usize, &self.printer_id);
        w.field(12usize, &self.processing_state);
        w.field(13usize, &self.simplex_page_count);
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
rt::impl_object!(ArchivedPrintJob);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    ArchivedPrintJob { with_acquired_by_printer acquired_by_printer : bool;
    with_acquired_date_time acquired_date_time : rt::edm::DateTimeOffset;
    with_black_and_white_page_count black_and_white_page_count : i32;
    with_color_page_count color_page_count : i32; with_completion_date_time
    completion_date_time : rt::edm::DateTimeOffset; with_copies_printed copies_printed :
    i32; with_created_by created_by : crate ::beta::UserIdentity; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_duplex_page_count duplex_page_count
    : i32; with_id id : ::std::string::String; with_page_count page_count : i32;
    with_printer_id printer_id : ::std::string::String; with_processing_state
    processing_state : crate ::beta::PrintJobProcessingState; with_simplex_page_count
    simplex_page_count : i32; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ArchivedPrintJob);
#[cfg(msgraph_beta_core_or_education)]
/// CSDL: `microsoft.graph.assignedLicense`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AssignedLicense {
    /// CSDL: property `disabledPlans`: `Collection(Edm.Guid)`, not nullable.
    pub disabled_plans: rt::Field<::std::vec::Vec<rt::edm::Guid>>,
    /// CSDL: property `skuId`: `Edm.Guid`, nullable.
    pub sku_id: rt::Field<rt::edm::Guid>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_education)]
impl ::std::default::Default for AssignedLicense {
    #[inline]
    fn default() -> Self {
        Self {
            disabled_plans: rt::Field::Absent,
            sku_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_education)]
impl rt::Object for AssignedLicense {
    const TYPE_NAME: &'static str = "microsoft.graph.assignedLicense";
    const KEYS: &'static [&'static str] = &["disabledPlans", "skuId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"disabledPlans\":                ",
        ",\"skuId\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assignedLicense\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "disabled_plans", &self.disabled_plans);
        v.field(1usize, "sku_id", &self.sku_id);
    }
}
#[cfg(msgraph_beta_core_or_education)]
impl rt::object::Members for AssignedLicense {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.disabled_plans.read_from(r),
            1usize => self.sku_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.disabled_plans);
        w.field(1usize, &self.sku_id);
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
#[cfg(msgraph_beta_core_or_education)]
rt::impl_object!(AssignedLicense);
#[cfg(msgraph_beta_core_or_education)]
rt::impl_setters!(
    AssignedLicense { with_disabled_plans disabled_plans : ::std::vec::Vec <
    rt::edm::Guid >; with_sku_id sku_id : rt::edm::Guid; }
);
#[cfg(msgraph_beta_core_or_education)]
#[cfg(feature = "serde")]
rt::impl_serde!(AssignedLicense);
#[cfg(msgraph_beta_core_or_education)]
/// CSDL: `microsoft.graph.assignedPlan`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AssignedPlan {
    /// CSDL: property `assignedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub assigned_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `capabilityStatus`: `Edm.String`, nullable.
    pub capability_status: rt::Field<::std::string::String>,
    /// CSDL: property `service`: `Edm.String`, nullable.
    pub service: rt::Field<::std::string::String>,
    /// CSDL: property `servicePlanId`: `Edm.Guid`, nullable.
    pub service_plan_id: rt::Field<rt::edm::Guid>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_education)]
impl ::std::default::Default for AssignedPlan {
    #[inline]
    fn default() -> Self {
        Self {
            assigned_date_time: rt::Field::Absent,
            capability_status: rt::Field::Absent,
            service: rt::Field::Absent,
            service_plan_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_education)]
impl rt::Object for AssignedPlan {
    const TYPE_NAME: &'static str = "microsoft.graph.assignedPlan";
    const KEYS: &'static [&'static str] = &[
        "assignedDateTime",
        "capabilityStatus",
        "service",
        "servicePlanId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"assignedDateTime\":             ",
        ",\"capabilityStatus\":             ",
        ",\"service\":                      ",
        ",\"servicePlanId\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assignedPlan\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assigned_date_time", &self.assigned_date_time);
        v.field(1usize, "capability_status", &self.capability_status);
        v.field(2usize, "service", &self.service);
        v.field(3usize, "service_plan_id", &self.service_plan_id);
    }
}
#[cfg(msgraph_beta_core_or_education)]
impl rt::object::Members for AssignedPlan {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assigned_date_time.read_from(r),
            1usize => self.capability_status.read_from(r),
            2usize => self.service.read_from(r),
            3usize => self.service_plan_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assigned_date_time);
        w.field(1usize, &self.capability_status);
        w.field(2usize, &self.service);
        w.field(3usize, &self.service_plan_id);
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
#[cfg(msgraph_beta_core_or_education)]
rt::impl_object!(AssignedPlan);
#[cfg(msgraph_beta_core_or_education)]
rt::impl_setters!(
    AssignedPlan { with_assigned_date_time assigned_date_time : rt::edm::DateTimeOffset;
    with_capability_status capability_status : ::std::string::String; with_service
    service : ::std::string::String; with_service_plan_id service_plan_id :
    rt::edm::Guid; }
);
#[cfg(msgraph_beta_core_or_education)]
#[cfg(feature = "serde")]
rt::impl_serde!(AssignedPlan);
#[cfg(msgraph_beta_core)]
/// A class containing information about the payloads on which filter has been applied.
///
/// CSDL: `microsoft.graph.assignmentFilterEvaluationStatusDetails`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AssignmentFilterEvaluationStatusDetails {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// PayloadId on which filter has been applied.
    ///
    /// CSDL: property `payloadId`: `Edm.String`, nullable.
    pub payload_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AssignmentFilterEvaluationStatusDetails {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            payload_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AssignmentFilterEvaluationStatusDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.assignmentFilterEvaluationStatusDetails";
    const KEYS: &'static [&'static str] = &["id", "payloadId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"payloadId\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assignmentFilterEvaluationStatusDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "payload_id", &self.payload_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AssignmentFilterEvaluationStatusDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.payload_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.payload_id);
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
rt::impl_object!(AssignmentFilterEvaluationStatusDetails);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AssignmentFilterEvaluationStatusDetails { with_id id : ::std::string::String;
    with_payload_id payload_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AssignmentFilterEvaluationStatusDetails);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents result of Validation API.
///
/// CSDL: `microsoft.graph.assignmentFilterValidationResult`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AssignmentFilterValidationResult {
    /// Indicator to valid or invalid rule.
    ///
    /// CSDL: property `isValidRule`: `Edm.Boolean`, not nullable.
    pub is_valid_rule: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AssignmentFilterValidationResult {
    #[inline]
    fn default() -> Self {
        Self {
            is_valid_rule: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AssignmentFilterValidationResult {
    const TYPE_NAME: &'static str = "microsoft.graph.assignmentFilterValidationResult";
    const KEYS: &'static [&'static str] = &["isValidRule"];
    const KEYS_JSON: &'static [&'static str] = &[",\"isValidRule\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.assignmentFilterValidationResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_valid_rule", &self.is_valid_rule);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AssignmentFilterValidationResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_valid_rule.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_valid_rule);
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
rt::impl_object!(AssignmentFilterValidationResult);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AssignmentFilterValidationResult { with_is_valid_rule is_valid_rule : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AssignmentFilterValidationResult);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.assignmentMethod`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AssignmentMethod {
    /// `standard` (value 0).
    Standard,
    /// `privileged` (value 1).
    Privileged,
    /// `auto` (value 2).
    Auto,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::StrEnum for AssignmentMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.assignmentMethod";
    const MEMBERS: &'static [&'static str] = &["standard", "privileged", "auto"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "standard" => Self::Standard,
                "privileged" => Self::Privileged,
                "auto" => Self::Auto,
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
            Self::Standard => "standard",
            Self::Privileged => "privileged",
            Self::Auto => "auto",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_enum!(AssignmentMethod);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(AssignmentMethod);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.assignmentReviewSettings`, complex type.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AssignmentReviewSettings {
    /// CSDL: property `durationInDays`: `Edm.Int32`, nullable.
    pub duration_in_days: rt::Field<i32>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `recurrenceType`: `Edm.String`, nullable.
    pub recurrence_type: rt::Field<::std::string::String>,
    /// CSDL: property `reviewers`: `Collection(microsoft.graph.userSet)`, nullable.
    pub reviewers: rt::Field<::std::vec::Vec<crate::beta::AnyUserSet>>,
    /// CSDL: property `reviewerType`: `Edm.String`, nullable.
    pub reviewer_type: rt::Field<::std::string::String>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AssignmentReviewSettings {
    #[inline]
    fn default() -> Self {
        Self {
            duration_in_days: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            recurrence_type: rt::Field::Absent,
            reviewers: rt::Field::Absent,
            reviewer_type: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AssignmentReviewSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.assignmentReviewSettings";
    const KEYS: &'static [&'static str] = &[
        "durationInDays",
        "isEnabled",
        "recurrenceType",
        "reviewers",
        "reviewerType",
        "startDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"durationInDays\":               ",
        ",\"isEnabled\":                    ",
        ",\"recurrenceType\":               ",
        ",\"reviewers\":                    ",
        ",\"reviewerType\":                 ",
        ",\"startDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assignmentReviewSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "duration_in_days", &self.duration_in_days);
        v.field(1usize, "is_enabled", &self.is_enabled);
        v.field(2usize, "recurrence_type", &self.recurrence_type);
        v.field(3usize, "reviewers", &self.reviewers);
        v.field(4usize, "reviewer_type", &self.reviewer_type);
        v.field(5usize, "start_date_time", &self.start_date_time);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AssignmentReviewSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.duration_in_days.read_from(r),
            1usize => self.is_enabled.read_from(r),
            2usize => self.recurrence_type.read_from(r),
            3usize => self.reviewers.read_from(r),
            4usize => self.reviewer_type.read_from(r),
            5usize => self.start_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.duration_in_days);
        w.field(1usize, &self.is_enabled);
        w.field(2usize, &self.recurrence_type);
        w.field(3usize, &self.reviewers);
        w.field(4usize, &self.reviewer_type);
        w.field(5usize, &self.start_date_time);
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
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_object!(AssignmentReviewSettings);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AssignmentReviewSettings { with_duration_in_days duration_in_days : i32;
    with_is_enabled is_enabled : bool; with_recurrence_type recurrence_type :
    ::std::string::String; with_reviewers reviewers : ::std::vec::Vec < crate
    ::beta::AnyUserSet >; with_reviewer_type reviewer_type : ::std::string::String;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AssignmentReviewSettings);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.attachmentItem`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttachmentItem {
    /// CSDL: property `attachmentType`: `microsoft.graph.attachmentType`, nullable.
    pub attachment_type: rt::Field<crate::beta::AttachmentType>,
    /// CSDL: property `contentType`: `Edm.String`, nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// CSDL: property `isInline`: `Edm.Boolean`, nullable.
    pub is_inline: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `size`: `Edm.Int64`, nullable.
    pub size: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AttachmentItem {
    #[inline]
    fn default() -> Self {
        Self {
            attachment_type: rt::Field::Absent,
            content_type: rt::Field::Absent,
            is_inline: rt::Field::Absent,
            name: rt::Field::Absent,
            size: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AttachmentItem {
    const TYPE_NAME: &'static str = "microsoft.graph.attachmentItem";
    const KEYS: &'static [&'static str] = &[
        "attachmentType",
        "contentType",
        "isInline",
        "name",
        "size",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attachmentType\":               ",
        ",\"contentType\":                  ",
        ",\"isInline\":                     ",
        ",\"name\":                         ",
        ",\"size\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attachmentItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attachment_type", &self.attachment_type);
        v.field(1usize, "content_type", &self.content_type);
        v.field(2usize, "is_inline", &self.is_inline);
        v.field(3usize, "name", &self.name);
        v.field(4usize, "size", &self.size);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AttachmentItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attachment_type.read_from(r),
            1usize => self.content_type.read_from(r),
            2usize => self.is_inline.read_from(r),
            3usize => self.name.read_from(r),
            4usize => self.size.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attachment_type);
        w.field(1usize, &self.content_type);
        w.field(2usize, &self.is_inline);
        w.field(3usize, &self.name);
        w.field(4usize, &self.size);
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
rt::impl_object!(AttachmentItem);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AttachmentItem { with_attachment_type attachment_type : crate ::beta::AttachmentType;
    with_content_type content_type : ::std::string::String; with_is_inline is_inline :
    bool; with_name name : ::std::string::String; with_size size : i64; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttachmentItem);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.attachmentType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AttachmentType {
    /// `file` (value 0).
    File,
    /// `item` (value 1).
    Item,
    /// `reference` (value 2).
    Reference,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for AttachmentType {
    const TYPE_NAME: &'static str = "microsoft.graph.attachmentType";
    const MEMBERS: &'static [&'static str] = &["file", "item", "reference"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "file" => Self::File,
                "item" => Self::Item,
                "reference" => Self::Reference,
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
            Self::File => "file",
            Self::Item => "item",
            Self::Reference => "reference",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(AttachmentType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttachmentType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.attendeeAvailability`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttendeeAvailability {
    /// CSDL: property `attendee`: `microsoft.graph.attendeeBase`, nullable.
    pub attendee: rt::Field<crate::beta::AnyAttendeeBase>,
    /// CSDL: property `availability`: `microsoft.graph.freeBusyStatus`, nullable.
    pub availability: rt::Field<crate::beta::FreeBusyStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AttendeeAvailability {
    #[inline]
    fn default() -> Self {
        Self {
            attendee: rt::Field::Absent,
            availability: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AttendeeAvailability {
    const TYPE_NAME: &'static str = "microsoft.graph.attendeeAvailability";
    const KEYS: &'static [&'static str] = &["attendee", "availability"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attendee\":                     ",
        ",\"availability\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attendeeAvailability\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attendee", &self.attendee);
        v.field(1usize, "availability", &self.availability);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AttendeeAvailability {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attendee.read_from(r),
            1usize => self.availability.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attendee);
        w.field(1usize, &self.availability);
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
rt::impl_object!(AttendeeAvailability);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AttendeeAvailability { with_attendee attendee : crate ::beta::AnyAttendeeBase;
    with_availability availability : crate ::beta::FreeBusyStatus; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttendeeAvailability);
#[cfg(msgraph_beta_device_management_or_search)]
/// A class containing the properties for Audit Actor.
///
/// CSDL: `microsoft.graph.auditActor`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AuditActor {
    /// Name of the Application.
    ///
    /// CSDL: property `applicationDisplayName`: `Edm.String`, nullable.
    pub application_display_name: rt::Field<::std::string::String>,
    /// AAD Application Id.
    ///
    /// CSDL: property `applicationId`: `Edm.String`, nullable.
    pub application_id: rt::Field<::std::string::String>,
    /// IPAddress.
    ///
    /// CSDL: property `ipAddress`: `Edm.String`, nullable.
    pub ip_address: rt::Field<::std::string::String>,
    /// Remote Tenant Id
    ///
    /// CSDL: property `remoteTenantId`: `Edm.String`, nullable.
    pub remote_tenant_id: rt::Field<::std::string::String>,
    /// Remote User Id
    ///
    /// CSDL: property `remoteUserId`: `Edm.String`, nullable.
    pub remote_user_id: rt::Field<::std::string::String>,
    /// Service Principal Name (SPN).
    ///
    /// CSDL: property `servicePrincipalName`: `Edm.String`, nullable.
    pub service_principal_name: rt::Field<::std::string::String>,
    /// Actor Type.
    ///
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// User Id.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// List of user permissions when the audit was performed.
    ///
    /// CSDL: property `userPermissions`: `Collection(Edm.String)`, nullable.
    pub user_permissions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// User Principal Name (UPN).
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// List of user scope tags when the audit was performed.
    ///
    /// CSDL: property `userRoleScopeTags`: `Collection(microsoft.graph.roleScopeTagInfo)`, nullable.
    pub user_role_scope_tags: rt::Field<::std::vec::Vec<crate::beta::RoleScopeTagInfo>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AuditActor {
    #[inline]
    fn default() -> Self {
        Self {
            application_display_name: rt::Field::Absent,
            application_id: rt::Field::Absent,
            ip_address: rt::Field::Absent,
            remote_tenant_id: rt::Field::Absent,
            remote_user_id: rt::Field::Absent,
            service_principal_name: rt::Field::Absent,
            type_: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_permissions: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            user_role_scope_tags: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AuditActor {
    const TYPE_NAME: &'static str = "microsoft.graph.auditActor";
    const KEYS: &'static [&'static str] = &[
        "applicationDisplayName",
        "applicationId",
        "ipAddress",
        "remoteTenantId",
        "remoteUserId",
        "servicePrincipalName",
        "type",
        "userId",
        "userPermissions",
        "userPrincipalName",
        "userRoleScopeTags",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applicationDisplayName\":       ",
        ",\"applicationId\":                ",
        ",\"ipAddress\":                    ",
        ",\"remoteTenantId\":               ",
        ",\"remoteUserId\":                 ",
        ",\"servicePrincipalName\":         ",
        ",\"type\":                         ",
        ",\"userId\":                       ",
        ",\"userPermissions\":              ",
        ",\"userPrincipalName\":            ",
        ",\"userRoleScopeTags\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.auditActor\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application_display_name", &self.application_display_name);
        v.field(1usize, "application_id", &self.application_id);
        v.field(2usize, "ip_address", &self.ip_address);
        v.field(3usize, "remote_tenant_id", &self.remote_tenant_id);
        v.field(4usize, "remote_user_id", &self.remote_user_id);
        v.field(5usize, "service_principal_name", &self.service_principal_name);
        v.field(6usize, "type_", &self.type_);
        v.field(7usize, "user_id", &self.user_id);
        v.field(8usize, "user_permissions", &self.user_permissions);
        v.field(9usize, "user_principal_name", &self.user_principal_name);
        v.field(10usize, "user_role_scope_tags", &self.user_role_scope_tags);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AuditActor {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application_display_name.read_from(r),
            1usize => self.application_id.read_from(r),
            2usize => self.ip_address.read_from(r),
            3usize => self.remote_tenant_id.read_from(r),
            4usize => self.remote_user_id.read_from(r),
            5usize => self.service_principal_name.read_from(r),
            6usize => self.type_.read_from(r),
            7usize => self.user_id.read_from(r),
            8usize => self.user_permissions.read_from(r),
            9usize => self.user_principal_name.read_from(r),
            10usize => self.user_role_scope_tags.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application_display_name);
        w.field(1usize, &self.application_id);
        w.field(2usize, &self.ip_address);
        w.field(3usize, &self.remote_tenant_id);
        w.field(4usize, &self.remote_user_id);
        w.field(5usize, &self.service_principal_name);
        w.field(6usize, &self.type_);
        w.field(7usize, &self.user_id);
        w.field(8usize, &self.user_permissions);
        w.field(9usize, &self.user_principal_name);
        w.field(10usize, &self.user_role_scope_tags);
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
rt::impl_object!(AuditActor);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AuditActor { with_application_display_name application_display_name :
    ::std::string::String; with_application_id application_id : ::std::string::String;
    with_ip_address ip_address : ::std::string::String; with_remote_tenant_id
    remote_tenant_id : ::std::string::String; with_remote_user_id remote_user_id :
    ::std::string::String; with_service_principal_name service_principal_name :
    ::std::string::String; with_type type_ : ::std::string::String; with_user_id user_id
    : ::std::string::String; with_user_permissions user_permissions : ::std::vec::Vec <
    ::std::string::String >; with_user_principal_name user_principal_name :
    ::std::string::String; with_user_role_scope_tags user_role_scope_tags :
    ::std::vec::Vec < crate ::beta::RoleScopeTagInfo >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuditActor);
#[cfg(msgraph_beta_device_management_or_search)]
/// A class containing the properties for Audit Event.
///
/// CSDL: `microsoft.graph.auditEvent`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AuditEventPath`](requests/trait.AuditEventPath.html), what a path to one (`EntityPath<AuditEvent, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AuditEvent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Friendly name of the activity.
    ///
    /// CSDL: property `activity`: `Edm.String`, nullable.
    pub activity: rt::Field<::std::string::String>,
    /// The date time in UTC when the activity was performed.
    ///
    /// CSDL: property `activityDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub activity_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The HTTP operation type of the activity.
    ///
    /// CSDL: property `activityOperationType`: `Edm.String`, nullable.
    pub activity_operation_type: rt::Field<::std::string::String>,
    /// The result of the activity.
    ///
    /// CSDL: property `activityResult`: `Edm.String`, nullable.
    pub activity_result: rt::Field<::std::string::String>,
    /// The type of activity that was being performed.
    ///
    /// CSDL: property `activityType`: `Edm.String`, nullable.
    pub activity_type: rt::Field<::std::string::String>,
    /// AAD user and application that are associated with the audit event.
    ///
    /// CSDL: property `actor`: `microsoft.graph.auditActor`, nullable.
    pub actor: rt::Field<crate::beta::AuditActor>,
    /// Audit category.
    ///
    /// CSDL: property `category`: `Edm.String`, nullable.
    pub category: rt::Field<::std::string::String>,
    /// Component name.
    ///
    /// CSDL: property `componentName`: `Edm.String`, nullable.
    pub component_name: rt::Field<::std::string::String>,
    /// The client request Id that is used to correlate activity within the system.
    ///
    /// CSDL: property `correlationId`: `Edm.Guid`, not nullable.
    pub correlation_id: rt::Field<rt::edm::Guid>,
    /// Event display name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Resources being modified.
    ///
    /// CSDL: property `resources`: `Collection(microsoft.graph.auditResource)`, nullable.
    pub resources: rt::Field<::std::vec::Vec<crate::beta::AuditResource>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AuditEvent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activity: rt::Field::Absent,
            activity_date_time: rt::Field::Absent,
            activity_operation_type: rt::Field::Absent,
            activity_result: rt::Field::Absent,
            activity_type: rt::Field::Absent,
            actor: rt::Field::Absent,
            category: rt::Field::Absent,
            component_name: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            resources: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AuditEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.auditEvent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activity",
        "activityDateTime",
        "activityOperationType",
        "activityResult",
        "activityType",
        "actor",
        "category",
        "componentName",
        "correlationId",
        "displayName",
        "resources",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activity\":                     ",
        ",\"activityDateTime\":             ",
        ",\"activityOperationType\":        ",
        ",\"activityResult\":               ",
        ",\"activityType\":                 ",
        ",\"actor\":                        ",
        ",\"category\":                     ",
        ",\"componentName\":                ",
        ",\"correlationId\":                ",
        ",\"displayName\":                  ",
        ",\"resources\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.auditEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "activity", &self.activity);
        v.field(2usize, "activity_date_time", &self.activity_date_time);
        v.field(3usize, "activity_operation_type", &self.activity_operation_type);
        v.field(4usize, "activity_result", &self.activity_result);
        v.field(5usize, "activity_type", &self.activity_type);
        v.field(6usize, "actor", &self.actor);
        v.field(7usize, "category", &self.category);
        v.field(8usize, "component_name", &self.component_name);
        v.field(9usize, "correlation_id", &self.correlation_id);
        v.field(10usize, "display_name", &self.display_name);
        v.field(11usize, "resources", &self.resources);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AuditEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activity.read_from(r),
            2usize => self.activity_date_time.read_from(r),
            3usize => self.activity_operation_type.read_from(r),
            4usize => self.activity_result.read_from(r),
            5usize => self.activity_type.read_from(r),
            6usize => self.actor.read_from(r),
            7usize => self.category.read_from(r),
            8usize => self.component_name.read_from(r),
            9usize => self.correlation_id.read_from(r),
            10usize => self.display_name.read_from(r),
            11usize => self.resources.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activity);
        w.field(2usize, &self.activity_date_time);
        w.field(3usize, &self.activity_operation_type);
        w.field(4usize, &self.activity_result);
        w.field(5usize, &self.activity_type);
        w.field(6usize, &self.actor);
        w.field(7usize, &self.category);
        w.field(8usize, &self.component_name);
        w.field(9usize, &self.correlation_id);
        w.field(10usize, &self.display_name);
        w.field(11usize, &self.resources);
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
rt::impl_object!(AuditEvent);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AuditEvent { with_id id : ::std::string::String; with_activity activity :
    ::std::string::String; with_activity_date_time activity_date_time :
    rt::edm::DateTimeOffset; with_activity_operation_type activity_operation_type :
    ::std::string::String; with_activity_result activity_result : ::std::string::String;
    with_activity_type activity_type : ::std::string::String; with_actor actor : crate
    ::beta::AuditActor; with_category category : ::std::string::String;
    with_component_name component_name : ::std::string::String; with_correlation_id
    correlation_id : rt::edm::Guid; with_display_name display_name :
    ::std::string::String; with_resources resources : ::std::vec::Vec < crate
    ::beta::AuditResource >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuditEvent);
#[cfg(msgraph_beta_device_management_or_search)]
/// A class containing the properties for Audit Property.
///
/// CSDL: `microsoft.graph.auditProperty`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AuditProperty {
    /// Display name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// New value.
    ///
    /// CSDL: property `newValue`: `Edm.String`, nullable.
    pub new_value: rt::Field<::std::string::String>,
    /// Old value.
    ///
    /// CSDL: property `oldValue`: `Edm.String`, nullable.
    pub old_value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AuditProperty {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            new_value: rt::Field::Absent,
            old_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AuditProperty {
    const TYPE_NAME: &'static str = "microsoft.graph.auditProperty";
    const KEYS: &'static [&'static str] = &["displayName", "newValue", "oldValue"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"newValue\":                     ",
        ",\"oldValue\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.auditProperty\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "new_value", &self.new_value);
        v.field(2usize, "old_value", &self.old_value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AuditProperty {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.new_value.read_from(r),
            2usize => self.old_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.new_value);
        w.field(2usize, &self.old_value);
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
rt::impl_object!(AuditProperty);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AuditProperty { with_display_name display_name : ::std::string::String;
    with_new_value new_value : ::std::string::String; with_old_value old_value :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuditProperty);
#[cfg(msgraph_beta_device_management_or_search)]
/// A class containing the properties for Audit Resource.
///
/// CSDL: `microsoft.graph.auditResource`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AuditResource {
    /// Display name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// List of modified properties.
    ///
    /// CSDL: property `modifiedProperties`: `Collection(microsoft.graph.auditProperty)`, nullable.
    pub modified_properties: rt::Field<::std::vec::Vec<crate::beta::AuditProperty>>,
    /// Audit resource's Id.
    ///
    /// CSDL: property `resourceId`: `Edm.String`, nullable.
    pub resource_id: rt::Field<::std::string::String>,
    /// Audit resource's type.
    ///
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AuditResource {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            modified_properties: rt::Field::Absent,
            resource_id: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AuditResource {
    const TYPE_NAME: &'static str = "microsoft.graph.auditResource";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "modifiedProperties",
        "resourceId",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"modifiedProperties\":           ",
        ",\"resourceId\":                   ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.auditResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "modified_properties", &self.modified_properties);
        v.field(2usize, "resource_id", &self.resource_id);
        v.field(3usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AuditResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.modified_properties.read_from(r),
            2usize => self.resource_id.read_from(r),
            3usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.modified_properties);
        w.field(2usize, &self.resource_id);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(AuditResource);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AuditResource { with_display_name display_name : ::std::string::String;
    with_modified_properties modified_properties : ::std::vec::Vec < crate
    ::beta::AuditProperty >; with_resource_id resource_id : ::std::string::String;
    with_type type_ : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuditResource);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.authenticationContextClassReference`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct AuthenticationContextClassReference {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isAvailable`: `Edm.Boolean`, nullable.
    pub is_available: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::default::Default for AuthenticationContextClassReference {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_available: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::Object for AuthenticationContextClassReference {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationContextClassReference";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "isAvailable",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isAvailable\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationContextClassReference\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "is_available", &self.is_available);
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::object::Members for AuthenticationContextClassReference {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.is_available.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.is_available);
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
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_object!(AuthenticationContextClassReference);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    AuthenticationContextClassReference { with_id id : ::std::string::String;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_is_available is_available : bool; }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationContextClassReference);
#[cfg(msgraph_beta_policies_or_search)]
/// CSDL: `microsoft.graph.authenticationFlowsPolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AuthenticationFlowsPolicyPath`](requests/trait.AuthenticationFlowsPolicyPath.html), what a path to one (`EntityPath<AuthenticationFlowsPolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct AuthenticationFlowsPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `selfServiceSignUp`: `microsoft.graph.selfServiceSignUpAuthenticationFlowConfiguration`, nullable.
    pub self_service_sign_up: rt::Field<
        crate::beta::SelfServiceSignUpAuthenticationFlowConfiguration,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_policies_or_search)]
impl ::std::default::Default for AuthenticationFlowsPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            self_service_sign_up: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::Object for AuthenticationFlowsPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationFlowsPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "selfServiceSignUp",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"selfServiceSignUp\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationFlowsPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "self_service_sign_up", &self.self_service_sign_up);
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::object::Members for AuthenticationFlowsPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.self_service_sign_up.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.self_service_sign_up);
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
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_object!(AuthenticationFlowsPolicy);
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_setters!(
    AuthenticationFlowsPolicy { with_id id : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_self_service_sign_up self_service_sign_up : crate
    ::beta::SelfServiceSignUpAuthenticationFlowConfiguration; }
);
#[cfg(msgraph_beta_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationFlowsPolicy);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.authenticationMethodsRoot`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AuthenticationMethodsRootPath`](requests/trait.AuthenticationMethodsRootPath.html), what a path to one (`EntityPath<AuthenticationMethodsRoot, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct AuthenticationMethodsRoot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for AuthenticationMethodsRoot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for AuthenticationMethodsRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationMethodsRoot";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.authenticationMethodsRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for AuthenticationMethodsRoot {
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
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(AuthenticationMethodsRoot);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(AuthenticationMethodsRoot { with_id id : ::std::string::String; });
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodsRoot);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.authenticationTransformConstant`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AuthenticationTransformConstant {
    /// `md5_96` (value 0).
    Md596,
    /// `sha1_96` (value 1).
    Sha196,
    /// `sha_256_128` (value 2).
    Sha256128,
    /// `aes128Gcm` (value 3).
    Aes128Gcm,
    /// `aes192Gcm` (value 4).
    Aes192Gcm,
    /// `aes256Gcm` (value 5).
    Aes256Gcm,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AuthenticationTransformConstant {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationTransformConstant";
    const MEMBERS: &'static [&'static str] = &[
        "md5_96",
        "sha1_96",
        "sha_256_128",
        "aes128Gcm",
        "aes192Gcm",
        "aes256Gcm",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "md5_96" => Self::Md596,
                "sha1_96" => Self::Sha196,
                "sha_256_128" => Self::Sha256128,
                "aes128Gcm" => Self::Aes128Gcm,
                "aes192Gcm" => Self::Aes192Gcm,
                "aes256Gcm" => Self::Aes256Gcm,
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
            Self::Md596 => "md5_96",
            Self::Sha196 => "sha1_96",
            Self::Sha256128 => "sha_256_128",
            Self::Aes128Gcm => "aes128Gcm",
            Self::Aes192Gcm => "aes192Gcm",
            Self::Aes256Gcm => "aes256Gcm",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AuthenticationTransformConstant);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationTransformConstant);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.authenticatorAppContextType`, enum type, flags (comma-separated in JSON).
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AuthenticatorAppContextType {
    /// `location` (value 0).
    Location,
    /// `app` (value 1).
    App,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_any_area)]
impl rt::StrEnum for AuthenticatorAppContextType {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticatorAppContextType";
    const MEMBERS: &'static [&'static str] = &["location", "app", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "location" => Self::Location,
                "app" => Self::App,
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
            Self::Location => "location",
            Self::App => "app",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_any_area)]
rt::impl_enum!(AuthenticatorAppContextType);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticatorAppContextType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.authorizationPolicy`, entity type, derived from `microsoft.graph.policyBase`, key `id`.
///
/// Request builders: [`AuthorizationPolicyPath`](requests/trait.AuthorizationPolicyPath.html), what a path to one (`EntityPath<AuthorizationPolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AuthorizationPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `allowedToSignUpEmailBasedSubscriptions`: `Edm.Boolean`, not nullable.
    pub allowed_to_sign_up_email_based_subscriptions: rt::Field<bool>,
    /// CSDL: property `allowedToUseSSPR`: `Edm.Boolean`, not nullable.
    pub allowed_to_use_sspr: rt::Field<bool>,
    /// CSDL: property `allowEmailVerifiedUsersToJoinOrganization`: `Edm.Boolean`, not nullable.
    pub allow_email_verified_users_to_join_organization: rt::Field<bool>,
    /// CSDL: property `allowInvitesFrom`: `microsoft.graph.allowInvitesFrom`, nullable.
    pub allow_invites_from: rt::Field<crate::beta::AllowInvitesFrom>,
    /// CSDL: property `blockMsolPowerShell`: `Edm.Boolean`, nullable.
    pub block_msol_power_shell: rt::Field<bool>,
    /// CSDL: property `defaultUserRolePermissions`: `microsoft.graph.defaultUserRolePermissions`, not nullable.
    pub default_user_role_permissions: rt::Field<
        crate::beta::DefaultUserRolePermissions,
    >,
    /// CSDL: property `enabledPreviewFeatures`: `Collection(Edm.String)`, nullable.
    pub enabled_preview_features: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `guestUserRoleId`: `Edm.Guid`, nullable.
    pub guest_user_role_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `permissionGrantPolicyIdsAssignedToDefaultUserRole`: `Collection(Edm.String)`, nullable.
    pub permission_grant_policy_ids_assigned_to_default_user_role: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AuthorizationPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            allowed_to_sign_up_email_based_subscriptions: rt::Field::Absent,
            allowed_to_use_sspr: rt::Field::Absent,
            allow_email_verified_users_to_join_organization: rt::Field::Absent,
            allow_invites_from: rt::Field::Absent,
            block_msol_power_shell: rt::Field::Absent,
            default_user_role_permissions: rt::Field::Absent,
            enabled_preview_features: rt::Field::Absent,
            guest_user_role_id: rt::Field::Absent,
            permission_grant_policy_ids_assigned_to_default_user_role: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AuthorizationPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.authorizationPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
        "allowedToSignUpEmailBasedSubscriptions",
        "allowedToUseSSPR",
        "allowEmailVerifiedUsersToJoinOrganization",
        "allowInvitesFrom",
        "blockMsolPowerShell",
        "defaultUserRolePermissions",
        "enabledPreviewFeatures",
        "guestUserRoleId",
        "permissionGrantPolicyIdsAssignedToDefaultUserRole",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"allowedToSignUpEmailBasedSubscriptions\":",
        ",\"allowedToUseSSPR\":             ",
        ",\"allowEmailVerifiedUsersToJoinOrganization\":",
        ",\"allowInvitesFrom\":             ",
        ",\"blockMsolPowerShell\":          ",
        ",\"defaultUserRolePermissions\":   ",
        ",\"enabledPreviewFeatures\":       ",
        ",\"guestUserRoleId\":              ",
        ",\"permissionGrantPolicyIdsAssignedToDefaultUserRole\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authorizationPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(
            4usize,
            "allowed_to_sign_up_email_based_subscriptions",
            &self.allowed_to_sign_up_email_based_subscriptions,
        );
        v.field(5usize, "allowed_to_use_sspr", &self.allowed_to_use_sspr);
        v.field(
            6usize,
            "allow_email_verified_users_to_join_organization",
            &self.allow_email_verified_users_to_join_organization,
        );
        v.field(7usize, "allow_invites_from", &self.allow_invites_from);
        v.field(8usize, "block_msol_power_shell", &self.block_msol_power_shell);
        v.field(
            9usize,
            "default_user_role_permissions",
            &self.default_user_role_permissions,
        );
        v.field(10usize, "enabled_preview_features", &self.enabled_preview_features);
        v.field(11usize, "guest_user_role_id", &self.guest_user_role_id);
        v.field(
            12usize,
            "permission_grant_policy_ids_assigned_to_default_user_role",
            &self.permission_grant_policy_ids_assigned_to_default_user_role,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AuthorizationPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.allowed_to_sign_up_email_based_subscriptions.read_from(r),
            5usize => self.allowed_to_use_sspr.read_from(r),
            6usize => self.allow_email_verified_users_to_join_organization.read_from(r),
            7usize => self.allow_invites_from.read_from(r),
            8usize => self.block_msol_power_shell.read_from(r),
            9usize => self.default_user_role_permissions.read_from(r),
            10usize => self.enabled_preview_features.read_from(r),
            11usize => self.guest_user_role_id.read_from(r),
            12usize => {
                self.permission_grant_policy_ids_assigned_to_default_user_role
                    .read_from(r)
            }
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.allowed_to_sign_up_email_based_subscriptions);
        w.field(5usize, &self.allowed_to_use_sspr);
        w.field(6usize, &self.allow_email_verified_users_to_join_organization);
        w.field(7usize, &self.allow_invites_from);
        w.field(8usize, &self.block_msol_power_shell);
        w.field(9usize, &self.default_user_role_permissions);
        w.field(10usize, &self.enabled_preview_features);
        w.field(11usize, &self.guest_user_role_id);
        w.field(
            12usize,
            &self.permission_grant_policy_ids_assigned_to_default_user_role,
        );
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
rt::impl_object!(AuthorizationPolicy);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AuthorizationPolicy { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_allowed_to_sign_up_email_based_subscriptions
    allowed_to_sign_up_email_based_subscriptions : bool; with_allowed_to_use_sspr
    allowed_to_use_sspr : bool; with_allow_email_verified_users_to_join_organization
    allow_email_verified_users_to_join_organization : bool; with_allow_invites_from
    allow_invites_from : crate ::beta::AllowInvitesFrom; with_block_msol_power_shell
    block_msol_power_shell : bool; with_default_user_role_permissions
    default_user_role_permissions : crate ::beta::DefaultUserRolePermissions;
    with_enabled_preview_features enabled_preview_features : ::std::vec::Vec <
    ::std::string::String >; with_guest_user_role_id guest_user_role_id : rt::edm::Guid;
    with_permission_grant_policy_ids_assigned_to_default_user_role
    permission_grant_policy_ids_assigned_to_default_user_role : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthorizationPolicy);
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
/// CSDL: `microsoft.graph.autoReviewSettings`, complex type.
///
/// Features: `beta`, or one of `beta-access-reviews`, `beta-approval-workflow-providers`, `beta-search`.
#[derive(Clone)]
pub struct AutoReviewSettings {
    /// CSDL: property `notReviewedResult`: `Edm.String`, nullable.
    pub not_reviewed_result: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
impl ::std::default::Default for AutoReviewSettings {
    #[inline]
    fn default() -> Self {
        Self {
            not_reviewed_result: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
impl rt::Object for AutoReviewSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.autoReviewSettings";
    const KEYS: &'static [&'static str] = &["notReviewedResult"];
    const KEYS_JSON: &'static [&'static str] = &[",\"notReviewedResult\":            "];
    const TAG: &'static str = "\"#microsoft.graph.autoReviewSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "not_reviewed_result", &self.not_reviewed_result);
    }
}
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
impl rt::object::Members for AutoReviewSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.not_reviewed_result.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.not_reviewed_result);
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
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
rt::impl_object!(AutoReviewSettings);
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
rt::impl_setters!(
    AutoReviewSettings { with_not_reviewed_result not_reviewed_result :
    ::std::string::String; }
);
#[cfg(msgraph_beta_access_reviews_or_approval_workflow_providers_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AutoReviewSettings);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.automaticRepliesMailTips`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AutomaticRepliesMailTips {
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `messageLanguage`: `microsoft.graph.localeInfo`, nullable.
    pub message_language: rt::Field<crate::beta::LocaleInfo>,
    /// CSDL: property `scheduledEndTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub scheduled_end_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `scheduledStartTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub scheduled_start_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AutomaticRepliesMailTips {
    #[inline]
    fn default() -> Self {
        Self {
            message: rt::Field::Absent,
            message_language: rt::Field::Absent,
            scheduled_end_time: rt::Field::Absent,
            scheduled_start_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AutomaticRepliesMailTips {
    const TYPE_NAME: &'static str = "microsoft.graph.automaticRepliesMailTips";
    const KEYS: &'static [&'static str] = &[
        "message",
        "messageLanguage",
        "scheduledEndTime",
        "scheduledStartTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"message\":                      ",
        ",\"messageLanguage\":              ",
        ",\"scheduledEndTime\":             ",
        ",\"scheduledStartTime\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.automaticRepliesMailTips\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message", &self.message);
        v.field(1usize, "message_language", &self.message_language);
        v.field(2usize, "scheduled_end_time", &self.scheduled_end_time);
        v.field(3usize, "scheduled_start_time", &self.scheduled_start_time);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AutomaticRepliesMailTips {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message.read_from(r),
            1usize => self.message_language.read_from(r),
            2usize => self.scheduled_end_time.read_from(r),
            3usize => self.scheduled_start_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message);
        w.field(1usize, &self.message_language);
        w.field(2usize, &self.scheduled_end_time);
        w.field(3usize, &self.scheduled_start_time);
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
rt::impl_object!(AutomaticRepliesMailTips);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AutomaticRepliesMailTips { with_message message : ::std::string::String;
    with_message_language message_language : crate ::beta::LocaleInfo;
    with_scheduled_end_time scheduled_end_time : crate ::beta::DateTimeTimeZone;
    with_scheduled_start_time scheduled_start_time : crate ::beta::DateTimeTimeZone; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AutomaticRepliesMailTips);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.automaticRepliesSetting`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AutomaticRepliesSetting {
    /// CSDL: property `externalAudience`: `microsoft.graph.externalAudienceScope`, nullable.
    pub external_audience: rt::Field<crate::beta::ExternalAudienceScope>,
    /// CSDL: property `externalReplyMessage`: `Edm.String`, nullable.
    pub external_reply_message: rt::Field<::std::string::String>,
    /// CSDL: property `internalReplyMessage`: `Edm.String`, nullable.
    pub internal_reply_message: rt::Field<::std::string::String>,
    /// CSDL: property `scheduledEndDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub scheduled_end_date_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `scheduledStartDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub scheduled_start_date_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `status`: `microsoft.graph.automaticRepliesStatus`, nullable.
    pub status: rt::Field<crate::beta::AutomaticRepliesStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AutomaticRepliesSetting {
    #[inline]
    fn default() -> Self {
        Self {
            external_audience: rt::Field::Absent,
            external_reply_message: rt::Field::Absent,
            internal_reply_message: rt::Field::Absent,
            scheduled_end_date_time: rt::Field::Absent,
            scheduled_start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AutomaticRepliesSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.automaticRepliesSetting";
    const KEYS: &'static [&'static str] = &[
        "externalAudience",
        "externalReplyMessage",
        "internalReplyMessage",
        "scheduledEndDateTime",
        "scheduledStartDateTime",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"externalAudience\":             ",
        ",\"externalReplyMessage\":         ",
        ",\"internalReplyMessage\":         ",
        ",\"scheduledEndDateTime\":         ",
        ",\"scheduledStartDateTime\":       ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.automaticRepliesSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "external_audience", &self.external_audience);
        v.field(1usize, "external_reply_message", &self.external_reply_message);
        v.field(2usize, "internal_reply_message", &self.internal_reply_message);
        v.field(3usize, "scheduled_end_date_time", &self.scheduled_end_date_time);
        v.field(4usize, "scheduled_start_date_time", &self.scheduled_start_date_time);
        v.field(5usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AutomaticRepliesSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.external_audience.read_from(r),
            1usize => self.external_reply_message.read_from(r),
            2usize => self.internal_reply_message.read_from(r),
            3usize => self.scheduled_end_date_time.read_from(r),
            4usize => self.scheduled_start_date_time.read_from(r),
            5usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.external_audience);
        w.field(1usize, &self.external_reply_message);
        w.field(2usize, &self.internal_reply_message);
        w.field(3usize, &self.scheduled_end_date_time);
        w.field(4usize, &self.scheduled_start_date_time);
        w.field(5usize, &self.status);
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
rt::impl_object!(AutomaticRepliesSetting);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AutomaticRepliesSetting { with_external_audience external_audience : crate
    ::beta::ExternalAudienceScope; with_external_reply_message external_reply_message :
    ::std::string::String; with_internal_reply_message internal_reply_message :
    ::std::string::String; with_scheduled_end_date_time scheduled_end_date_time : crate
    ::beta::DateTimeTimeZone; with_scheduled_start_date_time scheduled_start_date_time :
    crate ::beta::DateTimeTimeZone; with_status status : crate
    ::beta::AutomaticRepliesStatus; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AutomaticRepliesSetting);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.automaticRepliesStatus`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AutomaticRepliesStatus {
    /// `disabled` (value 0).
    Disabled,
    /// `alwaysEnabled` (value 1).
    AlwaysEnabled,
    /// `scheduled` (value 2).
    Scheduled,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for AutomaticRepliesStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.automaticRepliesStatus";
    const MEMBERS: &'static [&'static str] = &["disabled", "alwaysEnabled", "scheduled"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "disabled" => Self::Disabled,
                "alwaysEnabled" => Self::AlwaysEnabled,
                "scheduled" => Self::Scheduled,
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
            Self::AlwaysEnabled => "alwaysEnabled",
            Self::Scheduled => "scheduled",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(AutomaticRepliesStatus);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AutomaticRepliesStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.automaticUpdateMode`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AutomaticUpdateMode {
    /// `userDefined` (value 0).
    UserDefined,
    /// `notifyDownload` (value 1).
    NotifyDownload,
    /// `autoInstallAtMaintenanceTime` (value 2).
    AutoInstallAtMaintenanceTime,
    /// `autoInstallAndRebootAtMaintenanceTime` (value 3).
    AutoInstallAndRebootAtMaintenanceTime,
    /// `autoInstallAndRebootAtScheduledTime` (value 4).
    AutoInstallAndRebootAtScheduledTime,
    /// `autoInstallAndRebootWithoutEndUserControl` (value 5).
    AutoInstallAndRebootWithoutEndUserControl,
    /// `windowsDefault` (value 6).
    WindowsDefault,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AutomaticUpdateMode {
    const TYPE_NAME: &'static str = "microsoft.graph.automaticUpdateMode";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "notifyDownload",
        "autoInstallAtMaintenanceTime",
        "autoInstallAndRebootAtMaintenanceTime",
        "autoInstallAndRebootAtScheduledTime",
        "autoInstallAndRebootWithoutEndUserControl",
        "windowsDefault",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "notifyDownload" => Self::NotifyDownload,
                "autoInstallAtMaintenanceTime" => Self::AutoInstallAtMaintenanceTime,
                "autoInstallAndRebootAtMaintenanceTime" => {
                    Self::AutoInstallAndRebootAtMaintenanceTime
                }
                "autoInstallAndRebootAtScheduledTime" => {
                    Self::AutoInstallAndRebootAtScheduledTime
                }
                "autoInstallAndRebootWithoutEndUserControl" => {
                    Self::AutoInstallAndRebootWithoutEndUserControl
                }
                "windowsDefault" => Self::WindowsDefault,
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
            Self::UserDefined => "userDefined",
            Self::NotifyDownload => "notifyDownload",
            Self::AutoInstallAtMaintenanceTime => "autoInstallAtMaintenanceTime",
            Self::AutoInstallAndRebootAtMaintenanceTime => {
                "autoInstallAndRebootAtMaintenanceTime"
            }
            Self::AutoInstallAndRebootAtScheduledTime => {
                "autoInstallAndRebootAtScheduledTime"
            }
            Self::AutoInstallAndRebootWithoutEndUserControl => {
                "autoInstallAndRebootWithoutEndUserControl"
            }
            Self::WindowsDefault => "windowsDefault",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AutomaticUpdateMode);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AutomaticUpdateMode);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.azureADLicenseUsage`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct AzureAdLicenseUsage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `licenseInfoDetails`: `Collection(microsoft.graph.licenseInfoDetail)`, nullable.
    pub license_info_details: rt::Field<::std::vec::Vec<crate::beta::LicenseInfoDetail>>,
    /// CSDL: property `snapshotDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub snapshot_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for AzureAdLicenseUsage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            license_info_details: rt::Field::Absent,
            snapshot_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for AzureAdLicenseUsage {
    const TYPE_NAME: &'static str = "microsoft.graph.azureADLicenseUsage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "licenseInfoDetails",
        "snapshotDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"licenseInfoDetails\":           ",
        ",\"snapshotDateTime\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.azureADLicenseUsage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "license_info_details", &self.license_info_details);
        v.field(2usize, "snapshot_date_time", &self.snapshot_date_time);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for AzureAdLicenseUsage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.license_info_details.read_from(r),
            2usize => self.snapshot_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.license_info_details);
        w.field(2usize, &self.snapshot_date_time);
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
rt::impl_object!(AzureAdLicenseUsage);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    AzureAdLicenseUsage { with_id id : ::std::string::String; with_license_info_details
    license_info_details : ::std::vec::Vec < crate ::beta::LicenseInfoDetail >;
    with_snapshot_date_time snapshot_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AzureAdLicenseUsage);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.azureActiveDirectoryTenant`, complex type, derived from `microsoft.graph.identitySource`.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct AzureActiveDirectoryTenant {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for AzureActiveDirectoryTenant {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for AzureActiveDirectoryTenant {
    const TYPE_NAME: &'static str = "microsoft.graph.azureActiveDirectoryTenant";
    const KEYS: &'static [&'static str] = &["displayName", "tenantId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"tenantId\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.azureActiveDirectoryTenant\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "tenant_id", &self.tenant_id);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for AzureActiveDirectoryTenant {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.tenant_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.tenant_id);
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
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_object!(AzureActiveDirectoryTenant);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    AzureActiveDirectoryTenant { with_display_name display_name : ::std::string::String;
    with_tenant_id tenant_id : ::std::string::String; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AzureActiveDirectoryTenant);
