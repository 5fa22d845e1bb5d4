//! Types of `microsoft.graph` by the first letters of their names (`cu`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.customAppManagementApplicationConfiguration`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CustomAppManagementApplicationConfiguration {
    /// CSDL: property `identifierUris`: `microsoft.graph.identifierUriConfiguration`, nullable.
    pub identifier_uris: rt::Field<crate::v1::IdentifierUriConfiguration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CustomAppManagementApplicationConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            identifier_uris: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CustomAppManagementApplicationConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.customAppManagementApplicationConfiguration";
    const KEYS: &'static [&'static str] = &["identifierUris"];
    const KEYS_JSON: &'static [&'static str] = &[",\"identifierUris\":               "];
    const TAG: &'static str = "\"#microsoft.graph.customAppManagementApplicationConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "identifier_uris", &self.identifier_uris);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CustomAppManagementApplicationConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.identifier_uris.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.identifier_uris);
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
rt::impl_object!(CustomAppManagementApplicationConfiguration);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CustomAppManagementApplicationConfiguration { with_identifier_uris identifier_uris :
    crate ::v1::IdentifierUriConfiguration; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomAppManagementApplicationConfiguration);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.customAppManagementConfiguration`, complex type, derived from `microsoft.graph.appManagementConfiguration`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CustomAppManagementConfiguration {
    /// CSDL: property `keyCredentials`: `Collection(microsoft.graph.keyCredentialConfiguration)`, nullable.
    pub key_credentials: rt::Field<
        ::std::vec::Vec<crate::v1::KeyCredentialConfiguration>,
    >,
    /// CSDL: property `passwordCredentials`: `Collection(microsoft.graph.passwordCredentialConfiguration)`, nullable.
    pub password_credentials: rt::Field<
        ::std::vec::Vec<crate::v1::PasswordCredentialConfiguration>,
    >,
    /// CSDL: property `applicationRestrictions`: `microsoft.graph.customAppManagementApplicationConfiguration`, nullable.
    pub application_restrictions: rt::Field<
        crate::v1::CustomAppManagementApplicationConfiguration,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CustomAppManagementConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            key_credentials: rt::Field::Absent,
            password_credentials: rt::Field::Absent,
            application_restrictions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CustomAppManagementConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.customAppManagementConfiguration";
    const KEYS: &'static [&'static str] = &[
        "keyCredentials",
        "passwordCredentials",
        "applicationRestrictions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"keyCredentials\":               ",
        ",\"passwordCredentials\":          ",
        ",\"applicationRestrictions\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customAppManagementConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key_credentials", &self.key_credentials);
        v.field(1usize, "password_credentials", &self.password_credentials);
        v.field(2usize, "application_restrictions", &self.application_restrictions);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CustomAppManagementConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key_credentials.read_from(r),
            1usize => self.password_credentials.read_from(r),
            2usize => self.application_restrictions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key_credentials);
        w.field(1usize, &self.password_credentials);
        w.field(2usize, &self.application_restrictions);
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
rt::impl_object!(CustomAppManagementConfiguration);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CustomAppManagementConfiguration { with_key_credentials key_credentials :
    ::std::vec::Vec < crate ::v1::KeyCredentialConfiguration >; with_password_credentials
    password_credentials : ::std::vec::Vec < crate ::v1::PasswordCredentialConfiguration
    >; with_application_restrictions application_restrictions : crate
    ::v1::CustomAppManagementApplicationConfiguration; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomAppManagementConfiguration);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.customAuthenticationExtension`, entity type, derived from `microsoft.graph.customCalloutExtension`, abstract, key `id`.
