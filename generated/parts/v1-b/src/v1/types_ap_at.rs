//! Types of `microsoft.graph` by the first letters of their names (`ap_at`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.apiApplication`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ApiApplication {
    /// CSDL: property `acceptMappedClaims`: `Edm.Boolean`, nullable.
    pub accept_mapped_claims: rt::Field<bool>,
    /// CSDL: property `knownClientApplications`: `Collection(Edm.Guid)`, nullable.
    pub known_client_applications: rt::Field<::std::vec::Vec<rt::edm::Guid>>,
    /// CSDL: property `oauth2PermissionScopes`: `Collection(microsoft.graph.permissionScope)`, not nullable.
    pub oauth2_permission_scopes: rt::Field<::std::vec::Vec<crate::v1::PermissionScope>>,
    /// CSDL: property `preAuthorizedApplications`: `Collection(microsoft.graph.preAuthorizedApplication)`, nullable.
    pub pre_authorized_applications: rt::Field<
        ::std::vec::Vec<crate::v1::PreAuthorizedApplication>,
    >,
    /// CSDL: property `requestedAccessTokenVersion`: `Edm.Int32`, nullable.
    pub requested_access_token_version: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(ApiApplication);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ApiApplication { with_accept_mapped_claims accept_mapped_claims : bool;
    with_known_client_applications known_client_applications : ::std::vec::Vec <
    rt::edm::Guid >; with_oauth2_permission_scopes oauth2_permission_scopes :
    ::std::vec::Vec < crate ::v1::PermissionScope >; with_pre_authorized_applications
    pre_authorized_applications : ::std::vec::Vec < crate ::v1::PreAuthorizedApplication
    >; with_requested_access_token_version requested_access_token_version : i32; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApiApplication);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.apiAuthenticationConfigurationBase`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct ApiAuthenticationConfigurationBase {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for ApiAuthenticationConfigurationBase {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for ApiAuthenticationConfigurationBase {
    const TYPE_NAME: &'static str = "microsoft.graph.apiAuthenticationConfigurationBase";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.apiAuthenticationConfigurationBase\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_or_search)]
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(ApiAuthenticationConfigurationBase);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApiAuthenticationConfigurationBase);
#[cfg(msgraph_v1_identity_or_search)]
/// `microsoft.graph.apiAuthenticationConfigurationBase` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyApiAuthenticationConfigurationBase {
    ApiAuthenticationConfigurationBase(
        ::std::boxed::Box<crate::v1::ApiAuthenticationConfigurationBase>,
    ),
    BasicAuthentication(::std::boxed::Box<crate::v1::BasicAuthentication>),
    ClientCertificateAuthentication(
        ::std::boxed::Box<crate::v1::ClientCertificateAuthentication>,
    ),
    Pkcs12Certificate(::std::boxed::Box<crate::v1::Pkcs12Certificate>),
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AnyApiAuthenticationConfigurationBase {
    #[inline]
    fn default() -> Self {
        Self::ApiAuthenticationConfigurationBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ApiAuthenticationConfigurationBase>
for AnyApiAuthenticationConfigurationBase {
    #[inline]
    fn from(v: crate::v1::ApiAuthenticationConfigurationBase) -> Self {
        Self::ApiAuthenticationConfigurationBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BasicAuthentication>
for AnyApiAuthenticationConfigurationBase {
    #[inline]
    fn from(v: crate::v1::BasicAuthentication) -> Self {
        Self::BasicAuthentication(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ClientCertificateAuthentication>
for AnyApiAuthenticationConfigurationBase {
    #[inline]
    fn from(v: crate::v1::ClientCertificateAuthentication) -> Self {
        Self::ClientCertificateAuthentication(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Pkcs12Certificate>
for AnyApiAuthenticationConfigurationBase {
    #[inline]
    fn from(v: crate::v1::Pkcs12Certificate) -> Self {
        Self::Pkcs12Certificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Send for AnyApiAuthenticationConfigurationBase {}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyApiAuthenticationConfigurationBase {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::marker::Unpin for AnyApiAuthenticationConfigurationBase {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyApiAuthenticationConfigurationBase {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyApiAuthenticationConfigurationBase {}
#[cfg(msgraph_v1_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ApiAuthenticationConfigurationBase>();
    rt::object::auto_traits::<crate::v1::BasicAuthentication>();
    rt::object::auto_traits::<crate::v1::ClientCertificateAuthentication>();
    rt::object::auto_traits::<crate::v1::Pkcs12Certificate>();
};
#[cfg(msgraph_v1_identity_or_search)]
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
#[cfg(msgraph_v1_identity_or_search)]
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_poly!(AnyApiAuthenticationConfigurationBase);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyApiAuthenticationConfigurationBase);
#[cfg(msgraph_v1_app_catalogs_or_search)]
/// CSDL: `microsoft.graph.appCatalogs`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AppCatalogsPath`](requests/trait.AppCatalogsPath.html), what a path to one (`EntityPath<AppCatalogs, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-app-catalogs`, `v1-search`.
#[derive(Clone)]
pub struct AppCatalogs {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `teamsApps`: `Collection(microsoft.graph.teamsApp)`, not nullable.
    pub teams_apps: rt::Field<::std::vec::Vec<crate::v1::TeamsApp>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
impl ::std::default::Default for AppCatalogs {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            teams_apps: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
impl rt::Object for AppCatalogs {
    const TYPE_NAME: &'static str = "microsoft.graph.appCatalogs";
    const KEYS: &'static [&'static str] = &["id", "teamsApps"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"teamsApps\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appCatalogs\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "teams_apps", &self.teams_apps);
    }
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
impl rt::object::Members for AppCatalogs {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.teams_apps.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.teams_apps);
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
#[cfg(msgraph_v1_app_catalogs_or_search)]
rt::impl_object!(AppCatalogs);
#[cfg(msgraph_v1_app_catalogs_or_search)]
rt::impl_setters!(
    AppCatalogs { with_id id : ::std::string::String; with_teams_apps teams_apps :
    ::std::vec::Vec < crate ::v1::TeamsApp >; }
);
#[cfg(msgraph_v1_app_catalogs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppCatalogs);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties for App configuration setting item.
///
/// CSDL: `microsoft.graph.appConfigurationSettingItem`, complex type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct AppConfigurationSettingItem {
    /// app configuration key.
    ///
    /// CSDL: property `appConfigKey`: `Edm.String`, not nullable.
    pub app_config_key: rt::Field<::std::string::String>,
    /// app configuration key type.
    ///
    /// CSDL: property `appConfigKeyType`: `microsoft.graph.mdmAppConfigKeyType`, not nullable.
    pub app_config_key_type: rt::Field<crate::v1::MdmAppConfigKeyType>,
    /// app configuration key value.
    ///
    /// CSDL: property `appConfigKeyValue`: `Edm.String`, not nullable.
    pub app_config_key_value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(AppConfigurationSettingItem);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    AppConfigurationSettingItem { with_app_config_key app_config_key :
    ::std::string::String; with_app_config_key_type app_config_key_type : crate
    ::v1::MdmAppConfigKeyType; with_app_config_key_value app_config_key_value :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppConfigurationSettingItem);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.appConsentApprovalRoute`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AppConsentApprovalRoutePath`](requests/trait.AppConsentApprovalRoutePath.html), what a path to one (`EntityPath<AppConsentApprovalRoute, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AppConsentApprovalRoute {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `appConsentRequests`: `Collection(microsoft.graph.appConsentRequest)`, not nullable.
    pub app_consent_requests: rt::Field<::std::vec::Vec<crate::v1::AppConsentRequest>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
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
#[cfg(msgraph_v1_identity_governance_or_search)]
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
#[cfg(msgraph_v1_identity_governance_or_search)]
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AppConsentApprovalRoute);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AppConsentApprovalRoute { with_id id : ::std::string::String;
    with_app_consent_requests app_consent_requests : ::std::vec::Vec < crate
    ::v1::AppConsentRequest >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppConsentApprovalRoute);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.appConsentRequest`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AppConsentRequestPath`](requests/trait.AppConsentRequestPath.html), what a path to one (`EntityPath<AppConsentRequest, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AppConsentRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appDisplayName`: `Edm.String`, nullable.
    pub app_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `appId`: `Edm.String`, not nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `pendingScopes`: `Collection(microsoft.graph.appConsentRequestScope)`, nullable.
    pub pending_scopes: rt::Field<::std::vec::Vec<crate::v1::AppConsentRequestScope>>,
    /// CSDL: containment navigation property `userConsentRequests`: `Collection(microsoft.graph.userConsentRequest)`, not nullable.
    pub user_consent_requests: rt::Field<::std::vec::Vec<crate::v1::UserConsentRequest>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AppConsentRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_display_name: rt::Field::Absent,
            app_id: rt::Field::Absent,
            pending_scopes: rt::Field::Absent,
            user_consent_requests: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AppConsentRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.appConsentRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appDisplayName",
        "appId",
        "pendingScopes",
        "userConsentRequests",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appDisplayName\":               ",
        ",\"appId\":                        ",
        ",\"pendingScopes\":                ",
        ",\"userConsentRequests\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appConsentRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_display_name", &self.app_display_name);
        v.field(2usize, "app_id", &self.app_id);
        v.field(3usize, "pending_scopes", &self.pending_scopes);
        v.field(4usize, "user_consent_requests", &self.user_consent_requests);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AppConsentRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_display_name.read_from(r),
            2usize => self.app_id.read_from(r),
            3usize => self.pending_scopes.read_from(r),
            4usize => self.user_consent_requests.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_display_name);
        w.field(2usize, &self.app_id);
        w.field(3usize, &self.pending_scopes);
        w.field(4usize, &self.user_consent_requests);
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AppConsentRequest);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AppConsentRequest { with_id id : ::std::string::String; with_app_display_name
    app_display_name : ::std::string::String; with_app_id app_id : ::std::string::String;
    with_pending_scopes pending_scopes : ::std::vec::Vec < crate
    ::v1::AppConsentRequestScope >; with_user_consent_requests user_consent_requests :
    ::std::vec::Vec < crate ::v1::UserConsentRequest >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppConsentRequest);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.appConsentRequestScope`, complex type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AppConsentRequestScope {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AppConsentRequestScope {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
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
#[cfg(msgraph_v1_identity_governance_or_search)]
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AppConsentRequestScope);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AppConsentRequestScope { with_display_name display_name : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppConsentRequestScope);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.appCredentialRestrictionType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AppCredentialRestrictionType {
    /// `passwordAddition` (value 0).
    PasswordAddition,
    /// `passwordLifetime` (value 1).
    PasswordLifetime,
    /// `symmetricKeyAddition` (value 2).
    SymmetricKeyAddition,
    /// `symmetricKeyLifetime` (value 3).
    SymmetricKeyLifetime,
    /// `customPasswordAddition` (value 4).
    CustomPasswordAddition,
    /// `unknownFutureValue` (value 99).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for AppCredentialRestrictionType {
    const TYPE_NAME: &'static str = "microsoft.graph.appCredentialRestrictionType";
    const MEMBERS: &'static [&'static str] = &[
        "passwordAddition",
        "passwordLifetime",
        "symmetricKeyAddition",
        "symmetricKeyLifetime",
        "customPasswordAddition",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "passwordAddition" => Self::PasswordAddition,
                "passwordLifetime" => Self::PasswordLifetime,
                "symmetricKeyAddition" => Self::SymmetricKeyAddition,
                "symmetricKeyLifetime" => Self::SymmetricKeyLifetime,
                "customPasswordAddition" => Self::CustomPasswordAddition,
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
            Self::PasswordAddition => "passwordAddition",
            Self::PasswordLifetime => "passwordLifetime",
            Self::SymmetricKeyAddition => "symmetricKeyAddition",
            Self::SymmetricKeyLifetime => "symmetricKeyLifetime",
            Self::CustomPasswordAddition => "customPasswordAddition",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(AppCredentialRestrictionType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppCredentialRestrictionType);
#[cfg(msgraph_v1_audit_logs_or_print_or_search)]
/// CSDL: `microsoft.graph.appIdentity`, complex type.
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-print`, `v1-search`.
#[derive(Clone)]
pub struct AppIdentity {
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `servicePrincipalId`: `Edm.String`, nullable.
    pub service_principal_id: rt::Field<::std::string::String>,
    /// CSDL: property `servicePrincipalName`: `Edm.String`, nullable.
    pub service_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_audit_logs_or_print_or_search)]
impl ::std::default::Default for AppIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            app_id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            service_principal_id: rt::Field::Absent,
            service_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_print_or_search)]
impl rt::Object for AppIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.appIdentity";
    const KEYS: &'static [&'static str] = &[
        "appId",
        "displayName",
        "servicePrincipalId",
        "servicePrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appId\":                        ",
        ",\"displayName\":                  ",
        ",\"servicePrincipalId\":           ",
        ",\"servicePrincipalName\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "app_id", &self.app_id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "service_principal_id", &self.service_principal_id);
        v.field(3usize, "service_principal_name", &self.service_principal_name);
    }
}
#[cfg(msgraph_v1_audit_logs_or_print_or_search)]
impl rt::object::Members for AppIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.service_principal_id.read_from(r),
            3usize => self.service_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.service_principal_id);
        w.field(3usize, &self.service_principal_name);
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
#[cfg(msgraph_v1_audit_logs_or_print_or_search)]
rt::impl_object!(AppIdentity);
#[cfg(msgraph_v1_audit_logs_or_print_or_search)]
rt::impl_setters!(
    AppIdentity { with_app_id app_id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_service_principal_id service_principal_id
    : ::std::string::String; with_service_principal_name service_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_audit_logs_or_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppIdentity);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.appKeyCredentialRestrictionType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AppKeyCredentialRestrictionType {
    /// `asymmetricKeyLifetime` (value 0).
    AsymmetricKeyLifetime,
    /// `unknownFutureValue` (value 99).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for AppKeyCredentialRestrictionType {
    const TYPE_NAME: &'static str = "microsoft.graph.appKeyCredentialRestrictionType";
    const MEMBERS: &'static [&'static str] = &[
        "asymmetricKeyLifetime",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "asymmetricKeyLifetime" => Self::AsymmetricKeyLifetime,
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
            Self::AsymmetricKeyLifetime => "asymmetricKeyLifetime",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(AppKeyCredentialRestrictionType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppKeyCredentialRestrictionType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Represents an app in the list of managed applications
///
/// CSDL: `microsoft.graph.appListItem`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct AppListItem {
    /// The application or bundle identifier of the application
    ///
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// The Store URL of the application
    ///
    /// CSDL: property `appStoreUrl`: `Edm.String`, nullable.
    pub app_store_url: rt::Field<::std::string::String>,
    /// The application name
    ///
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// The publisher of the application
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AppListItem {
    #[inline]
    fn default() -> Self {
        Self {
            app_id: rt::Field::Absent,
            app_store_url: rt::Field::Absent,
            name: rt::Field::Absent,
            publisher: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for AppListItem {
    const TYPE_NAME: &'static str = "microsoft.graph.appListItem";
    const KEYS: &'static [&'static str] = &["appId", "appStoreUrl", "name", "publisher"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appId\":                        ",
        ",\"appStoreUrl\":                  ",
        ",\"name\":                         ",
        ",\"publisher\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appListItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "app_id", &self.app_id);
        v.field(1usize, "app_store_url", &self.app_store_url);
        v.field(2usize, "name", &self.name);
        v.field(3usize, "publisher", &self.publisher);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for AppListItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_id.read_from(r),
            1usize => self.app_store_url.read_from(r),
            2usize => self.name.read_from(r),
            3usize => self.publisher.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_id);
        w.field(1usize, &self.app_store_url);
        w.field(2usize, &self.name);
        w.field(3usize, &self.publisher);
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
rt::impl_object!(AppListItem);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    AppListItem { with_app_id app_id : ::std::string::String; with_app_store_url
    app_store_url : ::std::string::String; with_name name : ::std::string::String;
    with_publisher publisher : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppListItem);
#[cfg(msgraph_v1_device_management_or_search)]
/// Possible values of the compliance app list.
///
/// CSDL: `microsoft.graph.appListType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AppListType {
    /// Default value, no intent.
    ///
    /// `none` (value 0).
    None,
    /// The list represents the apps that will be considered compliant (only apps on the list are compliant).
    ///
    /// `appsInListCompliant` (value 1).
    AppsInListCompliant,
    /// The list represents the apps that will be considered non compliant (all apps are compliant except apps on the list).
    ///
    /// `appsNotInListCompliant` (value 2).
    AppsNotInListCompliant,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for AppListType {
    const TYPE_NAME: &'static str = "microsoft.graph.appListType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "appsInListCompliant",
        "appsNotInListCompliant",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "appsInListCompliant" => Self::AppsInListCompliant,
                "appsNotInListCompliant" => Self::AppsNotInListCompliant,
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
            Self::AppsInListCompliant => "appsInListCompliant",
            Self::AppsNotInListCompliant => "appsNotInListCompliant",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(AppListType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppListType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Possible values of AppLocker Application Control Types
///
/// CSDL: `microsoft.graph.appLockerApplicationControlType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AppLockerApplicationControlType {
    /// Device default value, no Application Control type selected.
    ///
    /// `notConfigured` (value 0).
    NotConfigured,
    /// Enforce Windows component and store apps.
    ///
    /// `enforceComponentsAndStoreApps` (value 1).
    EnforceComponentsAndStoreApps,
    /// Audit Windows component and store apps.
    ///
    /// `auditComponentsAndStoreApps` (value 2).
    AuditComponentsAndStoreApps,
    /// Enforce Windows components, store apps and smart locker.
    ///
    /// `enforceComponentsStoreAppsAndSmartlocker` (value 3).
    EnforceComponentsStoreAppsAndSmartlocker,
    /// Audit Windows components, store apps and smart locker​.
    ///
    /// `auditComponentsStoreAppsAndSmartlocker` (value 4).
    AuditComponentsStoreAppsAndSmartlocker,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(AppLockerApplicationControlType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppLockerApplicationControlType);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.appLogCollectionDownloadDetails`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct AppLogCollectionDownloadDetails {
    /// Decryption algorithm for Content. Default is ASE256.
    ///
    /// CSDL: property `appLogDecryptionAlgorithm`: `microsoft.graph.appLogDecryptionAlgorithm`, not nullable.
    pub app_log_decryption_algorithm: rt::Field<crate::v1::AppLogDecryptionAlgorithm>,
    /// Decryption key that used to decrypt the log.
    ///
    /// CSDL: property `decryptionKey`: `Edm.String`, nullable.
    pub decryption_key: rt::Field<::std::string::String>,
    /// Download SAS (Shared Access Signature) Url for completed app log request.
    ///
    /// CSDL: property `downloadUrl`: `Edm.String`, nullable.
    pub download_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(AppLogCollectionDownloadDetails);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    AppLogCollectionDownloadDetails { with_app_log_decryption_algorithm
    app_log_decryption_algorithm : crate ::v1::AppLogDecryptionAlgorithm;
    with_decryption_key decryption_key : ::std::string::String; with_download_url
    download_url : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppLogCollectionDownloadDetails);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.appLogDecryptionAlgorithm`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AppLogDecryptionAlgorithm {
    /// decrypting using Aes256.
    ///
    /// `aes256` (value 0).
    Aes256,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 1).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for AppLogDecryptionAlgorithm {
    const TYPE_NAME: &'static str = "microsoft.graph.appLogDecryptionAlgorithm";
    const MEMBERS: &'static [&'static str] = &["aes256", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "aes256" => Self::Aes256,
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
            Self::Aes256 => "aes256",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(AppLogDecryptionAlgorithm);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppLogDecryptionAlgorithm);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.appManagementApplicationConfiguration`, complex type, derived from `microsoft.graph.appManagementConfiguration`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AppManagementApplicationConfiguration {
    /// CSDL: property `keyCredentials`: `Collection(microsoft.graph.keyCredentialConfiguration)`, nullable.
    pub key_credentials: rt::Field<
        ::std::vec::Vec<crate::v1::KeyCredentialConfiguration>,
    >,
    /// CSDL: property `passwordCredentials`: `Collection(microsoft.graph.passwordCredentialConfiguration)`, nullable.
    pub password_credentials: rt::Field<
        ::std::vec::Vec<crate::v1::PasswordCredentialConfiguration>,
    >,
    /// CSDL: property `identifierUris`: `microsoft.graph.identifierUriConfiguration`, nullable.
    pub identifier_uris: rt::Field<crate::v1::IdentifierUriConfiguration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AppManagementApplicationConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            key_credentials: rt::Field::Absent,
            password_credentials: rt::Field::Absent,
            identifier_uris: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AppManagementApplicationConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.appManagementApplicationConfiguration";
    const KEYS: &'static [&'static str] = &[
        "keyCredentials",
        "passwordCredentials",
        "identifierUris",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"keyCredentials\":               ",
        ",\"passwordCredentials\":          ",
        ",\"identifierUris\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appManagementApplicationConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key_credentials", &self.key_credentials);
        v.field(1usize, "password_credentials", &self.password_credentials);
        v.field(2usize, "identifier_uris", &self.identifier_uris);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AppManagementApplicationConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key_credentials.read_from(r),
            1usize => self.password_credentials.read_from(r),
            2usize => self.identifier_uris.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key_credentials);
        w.field(1usize, &self.password_credentials);
        w.field(2usize, &self.identifier_uris);
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
rt::impl_object!(AppManagementApplicationConfiguration);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AppManagementApplicationConfiguration { with_key_credentials key_credentials :
    ::std::vec::Vec < crate ::v1::KeyCredentialConfiguration >; with_password_credentials
    password_credentials : ::std::vec::Vec < crate ::v1::PasswordCredentialConfiguration
    >; with_identifier_uris identifier_uris : crate ::v1::IdentifierUriConfiguration; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppManagementApplicationConfiguration);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.appManagementConfiguration`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AppManagementConfiguration {
    /// CSDL: property `keyCredentials`: `Collection(microsoft.graph.keyCredentialConfiguration)`, nullable.
    pub key_credentials: rt::Field<
        ::std::vec::Vec<crate::v1::KeyCredentialConfiguration>,
    >,
    /// CSDL: property `passwordCredentials`: `Collection(microsoft.graph.passwordCredentialConfiguration)`, nullable.
    pub password_credentials: rt::Field<
        ::std::vec::Vec<crate::v1::PasswordCredentialConfiguration>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AppManagementConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            key_credentials: rt::Field::Absent,
            password_credentials: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AppManagementConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.appManagementConfiguration";
    const KEYS: &'static [&'static str] = &["keyCredentials", "passwordCredentials"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"keyCredentials\":               ",
        ",\"passwordCredentials\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appManagementConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key_credentials", &self.key_credentials);
        v.field(1usize, "password_credentials", &self.password_credentials);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AppManagementConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key_credentials.read_from(r),
            1usize => self.password_credentials.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key_credentials);
        w.field(1usize, &self.password_credentials);
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
rt::impl_object!(AppManagementConfiguration);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AppManagementConfiguration { with_key_credentials key_credentials : ::std::vec::Vec <
    crate ::v1::KeyCredentialConfiguration >; with_password_credentials
    password_credentials : ::std::vec::Vec < crate ::v1::PasswordCredentialConfiguration
    >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppManagementConfiguration);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.appManagementConfiguration` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAppManagementConfiguration {
    AppManagementConfiguration(::std::boxed::Box<crate::v1::AppManagementConfiguration>),
    AppManagementApplicationConfiguration(
        ::std::boxed::Box<crate::v1::AppManagementApplicationConfiguration>,
    ),
    AppManagementServicePrincipalConfiguration(
        ::std::boxed::Box<crate::v1::AppManagementServicePrincipalConfiguration>,
    ),
    CustomAppManagementConfiguration(
        ::std::boxed::Box<crate::v1::CustomAppManagementConfiguration>,
    ),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyAppManagementConfiguration {
    #[inline]
    fn default() -> Self {
        Self::AppManagementConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AppManagementConfiguration>
for AnyAppManagementConfiguration {
    #[inline]
    fn from(v: crate::v1::AppManagementConfiguration) -> Self {
        Self::AppManagementConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AppManagementApplicationConfiguration>
for AnyAppManagementConfiguration {
    #[inline]
    fn from(v: crate::v1::AppManagementApplicationConfiguration) -> Self {
        Self::AppManagementApplicationConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AppManagementServicePrincipalConfiguration>
for AnyAppManagementConfiguration {
    #[inline]
    fn from(v: crate::v1::AppManagementServicePrincipalConfiguration) -> Self {
        Self::AppManagementServicePrincipalConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CustomAppManagementConfiguration>
for AnyAppManagementConfiguration {
    #[inline]
    fn from(v: crate::v1::CustomAppManagementConfiguration) -> Self {
        Self::CustomAppManagementConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyAppManagementConfiguration {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyAppManagementConfiguration {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyAppManagementConfiguration {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyAppManagementConfiguration {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyAppManagementConfiguration {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::AppManagementConfiguration>();
    rt::object::auto_traits::<crate::v1::AppManagementApplicationConfiguration>();
    rt::object::auto_traits::<crate::v1::AppManagementServicePrincipalConfiguration>();
    rt::object::auto_traits::<crate::v1::CustomAppManagementConfiguration>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyAppManagementConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.appManagementConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.appManagementApplicationConfiguration",
            ) => Self::AppManagementApplicationConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.appManagementServicePrincipalConfiguration",
            ) => {
                Self::AppManagementServicePrincipalConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.customAppManagementConfiguration",
            ) => Self::CustomAppManagementConfiguration(rt::object::new_boxed()),
            _ => Self::AppManagementConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AppManagementConfiguration(v) => &**v,
            Self::AppManagementApplicationConfiguration(v) => &**v,
            Self::AppManagementServicePrincipalConfiguration(v) => &**v,
            Self::CustomAppManagementConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AppManagementConfiguration(v) => &mut **v,
            Self::AppManagementApplicationConfiguration(v) => &mut **v,
            Self::AppManagementServicePrincipalConfiguration(v) => &mut **v,
            Self::CustomAppManagementConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyAppManagementConfiguration {
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
    /// `keyCredentials` of any variant.
    #[inline]
    pub fn key_credentials(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::KeyCredentialConfiguration>> {
        match self {
            Self::AppManagementConfiguration(v) => &v.key_credentials,
            Self::AppManagementApplicationConfiguration(v) => &v.key_credentials,
            Self::AppManagementServicePrincipalConfiguration(v) => &v.key_credentials,
            Self::CustomAppManagementConfiguration(v) => &v.key_credentials,
        }
    }
    /// `keyCredentials` of any variant.
    #[inline]
    pub fn key_credentials_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::KeyCredentialConfiguration>> {
        match self {
            Self::AppManagementConfiguration(v) => &mut v.key_credentials,
            Self::AppManagementApplicationConfiguration(v) => &mut v.key_credentials,
            Self::AppManagementServicePrincipalConfiguration(v) => &mut v.key_credentials,
            Self::CustomAppManagementConfiguration(v) => &mut v.key_credentials,
        }
    }
    /// `passwordCredentials` of any variant.
    #[inline]
    pub fn password_credentials(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::PasswordCredentialConfiguration>> {
        match self {
            Self::AppManagementConfiguration(v) => &v.password_credentials,
            Self::AppManagementApplicationConfiguration(v) => &v.password_credentials,
            Self::AppManagementServicePrincipalConfiguration(v) => {
                &v.password_credentials
            }
            Self::CustomAppManagementConfiguration(v) => &v.password_credentials,
        }
    }
    /// `passwordCredentials` of any variant.
    #[inline]
    pub fn password_credentials_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::PasswordCredentialConfiguration>> {
        match self {
            Self::AppManagementConfiguration(v) => &mut v.password_credentials,
            Self::AppManagementApplicationConfiguration(v) => &mut v.password_credentials,
            Self::AppManagementServicePrincipalConfiguration(v) => {
                &mut v.password_credentials
            }
            Self::CustomAppManagementConfiguration(v) => &mut v.password_credentials,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyAppManagementConfiguration);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAppManagementConfiguration);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.appManagementPolicyActorExemptions`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AppManagementPolicyActorExemptions {
    /// CSDL: property `customSecurityAttributes`: `Collection(microsoft.graph.customSecurityAttributeExemption)`, nullable.
    pub custom_security_attributes: rt::Field<
        ::std::vec::Vec<crate::v1::AnyCustomSecurityAttributeExemption>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AppManagementPolicyActorExemptions {
    #[inline]
    fn default() -> Self {
        Self {
            custom_security_attributes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AppManagementPolicyActorExemptions {
    const TYPE_NAME: &'static str = "microsoft.graph.appManagementPolicyActorExemptions";
    const KEYS: &'static [&'static str] = &["customSecurityAttributes"];
    const KEYS_JSON: &'static [&'static str] = &[",\"customSecurityAttributes\":     "];
    const TAG: &'static str = "\"#microsoft.graph.appManagementPolicyActorExemptions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "custom_security_attributes", &self.custom_security_attributes);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AppManagementPolicyActorExemptions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.custom_security_attributes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.custom_security_attributes);
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
rt::impl_object!(AppManagementPolicyActorExemptions);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AppManagementPolicyActorExemptions { with_custom_security_attributes
    custom_security_attributes : ::std::vec::Vec < crate
    ::v1::AnyCustomSecurityAttributeExemption >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppManagementPolicyActorExemptions);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.appManagementRestrictionState`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AppManagementRestrictionState {
    /// `enabled` (value 1).
    Enabled,
    /// `disabled` (value 2).
    Disabled,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for AppManagementRestrictionState {
    const TYPE_NAME: &'static str = "microsoft.graph.appManagementRestrictionState";
    const MEMBERS: &'static [&'static str] = &[
        "enabled",
        "disabled",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "enabled" => Self::Enabled,
                "disabled" => Self::Disabled,
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
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(AppManagementRestrictionState);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppManagementRestrictionState);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.appManagementServicePrincipalConfiguration`, complex type, derived from `microsoft.graph.appManagementConfiguration`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AppManagementServicePrincipalConfiguration {
    /// CSDL: property `keyCredentials`: `Collection(microsoft.graph.keyCredentialConfiguration)`, nullable.
    pub key_credentials: rt::Field<
        ::std::vec::Vec<crate::v1::KeyCredentialConfiguration>,
    >,
    /// CSDL: property `passwordCredentials`: `Collection(microsoft.graph.passwordCredentialConfiguration)`, nullable.
    pub password_credentials: rt::Field<
        ::std::vec::Vec<crate::v1::PasswordCredentialConfiguration>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AppManagementServicePrincipalConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            key_credentials: rt::Field::Absent,
            password_credentials: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AppManagementServicePrincipalConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.appManagementServicePrincipalConfiguration";
    const KEYS: &'static [&'static str] = &["keyCredentials", "passwordCredentials"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"keyCredentials\":               ",
        ",\"passwordCredentials\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appManagementServicePrincipalConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key_credentials", &self.key_credentials);
        v.field(1usize, "password_credentials", &self.password_credentials);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AppManagementServicePrincipalConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key_credentials.read_from(r),
            1usize => self.password_credentials.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key_credentials);
        w.field(1usize, &self.password_credentials);
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
rt::impl_object!(AppManagementServicePrincipalConfiguration);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AppManagementServicePrincipalConfiguration { with_key_credentials key_credentials :
    ::std::vec::Vec < crate ::v1::KeyCredentialConfiguration >; with_password_credentials
    password_credentials : ::std::vec::Vec < crate ::v1::PasswordCredentialConfiguration
    >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppManagementServicePrincipalConfiguration);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.appRole`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(AppRole);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AppRole { with_allowed_member_types allowed_member_types : ::std::vec::Vec <
    ::std::string::String >; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_id id : rt::edm::Guid;
    with_is_enabled is_enabled : bool; with_origin origin : ::std::string::String;
    with_value value : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppRole);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.appRoleAssignment`, entity type, derived from `microsoft.graph.directoryObject`, key `id`.
///
/// Request builders: [`DirectoryObjectPath`](requests/trait.DirectoryObjectPath.html), what a path to one (`EntityPath<AppRoleAssignment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AppRoleAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `appRoleId`: `Edm.Guid`, not nullable.
    pub app_role_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `principalDisplayName`: `Edm.String`, nullable.
    pub principal_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `principalId`: `Edm.Guid`, nullable.
    pub principal_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `principalType`: `Edm.String`, nullable.
    pub principal_type: rt::Field<::std::string::String>,
    /// CSDL: property `resourceDisplayName`: `Edm.String`, nullable.
    pub resource_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `resourceId`: `Edm.Guid`, nullable.
    pub resource_id: rt::Field<rt::edm::Guid>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AppRoleAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            app_role_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            principal_display_name: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            principal_type: rt::Field::Absent,
            resource_display_name: rt::Field::Absent,
            resource_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AppRoleAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.appRoleAssignment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "appRoleId",
        "createdDateTime",
        "principalDisplayName",
        "principalId",
        "principalType",
        "resourceDisplayName",
        "resourceId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"appRoleId\":                    ",
        ",\"createdDateTime\":              ",
        ",\"principalDisplayName\":         ",
        ",\"principalId\":                  ",
        ",\"principalType\":                ",
        ",\"resourceDisplayName\":          ",
        ",\"resourceId\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appRoleAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "app_role_id", &self.app_role_id);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "principal_display_name", &self.principal_display_name);
        v.field(5usize, "principal_id", &self.principal_id);
        v.field(6usize, "principal_type", &self.principal_type);
        v.field(7usize, "resource_display_name", &self.resource_display_name);
        v.field(8usize, "resource_id", &self.resource_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AppRoleAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.app_role_id.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.principal_display_name.read_from(r),
            5usize => self.principal_id.read_from(r),
            6usize => self.principal_type.read_from(r),
            7usize => self.resource_display_name.read_from(r),
            8usize => self.resource_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.app_role_id);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.principal_display_name);
        w.field(5usize, &self.principal_id);
        w.field(6usize, &self.principal_type);
        w.field(7usize, &self.resource_display_name);
        w.field(8usize, &self.resource_id);
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
rt::impl_object!(AppRoleAssignment);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AppRoleAssignment { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_app_role_id app_role_id :
    rt::edm::Guid; with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_principal_display_name principal_display_name : ::std::string::String;
    with_principal_id principal_id : rt::edm::Guid; with_principal_type principal_type :
    ::std::string::String; with_resource_display_name resource_display_name :
    ::std::string::String; with_resource_id resource_id : rt::edm::Guid; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppRoleAssignment);
#[cfg(msgraph_v1_role_management_or_search)]
/// CSDL: `microsoft.graph.appScope`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
#[derive(Clone)]
pub struct AppScope {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_role_management_or_search)]
impl ::std::default::Default for AppScope {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
impl rt::Object for AppScope {
    const TYPE_NAME: &'static str = "microsoft.graph.appScope";
    const KEYS: &'static [&'static str] = &["id", "displayName", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appScope\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
impl rt::object::Members for AppScope {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.type_);
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
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_object!(AppScope);
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_setters!(
    AppScope { with_id id : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_type type_ : ::std::string::String; }
);
#[cfg(msgraph_v1_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppScope);
#[cfg(msgraph_v1_device_management_or_search)]
/// Apple device features configuration profile.
///
/// CSDL: `microsoft.graph.appleDeviceFeaturesConfigurationBase`, entity type, derived from `microsoft.graph.deviceConfiguration`, abstract, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AnyAppleDeviceFeaturesConfigurationBase, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct AppleDeviceFeaturesConfigurationBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// DateTime the object was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Admin provided description of the Device Configuration.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Admin provided name of the device configuration.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::v1::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<crate::v1::DeviceConfigurationDeviceOverview>,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::v1::DeviceConfigurationUserOverview>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AppleDeviceFeaturesConfigurationBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for AppleDeviceFeaturesConfigurationBase {
    const TYPE_NAME: &'static str = "microsoft.graph.appleDeviceFeaturesConfigurationBase";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "userStatuses",
        "userStatusOverview",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appleDeviceFeaturesConfigurationBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(6usize, "assignments", &self.assignments);
        v.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(8usize, "device_statuses", &self.device_statuses);
        v.field(9usize, "device_status_overview", &self.device_status_overview);
        v.field(10usize, "user_statuses", &self.user_statuses);
        v.field(11usize, "user_status_overview", &self.user_status_overview);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for AppleDeviceFeaturesConfigurationBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.assignments.read_from(r),
            7usize => self.device_setting_state_summaries.read_from(r),
            8usize => self.device_statuses.read_from(r),
            9usize => self.device_status_overview.read_from(r),
            10usize => self.user_statuses.read_from(r),
            11usize => self.user_status_overview.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.version);
        w.field(6usize, &self.assignments);
        w.field(7usize, &self.device_setting_state_summaries);
        w.field(8usize, &self.device_statuses);
        w.field(9usize, &self.device_status_overview);
        w.field(10usize, &self.user_statuses);
        w.field(11usize, &self.user_status_overview);
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
rt::impl_object!(AppleDeviceFeaturesConfigurationBase);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    AppleDeviceFeaturesConfigurationBase { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_version version : i32; with_assignments assignments :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationAssignment >;
    with_device_setting_state_summaries device_setting_state_summaries : ::std::vec::Vec
    < crate ::v1::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::v1::DeviceConfigurationDeviceOverview; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationUserStatus >;
    with_user_status_overview user_status_overview : crate
    ::v1::DeviceConfigurationUserOverview; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppleDeviceFeaturesConfigurationBase);
#[cfg(msgraph_v1_device_management_or_search)]
/// `microsoft.graph.appleDeviceFeaturesConfigurationBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAppleDeviceFeaturesConfigurationBase {
    AppleDeviceFeaturesConfigurationBase(
        ::std::boxed::Box<crate::v1::AppleDeviceFeaturesConfigurationBase>,
    ),
    IosDeviceFeaturesConfiguration(
        ::std::boxed::Box<crate::v1::IosDeviceFeaturesConfiguration>,
    ),
    MacOsDeviceFeaturesConfiguration(
        ::std::boxed::Box<crate::v1::MacOsDeviceFeaturesConfiguration>,
    ),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AnyAppleDeviceFeaturesConfigurationBase {
    #[inline]
    fn default() -> Self {
        Self::AppleDeviceFeaturesConfigurationBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AppleDeviceFeaturesConfigurationBase>
for AnyAppleDeviceFeaturesConfigurationBase {
    #[inline]
    fn from(v: crate::v1::AppleDeviceFeaturesConfigurationBase) -> Self {
        Self::AppleDeviceFeaturesConfigurationBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosDeviceFeaturesConfiguration>
for AnyAppleDeviceFeaturesConfigurationBase {
    #[inline]
    fn from(v: crate::v1::IosDeviceFeaturesConfiguration) -> Self {
        Self::IosDeviceFeaturesConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MacOsDeviceFeaturesConfiguration>
for AnyAppleDeviceFeaturesConfigurationBase {
    #[inline]
    fn from(v: crate::v1::MacOsDeviceFeaturesConfiguration) -> Self {
        Self::MacOsDeviceFeaturesConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyAppleDeviceFeaturesConfigurationBase {}
#[cfg(msgraph_v1_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyAppleDeviceFeaturesConfigurationBase {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::marker::Unpin for AnyAppleDeviceFeaturesConfigurationBase {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyAppleDeviceFeaturesConfigurationBase {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAppleDeviceFeaturesConfigurationBase {}
#[cfg(msgraph_v1_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::AppleDeviceFeaturesConfigurationBase>();
    rt::object::auto_traits::<crate::v1::IosDeviceFeaturesConfiguration>();
    rt::object::auto_traits::<crate::v1::MacOsDeviceFeaturesConfiguration>();
};
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Poly for AnyAppleDeviceFeaturesConfigurationBase {
    const BASE_NAME: &'static str = "microsoft.graph.appleDeviceFeaturesConfigurationBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.iosDeviceFeaturesConfiguration",
            ) => Self::IosDeviceFeaturesConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.macOSDeviceFeaturesConfiguration",
            ) => Self::MacOsDeviceFeaturesConfiguration(rt::object::new_boxed()),
            _ => Self::AppleDeviceFeaturesConfigurationBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &**v,
            Self::IosDeviceFeaturesConfiguration(v) => &**v,
            Self::MacOsDeviceFeaturesConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut **v,
            Self::IosDeviceFeaturesConfiguration(v) => &mut **v,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl AnyAppleDeviceFeaturesConfigurationBase {
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
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.id,
            Self::IosDeviceFeaturesConfiguration(v) => &v.id,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.id,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.id,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.created_date_time,
            Self::IosDeviceFeaturesConfiguration(v) => &v.created_date_time,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.created_date_time,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.created_date_time,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.description,
            Self::IosDeviceFeaturesConfiguration(v) => &v.description,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.description,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.description,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.display_name,
            Self::IosDeviceFeaturesConfiguration(v) => &v.display_name,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.display_name,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.display_name,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.last_modified_date_time,
            Self::IosDeviceFeaturesConfiguration(v) => &v.last_modified_date_time,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &mut v.last_modified_date_time
            }
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.last_modified_date_time,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.last_modified_date_time,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.version,
            Self::IosDeviceFeaturesConfiguration(v) => &v.version,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.version,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.version,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::DeviceConfigurationAssignment>> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.assignments,
            Self::IosDeviceFeaturesConfiguration(v) => &v.assignments,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::DeviceConfigurationAssignment>> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.assignments,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.assignments,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::SettingStateDeviceSummary>> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &v.device_setting_state_summaries
            }
            Self::IosDeviceFeaturesConfiguration(v) => &v.device_setting_state_summaries,
            Self::MacOsDeviceFeaturesConfiguration(v) => {
                &v.device_setting_state_summaries
            }
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::SettingStateDeviceSummary>> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::IosDeviceFeaturesConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::MacOsDeviceFeaturesConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.device_statuses,
            Self::IosDeviceFeaturesConfiguration(v) => &v.device_statuses,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.device_statuses,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.device_statuses,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::v1::DeviceConfigurationDeviceOverview> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.device_status_overview,
            Self::IosDeviceFeaturesConfiguration(v) => &v.device_status_overview,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.device_status_overview,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::DeviceConfigurationDeviceOverview> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                &mut v.device_status_overview
            }
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.device_status_overview,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.device_status_overview,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::DeviceConfigurationUserStatus>> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.user_statuses,
            Self::IosDeviceFeaturesConfiguration(v) => &v.user_statuses,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::DeviceConfigurationUserStatus>> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.user_statuses,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.user_statuses,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::v1::DeviceConfigurationUserOverview> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.user_status_overview,
            Self::IosDeviceFeaturesConfiguration(v) => &v.user_status_overview,
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::DeviceConfigurationUserOverview> {
        match self {
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.user_status_overview,
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.user_status_overview,
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.user_status_overview,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_poly!(AnyAppleDeviceFeaturesConfigurationBase);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAppleDeviceFeaturesConfigurationBase);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
/// CSDL: `microsoft.graph.appleManagedIdentityProvider`, entity type, derived from `microsoft.graph.identityProviderBase`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-directory`, `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct AppleManagedIdentityProvider {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `certificateData`: `Edm.String`, nullable.
    pub certificate_data: rt::Field<::std::string::String>,
    /// CSDL: property `developerId`: `Edm.String`, nullable.
    pub developer_id: rt::Field<::std::string::String>,
    /// CSDL: property `keyId`: `Edm.String`, nullable.
    pub key_id: rt::Field<::std::string::String>,
    /// CSDL: property `serviceId`: `Edm.String`, nullable.
    pub service_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl ::std::default::Default for AppleManagedIdentityProvider {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            certificate_data: rt::Field::Absent,
            developer_id: rt::Field::Absent,
            key_id: rt::Field::Absent,
            service_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl rt::Object for AppleManagedIdentityProvider {
    const TYPE_NAME: &'static str = "microsoft.graph.appleManagedIdentityProvider";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "certificateData",
        "developerId",
        "keyId",
        "serviceId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"certificateData\":              ",
        ",\"developerId\":                  ",
        ",\"keyId\":                        ",
        ",\"serviceId\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appleManagedIdentityProvider\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "certificate_data", &self.certificate_data);
        v.field(3usize, "developer_id", &self.developer_id);
        v.field(4usize, "key_id", &self.key_id);
        v.field(5usize, "service_id", &self.service_id);
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl rt::object::Members for AppleManagedIdentityProvider {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.certificate_data.read_from(r),
            3usize => self.developer_id.read_from(r),
            4usize => self.key_id.read_from(r),
            5usize => self.service_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.certificate_data);
        w.field(3usize, &self.developer_id);
        w.field(4usize, &self.key_id);
        w.field(5usize, &self.service_id);
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
#[cfg(msgraph_v1_directory_or_identity_or_search)]
rt::impl_object!(AppleManagedIdentityProvider);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
rt::impl_setters!(
    AppleManagedIdentityProvider { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_certificate_data certificate_data :
    ::std::string::String; with_developer_id developer_id : ::std::string::String;
    with_key_id key_id : ::std::string::String; with_service_id service_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppleManagedIdentityProvider);
#[cfg(msgraph_v1_device_management_or_search)]
/// Apple push notification certificate.
///
/// CSDL: `microsoft.graph.applePushNotificationCertificate`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ApplePushNotificationCertificatePath`](requests/trait.ApplePushNotificationCertificatePath.html), what a path to one (`EntityPath<ApplePushNotificationCertificate, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
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
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(ApplePushNotificationCertificate);
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplePushNotificationCertificate);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.applicationEnforcedRestrictionsSessionControl`, complex type, derived from `microsoft.graph.conditionalAccessSessionControl`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct ApplicationEnforcedRestrictionsSessionControl {
    /// CSDL: property `isEnabled`: `Edm.Boolean`, nullable.
    pub is_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for ApplicationEnforcedRestrictionsSessionControl {
    #[inline]
    fn default() -> Self {
        Self {
            is_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
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
#[cfg(msgraph_v1_identity_or_policies_or_search)]
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
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_object!(ApplicationEnforcedRestrictionsSessionControl);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    ApplicationEnforcedRestrictionsSessionControl { with_is_enabled is_enabled : bool; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationEnforcedRestrictionsSessionControl);
#[cfg(msgraph_v1_device_management_or_search)]
/// Possible values for applicationGuardBlockClipboardSharingType
///
/// CSDL: `microsoft.graph.applicationGuardBlockClipboardSharingType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ApplicationGuardBlockClipboardSharingType {
    /// Not Configured
    ///
    /// `notConfigured` (value 0).
    NotConfigured,
    /// Block clipboard to share data both from Host to Container and from Container to Host
    ///
    /// `blockBoth` (value 1).
    BlockBoth,
    /// Block clipboard to share data from Host to Container
    ///
    /// `blockHostToContainer` (value 2).
    BlockHostToContainer,
    /// Block clipboard to share data from Container to Host
    ///
    /// `blockContainerToHost` (value 3).
    BlockContainerToHost,
    /// Block clipboard to share data neither from Host to Container nor from Container to Host
    ///
    /// `blockNone` (value 4).
    BlockNone,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for ApplicationGuardBlockClipboardSharingType {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationGuardBlockClipboardSharingType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "blockBoth",
        "blockHostToContainer",
        "blockContainerToHost",
        "blockNone",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "blockBoth" => Self::BlockBoth,
                "blockHostToContainer" => Self::BlockHostToContainer,
                "blockContainerToHost" => Self::BlockContainerToHost,
                "blockNone" => Self::BlockNone,
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
            Self::BlockBoth => "blockBoth",
            Self::BlockHostToContainer => "blockHostToContainer",
            Self::BlockContainerToHost => "blockContainerToHost",
            Self::BlockNone => "blockNone",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(ApplicationGuardBlockClipboardSharingType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationGuardBlockClipboardSharingType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Possible values for applicationGuardBlockFileTransfer
///
/// CSDL: `microsoft.graph.applicationGuardBlockFileTransferType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ApplicationGuardBlockFileTransferType {
    /// Not Configured
    ///
    /// `notConfigured` (value 0).
    NotConfigured,
    /// Block clipboard to transfer Image and Text file
    ///
    /// `blockImageAndTextFile` (value 1).
    BlockImageAndTextFile,
    /// Block clipboard to transfer Image file
    ///
    /// `blockImageFile` (value 2).
    BlockImageFile,
    /// Neither of text file or image file is blocked from transferring
    ///
    /// `blockNone` (value 3).
    BlockNone,
    /// Block clipboard to transfer Text file
    ///
    /// `blockTextFile` (value 4).
    BlockTextFile,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(ApplicationGuardBlockFileTransferType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationGuardBlockFileTransferType);
#[cfg(msgraph_v1_audit_logs_or_search)]
/// CSDL: `microsoft.graph.appliedConditionalAccessPolicy`, complex type.
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
#[derive(Clone)]
pub struct AppliedConditionalAccessPolicy {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `enforcedGrantControls`: `Collection(Edm.String)`, nullable.
    pub enforced_grant_controls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `enforcedSessionControls`: `Collection(Edm.String)`, nullable.
    pub enforced_session_controls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `result`: `microsoft.graph.appliedConditionalAccessPolicyResult`, nullable.
    pub result: rt::Field<crate::v1::AppliedConditionalAccessPolicyResult>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl ::std::default::Default for AppliedConditionalAccessPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            enforced_grant_controls: rt::Field::Absent,
            enforced_session_controls: rt::Field::Absent,
            id: rt::Field::Absent,
            result: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::Object for AppliedConditionalAccessPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.appliedConditionalAccessPolicy";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "enforcedGrantControls",
        "enforcedSessionControls",
        "id",
        "result",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"enforcedGrantControls\":        ",
        ",\"enforcedSessionControls\":      ",
        ",\"id\":                           ",
        ",\"result\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appliedConditionalAccessPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "enforced_grant_controls", &self.enforced_grant_controls);
        v.field(2usize, "enforced_session_controls", &self.enforced_session_controls);
        v.field(3usize, "id", &self.id);
        v.field(4usize, "result", &self.result);
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::object::Members for AppliedConditionalAccessPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.enforced_grant_controls.read_from(r),
            2usize => self.enforced_session_controls.read_from(r),
            3usize => self.id.read_from(r),
            4usize => self.result.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.enforced_grant_controls);
        w.field(2usize, &self.enforced_session_controls);
        w.field(3usize, &self.id);
        w.field(4usize, &self.result);
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
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_object!(AppliedConditionalAccessPolicy);
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_setters!(
    AppliedConditionalAccessPolicy { with_display_name display_name :
    ::std::string::String; with_enforced_grant_controls enforced_grant_controls :
    ::std::vec::Vec < ::std::string::String >; with_enforced_session_controls
    enforced_session_controls : ::std::vec::Vec < ::std::string::String >; with_id id :
    ::std::string::String; with_result result : crate
    ::v1::AppliedConditionalAccessPolicyResult; }
);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppliedConditionalAccessPolicy);
#[cfg(msgraph_v1_audit_logs_or_search)]
/// CSDL: `microsoft.graph.appliedConditionalAccessPolicyResult`, enum type.
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AppliedConditionalAccessPolicyResult {
    /// `success` (value 0).
    Success,
    /// `failure` (value 1).
    Failure,
    /// `notApplied` (value 2).
    NotApplied,
    /// `notEnabled` (value 3).
    NotEnabled,
    /// `unknown` (value 4).
    Unknown,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// `reportOnlySuccess` (value 6).
    ReportOnlySuccess,
    /// `reportOnlyFailure` (value 7).
    ReportOnlyFailure,
    /// `reportOnlyNotApplied` (value 8).
    ReportOnlyNotApplied,
    /// `reportOnlyInterrupted` (value 9).
    ReportOnlyInterrupted,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::StrEnum for AppliedConditionalAccessPolicyResult {
    const TYPE_NAME: &'static str = "microsoft.graph.appliedConditionalAccessPolicyResult";
    const MEMBERS: &'static [&'static str] = &[
        "success",
        "failure",
        "notApplied",
        "notEnabled",
        "unknown",
        "unknownFutureValue",
        "reportOnlySuccess",
        "reportOnlyFailure",
        "reportOnlyNotApplied",
        "reportOnlyInterrupted",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "success" => Self::Success,
                "failure" => Self::Failure,
                "notApplied" => Self::NotApplied,
                "notEnabled" => Self::NotEnabled,
                "unknown" => Self::Unknown,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "reportOnlySuccess" => Self::ReportOnlySuccess,
                "reportOnlyFailure" => Self::ReportOnlyFailure,
                "reportOnlyNotApplied" => Self::ReportOnlyNotApplied,
                "reportOnlyInterrupted" => Self::ReportOnlyInterrupted,
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
            Self::Success => "success",
            Self::Failure => "failure",
            Self::NotApplied => "notApplied",
            Self::NotEnabled => "notEnabled",
            Self::Unknown => "unknown",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::ReportOnlySuccess => "reportOnlySuccess",
            Self::ReportOnlyFailure => "reportOnlyFailure",
            Self::ReportOnlyNotApplied => "reportOnlyNotApplied",
            Self::ReportOnlyInterrupted => "reportOnlyInterrupted",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_enum!(AppliedConditionalAccessPolicyResult);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppliedConditionalAccessPolicyResult);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.approval`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ApprovalPath`](requests/trait.ApprovalPath.html), what a path to one (`EntityPath<Approval, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct Approval {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `stages`: `Collection(microsoft.graph.approvalStage)`, not nullable.
    pub stages: rt::Field<::std::vec::Vec<crate::v1::ApprovalStage>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for Approval {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            stages: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for Approval {
    const TYPE_NAME: &'static str = "microsoft.graph.approval";
    const KEYS: &'static [&'static str] = &["id", "stages"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"stages\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.approval\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "stages", &self.stages);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for Approval {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.stages.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.stages);
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(Approval);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    Approval { with_id id : ::std::string::String; with_stages stages : ::std::vec::Vec <
    crate ::v1::ApprovalStage >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Approval);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.approvalFilterByCurrentUserOptions`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ApprovalFilterByCurrentUserOptions {
    /// `target` (value 0).
    Target,
    /// `createdBy` (value 1).
    CreatedBy,
    /// `approver` (value 2).
    Approver,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for ApprovalFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.approvalFilterByCurrentUserOptions";
    const MEMBERS: &'static [&'static str] = &[
        "target",
        "createdBy",
        "approver",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "target" => Self::Target,
                "createdBy" => Self::CreatedBy,
                "approver" => Self::Approver,
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
            Self::Target => "target",
            Self::CreatedBy => "createdBy",
            Self::Approver => "approver",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(ApprovalFilterByCurrentUserOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApprovalFilterByCurrentUserOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.approvalStage`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ApprovalStagePath`](requests/trait.ApprovalStagePath.html), what a path to one (`EntityPath<ApprovalStage, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct ApprovalStage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `assignedToMe`: `Edm.Boolean`, nullable.
    pub assigned_to_me: rt::Field<bool>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `justification`: `Edm.String`, nullable.
    pub justification: rt::Field<::std::string::String>,
    /// CSDL: property `reviewedBy`: `microsoft.graph.identity`, nullable.
    pub reviewed_by: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `reviewedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub reviewed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `reviewResult`: `Edm.String`, nullable.
    pub review_result: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for ApprovalStage {
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
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for ApprovalStage {
    const TYPE_NAME: &'static str = "microsoft.graph.approvalStage";
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
    const TAG: &'static str = "\"#microsoft.graph.approvalStage\"";
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
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for ApprovalStage {
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(ApprovalStage);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    ApprovalStage { with_id id : ::std::string::String; with_assigned_to_me
    assigned_to_me : bool; with_display_name display_name : ::std::string::String;
    with_justification justification : ::std::string::String; with_reviewed_by
    reviewed_by : crate ::v1::AnyIdentity; with_reviewed_date_time reviewed_date_time :
    rt::edm::DateTimeOffset; with_review_result review_result : ::std::string::String;
    with_status status : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApprovalStage);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.approvedClientApp`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ApprovedClientApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ApprovedClientApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ApprovedClientApp {
    const TYPE_NAME: &'static str = "microsoft.graph.approvedClientApp";
    const KEYS: &'static [&'static str] = &["id", "displayName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.approvedClientApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ApprovedClientApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
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
rt::impl_object!(ApprovedClientApp);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ApprovedClientApp { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApprovedClientApp);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.approverInformationVisibility`, enum type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ApproverInformationVisibility {
    /// `default` (value 0).
    Default,
    /// `notVisible` (value 1).
    NotVisible,
    /// `visible` (value 2).
    Visible,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_any_area)]
impl rt::StrEnum for ApproverInformationVisibility {
    const TYPE_NAME: &'static str = "microsoft.graph.approverInformationVisibility";
    const MEMBERS: &'static [&'static str] = &[
        "default",
        "notVisible",
        "visible",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "default" => Self::Default,
                "notVisible" => Self::NotVisible,
                "visible" => Self::Visible,
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
            Self::NotVisible => "notVisible",
            Self::Visible => "visible",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_enum!(ApproverInformationVisibility);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApproverInformationVisibility);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.appsInstallationOptionsForMac`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct AppsInstallationOptionsForMac {
    /// CSDL: property `isMicrosoft365AppsEnabled`: `Edm.Boolean`, not nullable.
    pub is_microsoft365_apps_enabled: rt::Field<bool>,
    /// CSDL: property `isSkypeForBusinessEnabled`: `Edm.Boolean`, not nullable.
    pub is_skype_for_business_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for AppsInstallationOptionsForMac {
    #[inline]
    fn default() -> Self {
        Self {
            is_microsoft365_apps_enabled: rt::Field::Absent,
            is_skype_for_business_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for AppsInstallationOptionsForMac {
    const TYPE_NAME: &'static str = "microsoft.graph.appsInstallationOptionsForMac";
    const KEYS: &'static [&'static str] = &[
        "isMicrosoft365AppsEnabled",
        "isSkypeForBusinessEnabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isMicrosoft365AppsEnabled\":    ",
        ",\"isSkypeForBusinessEnabled\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appsInstallationOptionsForMac\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "is_microsoft365_apps_enabled",
            &self.is_microsoft365_apps_enabled,
        );
        v.field(
            1usize,
            "is_skype_for_business_enabled",
            &self.is_skype_for_business_enabled,
        );
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for AppsInstallationOptionsForMac {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_microsoft365_apps_enabled.read_from(r),
            1usize => self.is_skype_for_business_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_microsoft365_apps_enabled);
        w.field(1usize, &self.is_skype_for_business_enabled);
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
rt::impl_object!(AppsInstallationOptionsForMac);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    AppsInstallationOptionsForMac { with_is_microsoft365_apps_enabled
    is_microsoft365_apps_enabled : bool; with_is_skype_for_business_enabled
    is_skype_for_business_enabled : bool; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppsInstallationOptionsForMac);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.appsInstallationOptionsForWindows`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct AppsInstallationOptionsForWindows {
    /// CSDL: property `isMicrosoft365AppsEnabled`: `Edm.Boolean`, not nullable.
    pub is_microsoft365_apps_enabled: rt::Field<bool>,
    /// CSDL: property `isProjectEnabled`: `Edm.Boolean`, not nullable.
    pub is_project_enabled: rt::Field<bool>,
    /// CSDL: property `isSkypeForBusinessEnabled`: `Edm.Boolean`, not nullable.
    pub is_skype_for_business_enabled: rt::Field<bool>,
    /// CSDL: property `isVisioEnabled`: `Edm.Boolean`, not nullable.
    pub is_visio_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for AppsInstallationOptionsForWindows {
    #[inline]
    fn default() -> Self {
        Self {
            is_microsoft365_apps_enabled: rt::Field::Absent,
            is_project_enabled: rt::Field::Absent,
            is_skype_for_business_enabled: rt::Field::Absent,
            is_visio_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for AppsInstallationOptionsForWindows {
    const TYPE_NAME: &'static str = "microsoft.graph.appsInstallationOptionsForWindows";
    const KEYS: &'static [&'static str] = &[
        "isMicrosoft365AppsEnabled",
        "isProjectEnabled",
        "isSkypeForBusinessEnabled",
        "isVisioEnabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isMicrosoft365AppsEnabled\":    ",
        ",\"isProjectEnabled\":             ",
        ",\"isSkypeForBusinessEnabled\":    ",
        ",\"isVisioEnabled\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appsInstallationOptionsForWindows\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "is_microsoft365_apps_enabled",
            &self.is_microsoft365_apps_enabled,
        );
        v.field(1usize, "is_project_enabled", &self.is_project_enabled);
        v.field(
            2usize,
            "is_skype_for_business_enabled",
            &self.is_skype_for_business_enabled,
        );
        v.field(3usize, "is_visio_enabled", &self.is_visio_enabled);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for AppsInstallationOptionsForWindows {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_microsoft365_apps_enabled.read_from(r),
            1usize => self.is_project_enabled.read_from(r),
            2usize => self.is_skype_for_business_enabled.read_from(r),
            3usize => self.is_visio_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_microsoft365_apps_enabled);
        w.field(1usize, &self.is_project_enabled);
        w.field(2usize, &self.is_skype_for_business_enabled);
        w.field(3usize, &self.is_visio_enabled);
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
rt::impl_object!(AppsInstallationOptionsForWindows);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    AppsInstallationOptionsForWindows { with_is_microsoft365_apps_enabled
    is_microsoft365_apps_enabled : bool; with_is_project_enabled is_project_enabled :
    bool; with_is_skype_for_business_enabled is_skype_for_business_enabled : bool;
    with_is_visio_enabled is_visio_enabled : bool; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppsInstallationOptionsForWindows);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.appsUpdateChannelType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AppsUpdateChannelType {
    /// `current` (value 0).
    Current,
    /// `monthlyEnterprise` (value 1).
    MonthlyEnterprise,
    /// `semiAnnual` (value 2).
    SemiAnnual,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::StrEnum for AppsUpdateChannelType {
    const TYPE_NAME: &'static str = "microsoft.graph.appsUpdateChannelType";
    const MEMBERS: &'static [&'static str] = &[
        "current",
        "monthlyEnterprise",
        "semiAnnual",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "current" => Self::Current,
                "monthlyEnterprise" => Self::MonthlyEnterprise,
                "semiAnnual" => Self::SemiAnnual,
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
            Self::Current => "current",
            Self::MonthlyEnterprise => "monthlyEnterprise",
            Self::SemiAnnual => "semiAnnual",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_enum!(AppsUpdateChannelType);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppsUpdateChannelType);
#[cfg(msgraph_v1_reports)]
/// CSDL: `microsoft.graph.archivedPrintJob`, complex type.
///
/// Features: `v1` or `v1-reports`.
#[derive(Clone)]
pub struct ArchivedPrintJob {
    /// CSDL: property `acquiredByPrinter`: `Edm.Boolean`, not nullable.
    pub acquired_by_printer: rt::Field<bool>,
    /// CSDL: property `acquiredDateTime`: `Edm.DateTimeOffset`, nullable.
    pub acquired_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `completionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completion_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `copiesPrinted`: `Edm.Int32`, not nullable.
    pub copies_printed: rt::Field<i32>,
    /// CSDL: property `createdBy`: `microsoft.graph.userIdentity`, nullable.
    pub created_by: rt::Field<crate::v1::UserIdentity>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `printerId`: `Edm.String`, nullable.
    pub printer_id: rt::Field<::std::string::String>,
    /// CSDL: property `printerName`: `Edm.String`, nullable.
    pub printer_name: rt::Field<::std::string::String>,
    /// CSDL: property `processingState`: `microsoft.graph.printJobProcessingState`, not nullable.
    pub processing_state: rt::Field<crate::v1::PrintJobProcessingState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_reports)]
impl ::std::default::Default for ArchivedPrintJob {
    #[inline]
    fn default() -> Self {
        Self {
            acquired_by_printer: rt::Field::Absent,
            acquired_date_time: rt::Field::Absent,
            completion_date_time: rt::Field::Absent,
            copies_printed: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            id: rt::Field::Absent,
            printer_id: rt::Field::Absent,
            printer_name: rt::Field::Absent,
            processing_state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_reports)]
impl rt::Object for ArchivedPrintJob {
    const TYPE_NAME: &'static str = "microsoft.graph.archivedPrintJob";
    const KEYS: &'static [&'static str] = &[
        "acquiredByPrinter",
        "acquiredDateTime",
        "completionDateTime",
        "copiesPrinted",
        "createdBy",
        "createdDateTime",
        "id",
        "printerId",
        "printerName",
        "processingState",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"acquiredByPrinter\":            ",
        ",\"acquiredDateTime\":             ",
        ",\"completionDateTime\":           ",
        ",\"copiesPrinted\":                ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"id\":                           ",
        ",\"printerId\":                    ",
        ",\"printerName\":                  ",
        ",\"processingState\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.archivedPrintJob\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "acquired_by_printer", &self.acquired_by_printer);
        v.field(1usize, "acquired_date_time", &self.acquired_date_time);
        v.field(2usize, "completion_date_time", &self.completion_date_time);
        v.field(3usize, "copies_printed", &self.copies_printed);
        v.field(4usize, "created_by", &self.created_by);
        v.field(5usize, "created_date_time", &self.created_date_time);
        v.field(6usize, "id", &self.id);
        v.field(7usize, "printer_id", &self.printer_id);
        v.field(8usize, "printer_name", &self.printer_name);
        v.field(9usize, "processing_state", &self.processing_state);
    }
}
#[cfg(msgraph_v1_reports)]
impl rt::object::Members for ArchivedPrintJob {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.acquired_by_printer.read_from(r),
            1usize => self.acquired_date_time.read_from(r),
            2usize => self.completion_date_time.read_from(r),
            3usize => self.copies_printed.read_from(r),
            4usize => self.created_by.read_from(r),
            5usize => self.created_date_time.read_from(r),
            6usize => self.id.read_from(r),
            7usize => self.printer_id.read_from(r),
            8usize => self.printer_name.read_from(r),
            9usize => self.processing_state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.acquired_by_printer);
        w.field(1usize, &self.acquired_date_time);
        w.field(2usize, &self.completion_date_time);
        w.field(3usize, &self.copies_printed);
        w.field(4usize, &self.created_by);
        w.field(5usize, &self.created_date_time);
        w.field(6usize, &self.id);
        w.field(7usize, &self.printer_id);
        w.field(8usize, &self.printer_name);
        w.field(9usize, &self.processing_state);
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
#[cfg(msgraph_v1_reports)]
rt::impl_object!(ArchivedPrintJob);
#[cfg(msgraph_v1_reports)]
rt::impl_setters!(
    ArchivedPrintJob { with_acquired_by_printer acquired_by_printer : bool;
    with_acquired_date_time acquired_date_time : rt::edm::DateTimeOffset;
    with_completion_date_time completion_date_time : rt::edm::DateTimeOffset;
    with_copies_printed copies_printed : i32; with_created_by created_by : crate
    ::v1::UserIdentity; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_id id : ::std::string::String; with_printer_id
    printer_id : ::std::string::String; with_printer_name printer_name :
    ::std::string::String; with_processing_state processing_state : crate
    ::v1::PrintJobProcessingState; }
);
#[cfg(msgraph_v1_reports)]
#[cfg(feature = "serde")]
rt::impl_serde!(ArchivedPrintJob);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.arkoseFraudProtectionProvider`, entity type, derived from `microsoft.graph.fraudProtectionProvider`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct ArkoseFraudProtectionProvider {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `clientSubDomain`: `Edm.String`, not nullable.
    pub client_sub_domain: rt::Field<::std::string::String>,
    /// CSDL: property `privateKey`: `Edm.String`, not nullable.
    pub private_key: rt::Field<::std::string::String>,
    /// CSDL: property `publicKey`: `Edm.String`, not nullable.
    pub public_key: rt::Field<::std::string::String>,
    /// CSDL: property `verifySubDomain`: `Edm.String`, not nullable.
    pub verify_sub_domain: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for ArkoseFraudProtectionProvider {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            client_sub_domain: rt::Field::Absent,
            private_key: rt::Field::Absent,
            public_key: rt::Field::Absent,
            verify_sub_domain: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for ArkoseFraudProtectionProvider {
    const TYPE_NAME: &'static str = "microsoft.graph.arkoseFraudProtectionProvider";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "clientSubDomain",
        "privateKey",
        "publicKey",
        "verifySubDomain",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"clientSubDomain\":              ",
        ",\"privateKey\":                   ",
        ",\"publicKey\":                    ",
        ",\"verifySubDomain\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.arkoseFraudProtectionProvider\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "client_sub_domain", &self.client_sub_domain);
        v.field(3usize, "private_key", &self.private_key);
        v.field(4usize, "public_key", &self.public_key);
        v.field(5usize, "verify_sub_domain", &self.verify_sub_domain);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for ArkoseFraudProtectionProvider {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.client_sub_domain.read_from(r),
            3usize => self.private_key.read_from(r),
            4usize => self.public_key.read_from(r),
            5usize => self.verify_sub_domain.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.client_sub_domain);
        w.field(3usize, &self.private_key);
        w.field(4usize, &self.public_key);
        w.field(5usize, &self.verify_sub_domain);
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(ArkoseFraudProtectionProvider);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    ArkoseFraudProtectionProvider { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_client_sub_domain client_sub_domain :
    ::std::string::String; with_private_key private_key : ::std::string::String;
    with_public_key public_key : ::std::string::String; with_verify_sub_domain
    verify_sub_domain : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ArkoseFraudProtectionProvider);
#[cfg(msgraph_v1_core_or_storage)]
/// CSDL: `microsoft.graph.assignedLabel`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AssignedLabel {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `labelId`: `Edm.String`, nullable.
    pub label_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_storage)]
impl ::std::default::Default for AssignedLabel {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            label_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_storage)]
impl rt::Object for AssignedLabel {
    const TYPE_NAME: &'static str = "microsoft.graph.assignedLabel";
    const KEYS: &'static [&'static str] = &["displayName", "labelId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"labelId\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assignedLabel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "label_id", &self.label_id);
    }
}
#[cfg(msgraph_v1_core_or_storage)]
impl rt::object::Members for AssignedLabel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.label_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.label_id);
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
#[cfg(msgraph_v1_core_or_storage)]
rt::impl_object!(AssignedLabel);
#[cfg(msgraph_v1_core_or_storage)]
rt::impl_setters!(
    AssignedLabel { with_display_name display_name : ::std::string::String; with_label_id
    label_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(AssignedLabel);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.assignedPlaceMode`, complex type, derived from `microsoft.graph.placeMode`.
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone)]
pub struct AssignedPlaceMode {
    /// CSDL: property `assignedUserEmailAddress`: `Edm.String`, nullable.
    pub assigned_user_email_address: rt::Field<::std::string::String>,
    /// CSDL: property `assignedUserId`: `Edm.String`, nullable.
    pub assigned_user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for AssignedPlaceMode {
    #[inline]
    fn default() -> Self {
        Self {
            assigned_user_email_address: rt::Field::Absent,
            assigned_user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::Object for AssignedPlaceMode {
    const TYPE_NAME: &'static str = "microsoft.graph.assignedPlaceMode";
    const KEYS: &'static [&'static str] = &[
        "assignedUserEmailAddress",
        "assignedUserId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"assignedUserEmailAddress\":     ",
        ",\"assignedUserId\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assignedPlaceMode\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "assigned_user_email_address",
            &self.assigned_user_email_address,
        );
        v.field(1usize, "assigned_user_id", &self.assigned_user_id);
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::object::Members for AssignedPlaceMode {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assigned_user_email_address.read_from(r),
            1usize => self.assigned_user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assigned_user_email_address);
        w.field(1usize, &self.assigned_user_id);
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
rt::impl_object!(AssignedPlaceMode);
#[cfg(msgraph_v1_places_or_search)]
rt::impl_setters!(
    AssignedPlaceMode { with_assigned_user_email_address assigned_user_email_address :
    ::std::string::String; with_assigned_user_id assigned_user_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AssignedPlaceMode);
#[cfg(msgraph_v1_core_or_education)]
/// CSDL: `microsoft.graph.assignedPlan`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-education`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_v1_core_or_education)]
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
#[cfg(msgraph_v1_core_or_education)]
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
#[cfg(msgraph_v1_core_or_education)]
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
#[cfg(msgraph_v1_core_or_education)]
rt::impl_object!(AssignedPlan);
#[cfg(msgraph_v1_core_or_education)]
rt::impl_setters!(
    AssignedPlan { with_assigned_date_time assigned_date_time : rt::edm::DateTimeOffset;
    with_capability_status capability_status : ::std::string::String; with_service
    service : ::std::string::String; with_service_plan_id service_plan_id :
    rt::edm::Guid; }
);
#[cfg(msgraph_v1_core_or_education)]
#[cfg(feature = "serde")]
rt::impl_serde!(AssignedPlan);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.assignedTrainingInfo`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AssignedTrainingInfo {
    /// CSDL: property `assignedUserCount`: `Edm.Int32`, nullable.
    pub assigned_user_count: rt::Field<i32>,
    /// CSDL: property `completedUserCount`: `Edm.Int32`, nullable.
    pub completed_user_count: rt::Field<i32>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AssignedTrainingInfo {
    #[inline]
    fn default() -> Self {
        Self {
            assigned_user_count: rt::Field::Absent,
            completed_user_count: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AssignedTrainingInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.assignedTrainingInfo";
    const KEYS: &'static [&'static str] = &[
        "assignedUserCount",
        "completedUserCount",
        "displayName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"assignedUserCount\":            ",
        ",\"completedUserCount\":           ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assignedTrainingInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assigned_user_count", &self.assigned_user_count);
        v.field(1usize, "completed_user_count", &self.completed_user_count);
        v.field(2usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AssignedTrainingInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assigned_user_count.read_from(r),
            1usize => self.completed_user_count.read_from(r),
            2usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assigned_user_count);
        w.field(1usize, &self.completed_user_count);
        w.field(2usize, &self.display_name);
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
rt::impl_object!(AssignedTrainingInfo);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AssignedTrainingInfo { with_assigned_user_count assigned_user_count : i32;
    with_completed_user_count completed_user_count : i32; with_display_name display_name
    : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AssignedTrainingInfo);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.assignmentScheduleInstanceFilterByCurrentUserOptions`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AssignmentScheduleInstanceFilterByCurrentUserOptions {
    /// `principal` (value 1).
    Principal,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for AssignmentScheduleInstanceFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.assignmentScheduleInstanceFilterByCurrentUserOptions";
    const MEMBERS: &'static [&'static str] = &["principal", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "principal" => Self::Principal,
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
            Self::Principal => "principal",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(AssignmentScheduleInstanceFilterByCurrentUserOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AssignmentScheduleInstanceFilterByCurrentUserOptions);
#[cfg(msgraph_v1_employee_experience_or_search)]
/// CSDL: `microsoft.graph.assignmentType`, enum type.
///
/// Features: `v1`, or one of `v1-employee-experience`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AssignmentType {
    /// `required` (value 0).
    Required,
    /// `recommended` (value 1).
    Recommended,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// `peerRecommended` (value 3).
    PeerRecommended,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl rt::StrEnum for AssignmentType {
    const TYPE_NAME: &'static str = "microsoft.graph.assignmentType";
    const MEMBERS: &'static [&'static str] = &[
        "required",
        "recommended",
        "unknownFutureValue",
        "peerRecommended",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "required" => Self::Required,
                "recommended" => Self::Recommended,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "peerRecommended" => Self::PeerRecommended,
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
            Self::Required => "required",
            Self::Recommended => "recommended",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::PeerRecommended => "peerRecommended",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
rt::impl_enum!(AssignmentType);
#[cfg(msgraph_v1_employee_experience_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AssignmentType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.attachment`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Attachment {
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
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Attachment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content_type: rt::Field::Absent,
            is_inline: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            size: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Attachment {
    const TYPE_NAME: &'static str = "microsoft.graph.attachment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "contentType",
        "isInline",
        "lastModifiedDateTime",
        "name",
        "size",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"contentType\":                  ",
        ",\"isInline\":                     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"name\":                         ",
        ",\"size\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attachment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content_type", &self.content_type);
        v.field(2usize, "is_inline", &self.is_inline);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "size", &self.size);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Attachment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content_type.read_from(r),
            2usize => self.is_inline.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.size.read_from(r),
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
rt::impl_object!(Attachment);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Attachment { with_id id : ::std::string::String; with_content_type content_type :
    ::std::string::String; with_is_inline is_inline : bool; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_name name :
    ::std::string::String; with_size size : i32; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Attachment);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.attachment` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAttachment {
    Attachment(::std::boxed::Box<crate::v1::Attachment>),
    FileAttachment(::std::boxed::Box<crate::v1::FileAttachment>),
    ItemAttachment(::std::boxed::Box<crate::v1::ItemAttachment>),
    ReferenceAttachment(::std::boxed::Box<crate::v1::ReferenceAttachment>),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyAttachment {
    #[inline]
    fn default() -> Self {
        Self::Attachment(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Attachment> for AnyAttachment {
    #[inline]
    fn from(v: crate::v1::Attachment) -> Self {
        Self::Attachment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::FileAttachment> for AnyAttachment {
    #[inline]
    fn from(v: crate::v1::FileAttachment) -> Self {
        Self::FileAttachment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ItemAttachment> for AnyAttachment {
    #[inline]
    fn from(v: crate::v1::ItemAttachment) -> Self {
        Self::ItemAttachment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ReferenceAttachment> for AnyAttachment {
    #[inline]
    fn from(v: crate::v1::ReferenceAttachment) -> Self {
        Self::ReferenceAttachment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyAttachment {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyAttachment {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyAttachment {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyAttachment {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyAttachment {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::Attachment>();
    rt::object::auto_traits::<crate::v1::FileAttachment>();
    rt::object::auto_traits::<crate::v1::ItemAttachment>();
    rt::object::auto_traits::<crate::v1::ReferenceAttachment>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyAttachment {
    const BASE_NAME: &'static str = "microsoft.graph.attachment";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.fileAttachment") => {
                Self::FileAttachment(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.itemAttachment") => {
                Self::ItemAttachment(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.referenceAttachment") => {
                Self::ReferenceAttachment(rt::object::new_boxed())
            }
            _ => Self::Attachment(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Attachment(v) => &**v,
            Self::FileAttachment(v) => &**v,
            Self::ItemAttachment(v) => &**v,
            Self::ReferenceAttachment(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Attachment(v) => &mut **v,
            Self::FileAttachment(v) => &mut **v,
            Self::ItemAttachment(v) => &mut **v,
            Self::ReferenceAttachment(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyAttachment {
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
            Self::Attachment(v) => &v.id,
            Self::FileAttachment(v) => &v.id,
            Self::ItemAttachment(v) => &v.id,
            Self::ReferenceAttachment(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Attachment(v) => &mut v.id,
            Self::FileAttachment(v) => &mut v.id,
            Self::ItemAttachment(v) => &mut v.id,
            Self::ReferenceAttachment(v) => &mut v.id,
        }
    }
    /// `contentType` of any variant.
    #[inline]
    pub fn content_type(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Attachment(v) => &v.content_type,
            Self::FileAttachment(v) => &v.content_type,
            Self::ItemAttachment(v) => &v.content_type,
            Self::ReferenceAttachment(v) => &v.content_type,
        }
    }
    /// `contentType` of any variant.
    #[inline]
    pub fn content_type_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Attachment(v) => &mut v.content_type,
            Self::FileAttachment(v) => &mut v.content_type,
            Self::ItemAttachment(v) => &mut v.content_type,
            Self::ReferenceAttachment(v) => &mut v.content_type,
        }
    }
    /// `isInline` of any variant.
    #[inline]
    pub fn is_inline(&self) -> &rt::Field<bool> {
        match self {
            Self::Attachment(v) => &v.is_inline,
            Self::FileAttachment(v) => &v.is_inline,
            Self::ItemAttachment(v) => &v.is_inline,
            Self::ReferenceAttachment(v) => &v.is_inline,
        }
    }
    /// `isInline` of any variant.
    #[inline]
    pub fn is_inline_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::Attachment(v) => &mut v.is_inline,
            Self::FileAttachment(v) => &mut v.is_inline,
            Self::ItemAttachment(v) => &mut v.is_inline,
            Self::ReferenceAttachment(v) => &mut v.is_inline,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Attachment(v) => &v.last_modified_date_time,
            Self::FileAttachment(v) => &v.last_modified_date_time,
            Self::ItemAttachment(v) => &v.last_modified_date_time,
            Self::ReferenceAttachment(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Attachment(v) => &mut v.last_modified_date_time,
            Self::FileAttachment(v) => &mut v.last_modified_date_time,
            Self::ItemAttachment(v) => &mut v.last_modified_date_time,
            Self::ReferenceAttachment(v) => &mut v.last_modified_date_time,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Attachment(v) => &v.name,
            Self::FileAttachment(v) => &v.name,
            Self::ItemAttachment(v) => &v.name,
            Self::ReferenceAttachment(v) => &v.name,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Attachment(v) => &mut v.name,
            Self::FileAttachment(v) => &mut v.name,
            Self::ItemAttachment(v) => &mut v.name,
            Self::ReferenceAttachment(v) => &mut v.name,
        }
    }
    /// `size` of any variant.
    #[inline]
    pub fn size(&self) -> &rt::Field<i32> {
        match self {
            Self::Attachment(v) => &v.size,
            Self::FileAttachment(v) => &v.size,
            Self::ItemAttachment(v) => &v.size,
            Self::ReferenceAttachment(v) => &v.size,
        }
    }
    /// `size` of any variant.
    #[inline]
    pub fn size_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::Attachment(v) => &mut v.size,
            Self::FileAttachment(v) => &mut v.size,
            Self::ItemAttachment(v) => &mut v.size,
            Self::ReferenceAttachment(v) => &mut v.size,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyAttachment);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAttachment);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.attachmentBase`, entity type, derived from `microsoft.graph.entity`, abstract, media entity, key `id`.
///
/// Request builders: [`AttachmentBasePath`](requests/trait.AttachmentBasePath.html), what a path to one (`EntityPath<AnyAttachmentBase, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttachmentBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `contentType`: `Edm.String`, nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `size`: `Edm.Int32`, not nullable.
    pub size: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AttachmentBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content_type: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            size: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AttachmentBase {
    const TYPE_NAME: &'static str = "microsoft.graph.attachmentBase";
    const KEYS: &'static [&'static str] = &[
        "id",
        "contentType",
        "lastModifiedDateTime",
        "name",
        "size",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"contentType\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"name\":                         ",
        ",\"size\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attachmentBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content_type", &self.content_type);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "name", &self.name);
        v.field(4usize, "size", &self.size);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AttachmentBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content_type.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.name.read_from(r),
            4usize => self.size.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content_type);
        w.field(2usize, &self.last_modified_date_time);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(AttachmentBase);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AttachmentBase { with_id id : ::std::string::String; with_content_type content_type :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_name name : ::std::string::String; with_size size :
    i32; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttachmentBase);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.attachmentBase` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAttachmentBase {
    AttachmentBase(::std::boxed::Box<crate::v1::AttachmentBase>),
    TaskFileAttachment(::std::boxed::Box<crate::v1::TaskFileAttachment>),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyAttachmentBase {
    #[inline]
    fn default() -> Self {
        Self::AttachmentBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AttachmentBase> for AnyAttachmentBase {
    #[inline]
    fn from(v: crate::v1::AttachmentBase) -> Self {
        Self::AttachmentBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TaskFileAttachment> for AnyAttachmentBase {
    #[inline]
    fn from(v: crate::v1::TaskFileAttachment) -> Self {
        Self::TaskFileAttachment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyAttachmentBase {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyAttachmentBase {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyAttachmentBase {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyAttachmentBase {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyAttachmentBase {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::AttachmentBase>();
    rt::object::auto_traits::<crate::v1::TaskFileAttachment>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyAttachmentBase {
    const BASE_NAME: &'static str = "microsoft.graph.attachmentBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.taskFileAttachment") => {
                Self::TaskFileAttachment(rt::object::new_boxed())
            }
            _ => Self::AttachmentBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AttachmentBase(v) => &**v,
            Self::TaskFileAttachment(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AttachmentBase(v) => &mut **v,
            Self::TaskFileAttachment(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyAttachmentBase {
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
            Self::AttachmentBase(v) => &v.id,
            Self::TaskFileAttachment(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AttachmentBase(v) => &mut v.id,
            Self::TaskFileAttachment(v) => &mut v.id,
        }
    }
    /// `contentType` of any variant.
    #[inline]
    pub fn content_type(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AttachmentBase(v) => &v.content_type,
            Self::TaskFileAttachment(v) => &v.content_type,
        }
    }
    /// `contentType` of any variant.
    #[inline]
    pub fn content_type_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AttachmentBase(v) => &mut v.content_type,
            Self::TaskFileAttachment(v) => &mut v.content_type,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AttachmentBase(v) => &v.last_modified_date_time,
            Self::TaskFileAttachment(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AttachmentBase(v) => &mut v.last_modified_date_time,
            Self::TaskFileAttachment(v) => &mut v.last_modified_date_time,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AttachmentBase(v) => &v.name,
            Self::TaskFileAttachment(v) => &v.name,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AttachmentBase(v) => &mut v.name,
            Self::TaskFileAttachment(v) => &mut v.name,
        }
    }
    /// `size` of any variant.
    #[inline]
    pub fn size(&self) -> &rt::Field<i32> {
        match self {
            Self::AttachmentBase(v) => &v.size,
            Self::TaskFileAttachment(v) => &v.size,
        }
    }
    /// `size` of any variant.
    #[inline]
    pub fn size_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AttachmentBase(v) => &mut v.size,
            Self::TaskFileAttachment(v) => &mut v.size,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyAttachmentBase);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAttachmentBase);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.attachmentSession`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AttachmentSessionPath`](requests/trait.AttachmentSessionPath.html), what a path to one (`EntityPath<AttachmentSession, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttachmentSession {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `content`: `Edm.Stream`, nullable.
    pub content: rt::Field<rt::RawJson>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `nextExpectedRanges`: `Collection(Edm.String)`, nullable.
    pub next_expected_ranges: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AttachmentSession {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            next_expected_ranges: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AttachmentSession {
    const TYPE_NAME: &'static str = "microsoft.graph.attachmentSession";
    const KEYS: &'static [&'static str] = &[
        "id",
        "content",
        "expirationDateTime",
        "nextExpectedRanges",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"content\":                      ",
        ",\"expirationDateTime\":           ",
        ",\"nextExpectedRanges\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attachmentSession\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content", &self.content);
        v.field(2usize, "expiration_date_time", &self.expiration_date_time);
        v.field(3usize, "next_expected_ranges", &self.next_expected_ranges);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AttachmentSession {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content.read_from(r),
            2usize => self.expiration_date_time.read_from(r),
            3usize => self.next_expected_ranges.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content);
        w.field(2usize, &self.expiration_date_time);
        w.field(3usize, &self.next_expected_ranges);
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
rt::impl_object!(AttachmentSession);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AttachmentSession { with_id id : ::std::string::String; with_content content :
    rt::RawJson; with_expiration_date_time expiration_date_time :
    rt::edm::DateTimeOffset; with_next_expected_ranges next_expected_ranges :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttachmentSession);
#[cfg(msgraph_v1_reports_or_search)]
/// CSDL: `microsoft.graph.attackSimulationRepeatOffender`, complex type.
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone)]
pub struct AttackSimulationRepeatOffender {
    /// CSDL: property `attackSimulationUser`: `microsoft.graph.attackSimulationUser`, nullable.
    pub attack_simulation_user: rt::Field<crate::v1::AttackSimulationUser>,
    /// CSDL: property `repeatOffenceCount`: `Edm.Int32`, nullable.
    pub repeat_offence_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_reports_or_search)]
impl ::std::default::Default for AttackSimulationRepeatOffender {
    #[inline]
    fn default() -> Self {
        Self {
            attack_simulation_user: rt::Field::Absent,
            repeat_offence_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::Object for AttackSimulationRepeatOffender {
    const TYPE_NAME: &'static str = "microsoft.graph.attackSimulationRepeatOffender";
    const KEYS: &'static [&'static str] = &[
        "attackSimulationUser",
        "repeatOffenceCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attackSimulationUser\":         ",
        ",\"repeatOffenceCount\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attackSimulationRepeatOffender\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attack_simulation_user", &self.attack_simulation_user);
        v.field(1usize, "repeat_offence_count", &self.repeat_offence_count);
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::object::Members for AttackSimulationRepeatOffender {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attack_simulation_user.read_from(r),
            1usize => self.repeat_offence_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attack_simulation_user);
        w.field(1usize, &self.repeat_offence_count);
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
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_object!(AttackSimulationRepeatOffender);
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_setters!(
    AttackSimulationRepeatOffender { with_attack_simulation_user attack_simulation_user :
    crate ::v1::AttackSimulationUser; with_repeat_offence_count repeat_offence_count :
    i32; }
);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttackSimulationRepeatOffender);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.attackSimulationRoot`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`AttackSimulationRootPath`](requests/trait.AttackSimulationRootPath.html), what a path to one (`EntityPath<AttackSimulationRoot, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AttackSimulationRoot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `endUserNotifications`: `Collection(microsoft.graph.endUserNotification)`, not nullable.
    pub end_user_notifications: rt::Field<
        ::std::vec::Vec<crate::v1::EndUserNotification>,
    >,
    /// CSDL: containment navigation property `landingPages`: `Collection(microsoft.graph.landingPage)`, not nullable.
    pub landing_pages: rt::Field<::std::vec::Vec<crate::v1::LandingPage>>,
    /// CSDL: containment navigation property `loginPages`: `Collection(microsoft.graph.loginPage)`, not nullable.
    pub login_pages: rt::Field<::std::vec::Vec<crate::v1::LoginPage>>,
    /// CSDL: containment navigation property `operations`: `Collection(microsoft.graph.attackSimulationOperation)`, not nullable.
    pub operations: rt::Field<::std::vec::Vec<crate::v1::AttackSimulationOperation>>,
    /// CSDL: containment navigation property `payloads`: `Collection(microsoft.graph.payload)`, not nullable.
    pub payloads: rt::Field<::std::vec::Vec<crate::v1::Payload>>,
    /// CSDL: containment navigation property `simulationAutomations`: `Collection(microsoft.graph.simulationAutomation)`, not nullable.
    pub simulation_automations: rt::Field<
        ::std::vec::Vec<crate::v1::SimulationAutomation>,
    >,
    /// CSDL: containment navigation property `simulations`: `Collection(microsoft.graph.simulation)`, not nullable.
    pub simulations: rt::Field<::std::vec::Vec<crate::v1::Simulation>>,
    /// CSDL: containment navigation property `trainings`: `Collection(microsoft.graph.training)`, not nullable.
    pub trainings: rt::Field<::std::vec::Vec<crate::v1::Training>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AttackSimulationRoot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            end_user_notifications: rt::Field::Absent,
            landing_pages: rt::Field::Absent,
            login_pages: rt::Field::Absent,
            operations: rt::Field::Absent,
            payloads: rt::Field::Absent,
            simulation_automations: rt::Field::Absent,
            simulations: rt::Field::Absent,
            trainings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AttackSimulationRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.attackSimulationRoot";
    const KEYS: &'static [&'static str] = &[
        "id",
        "endUserNotifications",
        "landingPages",
        "loginPages",
        "operations",
        "payloads",
        "simulationAutomations",
        "simulations",
        "trainings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"endUserNotifications\":         ",
        ",\"landingPages\":                 ",
        ",\"loginPages\":                   ",
        ",\"operations\":                   ",
        ",\"payloads\":                     ",
        ",\"simulationAutomations\":        ",
        ",\"simulations\":                  ",
        ",\"trainings\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attackSimulationRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "end_user_notifications", &self.end_user_notifications);
        v.field(2usize, "landing_pages", &self.landing_pages);
        v.field(3usize, "login_pages", &self.login_pages);
        v.field(4usize, "operations", &self.operations);
        v.field(5usize, "payloads", &self.payloads);
        v.field(6usize, "simulation_automations", &self.simulation_automations);
        v.field(7usize, "simulations", &self.simulations);
        v.field(8usize, "trainings", &self.trainings);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AttackSimulationRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.end_user_notifications.read_from(r),
            2usize => self.landing_pages.read_from(r),
            3usize => self.login_pages.read_from(r),
            4usize => self.operations.read_from(r),
            5usize => self.payloads.read_from(r),
            6usize => self.simulation_automations.read_from(r),
            7usize => self.simulations.read_from(r),
            8usize => self.trainings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.end_user_notifications);
        w.field(2usize, &self.landing_pages);
        w.field(3usize, &self.login_pages);
        w.field(4usize, &self.operations);
        w.field(5usize, &self.payloads);
        w.field(6usize, &self.simulation_automations);
        w.field(7usize, &self.simulations);
        w.field(8usize, &self.trainings);
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
rt::impl_object!(AttackSimulationRoot);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AttackSimulationRoot { with_id id : ::std::string::String;
    with_end_user_notifications end_user_notifications : ::std::vec::Vec < crate
    ::v1::EndUserNotification >; with_landing_pages landing_pages : ::std::vec::Vec <
    crate ::v1::LandingPage >; with_login_pages login_pages : ::std::vec::Vec < crate
    ::v1::LoginPage >; with_operations operations : ::std::vec::Vec < crate
    ::v1::AttackSimulationOperation >; with_payloads payloads : ::std::vec::Vec < crate
    ::v1::Payload >; with_simulation_automations simulation_automations : ::std::vec::Vec
    < crate ::v1::SimulationAutomation >; with_simulations simulations : ::std::vec::Vec
    < crate ::v1::Simulation >; with_trainings trainings : ::std::vec::Vec < crate
    ::v1::Training >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttackSimulationRoot);
#[cfg(msgraph_v1_reports_or_search)]
/// CSDL: `microsoft.graph.attackSimulationTrainingUserCoverage`, complex type.
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone)]
pub struct AttackSimulationTrainingUserCoverage {
    /// CSDL: property `attackSimulationUser`: `microsoft.graph.attackSimulationUser`, nullable.
    pub attack_simulation_user: rt::Field<crate::v1::AttackSimulationUser>,
    /// CSDL: property `userTrainings`: `Collection(microsoft.graph.userTrainingStatusInfo)`, nullable.
    pub user_trainings: rt::Field<::std::vec::Vec<crate::v1::UserTrainingStatusInfo>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_reports_or_search)]
impl ::std::default::Default for AttackSimulationTrainingUserCoverage {
    #[inline]
    fn default() -> Self {
        Self {
            attack_simulation_user: rt::Field::Absent,
            user_trainings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::Object for AttackSimulationTrainingUserCoverage {
    const TYPE_NAME: &'static str = "microsoft.graph.attackSimulationTrainingUserCoverage";
    const KEYS: &'static [&'static str] = &["attackSimulationUser", "userTrainings"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attackSimulationUser\":         ",
        ",\"userTrainings\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attackSimulationTrainingUserCoverage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attack_simulation_user", &self.attack_simulation_user);
        v.field(1usize, "user_trainings", &self.user_trainings);
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::object::Members for AttackSimulationTrainingUserCoverage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attack_simulation_user.read_from(r),
            1usize => self.user_trainings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attack_simulation_user);
        w.field(1usize, &self.user_trainings);
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
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_object!(AttackSimulationTrainingUserCoverage);
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_setters!(
    AttackSimulationTrainingUserCoverage { with_attack_simulation_user
    attack_simulation_user : crate ::v1::AttackSimulationUser; with_user_trainings
    user_trainings : ::std::vec::Vec < crate ::v1::UserTrainingStatusInfo >; }
);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttackSimulationTrainingUserCoverage);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.attestationLevel`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AttestationLevel {
    /// `attested` (value 0).
    Attested,
    /// `notAttested` (value 1).
    NotAttested,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for AttestationLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.attestationLevel";
    const MEMBERS: &'static [&'static str] = &[
        "attested",
        "notAttested",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "attested" => Self::Attested,
                "notAttested" => Self::NotAttested,
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
            Self::Attested => "attested",
            Self::NotAttested => "notAttested",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(AttestationLevel);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttestationLevel);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.attributeDefinition`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttributeDefinition {
    /// CSDL: property `anchor`: `Edm.Boolean`, not nullable.
    pub anchor: rt::Field<bool>,
    /// CSDL: property `apiExpressions`: `Collection(microsoft.graph.stringKeyStringValuePair)`, nullable.
    pub api_expressions: rt::Field<::std::vec::Vec<crate::v1::StringKeyStringValuePair>>,
    /// CSDL: property `caseExact`: `Edm.Boolean`, not nullable.
    pub case_exact: rt::Field<bool>,
    /// CSDL: property `defaultValue`: `Edm.String`, nullable.
    pub default_value: rt::Field<::std::string::String>,
    /// CSDL: property `flowNullValues`: `Edm.Boolean`, not nullable.
    pub flow_null_values: rt::Field<bool>,
    /// CSDL: property `metadata`: `Collection(microsoft.graph.attributeDefinitionMetadataEntry)`, nullable.
    pub metadata: rt::Field<
        ::std::vec::Vec<crate::v1::AttributeDefinitionMetadataEntry>,
    >,
    /// CSDL: property `multivalued`: `Edm.Boolean`, not nullable.
    pub multivalued: rt::Field<bool>,
    /// CSDL: property `mutability`: `microsoft.graph.mutability`, not nullable.
    pub mutability: rt::Field<crate::v1::Mutability>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `referencedObjects`: `Collection(microsoft.graph.referencedObject)`, nullable.
    pub referenced_objects: rt::Field<::std::vec::Vec<crate::v1::ReferencedObject>>,
    /// CSDL: property `required`: `Edm.Boolean`, not nullable.
    pub required: rt::Field<bool>,
    /// CSDL: property `type`: `microsoft.graph.attributeType`, not nullable.
    pub type_: rt::Field<crate::v1::AttributeType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AttributeDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            anchor: rt::Field::Absent,
            api_expressions: rt::Field::Absent,
            case_exact: rt::Field::Absent,
            default_value: rt::Field::Absent,
            flow_null_values: rt::Field::Absent,
            metadata: rt::Field::Absent,
            multivalued: rt::Field::Absent,
            mutability: rt::Field::Absent,
            name: rt::Field::Absent,
            referenced_objects: rt::Field::Absent,
            required: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AttributeDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.attributeDefinition";
    const KEYS: &'static [&'static str] = &[
        "anchor",
        "apiExpressions",
        "caseExact",
        "defaultValue",
        "flowNullValues",
        "metadata",
        "multivalued",
        "mutability",
        "name",
        "referencedObjects",
        "required",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"anchor\":                       ",
        ",\"apiExpressions\":               ",
        ",\"caseExact\":                    ",
        ",\"defaultValue\":                 ",
        ",\"flowNullValues\":               ",
        ",\"metadata\":                     ",
        ",\"multivalued\":                  ",
        ",\"mutability\":                   ",
        ",\"name\":                         ",
        ",\"referencedObjects\":            ",
        ",\"required\":                     ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attributeDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "anchor", &self.anchor);
        v.field(1usize, "api_expressions", &self.api_expressions);
        v.field(2usize, "case_exact", &self.case_exact);
        v.field(3usize, "default_value", &self.default_value);
        v.field(4usize, "flow_null_values", &self.flow_null_values);
        v.field(5usize, "metadata", &self.metadata);
        v.field(6usize, "multivalued", &self.multivalued);
        v.field(7usize, "mutability", &self.mutability);
        v.field(8usize, "name", &self.name);
        v.field(9usize, "referenced_objects", &self.referenced_objects);
        v.field(10usize, "required", &self.required);
        v.field(11usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AttributeDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.anchor.read_from(r),
            1usize => self.api_expressions.read_from(r),
            2usize => self.case_exact.read_from(r),
            3usize => self.default_value.read_from(r),
            4usize => self.flow_null_values.read_from(r),
            5usize => self.metadata.read_from(r),
            6usize => self.multivalued.read_from(r),
            7usize => self.mutability.read_from(r),
            8usize => self.name.read_from(r),
            9usize => self.referenced_objects.read_from(r),
            10usize => self.required.read_from(r),
            11usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.anchor);
        w.field(1usize, &self.api_expressions);
        w.field(2usize, &self.case_exact);
        w.field(3usize, &self.default_value);
        w.field(4usize, &self.flow_null_values);
        w.field(5usize, &self.metadata);
        w.field(6usize, &self.multivalued);
        w.field(7usize, &self.mutability);
        w.field(8usize, &self.name);
        w.field(9usize, &self.referenced_objects);
        w.field(10usize, &self.required);
        w.field(11usize, &self.type_);
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
rt::impl_object!(AttributeDefinition);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AttributeDefinition { with_anchor anchor : bool; with_api_expressions api_expressions
    : ::std::vec::Vec < crate ::v1::StringKeyStringValuePair >; with_case_exact
    case_exact : bool; with_default_value default_value : ::std::string::String;
    with_flow_null_values flow_null_values : bool; with_metadata metadata :
    ::std::vec::Vec < crate ::v1::AttributeDefinitionMetadataEntry >; with_multivalued
    multivalued : bool; with_mutability mutability : crate ::v1::Mutability; with_name
    name : ::std::string::String; with_referenced_objects referenced_objects :
    ::std::vec::Vec < crate ::v1::ReferencedObject >; with_required required : bool;
    with_type type_ : crate ::v1::AttributeType; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttributeDefinition);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.attributeDefinitionMetadata`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AttributeDefinitionMetadata {
    /// `BaseAttributeName` (value 0).
    BaseAttributeName,
    /// `ComplexObjectDefinition` (value 1).
    ComplexObjectDefinition,
    /// `IsContainer` (value 2).
    IsContainer,
    /// `IsCustomerDefined` (value 3).
    IsCustomerDefined,
    /// `IsDomainQualified` (value 4).
    IsDomainQualified,
    /// `LinkPropertyNames` (value 5).
    LinkPropertyNames,
    /// `LinkTypeName` (value 6).
    LinkTypeName,
    /// `MaximumLength` (value 7).
    MaximumLength,
    /// `ReferencedProperty` (value 8).
    ReferencedProperty,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for AttributeDefinitionMetadata {
    const TYPE_NAME: &'static str = "microsoft.graph.attributeDefinitionMetadata";
    const MEMBERS: &'static [&'static str] = &[
        "BaseAttributeName",
        "ComplexObjectDefinition",
        "IsContainer",
        "IsCustomerDefined",
        "IsDomainQualified",
        "LinkPropertyNames",
        "LinkTypeName",
        "MaximumLength",
        "ReferencedProperty",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "BaseAttributeName" => Self::BaseAttributeName,
                "ComplexObjectDefinition" => Self::ComplexObjectDefinition,
                "IsContainer" => Self::IsContainer,
                "IsCustomerDefined" => Self::IsCustomerDefined,
                "IsDomainQualified" => Self::IsDomainQualified,
                "LinkPropertyNames" => Self::LinkPropertyNames,
                "LinkTypeName" => Self::LinkTypeName,
                "MaximumLength" => Self::MaximumLength,
                "ReferencedProperty" => Self::ReferencedProperty,
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
            Self::BaseAttributeName => "BaseAttributeName",
            Self::ComplexObjectDefinition => "ComplexObjectDefinition",
            Self::IsContainer => "IsContainer",
            Self::IsCustomerDefined => "IsCustomerDefined",
            Self::IsDomainQualified => "IsDomainQualified",
            Self::LinkPropertyNames => "LinkPropertyNames",
            Self::LinkTypeName => "LinkTypeName",
            Self::MaximumLength => "MaximumLength",
            Self::ReferencedProperty => "ReferencedProperty",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(AttributeDefinitionMetadata);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttributeDefinitionMetadata);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.attributeDefinitionMetadataEntry`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttributeDefinitionMetadataEntry {
    /// CSDL: property `key`: `microsoft.graph.attributeDefinitionMetadata`, nullable.
    pub key: rt::Field<crate::v1::AttributeDefinitionMetadata>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AttributeDefinitionMetadataEntry {
    #[inline]
    fn default() -> Self {
        Self {
            key: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AttributeDefinitionMetadataEntry {
    const TYPE_NAME: &'static str = "microsoft.graph.attributeDefinitionMetadataEntry";
    const KEYS: &'static [&'static str] = &["key", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"key\":                          ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attributeDefinitionMetadataEntry\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AttributeDefinitionMetadataEntry {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key);
        w.field(1usize, &self.value);
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
rt::impl_object!(AttributeDefinitionMetadataEntry);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AttributeDefinitionMetadataEntry { with_key key : crate
    ::v1::AttributeDefinitionMetadata; with_value value : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttributeDefinitionMetadataEntry);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.attributeFlowBehavior`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AttributeFlowBehavior {
    /// `FlowWhenChanged` (value 0).
    FlowWhenChanged,
    /// `FlowAlways` (value 1).
    FlowAlways,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for AttributeFlowBehavior {
    const TYPE_NAME: &'static str = "microsoft.graph.attributeFlowBehavior";
    const MEMBERS: &'static [&'static str] = &["FlowWhenChanged", "FlowAlways"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "FlowWhenChanged" => Self::FlowWhenChanged,
                "FlowAlways" => Self::FlowAlways,
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
            Self::FlowWhenChanged => "FlowWhenChanged",
            Self::FlowAlways => "FlowAlways",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(AttributeFlowBehavior);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttributeFlowBehavior);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.attributeFlowType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AttributeFlowType {
    /// `Always` (value 0).
    Always,
    /// `ObjectAddOnly` (value 1).
    ObjectAddOnly,
    /// `MultiValueAddOnly` (value 2).
    MultiValueAddOnly,
    /// `ValueAddOnly` (value 3).
    ValueAddOnly,
    /// `AttributeAddOnly` (value 4).
    AttributeAddOnly,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for AttributeFlowType {
    const TYPE_NAME: &'static str = "microsoft.graph.attributeFlowType";
    const MEMBERS: &'static [&'static str] = &[
        "Always",
        "ObjectAddOnly",
        "MultiValueAddOnly",
        "ValueAddOnly",
        "AttributeAddOnly",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "Always" => Self::Always,
                "ObjectAddOnly" => Self::ObjectAddOnly,
                "MultiValueAddOnly" => Self::MultiValueAddOnly,
                "ValueAddOnly" => Self::ValueAddOnly,
                "AttributeAddOnly" => Self::AttributeAddOnly,
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
            Self::Always => "Always",
            Self::ObjectAddOnly => "ObjectAddOnly",
            Self::MultiValueAddOnly => "MultiValueAddOnly",
            Self::ValueAddOnly => "ValueAddOnly",
            Self::AttributeAddOnly => "AttributeAddOnly",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(AttributeFlowType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttributeFlowType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.attributeMapping`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttributeMapping {
    /// CSDL: property `defaultValue`: `Edm.String`, nullable.
    pub default_value: rt::Field<::std::string::String>,
    /// CSDL: property `exportMissingReferences`: `Edm.Boolean`, not nullable.
    pub export_missing_references: rt::Field<bool>,
    /// CSDL: property `flowBehavior`: `microsoft.graph.attributeFlowBehavior`, not nullable.
    pub flow_behavior: rt::Field<crate::v1::AttributeFlowBehavior>,
    /// CSDL: property `flowType`: `microsoft.graph.attributeFlowType`, not nullable.
    pub flow_type: rt::Field<crate::v1::AttributeFlowType>,
    /// CSDL: property `matchingPriority`: `Edm.Int32`, not nullable.
    pub matching_priority: rt::Field<i32>,
    /// CSDL: property `source`: `microsoft.graph.attributeMappingSource`, nullable.
    pub source: rt::Field<crate::v1::AttributeMappingSource>,
    /// CSDL: property `targetAttributeName`: `Edm.String`, nullable.
    pub target_attribute_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AttributeMapping {
    #[inline]
    fn default() -> Self {
        Self {
            default_value: rt::Field::Absent,
            export_missing_references: rt::Field::Absent,
            flow_behavior: rt::Field::Absent,
            flow_type: rt::Field::Absent,
            matching_priority: rt::Field::Absent,
            source: rt::Field::Absent,
            target_attribute_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AttributeMapping {
    const TYPE_NAME: &'static str = "microsoft.graph.attributeMapping";
    const KEYS: &'static [&'static str] = &[
        "defaultValue",
        "exportMissingReferences",
        "flowBehavior",
        "flowType",
        "matchingPriority",
        "source",
        "targetAttributeName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"defaultValue\":                 ",
        ",\"exportMissingReferences\":      ",
        ",\"flowBehavior\":                 ",
        ",\"flowType\":                     ",
        ",\"matchingPriority\":             ",
        ",\"source\":                       ",
        ",\"targetAttributeName\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attributeMapping\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "default_value", &self.default_value);
        v.field(1usize, "export_missing_references", &self.export_missing_references);
        v.field(2usize, "flow_behavior", &self.flow_behavior);
        v.field(3usize, "flow_type", &self.flow_type);
        v.field(4usize, "matching_priority", &self.matching_priority);
        v.field(5usize, "source", &self.source);
        v.field(6usize, "target_attribute_name", &self.target_attribute_name);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AttributeMapping {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.default_value.read_from(r),
            1usize => self.export_missing_references.read_from(r),
            2usize => self.flow_behavior.read_from(r),
            3usize => self.flow_type.read_from(r),
            4usize => self.matching_priority.read_from(r),
            5usize => self.source.read_from(r),
            6usize => self.target_attribute_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.default_value);
        w.field(1usize, &self.export_missing_references);
        w.field(2usize, &self.flow_behavior);
        w.field(3usize, &self.flow_type);
        w.field(4usize, &self.matching_priority);
        w.field(5usize, &self.source);
        w.field(6usize, &self.target_attribute_name);
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
rt::impl_object!(AttributeMapping);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AttributeMapping { with_default_value default_value : ::std::string::String;
    with_export_missing_references export_missing_references : bool; with_flow_behavior
    flow_behavior : crate ::v1::AttributeFlowBehavior; with_flow_type flow_type : crate
    ::v1::AttributeFlowType; with_matching_priority matching_priority : i32; with_source
    source : crate ::v1::AttributeMappingSource; with_target_attribute_name
    target_attribute_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttributeMapping);
#[cfg(msgraph_v1_core_or_functions)]
/// CSDL: `microsoft.graph.attributeMappingFunctionSchema`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-functions`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttributeMappingFunctionSchema {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `parameters`: `Collection(microsoft.graph.attributeMappingParameterSchema)`, nullable.
    pub parameters: rt::Field<
        ::std::vec::Vec<crate::v1::AttributeMappingParameterSchema>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_functions)]
impl ::std::default::Default for AttributeMappingFunctionSchema {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            parameters: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_functions)]
impl rt::Object for AttributeMappingFunctionSchema {
    const TYPE_NAME: &'static str = "microsoft.graph.attributeMappingFunctionSchema";
    const KEYS: &'static [&'static str] = &["id", "parameters"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"parameters\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attributeMappingFunctionSchema\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "parameters", &self.parameters);
    }
}
#[cfg(msgraph_v1_core_or_functions)]
impl rt::object::Members for AttributeMappingFunctionSchema {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.parameters.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.parameters);
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
#[cfg(msgraph_v1_core_or_functions)]
rt::impl_object!(AttributeMappingFunctionSchema);
#[cfg(msgraph_v1_core_or_functions)]
rt::impl_setters!(
    AttributeMappingFunctionSchema { with_id id : ::std::string::String; with_parameters
    parameters : ::std::vec::Vec < crate ::v1::AttributeMappingParameterSchema >; }
);
#[cfg(msgraph_v1_core_or_functions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttributeMappingFunctionSchema);
#[cfg(msgraph_v1_core_or_functions)]
/// CSDL: `microsoft.graph.attributeMappingParameterSchema`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-functions`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttributeMappingParameterSchema {
    /// CSDL: property `allowMultipleOccurrences`: `Edm.Boolean`, not nullable.
    pub allow_multiple_occurrences: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `required`: `Edm.Boolean`, not nullable.
    pub required: rt::Field<bool>,
    /// CSDL: property `type`: `microsoft.graph.attributeType`, not nullable.
    pub type_: rt::Field<crate::v1::AttributeType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_functions)]
impl ::std::default::Default for AttributeMappingParameterSchema {
    #[inline]
    fn default() -> Self {
        Self {
            allow_multiple_occurrences: rt::Field::Absent,
            name: rt::Field::Absent,
            required: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_functions)]
impl rt::Object for AttributeMappingParameterSchema {
    const TYPE_NAME: &'static str = "microsoft.graph.attributeMappingParameterSchema";
    const KEYS: &'static [&'static str] = &[
        "allowMultipleOccurrences",
        "name",
        "required",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowMultipleOccurrences\":     ",
        ",\"name\":                         ",
        ",\"required\":                     ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attributeMappingParameterSchema\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allow_multiple_occurrences", &self.allow_multiple_occurrences);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "required", &self.required);
        v.field(3usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_core_or_functions)]
impl rt::object::Members for AttributeMappingParameterSchema {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_multiple_occurrences.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.required.read_from(r),
            3usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_multiple_occurrences);
        w.field(1usize, &self.name);
        w.field(2usize, &self.required);
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
#[cfg(msgraph_v1_core_or_functions)]
rt::impl_object!(AttributeMappingParameterSchema);
#[cfg(msgraph_v1_core_or_functions)]
rt::impl_setters!(
    AttributeMappingParameterSchema { with_allow_multiple_occurrences
    allow_multiple_occurrences : bool; with_name name : ::std::string::String;
    with_required required : bool; with_type type_ : crate ::v1::AttributeType; }
);
#[cfg(msgraph_v1_core_or_functions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttributeMappingParameterSchema);