///
/// Request builders: [`CustomAuthenticationExtensionPath`](requests/trait.CustomAuthenticationExtensionPath.html), what a path to one (`EntityPath<AnyCustomAuthenticationExtension, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct CustomAuthenticationExtension {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationConfiguration`: `microsoft.graph.customExtensionAuthenticationConfiguration`, nullable.
    pub authentication_configuration: rt::Field<
        crate::v1::AnyCustomExtensionAuthenticationConfiguration,
    >,
    /// CSDL: property `clientConfiguration`: `microsoft.graph.customExtensionClientConfiguration`, nullable.
    pub client_configuration: rt::Field<crate::v1::CustomExtensionClientConfiguration>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endpointConfiguration`: `microsoft.graph.customExtensionEndpointConfiguration`, nullable.
    pub endpoint_configuration: rt::Field<
        crate::v1::AnyCustomExtensionEndpointConfiguration,
    >,
    /// CSDL: property `behaviorOnError`: `microsoft.graph.customExtensionBehaviorOnError`, nullable.
    pub behavior_on_error: rt::Field<crate::v1::AnyCustomExtensionBehaviorOnError>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::default::Default for CustomAuthenticationExtension {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_configuration: rt::Field::Absent,
            client_configuration: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            endpoint_configuration: rt::Field::Absent,
            behavior_on_error: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::Object for CustomAuthenticationExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.customAuthenticationExtension";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authenticationConfiguration",
        "clientConfiguration",
        "description",
        "displayName",
        "endpointConfiguration",
        "behaviorOnError",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authenticationConfiguration\":  ",
        ",\"clientConfiguration\":          ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"endpointConfiguration\":        ",
        ",\"behaviorOnError\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customAuthenticationExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "authentication_configuration",
            &self.authentication_configuration,
        );
        v.field(2usize, "client_configuration", &self.client_configuration);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "endpoint_configuration", &self.endpoint_configuration);
        v.field(6usize, "behavior_on_error", &self.behavior_on_error);
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::object::Members for CustomAuthenticationExtension {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_configuration.read_from(r),
            2usize => self.client_configuration.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.endpoint_configuration.read_from(r),
            6usize => self.behavior_on_error.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_configuration);
        w.field(2usize, &self.client_configuration);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.endpoint_configuration);
        w.field(6usize, &self.behavior_on_error);
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
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_object!(CustomAuthenticationExtension);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_setters!(
    CustomAuthenticationExtension { with_id id : ::std::string::String;
    with_authentication_configuration authentication_configuration : crate
    ::v1::AnyCustomExtensionAuthenticationConfiguration; with_client_configuration
    client_configuration : crate ::v1::CustomExtensionClientConfiguration;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_endpoint_configuration endpoint_configuration : crate
    ::v1::AnyCustomExtensionEndpointConfiguration; with_behavior_on_error
    behavior_on_error : crate ::v1::AnyCustomExtensionBehaviorOnError; }
);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomAuthenticationExtension);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// `microsoft.graph.customAuthenticationExtension` or any type derived from it, selected by `@odata.type` (7 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyCustomAuthenticationExtension {
    CustomAuthenticationExtension(
        ::std::boxed::Box<crate::v1::CustomAuthenticationExtension>,
    ),
    OnAttributeCollectionStartCustomExtension(
        ::std::boxed::Box<crate::v1::OnAttributeCollectionStartCustomExtension>,
    ),
    OnAttributeCollectionSubmitCustomExtension(
        ::std::boxed::Box<crate::v1::OnAttributeCollectionSubmitCustomExtension>,
    ),
    OnOtpSendCustomExtension(::std::boxed::Box<crate::v1::OnOtpSendCustomExtension>),
    OnPasswordSubmitCustomExtension(
        ::std::boxed::Box<crate::v1::OnPasswordSubmitCustomExtension>,
    ),
    OnTokenIssuanceStartCustomExtension(
        ::std::boxed::Box<crate::v1::OnTokenIssuanceStartCustomExtension>,
    ),
    OnVerifiedIdClaimValidationCustomExtension(
        ::std::boxed::Box<crate::v1::OnVerifiedIdClaimValidationCustomExtension>,
    ),
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::default::Default for AnyCustomAuthenticationExtension {
    #[inline]
    fn default() -> Self {
        Self::CustomAuthenticationExtension(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CustomAuthenticationExtension>
for AnyCustomAuthenticationExtension {
    #[inline]
    fn from(v: crate::v1::CustomAuthenticationExtension) -> Self {
        Self::CustomAuthenticationExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnAttributeCollectionStartCustomExtension>
for AnyCustomAuthenticationExtension {
    #[inline]
    fn from(v: crate::v1::OnAttributeCollectionStartCustomExtension) -> Self {
        Self::OnAttributeCollectionStartCustomExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnAttributeCollectionSubmitCustomExtension>
for AnyCustomAuthenticationExtension {
    #[inline]
    fn from(v: crate::v1::OnAttributeCollectionSubmitCustomExtension) -> Self {
        Self::OnAttributeCollectionSubmitCustomExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnOtpSendCustomExtension>
for AnyCustomAuthenticationExtension {
    #[inline]
    fn from(v: crate::v1::OnOtpSendCustomExtension) -> Self {
        Self::OnOtpSendCustomExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnPasswordSubmitCustomExtension>
for AnyCustomAuthenticationExtension {
    #[inline]
    fn from(v: crate::v1::OnPasswordSubmitCustomExtension) -> Self {
        Self::OnPasswordSubmitCustomExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnTokenIssuanceStartCustomExtension>
for AnyCustomAuthenticationExtension {
    #[inline]
    fn from(v: crate::v1::OnTokenIssuanceStartCustomExtension) -> Self {
        Self::OnTokenIssuanceStartCustomExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnVerifiedIdClaimValidationCustomExtension>
for AnyCustomAuthenticationExtension {
    #[inline]
    fn from(v: crate::v1::OnVerifiedIdClaimValidationCustomExtension) -> Self {
        Self::OnVerifiedIdClaimValidationCustomExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyCustomAuthenticationExtension {}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyCustomAuthenticationExtension {}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyCustomAuthenticationExtension {}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyCustomAuthenticationExtension {}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyCustomAuthenticationExtension {}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::CustomAuthenticationExtension>();
    rt::object::auto_traits::<crate::v1::OnAttributeCollectionStartCustomExtension>();
    rt::object::auto_traits::<crate::v1::OnAttributeCollectionSubmitCustomExtension>();
    rt::object::auto_traits::<crate::v1::OnOtpSendCustomExtension>();
    rt::object::auto_traits::<crate::v1::OnPasswordSubmitCustomExtension>();
    rt::object::auto_traits::<crate::v1::OnTokenIssuanceStartCustomExtension>();
    rt::object::auto_traits::<crate::v1::OnVerifiedIdClaimValidationCustomExtension>();
};
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::Poly for AnyCustomAuthenticationExtension {
    const BASE_NAME: &'static str = "microsoft.graph.customAuthenticationExtension";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.onAttributeCollectionStartCustomExtension",
            ) => Self::OnAttributeCollectionStartCustomExtension(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.onAttributeCollectionSubmitCustomExtension",
            ) => {
                Self::OnAttributeCollectionSubmitCustomExtension(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.onOtpSendCustomExtension") => {
                Self::OnOtpSendCustomExtension(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.onPasswordSubmitCustomExtension",
            ) => Self::OnPasswordSubmitCustomExtension(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.onTokenIssuanceStartCustomExtension",
            ) => Self::OnTokenIssuanceStartCustomExtension(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.onVerifiedIdClaimValidationCustomExtension",
            ) => {
                Self::OnVerifiedIdClaimValidationCustomExtension(rt::object::new_boxed())
            }
            _ => Self::CustomAuthenticationExtension(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::CustomAuthenticationExtension(v) => &**v,
            Self::OnAttributeCollectionStartCustomExtension(v) => &**v,
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &**v,
            Self::OnOtpSendCustomExtension(v) => &**v,
            Self::OnPasswordSubmitCustomExtension(v) => &**v,
            Self::OnTokenIssuanceStartCustomExtension(v) => &**v,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::CustomAuthenticationExtension(v) => &mut **v,
            Self::OnAttributeCollectionStartCustomExtension(v) => &mut **v,
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &mut **v,
            Self::OnOtpSendCustomExtension(v) => &mut **v,
            Self::OnPasswordSubmitCustomExtension(v) => &mut **v,
            Self::OnTokenIssuanceStartCustomExtension(v) => &mut **v,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl AnyCustomAuthenticationExtension {
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
            Self::CustomAuthenticationExtension(v) => &v.id,
            Self::OnAttributeCollectionStartCustomExtension(v) => &v.id,
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &v.id,
            Self::OnOtpSendCustomExtension(v) => &v.id,
            Self::OnPasswordSubmitCustomExtension(v) => &v.id,
            Self::OnTokenIssuanceStartCustomExtension(v) => &v.id,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::CustomAuthenticationExtension(v) => &mut v.id,
            Self::OnAttributeCollectionStartCustomExtension(v) => &mut v.id,
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &mut v.id,
            Self::OnOtpSendCustomExtension(v) => &mut v.id,
            Self::OnPasswordSubmitCustomExtension(v) => &mut v.id,
            Self::OnTokenIssuanceStartCustomExtension(v) => &mut v.id,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &mut v.id,
        }
    }
    /// `authenticationConfiguration` of any variant.
    #[inline]
    pub fn authentication_configuration(
        &self,
    ) -> &rt::Field<crate::v1::AnyCustomExtensionAuthenticationConfiguration> {
        match self {
            Self::CustomAuthenticationExtension(v) => &v.authentication_configuration,
            Self::OnAttributeCollectionStartCustomExtension(v) => {
                &v.authentication_configuration
            }
            Self::OnAttributeCollectionSubmitCustomExtension(v) => {
                &v.authentication_configuration
            }
            Self::OnOtpSendCustomExtension(v) => &v.authentication_configuration,
            Self::OnPasswordSubmitCustomExtension(v) => &v.authentication_configuration,
            Self::OnTokenIssuanceStartCustomExtension(v) => {
                &v.authentication_configuration
            }
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => {
                &v.authentication_configuration
            }
        }
    }
    /// `authenticationConfiguration` of any variant.
    #[inline]
    pub fn authentication_configuration_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AnyCustomExtensionAuthenticationConfiguration> {
        match self {
            Self::CustomAuthenticationExtension(v) => &mut v.authentication_configuration,
            Self::OnAttributeCollectionStartCustomExtension(v) => {
                &mut v.authentication_configuration
            }
            Self::OnAttributeCollectionSubmitCustomExtension(v) => {
                &mut v.authentication_configuration
            }
            Self::OnOtpSendCustomExtension(v) => &mut v.authentication_configuration,
            Self::OnPasswordSubmitCustomExtension(v) => {
                &mut v.authentication_configuration
            }
            Self::OnTokenIssuanceStartCustomExtension(v) => {
                &mut v.authentication_configuration
            }
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => {
                &mut v.authentication_configuration
            }
        }
    }
    /// `clientConfiguration` of any variant.
    #[inline]
    pub fn client_configuration(
        &self,
    ) -> &rt::Field<crate::v1::CustomExtensionClientConfiguration> {
        match self {
            Self::CustomAuthenticationExtension(v) => &v.client_configuration,
            Self::OnAttributeCollectionStartCustomExtension(v) => &v.client_configuration,
            Self::OnAttributeCollectionSubmitCustomExtension(v) => {
                &v.client_configuration
            }
            Self::OnOtpSendCustomExtension(v) => &v.client_configuration,
            Self::OnPasswordSubmitCustomExtension(v) => &v.client_configuration,
            Self::OnTokenIssuanceStartCustomExtension(v) => &v.client_configuration,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => {
                &v.client_configuration
            }
        }
    }
    /// `clientConfiguration` of any variant.
    #[inline]
    pub fn client_configuration_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::CustomExtensionClientConfiguration> {
        match self {
            Self::CustomAuthenticationExtension(v) => &mut v.client_configuration,
            Self::OnAttributeCollectionStartCustomExtension(v) => {
                &mut v.client_configuration
            }
            Self::OnAttributeCollectionSubmitCustomExtension(v) => {
                &mut v.client_configuration
            }
            Self::OnOtpSendCustomExtension(v) => &mut v.client_configuration,
            Self::OnPasswordSubmitCustomExtension(v) => &mut v.client_configuration,
            Self::OnTokenIssuanceStartCustomExtension(v) => &mut v.client_configuration,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => {
                &mut v.client_configuration
            }
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::CustomAuthenticationExtension(v) => &v.description,
            Self::OnAttributeCollectionStartCustomExtension(v) => &v.description,
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &v.description,
            Self::OnOtpSendCustomExtension(v) => &v.description,
            Self::OnPasswordSubmitCustomExtension(v) => &v.description,
            Self::OnTokenIssuanceStartCustomExtension(v) => &v.description,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::CustomAuthenticationExtension(v) => &mut v.description,
            Self::OnAttributeCollectionStartCustomExtension(v) => &mut v.description,
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &mut v.description,
            Self::OnOtpSendCustomExtension(v) => &mut v.description,
            Self::OnPasswordSubmitCustomExtension(v) => &mut v.description,
            Self::OnTokenIssuanceStartCustomExtension(v) => &mut v.description,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::CustomAuthenticationExtension(v) => &v.display_name,
            Self::OnAttributeCollectionStartCustomExtension(v) => &v.display_name,
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &v.display_name,
            Self::OnOtpSendCustomExtension(v) => &v.display_name,
            Self::OnPasswordSubmitCustomExtension(v) => &v.display_name,
            Self::OnTokenIssuanceStartCustomExtension(v) => &v.display_name,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::CustomAuthenticationExtension(v) => &mut v.display_name,
            Self::OnAttributeCollectionStartCustomExtension(v) => &mut v.display_name,
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &mut v.display_name,
            Self::OnOtpSendCustomExtension(v) => &mut v.display_name,
            Self::OnPasswordSubmitCustomExtension(v) => &mut v.display_name,
            Self::OnTokenIssuanceStartCustomExtension(v) => &mut v.display_name,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &mut v.display_name,
        }
    }
    /// `endpointConfiguration` of any variant.
    #[inline]
    pub fn endpoint_configuration(
        &self,
    ) -> &rt::Field<crate::v1::AnyCustomExtensionEndpointConfiguration> {
        match self {
            Self::CustomAuthenticationExtension(v) => &v.endpoint_configuration,
            Self::OnAttributeCollectionStartCustomExtension(v) => {
                &v.endpoint_configuration
            }
            Self::OnAttributeCollectionSubmitCustomExtension(v) => {
                &v.endpoint_configuration
            }
            Self::OnOtpSendCustomExtension(v) => &v.endpoint_configuration,
            Self::OnPasswordSubmitCustomExtension(v) => &v.endpoint_configuration,
            Self::OnTokenIssuanceStartCustomExtension(v) => &v.endpoint_configuration,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => {
                &v.endpoint_configuration
            }
        }
    }
    /// `endpointConfiguration` of any variant.
    #[inline]
    pub fn endpoint_configuration_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AnyCustomExtensionEndpointConfiguration> {
        match self {
            Self::CustomAuthenticationExtension(v) => &mut v.endpoint_configuration,
            Self::OnAttributeCollectionStartCustomExtension(v) => {
                &mut v.endpoint_configuration
            }
            Self::OnAttributeCollectionSubmitCustomExtension(v) => {
                &mut v.endpoint_configuration
            }
            Self::OnOtpSendCustomExtension(v) => &mut v.endpoint_configuration,
            Self::OnPasswordSubmitCustomExtension(v) => &mut v.endpoint_configuration,
            Self::OnTokenIssuanceStartCustomExtension(v) => &mut v.endpoint_configuration,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => {
                &mut v.endpoint_configuration
            }
        }
    }
    /// `behaviorOnError` of any variant.
    #[inline]
    pub fn behavior_on_error(
        &self,
    ) -> &rt::Field<crate::v1::AnyCustomExtensionBehaviorOnError> {
        match self {
            Self::CustomAuthenticationExtension(v) => &v.behavior_on_error,
            Self::OnAttributeCollectionStartCustomExtension(v) => &v.behavior_on_error,
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &v.behavior_on_error,
            Self::OnOtpSendCustomExtension(v) => &v.behavior_on_error,
            Self::OnPasswordSubmitCustomExtension(v) => &v.behavior_on_error,
            Self::OnTokenIssuanceStartCustomExtension(v) => &v.behavior_on_error,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &v.behavior_on_error,
        }
    }
    /// `behaviorOnError` of any variant.
    #[inline]
    pub fn behavior_on_error_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AnyCustomExtensionBehaviorOnError> {
        match self {
            Self::CustomAuthenticationExtension(v) => &mut v.behavior_on_error,
            Self::OnAttributeCollectionStartCustomExtension(v) => {
                &mut v.behavior_on_error
            }
            Self::OnAttributeCollectionSubmitCustomExtension(v) => {
                &mut v.behavior_on_error
            }
            Self::OnOtpSendCustomExtension(v) => &mut v.behavior_on_error,
            Self::OnPasswordSubmitCustomExtension(v) => &mut v.behavior_on_error,
            Self::OnTokenIssuanceStartCustomExtension(v) => &mut v.behavior_on_error,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => {
                &mut v.behavior_on_error
            }
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_poly!(AnyCustomAuthenticationExtension);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyCustomAuthenticationExtension);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.customExtensionAuthenticationConfiguration`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct CustomExtensionAuthenticationConfiguration {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::default::Default for CustomExtensionAuthenticationConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::Object for CustomExtensionAuthenticationConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.customExtensionAuthenticationConfiguration";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.customExtensionAuthenticationConfiguration\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::object::Members for CustomExtensionAuthenticationConfiguration {
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
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_object!(CustomExtensionAuthenticationConfiguration);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomExtensionAuthenticationConfiguration);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// `microsoft.graph.customExtensionAuthenticationConfiguration` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyCustomExtensionAuthenticationConfiguration {
    CustomExtensionAuthenticationConfiguration(
        ::std::boxed::Box<crate::v1::CustomExtensionAuthenticationConfiguration>,
    ),
    AzureAdPopTokenAuthentication(
        ::std::boxed::Box<crate::v1::AzureAdPopTokenAuthentication>,
    ),
    AzureAdTokenAuthentication(::std::boxed::Box<crate::v1::AzureAdTokenAuthentication>),
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::default::Default for AnyCustomExtensionAuthenticationConfiguration {
    #[inline]
    fn default() -> Self {
        Self::CustomExtensionAuthenticationConfiguration(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CustomExtensionAuthenticationConfiguration>
for AnyCustomExtensionAuthenticationConfiguration {
    #[inline]
    fn from(v: crate::v1::CustomExtensionAuthenticationConfiguration) -> Self {
        Self::CustomExtensionAuthenticationConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AzureAdPopTokenAuthentication>
for AnyCustomExtensionAuthenticationConfiguration {
    #[inline]
    fn from(v: crate::v1::AzureAdPopTokenAuthentication) -> Self {
        Self::AzureAdPopTokenAuthentication(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AzureAdTokenAuthentication>
for AnyCustomExtensionAuthenticationConfiguration {
    #[inline]
    fn from(v: crate::v1::AzureAdTokenAuthentication) -> Self {
        Self::AzureAdTokenAuthentication(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyCustomExtensionAuthenticationConfiguration {}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyCustomExtensionAuthenticationConfiguration {}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyCustomExtensionAuthenticationConfiguration {}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyCustomExtensionAuthenticationConfiguration {}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyCustomExtensionAuthenticationConfiguration {}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::CustomExtensionAuthenticationConfiguration>();
    rt::object::auto_traits::<crate::v1::AzureAdPopTokenAuthentication>();
    rt::object::auto_traits::<crate::v1::AzureAdTokenAuthentication>();
};
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::Poly for AnyCustomExtensionAuthenticationConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.customExtensionAuthenticationConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.azureAdPopTokenAuthentication",
            ) => Self::AzureAdPopTokenAuthentication(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.azureAdTokenAuthentication") => {
                Self::AzureAdTokenAuthentication(rt::object::new_boxed())
            }
            _ => {
                Self::CustomExtensionAuthenticationConfiguration(rt::object::new_boxed())
            }
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::CustomExtensionAuthenticationConfiguration(v) => &**v,
            Self::AzureAdPopTokenAuthentication(v) => &**v,
            Self::AzureAdTokenAuthentication(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::CustomExtensionAuthenticationConfiguration(v) => &mut **v,
            Self::AzureAdPopTokenAuthentication(v) => &mut **v,
            Self::AzureAdTokenAuthentication(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl AnyCustomExtensionAuthenticationConfiguration {
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
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_poly!(AnyCustomExtensionAuthenticationConfiguration);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyCustomExtensionAuthenticationConfiguration);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.customExtensionBehaviorOnError`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct CustomExtensionBehaviorOnError {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::default::Default for CustomExtensionBehaviorOnError {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::Object for CustomExtensionBehaviorOnError {
    const TYPE_NAME: &'static str = "microsoft.graph.customExtensionBehaviorOnError";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.customExtensionBehaviorOnError\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::object::Members for CustomExtensionBehaviorOnError {
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
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_object!(CustomExtensionBehaviorOnError);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomExtensionBehaviorOnError);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// `microsoft.graph.customExtensionBehaviorOnError` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyCustomExtensionBehaviorOnError {
    CustomExtensionBehaviorOnError(
        ::std::boxed::Box<crate::v1::CustomExtensionBehaviorOnError>,
    ),
    FallbackToMicrosoftProviderOnError(
        ::std::boxed::Box<crate::v1::FallbackToMicrosoftProviderOnError>,
    ),
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::default::Default for AnyCustomExtensionBehaviorOnError {
    #[inline]
    fn default() -> Self {
        Self::CustomExtensionBehaviorOnError(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CustomExtensionBehaviorOnError>
for AnyCustomExtensionBehaviorOnError {
    #[inline]
    fn from(v: crate::v1::CustomExtensionBehaviorOnError) -> Self {
        Self::CustomExtensionBehaviorOnError(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::FallbackToMicrosoftProviderOnError>
for AnyCustomExtensionBehaviorOnError {
    #[inline]
    fn from(v: crate::v1::FallbackToMicrosoftProviderOnError) -> Self {
        Self::FallbackToMicrosoftProviderOnError(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyCustomExtensionBehaviorOnError {}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyCustomExtensionBehaviorOnError {}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyCustomExtensionBehaviorOnError {}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyCustomExtensionBehaviorOnError {}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyCustomExtensionBehaviorOnError {}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::CustomExtensionBehaviorOnError>();
    rt::object::auto_traits::<crate::v1::FallbackToMicrosoftProviderOnError>();
};
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::Poly for AnyCustomExtensionBehaviorOnError {
    const BASE_NAME: &'static str = "microsoft.graph.customExtensionBehaviorOnError";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.fallbackToMicrosoftProviderOnError",
            ) => Self::FallbackToMicrosoftProviderOnError(rt::object::new_boxed()),
            _ => Self::CustomExtensionBehaviorOnError(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::CustomExtensionBehaviorOnError(v) => &**v,
            Self::FallbackToMicrosoftProviderOnError(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::CustomExtensionBehaviorOnError(v) => &mut **v,
            Self::FallbackToMicrosoftProviderOnError(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl AnyCustomExtensionBehaviorOnError {
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
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_poly!(AnyCustomExtensionBehaviorOnError);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyCustomExtensionBehaviorOnError);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.customExtensionCalloutInstance`, complex type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct CustomExtensionCalloutInstance {
    /// CSDL: property `customExtensionId`: `Edm.String`, nullable.
    pub custom_extension_id: rt::Field<::std::string::String>,
    /// CSDL: property `detail`: `Edm.String`, nullable.
    pub detail: rt::Field<::std::string::String>,
    /// CSDL: property `externalCorrelationId`: `Edm.String`, nullable.
    pub external_correlation_id: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.customExtensionCalloutInstanceStatus`, nullable.
    pub status: rt::Field<crate::v1::CustomExtensionCalloutInstanceStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for CustomExtensionCalloutInstance {
    #[inline]
    fn default() -> Self {
        Self {
            custom_extension_id: rt::Field::Absent,
            detail: rt::Field::Absent,
            external_correlation_id: rt::Field::Absent,
            id: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for CustomExtensionCalloutInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.customExtensionCalloutInstance";
    const KEYS: &'static [&'static str] = &[
        "customExtensionId",
        "detail",
        "externalCorrelationId",
        "id",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"customExtensionId\":            ",
        ",\"detail\":                       ",
        ",\"externalCorrelationId\":        ",
        ",\"id\":                           ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customExtensionCalloutInstance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "custom_extension_id", &self.custom_extension_id);
        v.field(1usize, "detail", &self.detail);
        v.field(2usize, "external_correlation_id", &self.external_correlation_id);
        v.field(3usize, "id", &self.id);
        v.field(4usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for CustomExtensionCalloutInstance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.custom_extension_id.read_from(r),
            1usize => self.detail.read_from(r),
            2usize => self.external_correlation_id.read_from(r),
            3usize => self.id.read_from(r),
            4usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.custom_extension_id);
        w.field(1usize, &self.detail);
        w.field(2usize, &self.external_correlation_id);
        w.field(3usize, &self.id);
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(CustomExtensionCalloutInstance);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    CustomExtensionCalloutInstance { with_custom_extension_id custom_extension_id :
    ::std::string::String; with_detail detail : ::std::string::String;
    with_external_correlation_id external_correlation_id : ::std::string::String; with_id
    id : ::std::string::String; with_status status : crate
    ::v1::CustomExtensionCalloutInstanceStatus; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomExtensionCalloutInstance);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.customExtensionCalloutInstanceStatus`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CustomExtensionCalloutInstanceStatus {
    /// `calloutSent` (value 1).
    CalloutSent,
    /// `callbackReceived` (value 2).
    CallbackReceived,
    /// `calloutFailed` (value 3).
    CalloutFailed,
    /// `callbackTimedOut` (value 4).
    CallbackTimedOut,
    /// `waitingForCallback` (value 5).
    WaitingForCallback,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for CustomExtensionCalloutInstanceStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.customExtensionCalloutInstanceStatus";
    const MEMBERS: &'static [&'static str] = &[
        "calloutSent",
        "callbackReceived",
        "calloutFailed",
        "callbackTimedOut",
        "waitingForCallback",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "calloutSent" => Self::CalloutSent,
                "callbackReceived" => Self::CallbackReceived,
                "calloutFailed" => Self::CalloutFailed,
                "callbackTimedOut" => Self::CallbackTimedOut,
                "waitingForCallback" => Self::WaitingForCallback,
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
            Self::CalloutSent => "calloutSent",
            Self::CallbackReceived => "callbackReceived",
            Self::CalloutFailed => "calloutFailed",
            Self::CallbackTimedOut => "callbackTimedOut",
            Self::WaitingForCallback => "waitingForCallback",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(CustomExtensionCalloutInstanceStatus);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomExtensionCalloutInstanceStatus);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.customExtensionClientConfiguration`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct CustomExtensionClientConfiguration {
    /// CSDL: property `maximumRetries`: `Edm.Int32`, nullable.
    pub maximum_retries: rt::Field<i32>,
    /// CSDL: property `timeoutInMilliseconds`: `Edm.Int32`, nullable.
    pub timeout_in_milliseconds: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::default::Default for CustomExtensionClientConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            maximum_retries: rt::Field::Absent,
            timeout_in_milliseconds: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::Object for CustomExtensionClientConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.customExtensionClientConfiguration";
    const KEYS: &'static [&'static str] = &["maximumRetries", "timeoutInMilliseconds"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"maximumRetries\":               ",
        ",\"timeoutInMilliseconds\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customExtensionClientConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "maximum_retries", &self.maximum_retries);
        v.field(1usize, "timeout_in_milliseconds", &self.timeout_in_milliseconds);
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::object::Members for CustomExtensionClientConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.maximum_retries.read_from(r),
            1usize => self.timeout_in_milliseconds.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.maximum_retries);
        w.field(1usize, &self.timeout_in_milliseconds);
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
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_object!(CustomExtensionClientConfiguration);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_setters!(
    CustomExtensionClientConfiguration { with_maximum_retries maximum_retries : i32;
    with_timeout_in_milliseconds timeout_in_milliseconds : i32; }
);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomExtensionClientConfiguration);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.customExtensionOverwriteConfiguration`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct CustomExtensionOverwriteConfiguration {
    /// CSDL: property `behaviorOnError`: `microsoft.graph.customExtensionBehaviorOnError`, nullable.
    pub behavior_on_error: rt::Field<crate::v1::AnyCustomExtensionBehaviorOnError>,
    /// CSDL: property `clientConfiguration`: `microsoft.graph.customExtensionClientConfiguration`, nullable.
    pub client_configuration: rt::Field<crate::v1::CustomExtensionClientConfiguration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for CustomExtensionOverwriteConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            behavior_on_error: rt::Field::Absent,
            client_configuration: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for CustomExtensionOverwriteConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.customExtensionOverwriteConfiguration";
    const KEYS: &'static [&'static str] = &["behaviorOnError", "clientConfiguration"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"behaviorOnError\":              ",
        ",\"clientConfiguration\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customExtensionOverwriteConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "behavior_on_error", &self.behavior_on_error);
        v.field(1usize, "client_configuration", &self.client_configuration);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for CustomExtensionOverwriteConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.behavior_on_error.read_from(r),
            1usize => self.client_configuration.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.behavior_on_error);
        w.field(1usize, &self.client_configuration);
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
rt::impl_object!(CustomExtensionOverwriteConfiguration);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    CustomExtensionOverwriteConfiguration { with_behavior_on_error behavior_on_error :
    crate ::v1::AnyCustomExtensionBehaviorOnError; with_client_configuration
    client_configuration : crate ::v1::CustomExtensionClientConfiguration; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomExtensionOverwriteConfiguration);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.customSecurityAttributeComparisonOperator`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CustomSecurityAttributeComparisonOperator {
    /// `equals` (value 1).
    Equals,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for CustomSecurityAttributeComparisonOperator {
    const TYPE_NAME: &'static str = "microsoft.graph.customSecurityAttributeComparisonOperator";
    const MEMBERS: &'static [&'static str] = &["equals", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "equals" => Self::Equals,
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
            Self::Equals => "equals",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(CustomSecurityAttributeComparisonOperator);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomSecurityAttributeComparisonOperator);
#[cfg(msgraph_v1_directory_or_search)]
/// CSDL: `microsoft.graph.customSecurityAttributeDefinition`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CustomSecurityAttributeDefinitionPath`](requests/trait.CustomSecurityAttributeDefinitionPath.html), what a path to one (`EntityPath<CustomSecurityAttributeDefinition, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
#[derive(Clone)]
pub struct CustomSecurityAttributeDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `attributeSet`: `Edm.String`, not nullable.
    pub attribute_set: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `isCollection`: `Edm.Boolean`, not nullable.
    pub is_collection: rt::Field<bool>,
    /// CSDL: property `isSearchable`: `Edm.Boolean`, nullable.
    pub is_searchable: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, not nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, not nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `usePreDefinedValuesOnly`: `Edm.Boolean`, nullable.
    pub use_pre_defined_values_only: rt::Field<bool>,
    /// CSDL: containment navigation property `allowedValues`: `Collection(microsoft.graph.allowedValue)`, not nullable.
    pub allowed_values: rt::Field<::std::vec::Vec<crate::v1::AllowedValue>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_directory_or_search)]
impl ::std::default::Default for CustomSecurityAttributeDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            attribute_set: rt::Field::Absent,
            description: rt::Field::Absent,
            is_collection: rt::Field::Absent,
            is_searchable: rt::Field::Absent,
            name: rt::Field::Absent,
            status: rt::Field::Absent,
            type_: rt::Field::Absent,
            use_pre_defined_values_only: rt::Field::Absent,
            allowed_values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl rt::Object for CustomSecurityAttributeDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.customSecurityAttributeDefinition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "attributeSet",
        "description",
        "isCollection",
        "isSearchable",
        "name",
        "status",
        "type",
        "usePreDefinedValuesOnly",
        "allowedValues",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"attributeSet\":                 ",
        ",\"description\":                  ",
        ",\"isCollection\":                 ",
        ",\"isSearchable\":                 ",
        ",\"name\":                         ",
        ",\"status\":                       ",
        ",\"type\":                         ",
        ",\"usePreDefinedValuesOnly\":      ",
        ",\"allowedValues\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customSecurityAttributeDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "attribute_set", &self.attribute_set);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "is_collection", &self.is_collection);
        v.field(4usize, "is_searchable", &self.is_searchable);
        v.field(5usize, "name", &self.name);
        v.field(6usize, "status", &self.status);
        v.field(7usize, "type_", &self.type_);
        v.field(
            8usize,
            "use_pre_defined_values_only",
            &self.use_pre_defined_values_only,
        );
        v.field(9usize, "allowed_values", &self.allowed_values);
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl rt::object::Members for CustomSecurityAttributeDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.attribute_set.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.is_collection.read_from(r),
            4usize => self.is_searchable.read_from(r),
            5usize => self.name.read_from(r),
            6usize => self.status.read_from(r),
            7usize => self.type_.read_from(r),
            8usize => self.use_pre_defined_values_only.read_from(r),
            9usize => self.allowed_values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.attribute_set);
        w.field(2usize, &self.description);
        w.field(3usize, &self.is_collection);
        w.field(4usize, &self.is_searchable);
        w.field(5usize, &self.name);
        w.field(6usize, &self.status);
        w.field(7usize, &self.type_);
        w.field(8usize, &self.use_pre_defined_values_only);
        w.field(9usize, &self.allowed_values);
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
rt::impl_object!(CustomSecurityAttributeDefinition);
#[cfg(msgraph_v1_directory_or_search)]
rt::impl_setters!(
    CustomSecurityAttributeDefinition { with_id id : ::std::string::String;
    with_attribute_set attribute_set : ::std::string::String; with_description
    description : ::std::string::String; with_is_collection is_collection : bool;
    with_is_searchable is_searchable : bool; with_name name : ::std::string::String;
    with_status status : ::std::string::String; with_type type_ : ::std::string::String;
    with_use_pre_defined_values_only use_pre_defined_values_only : bool;
    with_allowed_values allowed_values : ::std::vec::Vec < crate ::v1::AllowedValue >; }
);
#[cfg(msgraph_v1_directory_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomSecurityAttributeDefinition);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.customSecurityAttributeExemption`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CustomSecurityAttributeExemption {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `operator`: `microsoft.graph.customSecurityAttributeComparisonOperator`, not nullable.
    pub operator: rt::Field<crate::v1::CustomSecurityAttributeComparisonOperator>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CustomSecurityAttributeExemption {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            operator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CustomSecurityAttributeExemption {
    const TYPE_NAME: &'static str = "microsoft.graph.customSecurityAttributeExemption";
    const KEYS: &'static [&'static str] = &["id", "operator"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"operator\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customSecurityAttributeExemption\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "operator", &self.operator);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CustomSecurityAttributeExemption {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.operator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.operator);
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
rt::impl_object!(CustomSecurityAttributeExemption);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CustomSecurityAttributeExemption { with_id id : ::std::string::String; with_operator
    operator : crate ::v1::CustomSecurityAttributeComparisonOperator; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomSecurityAttributeExemption);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.customSecurityAttributeExemption` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyCustomSecurityAttributeExemption {
    CustomSecurityAttributeExemption(
        ::std::boxed::Box<crate::v1::CustomSecurityAttributeExemption>,
    ),
    CustomSecurityAttributeStringValueExemption(
        ::std::boxed::Box<crate::v1::CustomSecurityAttributeStringValueExemption>,
    ),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyCustomSecurityAttributeExemption {
    #[inline]
    fn default() -> Self {
        Self::CustomSecurityAttributeExemption(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CustomSecurityAttributeExemption>
for AnyCustomSecurityAttributeExemption {
    #[inline]
    fn from(v: crate::v1::CustomSecurityAttributeExemption) -> Self {
        Self::CustomSecurityAttributeExemption(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CustomSecurityAttributeStringValueExemption>
for AnyCustomSecurityAttributeExemption {
    #[inline]
    fn from(v: crate::v1::CustomSecurityAttributeStringValueExemption) -> Self {
        Self::CustomSecurityAttributeStringValueExemption(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyCustomSecurityAttributeExemption {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyCustomSecurityAttributeExemption {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyCustomSecurityAttributeExemption {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyCustomSecurityAttributeExemption {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyCustomSecurityAttributeExemption {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::CustomSecurityAttributeExemption>();
    rt::object::auto_traits::<crate::v1::CustomSecurityAttributeStringValueExemption>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyCustomSecurityAttributeExemption {
    const BASE_NAME: &'static str = "microsoft.graph.customSecurityAttributeExemption";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.customSecurityAttributeStringValueExemption",
            ) => {
                Self::CustomSecurityAttributeStringValueExemption(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::CustomSecurityAttributeExemption(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::CustomSecurityAttributeExemption(v) => &**v,
            Self::CustomSecurityAttributeStringValueExemption(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::CustomSecurityAttributeExemption(v) => &mut **v,
            Self::CustomSecurityAttributeStringValueExemption(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyCustomSecurityAttributeExemption {
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
            Self::CustomSecurityAttributeExemption(v) => &v.id,
            Self::CustomSecurityAttributeStringValueExemption(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::CustomSecurityAttributeExemption(v) => &mut v.id,
            Self::CustomSecurityAttributeStringValueExemption(v) => &mut v.id,
        }
    }
    /// `operator` of any variant.
    #[inline]
    pub fn operator(
        &self,
    ) -> &rt::Field<crate::v1::CustomSecurityAttributeComparisonOperator> {
        match self {
            Self::CustomSecurityAttributeExemption(v) => &v.operator,
            Self::CustomSecurityAttributeStringValueExemption(v) => &v.operator,
        }
    }
    /// `operator` of any variant.
    #[inline]
    pub fn operator_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::CustomSecurityAttributeComparisonOperator> {
        match self {
            Self::CustomSecurityAttributeExemption(v) => &mut v.operator,
            Self::CustomSecurityAttributeStringValueExemption(v) => &mut v.operator,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyCustomSecurityAttributeExemption);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyCustomSecurityAttributeExemption);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.customSecurityAttributeStringValueExemption`, complex type, derived from `microsoft.graph.customSecurityAttributeExemption`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CustomSecurityAttributeStringValueExemption {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `operator`: `microsoft.graph.customSecurityAttributeComparisonOperator`, not nullable.
    pub operator: rt::Field<crate::v1::CustomSecurityAttributeComparisonOperator>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CustomSecurityAttributeStringValueExemption {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            operator: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CustomSecurityAttributeStringValueExemption {
    const TYPE_NAME: &'static str = "microsoft.graph.customSecurityAttributeStringValueExemption";
    const KEYS: &'static [&'static str] = &["id", "operator", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"operator\":                     ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customSecurityAttributeStringValueExemption\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "operator", &self.operator);
        v.field(2usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CustomSecurityAttributeStringValueExemption {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.operator.read_from(r),
            2usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.operator);
        w.field(2usize, &self.value);
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
rt::impl_object!(CustomSecurityAttributeStringValueExemption);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CustomSecurityAttributeStringValueExemption { with_id id : ::std::string::String;
    with_operator operator : crate ::v1::CustomSecurityAttributeComparisonOperator;
    with_value value : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomSecurityAttributeStringValueExemption);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.customTrainingSetting`, complex type, derived from `microsoft.graph.trainingSetting`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct CustomTrainingSetting {
    /// CSDL: property `settingType`: `microsoft.graph.trainingSettingType`, nullable.
    pub setting_type: rt::Field<crate::v1::TrainingSettingType>,
    /// CSDL: property `assignedTo`: `Collection(microsoft.graph.trainingAssignedTo)`, nullable.
    pub assigned_to: rt::Field<::std::vec::Vec<crate::v1::TrainingAssignedTo>>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `durationInMinutes`: `Edm.Int32`, nullable.
    pub duration_in_minutes: rt::Field<i32>,
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for CustomTrainingSetting {
    #[inline]
    fn default() -> Self {
        Self {
            setting_type: rt::Field::Absent,
            assigned_to: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            duration_in_minutes: rt::Field::Absent,
            url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for CustomTrainingSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.customTrainingSetting";
    const KEYS: &'static [&'static str] = &[
        "settingType",
        "assignedTo",
        "description",
        "displayName",
        "durationInMinutes",
        "url",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settingType\":                  ",
        ",\"assignedTo\":                   ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"durationInMinutes\":            ",
        ",\"url\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customTrainingSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "setting_type", &self.setting_type);
        v.field(1usize, "assigned_to", &self.assigned_to);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "duration_in_minutes", &self.duration_in_minutes);
        v.field(5usize, "url", &self.url);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for CustomTrainingSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_type.read_from(r),
            1usize => self.assigned_to.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.duration_in_minutes.read_from(r),
            5usize => self.url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_type);
        w.field(1usize, &self.assigned_to);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.duration_in_minutes);
        w.field(5usize, &self.url);
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
rt::impl_object!(CustomTrainingSetting);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    CustomTrainingSetting { with_setting_type setting_type : crate
    ::v1::TrainingSettingType; with_assigned_to assigned_to : ::std::vec::Vec < crate
    ::v1::TrainingAssignedTo >; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_duration_in_minutes
    duration_in_minutes : i32; with_url url : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomTrainingSetting);
