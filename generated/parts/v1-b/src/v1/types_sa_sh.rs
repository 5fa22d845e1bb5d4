//! Types of `microsoft.graph` by the first letters of their names (`sa_sh`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_device_management_or_search)]
/// Specifies what level of safe search (filtering adult content) is required
///
/// CSDL: `microsoft.graph.safeSearchFilterType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SafeSearchFilterType {
    /// User Defined, default value, no intent.
    ///
    /// `userDefined` (value 0).
    UserDefined,
    /// Strict, highest filtering against adult content.
    ///
    /// `strict` (value 1).
    Strict,
    /// Moderate filtering against adult content (valid search results will not be filtered).
    ///
    /// `moderate` (value 2).
    Moderate,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for SafeSearchFilterType {
    const TYPE_NAME: &'static str = "microsoft.graph.safeSearchFilterType";
    const MEMBERS: &'static [&'static str] = &["userDefined", "strict", "moderate"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "strict" => Self::Strict,
                "moderate" => Self::Moderate,
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
            Self::Strict => "strict",
            Self::Moderate => "moderate",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(SafeSearchFilterType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SafeSearchFilterType);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
/// CSDL: `microsoft.graph.samlOrWsFedExternalDomainFederation`, entity type, derived from `microsoft.graph.samlOrWsFedProvider`, key `id`.
///
/// Request builders: [`SamlOrWsFedExternalDomainFederationPath`](requests/trait.SamlOrWsFedExternalDomainFederationPath.html), what a path to one (`EntityPath<SamlOrWsFedExternalDomainFederation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-directory`, `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct SamlOrWsFedExternalDomainFederation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `issuerUri`: `Edm.String`, nullable.
    pub issuer_uri: rt::Field<::std::string::String>,
    /// CSDL: property `metadataExchangeUri`: `Edm.String`, nullable.
    pub metadata_exchange_uri: rt::Field<::std::string::String>,
    /// CSDL: property `passiveSignInUri`: `Edm.String`, nullable.
    pub passive_sign_in_uri: rt::Field<::std::string::String>,
    /// CSDL: property `preferredAuthenticationProtocol`: `microsoft.graph.authenticationProtocol`, nullable.
    pub preferred_authentication_protocol: rt::Field<crate::v1::AuthenticationProtocol>,
    /// CSDL: property `signingCertificate`: `Edm.String`, nullable.
    pub signing_certificate: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `domains`: `Collection(microsoft.graph.externalDomainName)`, not nullable.
    pub domains: rt::Field<::std::vec::Vec<crate::v1::ExternalDomainName>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl ::std::default::Default for SamlOrWsFedExternalDomainFederation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            issuer_uri: rt::Field::Absent,
            metadata_exchange_uri: rt::Field::Absent,
            passive_sign_in_uri: rt::Field::Absent,
            preferred_authentication_protocol: rt::Field::Absent,
            signing_certificate: rt::Field::Absent,
            domains: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl rt::Object for SamlOrWsFedExternalDomainFederation {
    const TYPE_NAME: &'static str = "microsoft.graph.samlOrWsFedExternalDomainFederation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "issuerUri",
        "metadataExchangeUri",
        "passiveSignInUri",
        "preferredAuthenticationProtocol",
        "signingCertificate",
        "domains",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"issuerUri\":                    ",
        ",\"metadataExchangeUri\":          ",
        ",\"passiveSignInUri\":             ",
        ",\"preferredAuthenticationProtocol\":",
        ",\"signingCertificate\":           ",
        ",\"domains\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.samlOrWsFedExternalDomainFederation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "issuer_uri", &self.issuer_uri);
        v.field(3usize, "metadata_exchange_uri", &self.metadata_exchange_uri);
        v.field(4usize, "passive_sign_in_uri", &self.passive_sign_in_uri);
        v.field(
            5usize,
            "preferred_authentication_protocol",
            &self.preferred_authentication_protocol,
        );
        v.field(6usize, "signing_certificate", &self.signing_certificate);
        v.field(7usize, "domains", &self.domains);
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl rt::object::Members for SamlOrWsFedExternalDomainFederation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.issuer_uri.read_from(r),
            3usize => self.metadata_exchange_uri.read_from(r),
            4usize => self.passive_sign_in_uri.read_from(r),
            5usize => self.preferred_authentication_protocol.read_from(r),
            6usize => self.signing_certificate.read_from(r),
            7usize => self.domains.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.issuer_uri);
        w.field(3usize, &self.metadata_exchange_uri);
        w.field(4usize, &self.passive_sign_in_uri);
        w.field(5usize, &self.preferred_authentication_protocol);
        w.field(6usize, &self.signing_certificate);
        w.field(7usize, &self.domains);
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
rt::impl_object!(SamlOrWsFedExternalDomainFederation);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
rt::impl_setters!(
    SamlOrWsFedExternalDomainFederation { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_issuer_uri issuer_uri :
    ::std::string::String; with_metadata_exchange_uri metadata_exchange_uri :
    ::std::string::String; with_passive_sign_in_uri passive_sign_in_uri :
    ::std::string::String; with_preferred_authentication_protocol
    preferred_authentication_protocol : crate ::v1::AuthenticationProtocol;
    with_signing_certificate signing_certificate : ::std::string::String; with_domains
    domains : ::std::vec::Vec < crate ::v1::ExternalDomainName >; }
);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SamlOrWsFedExternalDomainFederation);
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
/// CSDL: `microsoft.graph.samlOrWsFedProvider`, entity type, derived from `microsoft.graph.identityProviderBase`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-directory`, `v1-domains`, `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct SamlOrWsFedProvider {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `issuerUri`: `Edm.String`, nullable.
    pub issuer_uri: rt::Field<::std::string::String>,
    /// CSDL: property `metadataExchangeUri`: `Edm.String`, nullable.
    pub metadata_exchange_uri: rt::Field<::std::string::String>,
    /// CSDL: property `passiveSignInUri`: `Edm.String`, nullable.
    pub passive_sign_in_uri: rt::Field<::std::string::String>,
    /// CSDL: property `preferredAuthenticationProtocol`: `microsoft.graph.authenticationProtocol`, nullable.
    pub preferred_authentication_protocol: rt::Field<crate::v1::AuthenticationProtocol>,
    /// CSDL: property `signingCertificate`: `Edm.String`, nullable.
    pub signing_certificate: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl ::std::default::Default for SamlOrWsFedProvider {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            issuer_uri: rt::Field::Absent,
            metadata_exchange_uri: rt::Field::Absent,
            passive_sign_in_uri: rt::Field::Absent,
            preferred_authentication_protocol: rt::Field::Absent,
            signing_certificate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl rt::Object for SamlOrWsFedProvider {
    const TYPE_NAME: &'static str = "microsoft.graph.samlOrWsFedProvider";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "issuerUri",
        "metadataExchangeUri",
        "passiveSignInUri",
        "preferredAuthenticationProtocol",
        "signingCertificate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"issuerUri\":                    ",
        ",\"metadataExchangeUri\":          ",
        ",\"passiveSignInUri\":             ",
        ",\"preferredAuthenticationProtocol\":",
        ",\"signingCertificate\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.samlOrWsFedProvider\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "issuer_uri", &self.issuer_uri);
        v.field(3usize, "metadata_exchange_uri", &self.metadata_exchange_uri);
        v.field(4usize, "passive_sign_in_uri", &self.passive_sign_in_uri);
        v.field(
            5usize,
            "preferred_authentication_protocol",
            &self.preferred_authentication_protocol,
        );
        v.field(6usize, "signing_certificate", &self.signing_certificate);
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl rt::object::Members for SamlOrWsFedProvider {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.issuer_uri.read_from(r),
            3usize => self.metadata_exchange_uri.read_from(r),
            4usize => self.passive_sign_in_uri.read_from(r),
            5usize => self.preferred_authentication_protocol.read_from(r),
            6usize => self.signing_certificate.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.issuer_uri);
        w.field(3usize, &self.metadata_exchange_uri);
        w.field(4usize, &self.passive_sign_in_uri);
        w.field(5usize, &self.preferred_authentication_protocol);
        w.field(6usize, &self.signing_certificate);
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
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
rt::impl_object!(SamlOrWsFedProvider);
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
rt::impl_setters!(
    SamlOrWsFedProvider { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_issuer_uri issuer_uri :
    ::std::string::String; with_metadata_exchange_uri metadata_exchange_uri :
    ::std::string::String; with_passive_sign_in_uri passive_sign_in_uri :
    ::std::string::String; with_preferred_authentication_protocol
    preferred_authentication_protocol : crate ::v1::AuthenticationProtocol;
    with_signing_certificate signing_certificate : ::std::string::String; }
);
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SamlOrWsFedProvider);
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
/// `microsoft.graph.samlOrWsFedProvider` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-directory`, `v1-domains`, `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnySamlOrWsFedProvider {
    SamlOrWsFedProvider(::std::boxed::Box<crate::v1::SamlOrWsFedProvider>),
    InternalDomainFederation(::std::boxed::Box<crate::v1::InternalDomainFederation>),
    #[cfg(msgraph_v1_directory_or_identity_or_search)]
    SamlOrWsFedExternalDomainFederation(
        ::std::boxed::Box<crate::v1::SamlOrWsFedExternalDomainFederation>,
    ),
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl ::std::default::Default for AnySamlOrWsFedProvider {
    #[inline]
    fn default() -> Self {
        Self::SamlOrWsFedProvider(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SamlOrWsFedProvider> for AnySamlOrWsFedProvider {
    #[inline]
    fn from(v: crate::v1::SamlOrWsFedProvider) -> Self {
        Self::SamlOrWsFedProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::InternalDomainFederation>
for AnySamlOrWsFedProvider {
    #[inline]
    fn from(v: crate::v1::InternalDomainFederation) -> Self {
        Self::InternalDomainFederation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SamlOrWsFedExternalDomainFederation>
for AnySamlOrWsFedProvider {
    #[inline]
    fn from(v: crate::v1::SamlOrWsFedExternalDomainFederation) -> Self {
        Self::SamlOrWsFedExternalDomainFederation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
unsafe impl ::std::marker::Send for AnySamlOrWsFedProvider {}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
unsafe impl ::std::marker::Sync for AnySamlOrWsFedProvider {}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl ::std::marker::Unpin for AnySamlOrWsFedProvider {}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl ::std::panic::UnwindSafe for AnySamlOrWsFedProvider {}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnySamlOrWsFedProvider {}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::SamlOrWsFedProvider>();
    rt::object::auto_traits::<crate::v1::InternalDomainFederation>();
    #[cfg(msgraph_v1_directory_or_identity_or_search)]
    rt::object::auto_traits::<crate::v1::SamlOrWsFedExternalDomainFederation>();
};
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl rt::Poly for AnySamlOrWsFedProvider {
    const BASE_NAME: &'static str = "microsoft.graph.samlOrWsFedProvider";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.internalDomainFederation") => {
                Self::InternalDomainFederation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.samlOrWsFedExternalDomainFederation",
            ) => Self::SamlOrWsFedExternalDomainFederation(rt::object::new_boxed()),
            _ => Self::SamlOrWsFedProvider(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::SamlOrWsFedProvider(v) => &**v,
            Self::InternalDomainFederation(v) => &**v,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::SamlOrWsFedProvider(v) => &mut **v,
            Self::InternalDomainFederation(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl AnySamlOrWsFedProvider {
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
            Self::SamlOrWsFedProvider(v) => &v.id,
            Self::InternalDomainFederation(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SamlOrWsFedProvider(v) => &mut v.id,
            Self::InternalDomainFederation(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &mut v.id,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::SamlOrWsFedProvider(v) => &v.display_name,
            Self::InternalDomainFederation(v) => &v.display_name,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SamlOrWsFedProvider(v) => &mut v.display_name,
            Self::InternalDomainFederation(v) => &mut v.display_name,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &mut v.display_name,
        }
    }
    /// `issuerUri` of any variant.
    #[inline]
    pub fn issuer_uri(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::SamlOrWsFedProvider(v) => &v.issuer_uri,
            Self::InternalDomainFederation(v) => &v.issuer_uri,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &v.issuer_uri,
        }
    }
    /// `issuerUri` of any variant.
    #[inline]
    pub fn issuer_uri_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SamlOrWsFedProvider(v) => &mut v.issuer_uri,
            Self::InternalDomainFederation(v) => &mut v.issuer_uri,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &mut v.issuer_uri,
        }
    }
    /// `metadataExchangeUri` of any variant.
    #[inline]
    pub fn metadata_exchange_uri(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::SamlOrWsFedProvider(v) => &v.metadata_exchange_uri,
            Self::InternalDomainFederation(v) => &v.metadata_exchange_uri,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &v.metadata_exchange_uri,
        }
    }
    /// `metadataExchangeUri` of any variant.
    #[inline]
    pub fn metadata_exchange_uri_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SamlOrWsFedProvider(v) => &mut v.metadata_exchange_uri,
            Self::InternalDomainFederation(v) => &mut v.metadata_exchange_uri,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &mut v.metadata_exchange_uri,
        }
    }
    /// `passiveSignInUri` of any variant.
    #[inline]
    pub fn passive_sign_in_uri(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::SamlOrWsFedProvider(v) => &v.passive_sign_in_uri,
            Self::InternalDomainFederation(v) => &v.passive_sign_in_uri,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &v.passive_sign_in_uri,
        }
    }
    /// `passiveSignInUri` of any variant.
    #[inline]
    pub fn passive_sign_in_uri_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SamlOrWsFedProvider(v) => &mut v.passive_sign_in_uri,
            Self::InternalDomainFederation(v) => &mut v.passive_sign_in_uri,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &mut v.passive_sign_in_uri,
        }
    }
    /// `preferredAuthenticationProtocol` of any variant.
    #[inline]
    pub fn preferred_authentication_protocol(
        &self,
    ) -> &rt::Field<crate::v1::AuthenticationProtocol> {
        match self {
            Self::SamlOrWsFedProvider(v) => &v.preferred_authentication_protocol,
            Self::InternalDomainFederation(v) => &v.preferred_authentication_protocol,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => {
                &v.preferred_authentication_protocol
            }
        }
    }
    /// `preferredAuthenticationProtocol` of any variant.
    #[inline]
    pub fn preferred_authentication_protocol_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AuthenticationProtocol> {
        match self {
            Self::SamlOrWsFedProvider(v) => &mut v.preferred_authentication_protocol,
            Self::InternalDomainFederation(v) => &mut v.preferred_authentication_protocol,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => {
                &mut v.preferred_authentication_protocol
            }
        }
    }
    /// `signingCertificate` of any variant.
    #[inline]
    pub fn signing_certificate(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::SamlOrWsFedProvider(v) => &v.signing_certificate,
            Self::InternalDomainFederation(v) => &v.signing_certificate,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &v.signing_certificate,
        }
    }
    /// `signingCertificate` of any variant.
    #[inline]
    pub fn signing_certificate_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SamlOrWsFedProvider(v) => &mut v.signing_certificate,
            Self::InternalDomainFederation(v) => &mut v.signing_certificate,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &mut v.signing_certificate,
        }
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
rt::impl_poly!(AnySamlOrWsFedProvider);
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnySamlOrWsFedProvider);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.schedule`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SchedulePath`](requests/trait.SchedulePath.html), what a path to one (`EntityPath<Schedule, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Schedule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `enabled`: `Edm.Boolean`, nullable.
    pub enabled: rt::Field<bool>,
    /// CSDL: property `isActivitiesIncludedWhenCopyingShiftsEnabled`: `Edm.Boolean`, nullable.
    pub is_activities_included_when_copying_shifts_enabled: rt::Field<bool>,
    /// CSDL: property `offerShiftRequestsEnabled`: `Edm.Boolean`, nullable.
    pub offer_shift_requests_enabled: rt::Field<bool>,
    /// CSDL: property `openShiftsEnabled`: `Edm.Boolean`, nullable.
    pub open_shifts_enabled: rt::Field<bool>,
    /// CSDL: property `provisionStatus`: `microsoft.graph.operationStatus`, nullable.
    pub provision_status: rt::Field<crate::v1::OperationStatus>,
    /// CSDL: property `provisionStatusCode`: `Edm.String`, nullable.
    pub provision_status_code: rt::Field<::std::string::String>,
    /// CSDL: property `startDayOfWeek`: `microsoft.graph.dayOfWeek`, nullable.
    pub start_day_of_week: rt::Field<crate::v1::DayOfWeek>,
    /// CSDL: property `swapShiftsRequestsEnabled`: `Edm.Boolean`, nullable.
    pub swap_shifts_requests_enabled: rt::Field<bool>,
    /// CSDL: property `timeClockEnabled`: `Edm.Boolean`, nullable.
    pub time_clock_enabled: rt::Field<bool>,
    /// CSDL: property `timeClockSettings`: `microsoft.graph.timeClockSettings`, nullable.
    pub time_clock_settings: rt::Field<crate::v1::TimeClockSettings>,
    /// CSDL: property `timeOffRequestsEnabled`: `Edm.Boolean`, nullable.
    pub time_off_requests_enabled: rt::Field<bool>,
    /// CSDL: property `timeZone`: `Edm.String`, nullable.
    pub time_zone: rt::Field<::std::string::String>,
    /// CSDL: property `workforceIntegrationIds`: `Collection(Edm.String)`, nullable.
    pub workforce_integration_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: containment navigation property `dayNotes`: `Collection(microsoft.graph.dayNote)`, not nullable.
    pub day_notes: rt::Field<::std::vec::Vec<crate::v1::DayNote>>,
    /// CSDL: containment navigation property `offerShiftRequests`: `Collection(microsoft.graph.offerShiftRequest)`, not nullable.
    pub offer_shift_requests: rt::Field<
        ::std::vec::Vec<crate::v1::AnyOfferShiftRequest>,
    >,
    /// CSDL: containment navigation property `openShiftChangeRequests`: `Collection(microsoft.graph.openShiftChangeRequest)`, not nullable.
    pub open_shift_change_requests: rt::Field<
        ::std::vec::Vec<crate::v1::OpenShiftChangeRequest>,
    >,
    /// CSDL: containment navigation property `openShifts`: `Collection(microsoft.graph.openShift)`, not nullable.
    pub open_shifts: rt::Field<::std::vec::Vec<crate::v1::OpenShift>>,
    /// CSDL: containment navigation property `schedulingGroups`: `Collection(microsoft.graph.schedulingGroup)`, not nullable.
    pub scheduling_groups: rt::Field<::std::vec::Vec<crate::v1::SchedulingGroup>>,
    /// CSDL: containment navigation property `shifts`: `Collection(microsoft.graph.shift)`, not nullable.
    pub shifts: rt::Field<::std::vec::Vec<crate::v1::Shift>>,
    /// CSDL: containment navigation property `swapShiftsChangeRequests`: `Collection(microsoft.graph.swapShiftsChangeRequest)`, not nullable.
    pub swap_shifts_change_requests: rt::Field<
        ::std::vec::Vec<crate::v1::SwapShiftsChangeRequest>,
    >,
    /// CSDL: containment navigation property `timeCards`: `Collection(microsoft.graph.timeCard)`, not nullable.
    pub time_cards: rt::Field<::std::vec::Vec<crate::v1::TimeCard>>,
    /// CSDL: containment navigation property `timeOffReasons`: `Collection(microsoft.graph.timeOffReason)`, not nullable.
    pub time_off_reasons: rt::Field<::std::vec::Vec<crate::v1::TimeOffReason>>,
    /// CSDL: containment navigation property `timeOffRequests`: `Collection(microsoft.graph.timeOffRequest)`, not nullable.
    pub time_off_requests: rt::Field<::std::vec::Vec<crate::v1::TimeOffRequest>>,
    /// CSDL: containment navigation property `timesOff`: `Collection(microsoft.graph.timeOff)`, not nullable.
    pub times_off: rt::Field<::std::vec::Vec<crate::v1::TimeOff>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Schedule {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            enabled: rt::Field::Absent,
            is_activities_included_when_copying_shifts_enabled: rt::Field::Absent,
            offer_shift_requests_enabled: rt::Field::Absent,
            open_shifts_enabled: rt::Field::Absent,
            provision_status: rt::Field::Absent,
            provision_status_code: rt::Field::Absent,
            start_day_of_week: rt::Field::Absent,
            swap_shifts_requests_enabled: rt::Field::Absent,
            time_clock_enabled: rt::Field::Absent,
            time_clock_settings: rt::Field::Absent,
            time_off_requests_enabled: rt::Field::Absent,
            time_zone: rt::Field::Absent,
            workforce_integration_ids: rt::Field::Absent,
            day_notes: rt::Field::Absent,
            offer_shift_requests: rt::Field::Absent,
            open_shift_change_requests: rt::Field::Absent,
            open_shifts: rt::Field::Absent,
            scheduling_groups: rt::Field::Absent,
            shifts: rt::Field::Absent,
            swap_shifts_change_requests: rt::Field::Absent,
            time_cards: rt::Field::Absent,
            time_off_reasons: rt::Field::Absent,
            time_off_requests: rt::Field::Absent,
            times_off: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Schedule {
    const TYPE_NAME: &'static str = "microsoft.graph.schedule";
    const KEYS: &'static [&'static str] = &[
        "id",
        "enabled",
        "isActivitiesIncludedWhenCopyingShiftsEnabled",
        "offerShiftRequestsEnabled",
        "openShiftsEnabled",
        "provisionStatus",
        "provisionStatusCode",
        "startDayOfWeek",
        "swapShiftsRequestsEnabled",
        "timeClockEnabled",
        "timeClockSettings",
        "timeOffRequestsEnabled",
        "timeZone",
        "workforceIntegrationIds",
        "dayNotes",
        "offerShiftRequests",
        "openShiftChangeRequests",
        "openShifts",
        "schedulingGroups",
        "shifts",
        "swapShiftsChangeRequests",
        "timeCards",
        "timeOffReasons",
        "timeOffRequests",
        "timesOff",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"enabled\":                      ",
        ",\"isActivitiesIncludedWhenCopyingShiftsEnabled\":",
        ",\"offerShiftRequestsEnabled\":    ",
        ",\"openShiftsEnabled\":            ",
        ",\"provisionStatus\":              ",
        ",\"provisionStatusCode\":          ",
        ",\"startDayOfWeek\":               ",
        ",\"swapShiftsRequestsEnabled\":    ",
        ",\"timeClockEnabled\":             ",
        ",\"timeClockSettings\":            ",
        ",\"timeOffRequestsEnabled\":       ",
        ",\"timeZone\":                     ",
        ",\"workforceIntegrationIds\":      ",
        ",\"dayNotes\":                     ",
        ",\"offerShiftRequests\":           ",
        ",\"openShiftChangeRequests\":      ",
        ",\"openShifts\":                   ",
        ",\"schedulingGroups\":             ",
        ",\"shifts\":                       ",
        ",\"swapShiftsChangeRequests\":     ",
        ",\"timeCards\":                    ",
        ",\"timeOffReasons\":               ",
        ",\"timeOffRequests\":              ",
        ",\"timesOff\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.schedule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "enabled", &self.enabled);
        v.field(
            2usize,
            "is_activities_included_when_copying_shifts_enabled",
            &self.is_activities_included_when_copying_shifts_enabled,
        );
        v.field(
            3usize,
            "offer_shift_requests_enabled",
            &self.offer_shift_requests_enabled,
        );
        v.field(4usize, "open_shifts_enabled", &self.open_shifts_enabled);
        v.field(5usize, "provision_status", &self.provision_status);
        v.field(6usize, "provision_status_code", &self.provision_status_code);
        v.field(7usize, "start_day_of_week", &self.start_day_of_week);
        v.field(
            8usize,
            "swap_shifts_requests_enabled",
            &self.swap_shifts_requests_enabled,
        );
        v.field(9usize, "time_clock_enabled", &self.time_clock_enabled);
        v.field(10usize, "time_clock_settings", &self.time_clock_settings);
        v.field(11usize, "time_off_requests_enabled", &self.time_off_requests_enabled);
        v.field(12usize, "time_zone", &self.time_zone);
        v.field(13usize, "workforce_integration_ids", &self.workforce_integration_ids);
        v.field(14usize, "day_notes", &self.day_notes);
        v.field(15usize, "offer_shift_requests", &self.offer_shift_requests);
        v.field(16usize, "open_shift_change_requests", &self.open_shift_change_requests);
        v.field(17usize, "open_shifts", &self.open_shifts);
        v.field(18usize, "scheduling_groups", &self.scheduling_groups);
        v.field(19usize, "shifts", &self.shifts);
        v.field(
            20usize,
            "swap_shifts_change_requests",
            &self.swap_shifts_change_requests,
        );
        v.field(21usize, "time_cards", &self.time_cards);
        v.field(22usize, "time_off_reasons", &self.time_off_reasons);
        v.field(23usize, "time_off_requests", &self.time_off_requests);
        v.field(24usize, "times_off", &self.times_off);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Schedule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.enabled.read_from(r),
            2usize => {
                self.is_activities_included_when_copying_shifts_enabled.read_from(r)
            }
            3usize => self.offer_shift_requests_enabled.read_from(r),
            4usize => self.open_shifts_enabled.read_from(r),
            5usize => self.provision_status.read_from(r),
            6usize => self.provision_status_code.read_from(r),
            7usize => self.start_day_of_week.read_from(r),
            8usize => self.swap_shifts_requests_enabled.read_from(r),
            9usize => self.time_clock_enabled.read_from(r),
            10usize => self.time_clock_settings.read_from(r),
            11usize => self.time_off_requests_enabled.read_from(r),
            12usize => self.time_zone.read_from(r),
            13usize => self.workforce_integration_ids.read_from(r),
            14usize => self.day_notes.read_from(r),
            15usize => self.offer_shift_requests.read_from(r),
            16usize => self.open_shift_change_requests.read_from(r),
            17usize => self.open_shifts.read_from(r),
            18usize => self.scheduling_groups.read_from(r),
            19usize => self.shifts.read_from(r),
            20usize => self.swap_shifts_change_requests.read_from(r),
            21usize => self.time_cards.read_from(r),
            22usize => self.time_off_reasons.read_from(r),
            23usize => self.time_off_requests.read_from(r),
            24usize => self.times_off.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.enabled);
        w.field(2usize, &self.is_activities_included_when_copying_shifts_enabled);
        w.field(3usize, &self.offer_shift_requests_enabled);
        w.field(4usize, &self.open_shifts_enabled);
        w.field(5usize, &self.provision_status);
        w.field(6usize, &self.provision_status_code);
        w.field(7usize, &self.start_day_of_week);
        w.field(8usize, &self.swap_shifts_requests_enabled);
        w.field(9usize, &self.time_clock_enabled);
        w.field(10usize, &self.time_clock_settings);
        w.field(11usize, &self.time_off_requests_enabled);
        w.field(12usize, &self.time_zone);
        w.field(13usize, &self.workforce_integration_ids);
        w.field(14usize, &self.day_notes);
        w.field(15usize, &self.offer_shift_requests);
        w.field(16usize, &self.open_shift_change_requests);
        w.field(17usize, &self.open_shifts);
        w.field(18usize, &self.scheduling_groups);
        w.field(19usize, &self.shifts);
        w.field(20usize, &self.swap_shifts_change_requests);
        w.field(21usize, &self.time_cards);
        w.field(22usize, &self.time_off_reasons);
        w.field(23usize, &self.time_off_requests);
        w.field(24usize, &self.times_off);
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
rt::impl_object!(Schedule);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Schedule { with_id id : ::std::string::String; with_enabled enabled : bool;
    with_is_activities_included_when_copying_shifts_enabled
    is_activities_included_when_copying_shifts_enabled : bool;
    with_offer_shift_requests_enabled offer_shift_requests_enabled : bool;
    with_open_shifts_enabled open_shifts_enabled : bool; with_provision_status
    provision_status : crate ::v1::OperationStatus; with_provision_status_code
    provision_status_code : ::std::string::String; with_start_day_of_week
    start_day_of_week : crate ::v1::DayOfWeek; with_swap_shifts_requests_enabled
    swap_shifts_requests_enabled : bool; with_time_clock_enabled time_clock_enabled :
    bool; with_time_clock_settings time_clock_settings : crate ::v1::TimeClockSettings;
    with_time_off_requests_enabled time_off_requests_enabled : bool; with_time_zone
    time_zone : ::std::string::String; with_workforce_integration_ids
    workforce_integration_ids : ::std::vec::Vec < ::std::string::String >; with_day_notes
    day_notes : ::std::vec::Vec < crate ::v1::DayNote >; with_offer_shift_requests
    offer_shift_requests : ::std::vec::Vec < crate ::v1::AnyOfferShiftRequest >;
    with_open_shift_change_requests open_shift_change_requests : ::std::vec::Vec < crate
    ::v1::OpenShiftChangeRequest >; with_open_shifts open_shifts : ::std::vec::Vec <
    crate ::v1::OpenShift >; with_scheduling_groups scheduling_groups : ::std::vec::Vec <
    crate ::v1::SchedulingGroup >; with_shifts shifts : ::std::vec::Vec < crate
    ::v1::Shift >; with_swap_shifts_change_requests swap_shifts_change_requests :
    ::std::vec::Vec < crate ::v1::SwapShiftsChangeRequest >; with_time_cards time_cards :
    ::std::vec::Vec < crate ::v1::TimeCard >; with_time_off_reasons time_off_reasons :
    ::std::vec::Vec < crate ::v1::TimeOffReason >; with_time_off_requests
    time_off_requests : ::std::vec::Vec < crate ::v1::TimeOffRequest >; with_times_off
    times_off : ::std::vec::Vec < crate ::v1::TimeOff >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Schedule);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.scheduleChangeRequest`, entity type, derived from `microsoft.graph.changeTrackedEntity`, abstract, key `id`.
///
/// Request builders: [`ScheduleChangeRequestPath`](requests/trait.ScheduleChangeRequestPath.html), what a path to one (`EntityPath<AnyScheduleChangeRequest, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ScheduleChangeRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `assignedTo`: `microsoft.graph.scheduleChangeRequestActor`, nullable.
    pub assigned_to: rt::Field<crate::v1::ScheduleChangeRequestActor>,
    /// CSDL: property `managerActionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub manager_action_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `managerActionMessage`: `Edm.String`, nullable.
    pub manager_action_message: rt::Field<::std::string::String>,
    /// CSDL: property `managerUserId`: `Edm.String`, nullable.
    pub manager_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `senderDateTime`: `Edm.DateTimeOffset`, nullable.
    pub sender_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `senderMessage`: `Edm.String`, nullable.
    pub sender_message: rt::Field<::std::string::String>,
    /// CSDL: property `senderUserId`: `Edm.String`, nullable.
    pub sender_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `microsoft.graph.scheduleChangeState`, nullable.
    pub state: rt::Field<crate::v1::ScheduleChangeState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ScheduleChangeRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            assigned_to: rt::Field::Absent,
            manager_action_date_time: rt::Field::Absent,
            manager_action_message: rt::Field::Absent,
            manager_user_id: rt::Field::Absent,
            sender_date_time: rt::Field::Absent,
            sender_message: rt::Field::Absent,
            sender_user_id: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ScheduleChangeRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.scheduleChangeRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "assignedTo",
        "managerActionDateTime",
        "managerActionMessage",
        "managerUserId",
        "senderDateTime",
        "senderMessage",
        "senderUserId",
        "state",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"assignedTo\":                   ",
        ",\"managerActionDateTime\":        ",
        ",\"managerActionMessage\":         ",
        ",\"managerUserId\":                ",
        ",\"senderDateTime\":               ",
        ",\"senderMessage\":                ",
        ",\"senderUserId\":                 ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.scheduleChangeRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "assigned_to", &self.assigned_to);
        v.field(6usize, "manager_action_date_time", &self.manager_action_date_time);
        v.field(7usize, "manager_action_message", &self.manager_action_message);
        v.field(8usize, "manager_user_id", &self.manager_user_id);
        v.field(9usize, "sender_date_time", &self.sender_date_time);
        v.field(10usize, "sender_message", &self.sender_message);
        v.field(11usize, "sender_user_id", &self.sender_user_id);
        v.field(12usize, "state", &self.state);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ScheduleChangeRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.assigned_to.read_from(r),
            6usize => self.manager_action_date_time.read_from(r),
            7usize => self.manager_action_message.read_from(r),
            8usize => self.manager_user_id.read_from(r),
            9usize => self.sender_date_time.read_from(r),
            10usize => self.sender_message.read_from(r),
            11usize => self.sender_user_id.read_from(r),
            12usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.assigned_to);
        w.field(6usize, &self.manager_action_date_time);
        w.field(7usize, &self.manager_action_message);
        w.field(8usize, &self.manager_user_id);
        w.field(9usize, &self.sender_date_time);
        w.field(10usize, &self.sender_message);
        w.field(11usize, &self.sender_user_id);
        w.field(12usize, &self.state);
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
rt::impl_object!(ScheduleChangeRequest);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ScheduleChangeRequest { with_id id : ::std::string::String; with_created_by
    created_by : crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_assigned_to assigned_to : crate
    ::v1::ScheduleChangeRequestActor; with_manager_action_date_time
    manager_action_date_time : rt::edm::DateTimeOffset; with_manager_action_message
    manager_action_message : ::std::string::String; with_manager_user_id manager_user_id
    : ::std::string::String; with_sender_date_time sender_date_time :
    rt::edm::DateTimeOffset; with_sender_message sender_message : ::std::string::String;
    with_sender_user_id sender_user_id : ::std::string::String; with_state state : crate
    ::v1::ScheduleChangeState; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScheduleChangeRequest);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.scheduleChangeRequest` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyScheduleChangeRequest {
    ScheduleChangeRequest(::std::boxed::Box<crate::v1::ScheduleChangeRequest>),
    OfferShiftRequest(::std::boxed::Box<crate::v1::OfferShiftRequest>),
    OpenShiftChangeRequest(::std::boxed::Box<crate::v1::OpenShiftChangeRequest>),
    SwapShiftsChangeRequest(::std::boxed::Box<crate::v1::SwapShiftsChangeRequest>),
    TimeOffRequest(::std::boxed::Box<crate::v1::TimeOffRequest>),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyScheduleChangeRequest {
    #[inline]
    fn default() -> Self {
        Self::ScheduleChangeRequest(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ScheduleChangeRequest>
for AnyScheduleChangeRequest {
    #[inline]
    fn from(v: crate::v1::ScheduleChangeRequest) -> Self {
        Self::ScheduleChangeRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OfferShiftRequest> for AnyScheduleChangeRequest {
    #[inline]
    fn from(v: crate::v1::OfferShiftRequest) -> Self {
        Self::OfferShiftRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OpenShiftChangeRequest>
for AnyScheduleChangeRequest {
    #[inline]
    fn from(v: crate::v1::OpenShiftChangeRequest) -> Self {
        Self::OpenShiftChangeRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SwapShiftsChangeRequest>
for AnyScheduleChangeRequest {
    #[inline]
    fn from(v: crate::v1::SwapShiftsChangeRequest) -> Self {
        Self::SwapShiftsChangeRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TimeOffRequest> for AnyScheduleChangeRequest {
    #[inline]
    fn from(v: crate::v1::TimeOffRequest) -> Self {
        Self::TimeOffRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyScheduleChangeRequest {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyScheduleChangeRequest {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyScheduleChangeRequest {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyScheduleChangeRequest {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyScheduleChangeRequest {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ScheduleChangeRequest>();
    rt::object::auto_traits::<crate::v1::OfferShiftRequest>();
    rt::object::auto_traits::<crate::v1::OpenShiftChangeRequest>();
    rt::object::auto_traits::<crate::v1::SwapShiftsChangeRequest>();
    rt::object::auto_traits::<crate::v1::TimeOffRequest>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyScheduleChangeRequest {
    const BASE_NAME: &'static str = "microsoft.graph.scheduleChangeRequest";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.offerShiftRequest") => {
                Self::OfferShiftRequest(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.openShiftChangeRequest") => {
                Self::OpenShiftChangeRequest(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.swapShiftsChangeRequest") => {
                Self::SwapShiftsChangeRequest(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.timeOffRequest") => {
                Self::TimeOffRequest(rt::object::new_boxed())
            }
            _ => Self::ScheduleChangeRequest(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ScheduleChangeRequest(v) => &**v,
            Self::OfferShiftRequest(v) => &**v,
            Self::OpenShiftChangeRequest(v) => &**v,
            Self::SwapShiftsChangeRequest(v) => &**v,
            Self::TimeOffRequest(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ScheduleChangeRequest(v) => &mut **v,
            Self::OfferShiftRequest(v) => &mut **v,
            Self::OpenShiftChangeRequest(v) => &mut **v,
            Self::SwapShiftsChangeRequest(v) => &mut **v,
            Self::TimeOffRequest(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyScheduleChangeRequest {
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
            Self::ScheduleChangeRequest(v) => &v.id,
            Self::OfferShiftRequest(v) => &v.id,
            Self::OpenShiftChangeRequest(v) => &v.id,
            Self::SwapShiftsChangeRequest(v) => &v.id,
            Self::TimeOffRequest(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ScheduleChangeRequest(v) => &mut v.id,
            Self::OfferShiftRequest(v) => &mut v.id,
            Self::OpenShiftChangeRequest(v) => &mut v.id,
            Self::SwapShiftsChangeRequest(v) => &mut v.id,
            Self::TimeOffRequest(v) => &mut v.id,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ScheduleChangeRequest(v) => &v.created_by,
            Self::OfferShiftRequest(v) => &v.created_by,
            Self::OpenShiftChangeRequest(v) => &v.created_by,
            Self::SwapShiftsChangeRequest(v) => &v.created_by,
            Self::TimeOffRequest(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ScheduleChangeRequest(v) => &mut v.created_by,
            Self::OfferShiftRequest(v) => &mut v.created_by,
            Self::OpenShiftChangeRequest(v) => &mut v.created_by,
            Self::SwapShiftsChangeRequest(v) => &mut v.created_by,
            Self::TimeOffRequest(v) => &mut v.created_by,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ScheduleChangeRequest(v) => &v.created_date_time,
            Self::OfferShiftRequest(v) => &v.created_date_time,
            Self::OpenShiftChangeRequest(v) => &v.created_date_time,
            Self::SwapShiftsChangeRequest(v) => &v.created_date_time,
            Self::TimeOffRequest(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ScheduleChangeRequest(v) => &mut v.created_date_time,
            Self::OfferShiftRequest(v) => &mut v.created_date_time,
            Self::OpenShiftChangeRequest(v) => &mut v.created_date_time,
            Self::SwapShiftsChangeRequest(v) => &mut v.created_date_time,
            Self::TimeOffRequest(v) => &mut v.created_date_time,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ScheduleChangeRequest(v) => &v.last_modified_by,
            Self::OfferShiftRequest(v) => &v.last_modified_by,
            Self::OpenShiftChangeRequest(v) => &v.last_modified_by,
            Self::SwapShiftsChangeRequest(v) => &v.last_modified_by,
            Self::TimeOffRequest(v) => &v.last_modified_by,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ScheduleChangeRequest(v) => &mut v.last_modified_by,
            Self::OfferShiftRequest(v) => &mut v.last_modified_by,
            Self::OpenShiftChangeRequest(v) => &mut v.last_modified_by,
            Self::SwapShiftsChangeRequest(v) => &mut v.last_modified_by,
            Self::TimeOffRequest(v) => &mut v.last_modified_by,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ScheduleChangeRequest(v) => &v.last_modified_date_time,
            Self::OfferShiftRequest(v) => &v.last_modified_date_time,
            Self::OpenShiftChangeRequest(v) => &v.last_modified_date_time,
            Self::SwapShiftsChangeRequest(v) => &v.last_modified_date_time,
            Self::TimeOffRequest(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ScheduleChangeRequest(v) => &mut v.last_modified_date_time,
            Self::OfferShiftRequest(v) => &mut v.last_modified_date_time,
            Self::OpenShiftChangeRequest(v) => &mut v.last_modified_date_time,
            Self::SwapShiftsChangeRequest(v) => &mut v.last_modified_date_time,
            Self::TimeOffRequest(v) => &mut v.last_modified_date_time,
        }
    }
    /// `assignedTo` of any variant.
    #[inline]
    pub fn assigned_to(&self) -> &rt::Field<crate::v1::ScheduleChangeRequestActor> {
        match self {
            Self::ScheduleChangeRequest(v) => &v.assigned_to,
            Self::OfferShiftRequest(v) => &v.assigned_to,
            Self::OpenShiftChangeRequest(v) => &v.assigned_to,
            Self::SwapShiftsChangeRequest(v) => &v.assigned_to,
            Self::TimeOffRequest(v) => &v.assigned_to,
        }
    }
    /// `assignedTo` of any variant.
    #[inline]
    pub fn assigned_to_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ScheduleChangeRequestActor> {
        match self {
            Self::ScheduleChangeRequest(v) => &mut v.assigned_to,
            Self::OfferShiftRequest(v) => &mut v.assigned_to,
            Self::OpenShiftChangeRequest(v) => &mut v.assigned_to,
            Self::SwapShiftsChangeRequest(v) => &mut v.assigned_to,
            Self::TimeOffRequest(v) => &mut v.assigned_to,
        }
    }
    /// `managerActionDateTime` of any variant.
    #[inline]
    pub fn manager_action_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ScheduleChangeRequest(v) => &v.manager_action_date_time,
            Self::OfferShiftRequest(v) => &v.manager_action_date_time,
            Self::OpenShiftChangeRequest(v) => &v.manager_action_date_time,
            Self::SwapShiftsChangeRequest(v) => &v.manager_action_date_time,
            Self::TimeOffRequest(v) => &v.manager_action_date_time,
        }
    }
    /// `managerActionDateTime` of any variant.
    #[inline]
    pub fn manager_action_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ScheduleChangeRequest(v) => &mut v.manager_action_date_time,
            Self::OfferShiftRequest(v) => &mut v.manager_action_date_time,
            Self::OpenShiftChangeRequest(v) => &mut v.manager_action_date_time,
            Self::SwapShiftsChangeRequest(v) => &mut v.manager_action_date_time,
            Self::TimeOffRequest(v) => &mut v.manager_action_date_time,
        }
    }
    /// `managerActionMessage` of any variant.
    #[inline]
    pub fn manager_action_message(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ScheduleChangeRequest(v) => &v.manager_action_message,
            Self::OfferShiftRequest(v) => &v.manager_action_message,
            Self::OpenShiftChangeRequest(v) => &v.manager_action_message,
            Self::SwapShiftsChangeRequest(v) => &v.manager_action_message,
            Self::TimeOffRequest(v) => &v.manager_action_message,
        }
    }
    /// `managerActionMessage` of any variant.
    #[inline]
    pub fn manager_action_message_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ScheduleChangeRequest(v) => &mut v.manager_action_message,
            Self::OfferShiftRequest(v) => &mut v.manager_action_message,
            Self::OpenShiftChangeRequest(v) => &mut v.manager_action_message,
            Self::SwapShiftsChangeRequest(v) => &mut v.manager_action_message,
            Self::TimeOffRequest(v) => &mut v.manager_action_message,
        }
    }
    /// `managerUserId` of any variant.
    #[inline]
    pub fn manager_user_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ScheduleChangeRequest(v) => &v.manager_user_id,
            Self::OfferShiftRequest(v) => &v.manager_user_id,
            Self::OpenShiftChangeRequest(v) => &v.manager_user_id,
            Self::SwapShiftsChangeRequest(v) => &v.manager_user_id,
            Self::TimeOffRequest(v) => &v.manager_user_id,
        }
    }
    /// `managerUserId` of any variant.
    #[inline]
    pub fn manager_user_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ScheduleChangeRequest(v) => &mut v.manager_user_id,
            Self::OfferShiftRequest(v) => &mut v.manager_user_id,
            Self::OpenShiftChangeRequest(v) => &mut v.manager_user_id,
            Self::SwapShiftsChangeRequest(v) => &mut v.manager_user_id,
            Self::TimeOffRequest(v) => &mut v.manager_user_id,
        }
    }
    /// `senderDateTime` of any variant.
    #[inline]
    pub fn sender_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ScheduleChangeRequest(v) => &v.sender_date_time,
            Self::OfferShiftRequest(v) => &v.sender_date_time,
            Self::OpenShiftChangeRequest(v) => &v.sender_date_time,
            Self::SwapShiftsChangeRequest(v) => &v.sender_date_time,
            Self::TimeOffRequest(v) => &v.sender_date_time,
        }
    }
    /// `senderDateTime` of any variant.
    #[inline]
    pub fn sender_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ScheduleChangeRequest(v) => &mut v.sender_date_time,
            Self::OfferShiftRequest(v) => &mut v.sender_date_time,
            Self::OpenShiftChangeRequest(v) => &mut v.sender_date_time,
            Self::SwapShiftsChangeRequest(v) => &mut v.sender_date_time,
            Self::TimeOffRequest(v) => &mut v.sender_date_time,
        }
    }
    /// `senderMessage` of any variant.
    #[inline]
    pub fn sender_message(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ScheduleChangeRequest(v) => &v.sender_message,
            Self::OfferShiftRequest(v) => &v.sender_message,
            Self::OpenShiftChangeRequest(v) => &v.sender_message,
            Self::SwapShiftsChangeRequest(v) => &v.sender_message,
            Self::TimeOffRequest(v) => &v.sender_message,
        }
    }
    /// `senderMessage` of any variant.
    #[inline]
    pub fn sender_message_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ScheduleChangeRequest(v) => &mut v.sender_message,
            Self::OfferShiftRequest(v) => &mut v.sender_message,
            Self::OpenShiftChangeRequest(v) => &mut v.sender_message,
            Self::SwapShiftsChangeRequest(v) => &mut v.sender_message,
            Self::TimeOffRequest(v) => &mut v.sender_message,
        }
    }
    /// `senderUserId` of any variant.
    #[inline]
    pub fn sender_user_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ScheduleChangeRequest(v) => &v.sender_user_id,
            Self::OfferShiftRequest(v) => &v.sender_user_id,
            Self::OpenShiftChangeRequest(v) => &v.sender_user_id,
            Self::SwapShiftsChangeRequest(v) => &v.sender_user_id,
            Self::TimeOffRequest(v) => &v.sender_user_id,
        }
    }
    /// `senderUserId` of any variant.
    #[inline]
    pub fn sender_user_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ScheduleChangeRequest(v) => &mut v.sender_user_id,
            Self::OfferShiftRequest(v) => &mut v.sender_user_id,
            Self::OpenShiftChangeRequest(v) => &mut v.sender_user_id,
            Self::SwapShiftsChangeRequest(v) => &mut v.sender_user_id,
            Self::TimeOffRequest(v) => &mut v.sender_user_id,
        }
    }
    /// `state` of any variant.
    #[inline]
    pub fn state(&self) -> &rt::Field<crate::v1::ScheduleChangeState> {
        match self {
            Self::ScheduleChangeRequest(v) => &v.state,
            Self::OfferShiftRequest(v) => &v.state,
            Self::OpenShiftChangeRequest(v) => &v.state,
            Self::SwapShiftsChangeRequest(v) => &v.state,
            Self::TimeOffRequest(v) => &v.state,
        }
    }
    /// `state` of any variant.
    #[inline]
    pub fn state_mut(&mut self) -> &mut rt::Field<crate::v1::ScheduleChangeState> {
        match self {
            Self::ScheduleChangeRequest(v) => &mut v.state,
            Self::OfferShiftRequest(v) => &mut v.state,
            Self::OpenShiftChangeRequest(v) => &mut v.state,
            Self::SwapShiftsChangeRequest(v) => &mut v.state,
            Self::TimeOffRequest(v) => &mut v.state,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyScheduleChangeRequest);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyScheduleChangeRequest);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.scheduleChangeRequestActor`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ScheduleChangeRequestActor {
    /// `sender` (value 0).
    Sender,
    /// `recipient` (value 1).
    Recipient,
    /// `manager` (value 2).
    Manager,
    /// `system` (value 3).
    System,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for ScheduleChangeRequestActor {
    const TYPE_NAME: &'static str = "microsoft.graph.scheduleChangeRequestActor";
    const MEMBERS: &'static [&'static str] = &[
        "sender",
        "recipient",
        "manager",
        "system",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "sender" => Self::Sender,
                "recipient" => Self::Recipient,
                "manager" => Self::Manager,
                "system" => Self::System,
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
            Self::Sender => "sender",
            Self::Recipient => "recipient",
            Self::Manager => "manager",
            Self::System => "system",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(ScheduleChangeRequestActor);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScheduleChangeRequestActor);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.scheduleChangeState`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ScheduleChangeState {
    /// `pending` (value 0).
    Pending,
    /// `approved` (value 1).
    Approved,
    /// `declined` (value 2).
    Declined,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for ScheduleChangeState {
    const TYPE_NAME: &'static str = "microsoft.graph.scheduleChangeState";
    const MEMBERS: &'static [&'static str] = &[
        "pending",
        "approved",
        "declined",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "pending" => Self::Pending,
                "approved" => Self::Approved,
                "declined" => Self::Declined,
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
            Self::Pending => "pending",
            Self::Approved => "approved",
            Self::Declined => "declined",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(ScheduleChangeState);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScheduleChangeState);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.scheduleEntity`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ScheduleEntity {
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `theme`: `microsoft.graph.scheduleEntityTheme`, not nullable.
    pub theme: rt::Field<crate::v1::ScheduleEntityTheme>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ScheduleEntity {
    #[inline]
    fn default() -> Self {
        Self {
            end_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            theme: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ScheduleEntity {
    const TYPE_NAME: &'static str = "microsoft.graph.scheduleEntity";
    const KEYS: &'static [&'static str] = &["endDateTime", "startDateTime", "theme"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"endDateTime\":                  ",
        ",\"startDateTime\":                ",
        ",\"theme\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.scheduleEntity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "end_date_time", &self.end_date_time);
        v.field(1usize, "start_date_time", &self.start_date_time);
        v.field(2usize, "theme", &self.theme);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ScheduleEntity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.end_date_time.read_from(r),
            1usize => self.start_date_time.read_from(r),
            2usize => self.theme.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.end_date_time);
        w.field(1usize, &self.start_date_time);
        w.field(2usize, &self.theme);
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
rt::impl_object!(ScheduleEntity);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ScheduleEntity { with_end_date_time end_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_theme theme :
    crate ::v1::ScheduleEntityTheme; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScheduleEntity);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.scheduleEntity` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyScheduleEntity {
    ScheduleEntity(::std::boxed::Box<crate::v1::ScheduleEntity>),
    OpenShiftItem(::std::boxed::Box<crate::v1::OpenShiftItem>),
    ShiftItem(::std::boxed::Box<crate::v1::ShiftItem>),
    TimeOffItem(::std::boxed::Box<crate::v1::TimeOffItem>),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyScheduleEntity {
    #[inline]
    fn default() -> Self {
        Self::ScheduleEntity(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ScheduleEntity> for AnyScheduleEntity {
    #[inline]
    fn from(v: crate::v1::ScheduleEntity) -> Self {
        Self::ScheduleEntity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OpenShiftItem> for AnyScheduleEntity {
    #[inline]
    fn from(v: crate::v1::OpenShiftItem) -> Self {
        Self::OpenShiftItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ShiftItem> for AnyScheduleEntity {
    #[inline]
    fn from(v: crate::v1::ShiftItem) -> Self {
        Self::ShiftItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TimeOffItem> for AnyScheduleEntity {
    #[inline]
    fn from(v: crate::v1::TimeOffItem) -> Self {
        Self::TimeOffItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyScheduleEntity {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyScheduleEntity {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyScheduleEntity {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyScheduleEntity {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyScheduleEntity {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ScheduleEntity>();
    rt::object::auto_traits::<crate::v1::OpenShiftItem>();
    rt::object::auto_traits::<crate::v1::ShiftItem>();
    rt::object::auto_traits::<crate::v1::TimeOffItem>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyScheduleEntity {
    const BASE_NAME: &'static str = "microsoft.graph.scheduleEntity";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.openShiftItem") => {
                Self::OpenShiftItem(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.shiftItem") => {
                Self::ShiftItem(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.timeOffItem") => {
                Self::TimeOffItem(rt::object::new_boxed())
            }
            _ => Self::ScheduleEntity(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ScheduleEntity(v) => &**v,
            Self::OpenShiftItem(v) => &**v,
            Self::ShiftItem(v) => &**v,
            Self::TimeOffItem(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ScheduleEntity(v) => &mut **v,
            Self::OpenShiftItem(v) => &mut **v,
            Self::ShiftItem(v) => &mut **v,
            Self::TimeOffItem(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyScheduleEntity {
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
    /// `endDateTime` of any variant.
    #[inline]
    pub fn end_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ScheduleEntity(v) => &v.end_date_time,
            Self::OpenShiftItem(v) => &v.end_date_time,
            Self::ShiftItem(v) => &v.end_date_time,
            Self::TimeOffItem(v) => &v.end_date_time,
        }
    }
    /// `endDateTime` of any variant.
    #[inline]
    pub fn end_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ScheduleEntity(v) => &mut v.end_date_time,
            Self::OpenShiftItem(v) => &mut v.end_date_time,
            Self::ShiftItem(v) => &mut v.end_date_time,
            Self::TimeOffItem(v) => &mut v.end_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ScheduleEntity(v) => &v.start_date_time,
            Self::OpenShiftItem(v) => &v.start_date_time,
            Self::ShiftItem(v) => &v.start_date_time,
            Self::TimeOffItem(v) => &v.start_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ScheduleEntity(v) => &mut v.start_date_time,
            Self::OpenShiftItem(v) => &mut v.start_date_time,
            Self::ShiftItem(v) => &mut v.start_date_time,
            Self::TimeOffItem(v) => &mut v.start_date_time,
        }
    }
    /// `theme` of any variant.
    #[inline]
    pub fn theme(&self) -> &rt::Field<crate::v1::ScheduleEntityTheme> {
        match self {
            Self::ScheduleEntity(v) => &v.theme,
            Self::OpenShiftItem(v) => &v.theme,
            Self::ShiftItem(v) => &v.theme,
            Self::TimeOffItem(v) => &v.theme,
        }
    }
    /// `theme` of any variant.
    #[inline]
    pub fn theme_mut(&mut self) -> &mut rt::Field<crate::v1::ScheduleEntityTheme> {
        match self {
            Self::ScheduleEntity(v) => &mut v.theme,
            Self::OpenShiftItem(v) => &mut v.theme,
            Self::ShiftItem(v) => &mut v.theme,
            Self::TimeOffItem(v) => &mut v.theme,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyScheduleEntity);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyScheduleEntity);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.scheduleEntityTheme`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ScheduleEntityTheme {
    /// `white` (value 0).
    White,
    /// `blue` (value 1).
    Blue,
    /// `green` (value 2).
    Green,
    /// `purple` (value 3).
    Purple,
    /// `pink` (value 4).
    Pink,
    /// `yellow` (value 5).
    Yellow,
    /// `gray` (value 6).
    Gray,
    /// `darkBlue` (value 7).
    DarkBlue,
    /// `darkGreen` (value 8).
    DarkGreen,
    /// `darkPurple` (value 9).
    DarkPurple,
    /// `darkPink` (value 10).
    DarkPink,
    /// `darkYellow` (value 11).
    DarkYellow,
    /// `unknownFutureValue` (value 12).
    UnknownFutureValue,
    /// `darkRed` (value 13).
    DarkRed,
    /// `cranberry` (value 14).
    Cranberry,
    /// `darkOrange` (value 15).
    DarkOrange,
    /// `bronze` (value 16).
    Bronze,
    /// `peach` (value 17).
    Peach,
    /// `gold` (value 18).
    Gold,
    /// `lime` (value 19).
    Lime,
    /// `forest` (value 20).
    Forest,
    /// `lightGreen` (value 21).
    LightGreen,
    /// `jade` (value 22).
    Jade,
    /// `lightTeal` (value 23).
    LightTeal,
    /// `darkTeal` (value 24).
    DarkTeal,
    /// `steel` (value 25).
    Steel,
    /// `skyBlue` (value 26).
    SkyBlue,
    /// `blueGray` (value 27).
    BlueGray,
    /// `lavender` (value 28).
    Lavender,
    /// `lilac` (value 29).
    Lilac,
    /// `plum` (value 30).
    Plum,
    /// `magenta` (value 31).
    Magenta,
    /// `darkBrown` (value 32).
    DarkBrown,
    /// `beige` (value 33).
    Beige,
    /// `charcoal` (value 34).
    Charcoal,
    /// `silver` (value 35).
    Silver,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for ScheduleEntityTheme {
    const TYPE_NAME: &'static str = "microsoft.graph.scheduleEntityTheme";
    const MEMBERS: &'static [&'static str] = &[
        "white",
        "blue",
        "green",
        "purple",
        "pink",
        "yellow",
        "gray",
        "darkBlue",
        "darkGreen",
        "darkPurple",
        "darkPink",
        "darkYellow",
        "unknownFutureValue",
        "darkRed",
        "cranberry",
        "darkOrange",
        "bronze",
        "peach",
        "gold",
        "lime",
        "forest",
        "lightGreen",
        "jade",
        "lightTeal",
        "darkTeal",
        "steel",
        "skyBlue",
        "blueGray",
        "lavender",
        "lilac",
        "plum",
        "magenta",
        "darkBrown",
        "beige",
        "charcoal",
        "silver",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "white" => Self::White,
                "blue" => Self::Blue,
                "green" => Self::Green,
                "purple" => Self::Purple,
                "pink" => Self::Pink,
                "yellow" => Self::Yellow,
                "gray" => Self::Gray,
                "darkBlue" => Self::DarkBlue,
                "darkGreen" => Self::DarkGreen,
                "darkPurple" => Self::DarkPurple,
                "darkPink" => Self::DarkPink,
                "darkYellow" => Self::DarkYellow,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "darkRed" => Self::DarkRed,
                "cranberry" => Self::Cranberry,
                "darkOrange" => Self::DarkOrange,
                "bronze" => Self::Bronze,
                "peach" => Self::Peach,
                "gold" => Self::Gold,
                "lime" => Self::Lime,
                "forest" => Self::Forest,
                "lightGreen" => Self::LightGreen,
                "jade" => Self::Jade,
                "lightTeal" => Self::LightTeal,
                "darkTeal" => Self::DarkTeal,
                "steel" => Self::Steel,
                "skyBlue" => Self::SkyBlue,
                "blueGray" => Self::BlueGray,
                "lavender" => Self::Lavender,
                "lilac" => Self::Lilac,
                "plum" => Self::Plum,
                "magenta" => Self::Magenta,
                "darkBrown" => Self::DarkBrown,
                "beige" => Self::Beige,
                "charcoal" => Self::Charcoal,
                "silver" => Self::Silver,
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
            Self::White => "white",
            Self::Blue => "blue",
            Self::Green => "green",
            Self::Purple => "purple",
            Self::Pink => "pink",
            Self::Yellow => "yellow",
            Self::Gray => "gray",
            Self::DarkBlue => "darkBlue",
            Self::DarkGreen => "darkGreen",
            Self::DarkPurple => "darkPurple",
            Self::DarkPink => "darkPink",
            Self::DarkYellow => "darkYellow",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::DarkRed => "darkRed",
            Self::Cranberry => "cranberry",
            Self::DarkOrange => "darkOrange",
            Self::Bronze => "bronze",
            Self::Peach => "peach",
            Self::Gold => "gold",
            Self::Lime => "lime",
            Self::Forest => "forest",
            Self::LightGreen => "lightGreen",
            Self::Jade => "jade",
            Self::LightTeal => "lightTeal",
            Self::DarkTeal => "darkTeal",
            Self::Steel => "steel",
            Self::SkyBlue => "skyBlue",
            Self::BlueGray => "blueGray",
            Self::Lavender => "lavender",
            Self::Lilac => "lilac",
            Self::Plum => "plum",
            Self::Magenta => "magenta",
            Self::DarkBrown => "darkBrown",
            Self::Beige => "beige",
            Self::Charcoal => "charcoal",
            Self::Silver => "silver",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(ScheduleEntityTheme);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScheduleEntityTheme);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.schedulingGroup`, entity type, derived from `microsoft.graph.changeTrackedEntity`, key `id`.
///
/// Request builders: [`ChangeTrackedEntityPath`](requests/trait.ChangeTrackedEntityPath.html), what a path to one (`EntityPath<SchedulingGroup, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SchedulingGroup {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isActive`: `Edm.Boolean`, nullable.
    pub is_active: rt::Field<bool>,
    /// CSDL: property `userIds`: `Collection(Edm.String)`, nullable.
    pub user_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SchedulingGroup {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            code: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_active: rt::Field::Absent,
            user_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SchedulingGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.schedulingGroup";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "code",
        "displayName",
        "isActive",
        "userIds",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"code\":                         ",
        ",\"displayName\":                  ",
        ",\"isActive\":                     ",
        ",\"userIds\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.schedulingGroup\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "code", &self.code);
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "is_active", &self.is_active);
        v.field(8usize, "user_ids", &self.user_ids);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SchedulingGroup {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.code.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.is_active.read_from(r),
            8usize => self.user_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.code);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.is_active);
        w.field(8usize, &self.user_ids);
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
rt::impl_object!(SchedulingGroup);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SchedulingGroup { with_id id : ::std::string::String; with_created_by created_by :
    crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_code code : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_is_active is_active : bool; with_user_ids
    user_ids : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SchedulingGroup);
#[cfg(msgraph_v1_schema_extensions_or_search)]
/// CSDL: `microsoft.graph.schemaExtension`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-schema-extensions`, `v1-search`.
#[derive(Clone)]
pub struct SchemaExtension {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `owner`: `Edm.String`, not nullable.
    pub owner: rt::Field<::std::string::String>,
    /// CSDL: property `properties`: `Collection(microsoft.graph.extensionSchemaProperty)`, not nullable.
    pub properties: rt::Field<::std::vec::Vec<crate::v1::ExtensionSchemaProperty>>,
    /// CSDL: property `status`: `Edm.String`, not nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `targetTypes`: `Collection(Edm.String)`, not nullable.
    pub target_types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_schema_extensions_or_search)]
impl ::std::default::Default for SchemaExtension {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            owner: rt::Field::Absent,
            properties: rt::Field::Absent,
            status: rt::Field::Absent,
            target_types: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_schema_extensions_or_search)]
impl rt::Object for SchemaExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.schemaExtension";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "owner",
        "properties",
        "status",
        "targetTypes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"owner\":                        ",
        ",\"properties\":                   ",
        ",\"status\":                       ",
        ",\"targetTypes\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.schemaExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "owner", &self.owner);
        v.field(3usize, "properties", &self.properties);
        v.field(4usize, "status", &self.status);
        v.field(5usize, "target_types", &self.target_types);
    }
}
#[cfg(msgraph_v1_schema_extensions_or_search)]
impl rt::object::Members for SchemaExtension {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.owner.read_from(r),
            3usize => self.properties.read_from(r),
            4usize => self.status.read_from(r),
            5usize => self.target_types.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.owner);
        w.field(3usize, &self.properties);
        w.field(4usize, &self.status);
        w.field(5usize, &self.target_types);
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
#[cfg(msgraph_v1_schema_extensions_or_search)]
rt::impl_object!(SchemaExtension);
#[cfg(msgraph_v1_schema_extensions_or_search)]
rt::impl_setters!(
    SchemaExtension { with_id id : ::std::string::String; with_description description :
    ::std::string::String; with_owner owner : ::std::string::String; with_properties
    properties : ::std::vec::Vec < crate ::v1::ExtensionSchemaProperty >; with_status
    status : ::std::string::String; with_target_types target_types : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_schema_extensions_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SchemaExtension);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.scopeCollectionKind`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ScopeCollectionKind {
    /// `allAllowed` (value 0).
    AllAllowed,
    /// `enumerated` (value 1).
    Enumerated,
    /// `none` (value 2).
    None,
    /// `scopeKindNotSet` (value 3).
    ScopeKindNotSet,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for ScopeCollectionKind {
    const TYPE_NAME: &'static str = "microsoft.graph.scopeCollectionKind";
    const MEMBERS: &'static [&'static str] = &[
        "allAllowed",
        "enumerated",
        "none",
        "scopeKindNotSet",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allAllowed" => Self::AllAllowed,
                "enumerated" => Self::Enumerated,
                "none" => Self::None,
                "scopeKindNotSet" => Self::ScopeKindNotSet,
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
            Self::AllAllowed => "allAllowed",
            Self::Enumerated => "enumerated",
            Self::None => "none",
            Self::ScopeKindNotSet => "scopeKindNotSet",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(ScopeCollectionKind);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScopeCollectionKind);
#[cfg(msgraph_v1_core_or_scoped_role_memberships)]
/// CSDL: `microsoft.graph.scopedRoleMembership`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ScopedRoleMembershipPath`](requests/trait.ScopedRoleMembershipPath.html), what a path to one (`EntityPath<ScopedRoleMembership, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ScopedRoleMembership {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `administrativeUnitId`: `Edm.String`, not nullable.
    pub administrative_unit_id: rt::Field<::std::string::String>,
    /// CSDL: property `roleId`: `Edm.String`, not nullable.
    pub role_id: rt::Field<::std::string::String>,
    /// CSDL: property `roleMemberInfo`: `microsoft.graph.identity`, not nullable.
    pub role_member_info: rt::Field<crate::v1::AnyIdentity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_scoped_role_memberships)]
impl ::std::default::Default for ScopedRoleMembership {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            administrative_unit_id: rt::Field::Absent,
            role_id: rt::Field::Absent,
            role_member_info: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_scoped_role_memberships)]
impl rt::Object for ScopedRoleMembership {
    const TYPE_NAME: &'static str = "microsoft.graph.scopedRoleMembership";
    const KEYS: &'static [&'static str] = &[
        "id",
        "administrativeUnitId",
        "roleId",
        "roleMemberInfo",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"administrativeUnitId\":         ",
        ",\"roleId\":                       ",
        ",\"roleMemberInfo\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.scopedRoleMembership\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "administrative_unit_id", &self.administrative_unit_id);
        v.field(2usize, "role_id", &self.role_id);
        v.field(3usize, "role_member_info", &self.role_member_info);
    }
}
#[cfg(msgraph_v1_core_or_scoped_role_memberships)]
impl rt::object::Members for ScopedRoleMembership {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.administrative_unit_id.read_from(r),
            2usize => self.role_id.read_from(r),
            3usize => self.role_member_info.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.administrative_unit_id);
        w.field(2usize, &self.role_id);
        w.field(3usize, &self.role_member_info);
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
#[cfg(msgraph_v1_core_or_scoped_role_memberships)]
rt::impl_object!(ScopedRoleMembership);
#[cfg(msgraph_v1_core_or_scoped_role_memberships)]
rt::impl_setters!(
    ScopedRoleMembership { with_id id : ::std::string::String;
    with_administrative_unit_id administrative_unit_id : ::std::string::String;
    with_role_id role_id : ::std::string::String; with_role_member_info role_member_info
    : crate ::v1::AnyIdentity; }
);
#[cfg(msgraph_v1_core_or_scoped_role_memberships)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScopedRoleMembership);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.scoredEmailAddress`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ScoredEmailAddress {
    /// CSDL: property `address`: `Edm.String`, nullable.
    pub address: rt::Field<::std::string::String>,
    /// CSDL: property `itemId`: `Edm.String`, nullable.
    pub item_id: rt::Field<::std::string::String>,
    /// CSDL: property `relevanceScore`: `Edm.Double`, nullable.
    pub relevance_score: rt::Field<f64>,
    /// CSDL: property `selectionLikelihood`: `microsoft.graph.selectionLikelihoodInfo`, nullable.
    pub selection_likelihood: rt::Field<crate::v1::SelectionLikelihoodInfo>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ScoredEmailAddress {
    #[inline]
    fn default() -> Self {
        Self {
            address: rt::Field::Absent,
            item_id: rt::Field::Absent,
            relevance_score: rt::Field::Absent,
            selection_likelihood: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ScoredEmailAddress {
    const TYPE_NAME: &'static str = "microsoft.graph.scoredEmailAddress";
    const KEYS: &'static [&'static str] = &[
        "address",
        "itemId",
        "relevanceScore",
        "selectionLikelihood",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"address\":                      ",
        ",\"itemId\":                       ",
        ",\"relevanceScore\":               ",
        ",\"selectionLikelihood\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.scoredEmailAddress\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "address", &self.address);
        v.field(1usize, "item_id", &self.item_id);
        v.field(2usize, "relevance_score", &self.relevance_score);
        v.field(3usize, "selection_likelihood", &self.selection_likelihood);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ScoredEmailAddress {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.address.read_from(r),
            1usize => self.item_id.read_from(r),
            2usize => self.relevance_score.read_from(r),
            3usize => self.selection_likelihood.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.address);
        w.field(1usize, &self.item_id);
        w.field(2usize, &self.relevance_score);
        w.field(3usize, &self.selection_likelihood);
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
rt::impl_object!(ScoredEmailAddress);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ScoredEmailAddress { with_address address : ::std::string::String; with_item_id
    item_id : ::std::string::String; with_relevance_score relevance_score : f64;
    with_selection_likelihood selection_likelihood : crate ::v1::SelectionLikelihoodInfo;
    }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScoredEmailAddress);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.screenSharingRole`, enum type.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ScreenSharingRole {
    /// `viewer` (value 0).
    Viewer,
    /// `sharer` (value 1).
    Sharer,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::StrEnum for ScreenSharingRole {
    const TYPE_NAME: &'static str = "microsoft.graph.screenSharingRole";
    const MEMBERS: &'static [&'static str] = &["viewer", "sharer"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "viewer" => Self::Viewer,
                "sharer" => Self::Sharer,
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
            Self::Viewer => "viewer",
            Self::Sharer => "sharer",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_enum!(ScreenSharingRole);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScreenSharingRole);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.searchAggregation`, complex type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct SearchAggregation {
    /// CSDL: property `buckets`: `Collection(microsoft.graph.searchBucket)`, nullable.
    pub buckets: rt::Field<::std::vec::Vec<crate::v1::SearchBucket>>,
    /// CSDL: property `field`: `Edm.String`, nullable.
    pub field: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for SearchAggregation {
    #[inline]
    fn default() -> Self {
        Self {
            buckets: rt::Field::Absent,
            field: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for SearchAggregation {
    const TYPE_NAME: &'static str = "microsoft.graph.searchAggregation";
    const KEYS: &'static [&'static str] = &["buckets", "field"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"buckets\":                      ",
        ",\"field\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.searchAggregation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "buckets", &self.buckets);
        v.field(1usize, "field", &self.field);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for SearchAggregation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.buckets.read_from(r),
            1usize => self.field.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.buckets);
        w.field(1usize, &self.field);
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
rt::impl_object!(SearchAggregation);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    SearchAggregation { with_buckets buckets : ::std::vec::Vec < crate ::v1::SearchBucket
    >; with_field field : ::std::string::String; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchAggregation);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.searchAlteration`, complex type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct SearchAlteration {
    /// CSDL: property `alteredHighlightedQueryString`: `Edm.String`, nullable.
    pub altered_highlighted_query_string: rt::Field<::std::string::String>,
    /// CSDL: property `alteredQueryString`: `Edm.String`, nullable.
    pub altered_query_string: rt::Field<::std::string::String>,
    /// CSDL: property `alteredQueryTokens`: `Collection(microsoft.graph.alteredQueryToken)`, nullable.
    pub altered_query_tokens: rt::Field<::std::vec::Vec<crate::v1::AlteredQueryToken>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for SearchAlteration {
    #[inline]
    fn default() -> Self {
        Self {
            altered_highlighted_query_string: rt::Field::Absent,
            altered_query_string: rt::Field::Absent,
            altered_query_tokens: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for SearchAlteration {
    const TYPE_NAME: &'static str = "microsoft.graph.searchAlteration";
    const KEYS: &'static [&'static str] = &[
        "alteredHighlightedQueryString",
        "alteredQueryString",
        "alteredQueryTokens",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"alteredHighlightedQueryString\":",
        ",\"alteredQueryString\":           ",
        ",\"alteredQueryTokens\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.searchAlteration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "altered_highlighted_query_string",
            &self.altered_highlighted_query_string,
        );
        v.field(1usize, "altered_query_string", &self.altered_query_string);
        v.field(2usize, "altered_query_tokens", &self.altered_query_tokens);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for SearchAlteration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.altered_highlighted_query_string.read_from(r),
            1usize => self.altered_query_string.read_from(r),
            2usize => self.altered_query_tokens.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.altered_highlighted_query_string);
        w.field(1usize, &self.altered_query_string);
        w.field(2usize, &self.altered_query_tokens);
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
rt::impl_object!(SearchAlteration);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    SearchAlteration { with_altered_highlighted_query_string
    altered_highlighted_query_string : ::std::string::String; with_altered_query_string
    altered_query_string : ::std::string::String; with_altered_query_tokens
    altered_query_tokens : ::std::vec::Vec < crate ::v1::AlteredQueryToken >; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchAlteration);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.searchAlterationOptions`, complex type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct SearchAlterationOptions {
    /// CSDL: property `enableModification`: `Edm.Boolean`, nullable.
    pub enable_modification: rt::Field<bool>,
    /// CSDL: property `enableSuggestion`: `Edm.Boolean`, nullable.
    pub enable_suggestion: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for SearchAlterationOptions {
    #[inline]
    fn default() -> Self {
        Self {
            enable_modification: rt::Field::Absent,
            enable_suggestion: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for SearchAlterationOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.searchAlterationOptions";
    const KEYS: &'static [&'static str] = &["enableModification", "enableSuggestion"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"enableModification\":           ",
        ",\"enableSuggestion\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.searchAlterationOptions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "enable_modification", &self.enable_modification);
        v.field(1usize, "enable_suggestion", &self.enable_suggestion);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for SearchAlterationOptions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.enable_modification.read_from(r),
            1usize => self.enable_suggestion.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.enable_modification);
        w.field(1usize, &self.enable_suggestion);
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
rt::impl_object!(SearchAlterationOptions);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    SearchAlterationOptions { with_enable_modification enable_modification : bool;
    with_enable_suggestion enable_suggestion : bool; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchAlterationOptions);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.searchAlterationType`, enum type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SearchAlterationType {
    /// `suggestion` (value 0).
    Suggestion,
    /// `modification` (value 1).
    Modification,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search)]
impl rt::StrEnum for SearchAlterationType {
    const TYPE_NAME: &'static str = "microsoft.graph.searchAlterationType";
    const MEMBERS: &'static [&'static str] = &[
        "suggestion",
        "modification",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "suggestion" => Self::Suggestion,
                "modification" => Self::Modification,
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
            Self::Suggestion => "suggestion",
            Self::Modification => "modification",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search)]
rt::impl_enum!(SearchAlterationType);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchAlterationType);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.searchBucket`, complex type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct SearchBucket {
    /// CSDL: property `aggregationFilterToken`: `Edm.String`, nullable.
    pub aggregation_filter_token: rt::Field<::std::string::String>,
    /// CSDL: property `count`: `Edm.Int32`, nullable.
    pub count: rt::Field<i32>,
    /// CSDL: property `key`: `Edm.String`, nullable.
    pub key: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for SearchBucket {
    #[inline]
    fn default() -> Self {
        Self {
            aggregation_filter_token: rt::Field::Absent,
            count: rt::Field::Absent,
            key: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for SearchBucket {
    const TYPE_NAME: &'static str = "microsoft.graph.searchBucket";
    const KEYS: &'static [&'static str] = &["aggregationFilterToken", "count", "key"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"aggregationFilterToken\":       ",
        ",\"count\":                        ",
        ",\"key\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.searchBucket\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "aggregation_filter_token", &self.aggregation_filter_token);
        v.field(1usize, "count", &self.count);
        v.field(2usize, "key", &self.key);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for SearchBucket {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.aggregation_filter_token.read_from(r),
            1usize => self.count.read_from(r),
            2usize => self.key.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.aggregation_filter_token);
        w.field(1usize, &self.count);
        w.field(2usize, &self.key);
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
rt::impl_object!(SearchBucket);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    SearchBucket { with_aggregation_filter_token aggregation_filter_token :
    ::std::string::String; with_count count : i32; with_key key : ::std::string::String;
    }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchBucket);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.searchContent`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1` or `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SearchContent {
    /// `sharedContent` (value 1).
    SharedContent,
    /// `privateContent` (value 2).
    PrivateContent,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search)]
impl rt::StrEnum for SearchContent {
    const TYPE_NAME: &'static str = "microsoft.graph.searchContent";
    const MEMBERS: &'static [&'static str] = &[
        "sharedContent",
        "privateContent",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "sharedContent" => Self::SharedContent,
                "privateContent" => Self::PrivateContent,
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
            Self::SharedContent => "sharedContent",
            Self::PrivateContent => "privateContent",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search)]
rt::impl_enum!(SearchContent);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchContent);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.searchQuery`, complex type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct SearchQuery {
    /// CSDL: property `queryString`: `Edm.String`, not nullable.
    pub query_string: rt::Field<::std::string::String>,
    /// CSDL: property `queryTemplate`: `Edm.String`, nullable.
    pub query_template: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for SearchQuery {
    #[inline]
    fn default() -> Self {
        Self {
            query_string: rt::Field::Absent,
            query_template: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for SearchQuery {
    const TYPE_NAME: &'static str = "microsoft.graph.searchQuery";
    const KEYS: &'static [&'static str] = &["queryString", "queryTemplate"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"queryString\":                  ",
        ",\"queryTemplate\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.searchQuery\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "query_string", &self.query_string);
        v.field(1usize, "query_template", &self.query_template);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for SearchQuery {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.query_string.read_from(r),
            1usize => self.query_template.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.query_string);
        w.field(1usize, &self.query_template);
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
rt::impl_object!(SearchQuery);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    SearchQuery { with_query_string query_string : ::std::string::String;
    with_query_template query_template : ::std::string::String; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchQuery);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.searchRequest`, complex type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct SearchRequest {
    /// CSDL: property `aggregationFilters`: `Collection(Edm.String)`, nullable.
    pub aggregation_filters: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `aggregations`: `Collection(microsoft.graph.aggregationOption)`, nullable.
    pub aggregations: rt::Field<::std::vec::Vec<crate::v1::AggregationOption>>,
    /// CSDL: property `collapseProperties`: `Collection(microsoft.graph.collapseProperty)`, nullable.
    pub collapse_properties: rt::Field<::std::vec::Vec<crate::v1::CollapseProperty>>,
    /// CSDL: property `contentSources`: `Collection(Edm.String)`, nullable.
    pub content_sources: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `enableTopResults`: `Edm.Boolean`, nullable.
    pub enable_top_results: rt::Field<bool>,
    /// CSDL: property `entityTypes`: `Collection(microsoft.graph.entityType)`, nullable.
    pub entity_types: rt::Field<::std::vec::Vec<crate::v1::EntityType>>,
    /// CSDL: property `fields`: `Collection(Edm.String)`, nullable.
    pub fields: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `from`: `Edm.Int32`, not nullable.
    pub from: rt::Field<i32>,
    /// CSDL: property `query`: `microsoft.graph.searchQuery`, not nullable.
    pub query: rt::Field<crate::v1::SearchQuery>,
    /// CSDL: property `queryAlterationOptions`: `microsoft.graph.searchAlterationOptions`, nullable.
    pub query_alteration_options: rt::Field<crate::v1::SearchAlterationOptions>,
    /// CSDL: property `region`: `Edm.String`, nullable.
    pub region: rt::Field<::std::string::String>,
    /// CSDL: property `resultTemplateOptions`: `microsoft.graph.resultTemplateOption`, nullable.
    pub result_template_options: rt::Field<crate::v1::ResultTemplateOption>,
    /// CSDL: property `sharePointOneDriveOptions`: `microsoft.graph.sharePointOneDriveOptions`, nullable.
    pub share_point_one_drive_options: rt::Field<crate::v1::SharePointOneDriveOptions>,
    /// CSDL: property `size`: `Edm.Int32`, not nullable.
    pub size: rt::Field<i32>,
    /// CSDL: property `sortProperties`: `Collection(microsoft.graph.sortProperty)`, nullable.
    pub sort_properties: rt::Field<::std::vec::Vec<crate::v1::SortProperty>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for SearchRequest {
    #[inline]
    fn default() -> Self {
        Self {
            aggregation_filters: rt::Field::Absent,
            aggregations: rt::Field::Absent,
            collapse_properties: rt::Field::Absent,
            content_sources: rt::Field::Absent,
            enable_top_results: rt::Field::Absent,
            entity_types: rt::Field::Absent,
            fields: rt::Field::Absent,
            from: rt::Field::Absent,
            query: rt::Field::Absent,
            query_alteration_options: rt::Field::Absent,
            region: rt::Field::Absent,
            result_template_options: rt::Field::Absent,
            share_point_one_drive_options: rt::Field::Absent,
            size: rt::Field::Absent,
            sort_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for SearchRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.searchRequest";
    const KEYS: &'static [&'static str] = &[
        "aggregationFilters",
        "aggregations",
        "collapseProperties",
        "contentSources",
        "enableTopResults",
        "entityTypes",
        "fields",
        "from",
        "query",
        "queryAlterationOptions",
        "region",
        "resultTemplateOptions",
        "sharePointOneDriveOptions",
        "size",
        "sortProperties",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"aggregationFilters\":           ",
        ",\"aggregations\":                 ",
        ",\"collapseProperties\":           ",
        ",\"contentSources\":               ",
        ",\"enableTopResults\":             ",
        ",\"entityTypes\":                  ",
        ",\"fields\":                       ",
        ",\"from\":                         ",
        ",\"query\":                        ",
        ",\"queryAlterationOptions\":       ",
        ",\"region\":                       ",
        ",\"resultTemplateOptions\":        ",
        ",\"sharePointOneDriveOptions\":    ",
        ",\"size\":                         ",
        ",\"sortProperties\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.searchRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "aggregation_filters", &self.aggregation_filters);
        v.field(1usize, "aggregations", &self.aggregations);
        v.field(2usize, "collapse_properties", &self.collapse_properties);
        v.field(3usize, "content_sources", &self.content_sources);
        v.field(4usize, "enable_top_results", &self.enable_top_results);
        v.field(5usize, "entity_types", &self.entity_types);
        v.field(6usize, "fields", &self.fields);
        v.field(7usize, "from", &self.from);
        v.field(8usize, "query", &self.query);
        v.field(9usize, "query_alteration_options", &self.query_alteration_options);
        v.field(10usize, "region", &self.region);
        v.field(11usize, "result_template_options", &self.result_template_options);
        v.field(
            12usize,
            "share_point_one_drive_options",
            &self.share_point_one_drive_options,
        );
        v.field(13usize, "size", &self.size);
        v.field(14usize, "sort_properties", &self.sort_properties);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for SearchRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.aggregation_filters.read_from(r),
            1usize => self.aggregations.read_from(r),
            2usize => self.collapse_properties.read_from(r),
            3usize => self.content_sources.read_from(r),
            4usize => self.enable_top_results.read_from(r),
            5usize => self.entity_types.read_from(r),
            6usize => self.fields.read_from(r),
            7usize => self.from.read_from(r),
            8usize => self.query.read_from(r),
            9usize => self.query_alteration_options.read_from(r),
            10usize => self.region.read_from(r),
            11usize => self.result_template_options.read_from(r),
            12usize => self.share_point_one_drive_options.read_from(r),
            13usize => self.size.read_from(r),
            14usize => self.sort_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.aggregation_filters);
        w.field(1usize, &self.aggregations);
        w.field(2usize, &self.collapse_properties);
        w.field(3usize, &self.content_sources);
        w.field(4usize, &self.enable_top_results);
        w.field(5usize, &self.entity_types);
        w.field(6usize, &self.fields);
        w.field(7usize, &self.from);
        w.field(8usize, &self.query);
        w.field(9usize, &self.query_alteration_options);
        w.field(10usize, &self.region);
        w.field(11usize, &self.result_template_options);
        w.field(12usize, &self.share_point_one_drive_options);
        w.field(13usize, &self.size);
        w.field(14usize, &self.sort_properties);
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
rt::impl_object!(SearchRequest);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    SearchRequest { with_aggregation_filters aggregation_filters : ::std::vec::Vec <
    ::std::string::String >; with_aggregations aggregations : ::std::vec::Vec < crate
    ::v1::AggregationOption >; with_collapse_properties collapse_properties :
    ::std::vec::Vec < crate ::v1::CollapseProperty >; with_content_sources
    content_sources : ::std::vec::Vec < ::std::string::String >; with_enable_top_results
    enable_top_results : bool; with_entity_types entity_types : ::std::vec::Vec < crate
    ::v1::EntityType >; with_fields fields : ::std::vec::Vec < ::std::string::String >;
    with_from from : i32; with_query query : crate ::v1::SearchQuery;
    with_query_alteration_options query_alteration_options : crate
    ::v1::SearchAlterationOptions; with_region region : ::std::string::String;
    with_result_template_options result_template_options : crate
    ::v1::ResultTemplateOption; with_share_point_one_drive_options
    share_point_one_drive_options : crate ::v1::SharePointOneDriveOptions; with_size size
    : i32; with_sort_properties sort_properties : ::std::vec::Vec < crate
    ::v1::SortProperty >; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchRequest);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.searchResult`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct SearchResult {
    /// CSDL: property `onClickTelemetryUrl`: `Edm.String`, nullable.
    pub on_click_telemetry_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for SearchResult {
    #[inline]
    fn default() -> Self {
        Self {
            on_click_telemetry_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for SearchResult {
    const TYPE_NAME: &'static str = "microsoft.graph.searchResult";
    const KEYS: &'static [&'static str] = &["onClickTelemetryUrl"];
    const KEYS_JSON: &'static [&'static str] = &[",\"onClickTelemetryUrl\":          "];
    const TAG: &'static str = "\"#microsoft.graph.searchResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "on_click_telemetry_url", &self.on_click_telemetry_url);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for SearchResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.on_click_telemetry_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.on_click_telemetry_url);
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
rt::impl_object!(SearchResult);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    SearchResult { with_on_click_telemetry_url on_click_telemetry_url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchResult);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.section`, entity type, derived from `microsoft.graph.place`, key `id`.
///
/// Request builders: [`PlacePath`](requests/trait.PlacePath.html), what a path to one (`EntityPath<Section, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone)]
pub struct Section {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `address`: `microsoft.graph.physicalAddress`, nullable.
    pub address: rt::Field<crate::v1::PhysicalAddress>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `geoCoordinates`: `microsoft.graph.outlookGeoCoordinates`, nullable.
    pub geo_coordinates: rt::Field<crate::v1::OutlookGeoCoordinates>,
    /// CSDL: property `isWheelChairAccessible`: `Edm.Boolean`, nullable.
    pub is_wheel_chair_accessible: rt::Field<bool>,
    /// CSDL: property `label`: `Edm.String`, nullable.
    pub label: rt::Field<::std::string::String>,
    /// CSDL: property `parentId`: `Edm.String`, nullable.
    pub parent_id: rt::Field<::std::string::String>,
    /// CSDL: property `phone`: `Edm.String`, nullable.
    pub phone: rt::Field<::std::string::String>,
    /// CSDL: property `placeId`: `Edm.String`, nullable.
    pub place_id: rt::Field<::std::string::String>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, not nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: containment navigation property `checkIns`: `Collection(microsoft.graph.checkInClaim)`, not nullable.
    pub check_ins: rt::Field<::std::vec::Vec<crate::v1::CheckInClaim>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for Section {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            address: rt::Field::Absent,
            display_name: rt::Field::Absent,
            geo_coordinates: rt::Field::Absent,
            is_wheel_chair_accessible: rt::Field::Absent,
            label: rt::Field::Absent,
            parent_id: rt::Field::Absent,
            phone: rt::Field::Absent,
            place_id: rt::Field::Absent,
            tags: rt::Field::Absent,
            check_ins: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::Object for Section {
    const TYPE_NAME: &'static str = "microsoft.graph.section";
    const KEYS: &'static [&'static str] = &[
        "id",
        "address",
        "displayName",
        "geoCoordinates",
        "isWheelChairAccessible",
        "label",
        "parentId",
        "phone",
        "placeId",
        "tags",
        "checkIns",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"address\":                      ",
        ",\"displayName\":                  ",
        ",\"geoCoordinates\":               ",
        ",\"isWheelChairAccessible\":       ",
        ",\"label\":                        ",
        ",\"parentId\":                     ",
        ",\"phone\":                        ",
        ",\"placeId\":                      ",
        ",\"tags\":                         ",
        ",\"checkIns\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.section\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "address", &self.address);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "geo_coordinates", &self.geo_coordinates);
        v.field(4usize, "is_wheel_chair_accessible", &self.is_wheel_chair_accessible);
        v.field(5usize, "label", &self.label);
        v.field(6usize, "parent_id", &self.parent_id);
        v.field(7usize, "phone", &self.phone);
        v.field(8usize, "place_id", &self.place_id);
        v.field(9usize, "tags", &self.tags);
        v.field(10usize, "check_ins", &self.check_ins);
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::object::Members for Section {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.address.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.geo_coordinates.read_from(r),
            4usize => self.is_wheel_chair_accessible.read_from(r),
            5usize => self.label.read_from(r),
            6usize => self.parent_id.read_from(r),
            7usize => self.phone.read_from(r),
            8usize => self.place_id.read_from(r),
            9usize => self.tags.read_from(r),
            10usize => self.check_ins.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.address);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.geo_coordinates);
        w.field(4usize, &self.is_wheel_chair_accessible);
        w.field(5usize, &self.label);
        w.field(6usize, &self.parent_id);
        w.field(7usize, &self.phone);
        w.field(8usize, &self.place_id);
        w.field(9usize, &self.tags);
        w.field(10usize, &self.check_ins);
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
rt::impl_object!(Section);
#[cfg(msgraph_v1_places_or_search)]
rt::impl_setters!(
    Section { with_id id : ::std::string::String; with_address address : crate
    ::v1::PhysicalAddress; with_display_name display_name : ::std::string::String;
    with_geo_coordinates geo_coordinates : crate ::v1::OutlookGeoCoordinates;
    with_is_wheel_chair_accessible is_wheel_chair_accessible : bool; with_label label :
    ::std::string::String; with_parent_id parent_id : ::std::string::String; with_phone
    phone : ::std::string::String; with_place_id place_id : ::std::string::String;
    with_tags tags : ::std::vec::Vec < ::std::string::String >; with_check_ins check_ins
    : ::std::vec::Vec < crate ::v1::CheckInClaim >; }
);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Section);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.sectionGroup`, entity type, derived from `microsoft.graph.onenoteEntityHierarchyModel`, key `id`.
///
/// Request builders: [`SectionGroupPath`](requests/trait.SectionGroupPath.html), what a path to one (`EntityPath<SectionGroup, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SectionGroup {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `self`: `Edm.String`, nullable.
    pub self_: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `sectionGroupsUrl`: `Edm.String`, nullable.
    pub section_groups_url: rt::Field<::std::string::String>,
    /// CSDL: property `sectionsUrl`: `Edm.String`, nullable.
    pub sections_url: rt::Field<::std::string::String>,
    /// CSDL: navigation property `parentNotebook`: `microsoft.graph.notebook`, nullable.
    pub parent_notebook: rt::Field<crate::v1::Notebook>,
    /// CSDL: navigation property `parentSectionGroup`: `microsoft.graph.sectionGroup`, nullable.
    pub parent_section_group: rt::Field<::std::boxed::Box<crate::v1::SectionGroup>>,
    /// CSDL: navigation property `sectionGroups`: `Collection(microsoft.graph.sectionGroup)`, not nullable.
    pub section_groups: rt::Field<::std::vec::Vec<crate::v1::SectionGroup>>,
    /// CSDL: containment navigation property `sections`: `Collection(microsoft.graph.onenoteSection)`, not nullable.
    pub sections: rt::Field<::std::vec::Vec<crate::v1::OnenoteSection>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for SectionGroup {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            self_: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            created_by: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            section_groups_url: rt::Field::Absent,
            sections_url: rt::Field::Absent,
            parent_notebook: rt::Field::Absent,
            parent_section_group: rt::Field::Absent,
            section_groups: rt::Field::Absent,
            sections: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for SectionGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.sectionGroup";
    const KEYS: &'static [&'static str] = &[
        "id",
        "self",
        "createdDateTime",
        "createdBy",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "sectionGroupsUrl",
        "sectionsUrl",
        "parentNotebook",
        "parentSectionGroup",
        "sectionGroups",
        "sections",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"self\":                         ",
        ",\"createdDateTime\":              ",
        ",\"createdBy\":                    ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"sectionGroupsUrl\":             ",
        ",\"sectionsUrl\":                  ",
        ",\"parentNotebook\":               ",
        ",\"parentSectionGroup\":           ",
        ",\"sectionGroups\":                ",
        ",\"sections\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sectionGroup\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "self_", &self.self_);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "section_groups_url", &self.section_groups_url);
        v.field(8usize, "sections_url", &self.sections_url);
        v.field(9usize, "parent_notebook", &self.parent_notebook);
        v.field(10usize, "parent_section_group", &self.parent_section_group);
        v.field(11usize, "section_groups", &self.section_groups);
        v.field(12usize, "sections", &self.sections);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for SectionGroup {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.self_.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.section_groups_url.read_from(r),
            8usize => self.sections_url.read_from(r),
            9usize => self.parent_notebook.read_from(r),
            10usize => self.parent_section_group.read_from(r),
            11usize => self.section_groups.read_from(r),
            12usize => self.sections.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.self_);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.section_groups_url);
        w.field(8usize, &self.sections_url);
        w.field(9usize, &self.parent_notebook);
        w.field(10usize, &self.parent_section_group);
        w.field(11usize, &self.section_groups);
        w.field(12usize, &self.sections);
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
rt::impl_object!(SectionGroup);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_boxed!(SectionGroup);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    SectionGroup { with_id id : ::std::string::String; with_self self_ :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_created_by created_by : crate ::v1::AnyIdentitySet;
    with_display_name display_name : ::std::string::String; with_last_modified_by
    last_modified_by : crate ::v1::AnyIdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_section_groups_url
    section_groups_url : ::std::string::String; with_sections_url sections_url :
    ::std::string::String; with_parent_notebook parent_notebook : crate ::v1::Notebook;
    with_parent_section_group parent_section_group : ::std::boxed::Box < crate
    ::v1::SectionGroup >; with_section_groups section_groups : ::std::vec::Vec < crate
    ::v1::SectionGroup >; with_sections sections : ::std::vec::Vec < crate
    ::v1::OnenoteSection >; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(SectionGroup);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.sectionLinks`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SectionLinks {
    /// CSDL: property `oneNoteClientUrl`: `microsoft.graph.externalLink`, nullable.
    pub one_note_client_url: rt::Field<crate::v1::ExternalLink>,
    /// CSDL: property `oneNoteWebUrl`: `microsoft.graph.externalLink`, nullable.
    pub one_note_web_url: rt::Field<crate::v1::ExternalLink>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for SectionLinks {
    #[inline]
    fn default() -> Self {
        Self {
            one_note_client_url: rt::Field::Absent,
            one_note_web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for SectionLinks {
    const TYPE_NAME: &'static str = "microsoft.graph.sectionLinks";
    const KEYS: &'static [&'static str] = &["oneNoteClientUrl", "oneNoteWebUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"oneNoteClientUrl\":             ",
        ",\"oneNoteWebUrl\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sectionLinks\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "one_note_client_url", &self.one_note_client_url);
        v.field(1usize, "one_note_web_url", &self.one_note_web_url);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for SectionLinks {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.one_note_client_url.read_from(r),
            1usize => self.one_note_web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.one_note_client_url);
        w.field(1usize, &self.one_note_web_url);
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
rt::impl_object!(SectionLinks);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    SectionLinks { with_one_note_client_url one_note_client_url : crate
    ::v1::ExternalLink; with_one_note_web_url one_note_web_url : crate
    ::v1::ExternalLink; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(SectionLinks);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.sectionMap`, entity type, derived from `microsoft.graph.baseMapFeature`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone)]
pub struct SectionMap {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `properties`: `Edm.String`, nullable.
    pub properties: rt::Field<::std::string::String>,
    /// CSDL: property `placeId`: `Edm.String`, nullable.
    pub place_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for SectionMap {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            properties: rt::Field::Absent,
            place_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::Object for SectionMap {
    const TYPE_NAME: &'static str = "microsoft.graph.sectionMap";
    const KEYS: &'static [&'static str] = &["id", "properties", "placeId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"properties\":                   ",
        ",\"placeId\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sectionMap\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "properties", &self.properties);
        v.field(2usize, "place_id", &self.place_id);
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::object::Members for SectionMap {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.properties.read_from(r),
            2usize => self.place_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.properties);
        w.field(2usize, &self.place_id);
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
rt::impl_object!(SectionMap);
#[cfg(msgraph_v1_places_or_search)]
rt::impl_setters!(
    SectionMap { with_id id : ::std::string::String; with_properties properties :
    ::std::string::String; with_place_id place_id : ::std::string::String; }
);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SectionMap);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.secureScore`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`SecureScorePath`](requests/trait.SecureScorePath.html), what a path to one (`EntityPath<SecureScore, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SecureScore {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activeUserCount`: `Edm.Int32`, nullable.
    pub active_user_count: rt::Field<i32>,
    /// CSDL: property `averageComparativeScores`: `Collection(microsoft.graph.averageComparativeScore)`, nullable.
    pub average_comparative_scores: rt::Field<
        ::std::vec::Vec<crate::v1::AverageComparativeScore>,
    >,
    /// CSDL: property `azureTenantId`: `Edm.String`, not nullable.
    pub azure_tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `controlScores`: `Collection(microsoft.graph.controlScore)`, nullable.
    pub control_scores: rt::Field<::std::vec::Vec<crate::v1::ControlScore>>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `currentScore`: `Edm.Double`, nullable.
    pub current_score: rt::Field<f64>,
    /// CSDL: property `enabledServices`: `Collection(Edm.String)`, nullable.
    pub enabled_services: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `licensedUserCount`: `Edm.Int32`, nullable.
    pub licensed_user_count: rt::Field<i32>,
    /// CSDL: property `maxScore`: `Edm.Double`, nullable.
    pub max_score: rt::Field<f64>,
    /// CSDL: property `vendorInformation`: `microsoft.graph.securityVendorInformation`, nullable.
    pub vendor_information: rt::Field<crate::v1::SecurityVendorInformation>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SecureScore {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            active_user_count: rt::Field::Absent,
            average_comparative_scores: rt::Field::Absent,
            azure_tenant_id: rt::Field::Absent,
            control_scores: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            current_score: rt::Field::Absent,
            enabled_services: rt::Field::Absent,
            licensed_user_count: rt::Field::Absent,
            max_score: rt::Field::Absent,
            vendor_information: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SecureScore {
    const TYPE_NAME: &'static str = "microsoft.graph.secureScore";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activeUserCount",
        "averageComparativeScores",
        "azureTenantId",
        "controlScores",
        "createdDateTime",
        "currentScore",
        "enabledServices",
        "licensedUserCount",
        "maxScore",
        "vendorInformation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activeUserCount\":              ",
        ",\"averageComparativeScores\":     ",
        ",\"azureTenantId\":                ",
        ",\"controlScores\":                ",
        ",\"createdDateTime\":              ",
        ",\"currentScore\":                 ",
        ",\"enabledServices\":              ",
        ",\"licensedUserCount\":            ",
        ",\"maxScore\":                     ",
        ",\"vendorInformation\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.secureScore\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "active_user_count", &self.active_user_count);
        v.field(2usize, "average_comparative_scores", &self.average_comparative_scores);
        v.field(3usize, "azure_tenant_id", &self.azure_tenant_id);
        v.field(4usize, "control_scores", &self.control_scores);
        v.field(5usize, "created_date_time", &self.created_date_time);
        v.field(6usize, "current_score", &self.current_score);
        v.field(7usize, "enabled_services", &self.enabled_services);
        v.field(8usize, "licensed_user_count", &self.licensed_user_count);
        v.field(9usize, "max_score", &self.max_score);
        v.field(10usize, "vendor_information", &self.vendor_information);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SecureScore {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.active_user_count.read_from(r),
            2usize => self.average_comparative_scores.read_from(r),
            3usize => self.azure_tenant_id.read_from(r),
            4usize => self.control_scores.read_from(r),
            5usize => self.created_date_time.read_from(r),
            6usize => self.current_score.read_from(r),
            7usize => self.enabled_services.read_from(r),
            8usize => self.licensed_user_count.read_from(r),
            9usize => self.max_score.read_from(r),
            10usize => self.vendor_information.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.active_user_count);
        w.field(2usize, &self.average_comparative_scores);
        w.field(3usize, &self.azure_tenant_id);
        w.field(4usize, &self.control_scores);
        w.field(5usize, &self.created_date_time);
        w.field(6usize, &self.current_score);
        w.field(7usize, &self.enabled_services);
        w.field(8usize, &self.licensed_user_count);
        w.field(9usize, &self.max_score);
        w.field(10usize, &self.vendor_information);
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
rt::impl_object!(SecureScore);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SecureScore { with_id id : ::std::string::String; with_active_user_count
    active_user_count : i32; with_average_comparative_scores average_comparative_scores :
    ::std::vec::Vec < crate ::v1::AverageComparativeScore >; with_azure_tenant_id
    azure_tenant_id : ::std::string::String; with_control_scores control_scores :
    ::std::vec::Vec < crate ::v1::ControlScore >; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_current_score current_score : f64;
    with_enabled_services enabled_services : ::std::vec::Vec < ::std::string::String >;
    with_licensed_user_count licensed_user_count : i32; with_max_score max_score : f64;
    with_vendor_information vendor_information : crate ::v1::SecurityVendorInformation; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecureScore);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.secureSignInSessionControl`, complex type, derived from `microsoft.graph.conditionalAccessSessionControl`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct SecureSignInSessionControl {
    /// CSDL: property `isEnabled`: `Edm.Boolean`, nullable.
    pub is_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for SecureSignInSessionControl {
    #[inline]
    fn default() -> Self {
        Self {
            is_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for SecureSignInSessionControl {
    const TYPE_NAME: &'static str = "microsoft.graph.secureSignInSessionControl";
    const KEYS: &'static [&'static str] = &["isEnabled"];
    const KEYS_JSON: &'static [&'static str] = &[",\"isEnabled\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.secureSignInSessionControl\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_enabled", &self.is_enabled);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for SecureSignInSessionControl {
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
rt::impl_object!(SecureSignInSessionControl);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(SecureSignInSessionControl { with_is_enabled is_enabled : bool; });
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecureSignInSessionControl);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.selectionLikelihoodInfo`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SelectionLikelihoodInfo {
    /// `notSpecified` (value 0).
    NotSpecified,
    /// `high` (value 1).
    High,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for SelectionLikelihoodInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.selectionLikelihoodInfo";
    const MEMBERS: &'static [&'static str] = &["notSpecified", "high"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notSpecified" => Self::NotSpecified,
                "high" => Self::High,
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
            Self::NotSpecified => "notSpecified",
            Self::High => "high",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(SelectionLikelihoodInfo);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SelectionLikelihoodInfo);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.selfServiceSignUpAuthenticationFlowConfiguration`, complex type.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct SelfServiceSignUpAuthenticationFlowConfiguration {
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::default::Default for SelfServiceSignUpAuthenticationFlowConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            is_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::Object for SelfServiceSignUpAuthenticationFlowConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.selfServiceSignUpAuthenticationFlowConfiguration";
    const KEYS: &'static [&'static str] = &["isEnabled"];
    const KEYS_JSON: &'static [&'static str] = &[",\"isEnabled\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.selfServiceSignUpAuthenticationFlowConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_enabled", &self.is_enabled);
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::object::Members for SelfServiceSignUpAuthenticationFlowConfiguration {
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
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_object!(SelfServiceSignUpAuthenticationFlowConfiguration);
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_setters!(
    SelfServiceSignUpAuthenticationFlowConfiguration { with_is_enabled is_enabled : bool;
    }
);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SelfServiceSignUpAuthenticationFlowConfiguration);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.selfSignedCertificate`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SelfSignedCertificate {
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
    /// CSDL: property `thumbprint`: `Edm.String`, nullable.
    pub thumbprint: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `usage`: `Edm.String`, nullable.
    pub usage: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SelfSignedCertificate {
    #[inline]
    fn default() -> Self {
        Self {
            custom_key_identifier: rt::Field::Absent,
            display_name: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            key: rt::Field::Absent,
            key_id: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            thumbprint: rt::Field::Absent,
            type_: rt::Field::Absent,
            usage: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SelfSignedCertificate {
    const TYPE_NAME: &'static str = "microsoft.graph.selfSignedCertificate";
    const KEYS: &'static [&'static str] = &[
        "customKeyIdentifier",
        "displayName",
        "endDateTime",
        "key",
        "keyId",
        "startDateTime",
        "thumbprint",
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
        ",\"thumbprint\":                   ",
        ",\"type\":                         ",
        ",\"usage\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.selfSignedCertificate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "custom_key_identifier", &self.custom_key_identifier);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "end_date_time", &self.end_date_time);
        v.field(3usize, "key", &self.key);
        v.field(4usize, "key_id", &self.key_id);
        v.field(5usize, "start_date_time", &self.start_date_time);
        v.field(6usize, "thumbprint", &self.thumbprint);
        v.field(7usize, "type_", &self.type_);
        v.field(8usize, "usage", &self.usage);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SelfSignedCertificate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.custom_key_identifier.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.end_date_time.read_from(r),
            3usize => self.key.read_from(r),
            4usize => self.key_id.read_from(r),
            5usize => self.start_date_time.read_from(r),
            6usize => self.thumbprint.read_from(r),
            7usize => self.type_.read_from(r),
            8usize => self.usage.read_from(r),
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
        w.field(6usize, &self.thumbprint);
        w.field(7usize, &self.type_);
        w.field(8usize, &self.usage);
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
rt::impl_object!(SelfSignedCertificate);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SelfSignedCertificate { with_custom_key_identifier custom_key_identifier :
    rt::edm::Binary; with_display_name display_name : ::std::string::String;
    with_end_date_time end_date_time : rt::edm::DateTimeOffset; with_key key :
    rt::edm::Binary; with_key_id key_id : rt::edm::Guid; with_start_date_time
    start_date_time : rt::edm::DateTimeOffset; with_thumbprint thumbprint :
    ::std::string::String; with_type type_ : ::std::string::String; with_usage usage :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SelfSignedCertificate);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.sensitivity`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Sensitivity {
    /// `normal` (value 0).
    Normal,
    /// `personal` (value 1).
    Personal,
    /// `private` (value 2).
    Private,
    /// `confidential` (value 3).
    Confidential,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for Sensitivity {
    const TYPE_NAME: &'static str = "microsoft.graph.sensitivity";
    const MEMBERS: &'static [&'static str] = &[
        "normal",
        "personal",
        "private",
        "confidential",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "normal" => Self::Normal,
                "personal" => Self::Personal,
                "private" => Self::Private,
                "confidential" => Self::Confidential,
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
            Self::Normal => "normal",
            Self::Personal => "personal",
            Self::Private => "private",
            Self::Confidential => "confidential",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(Sensitivity);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Sensitivity);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.servicePrincipalSignIn`, complex type, derived from `microsoft.graph.signInIdentity`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct ServicePrincipalSignIn {
    /// CSDL: property `servicePrincipalId`: `Edm.String`, nullable.
    pub service_principal_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for ServicePrincipalSignIn {
    #[inline]
    fn default() -> Self {
        Self {
            service_principal_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for ServicePrincipalSignIn {
    const TYPE_NAME: &'static str = "microsoft.graph.servicePrincipalSignIn";
    const KEYS: &'static [&'static str] = &["servicePrincipalId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"servicePrincipalId\":           "];
    const TAG: &'static str = "\"#microsoft.graph.servicePrincipalSignIn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "service_principal_id", &self.service_principal_id);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for ServicePrincipalSignIn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.service_principal_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.service_principal_id);
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
rt::impl_object!(ServicePrincipalSignIn);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    ServicePrincipalSignIn { with_service_principal_id service_principal_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServicePrincipalSignIn);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.serviceProviderConstraints`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ServiceProviderConstraints {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ServiceProviderConstraints {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ServiceProviderConstraints {
    const TYPE_NAME: &'static str = "microsoft.graph.serviceProviderConstraints";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.serviceProviderConstraints\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ServiceProviderConstraints {
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(ServiceProviderConstraints);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(ServiceProviderConstraints { with_id id : ::std::string::String; });
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceProviderConstraints);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.serviceProviderConstraints` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyServiceProviderConstraints {
    ServiceProviderConstraints(::std::boxed::Box<crate::v1::ServiceProviderConstraints>),
    DelegatedAdminServiceProviderConstraints(
        ::std::boxed::Box<crate::v1::DelegatedAdminServiceProviderConstraints>,
    ),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyServiceProviderConstraints {
    #[inline]
    fn default() -> Self {
        Self::ServiceProviderConstraints(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ServiceProviderConstraints>
for AnyServiceProviderConstraints {
    #[inline]
    fn from(v: crate::v1::ServiceProviderConstraints) -> Self {
        Self::ServiceProviderConstraints(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DelegatedAdminServiceProviderConstraints>
for AnyServiceProviderConstraints {
    #[inline]
    fn from(v: crate::v1::DelegatedAdminServiceProviderConstraints) -> Self {
        Self::DelegatedAdminServiceProviderConstraints(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyServiceProviderConstraints {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyServiceProviderConstraints {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyServiceProviderConstraints {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyServiceProviderConstraints {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyServiceProviderConstraints {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ServiceProviderConstraints>();
    rt::object::auto_traits::<crate::v1::DelegatedAdminServiceProviderConstraints>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyServiceProviderConstraints {
    const BASE_NAME: &'static str = "microsoft.graph.serviceProviderConstraints";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.delegatedAdminServiceProviderConstraints",
            ) => Self::DelegatedAdminServiceProviderConstraints(rt::object::new_boxed()),
            _ => Self::ServiceProviderConstraints(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ServiceProviderConstraints(v) => &**v,
            Self::DelegatedAdminServiceProviderConstraints(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ServiceProviderConstraints(v) => &mut **v,
            Self::DelegatedAdminServiceProviderConstraints(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyServiceProviderConstraints {
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
            Self::ServiceProviderConstraints(v) => &v.id,
            Self::DelegatedAdminServiceProviderConstraints(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ServiceProviderConstraints(v) => &mut v.id,
            Self::DelegatedAdminServiceProviderConstraints(v) => &mut v.id,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyServiceProviderConstraints);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyServiceProviderConstraints);
#[cfg(msgraph_v1_device_management_or_search)]
/// Device Compilance Policy and Configuration for a Setting State summary
///
/// CSDL: `microsoft.graph.settingStateDeviceSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct SettingStateDeviceSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Device Compliant count for the setting
    ///
    /// CSDL: property `compliantDeviceCount`: `Edm.Int32`, not nullable.
    pub compliant_device_count: rt::Field<i32>,
    /// Device conflict error count for the setting
    ///
    /// CSDL: property `conflictDeviceCount`: `Edm.Int32`, not nullable.
    pub conflict_device_count: rt::Field<i32>,
    /// Device error count for the setting
    ///
    /// CSDL: property `errorDeviceCount`: `Edm.Int32`, not nullable.
    pub error_device_count: rt::Field<i32>,
    /// Name of the InstancePath for the setting
    ///
    /// CSDL: property `instancePath`: `Edm.String`, nullable.
    pub instance_path: rt::Field<::std::string::String>,
    /// Device NonCompliant count for the setting
    ///
    /// CSDL: property `nonCompliantDeviceCount`: `Edm.Int32`, not nullable.
    pub non_compliant_device_count: rt::Field<i32>,
    /// Device Not Applicable count for the setting
    ///
    /// CSDL: property `notApplicableDeviceCount`: `Edm.Int32`, not nullable.
    pub not_applicable_device_count: rt::Field<i32>,
    /// Device Compliant count for the setting
    ///
    /// CSDL: property `remediatedDeviceCount`: `Edm.Int32`, not nullable.
    pub remediated_device_count: rt::Field<i32>,
    /// Name of the setting
    ///
    /// CSDL: property `settingName`: `Edm.String`, nullable.
    pub setting_name: rt::Field<::std::string::String>,
    /// Device Unkown count for the setting
    ///
    /// CSDL: property `unknownDeviceCount`: `Edm.Int32`, not nullable.
    pub unknown_device_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for SettingStateDeviceSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            compliant_device_count: rt::Field::Absent,
            conflict_device_count: rt::Field::Absent,
            error_device_count: rt::Field::Absent,
            instance_path: rt::Field::Absent,
            non_compliant_device_count: rt::Field::Absent,
            not_applicable_device_count: rt::Field::Absent,
            remediated_device_count: rt::Field::Absent,
            setting_name: rt::Field::Absent,
            unknown_device_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for SettingStateDeviceSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.settingStateDeviceSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "compliantDeviceCount",
        "conflictDeviceCount",
        "errorDeviceCount",
        "instancePath",
        "nonCompliantDeviceCount",
        "notApplicableDeviceCount",
        "remediatedDeviceCount",
        "settingName",
        "unknownDeviceCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"compliantDeviceCount\":         ",
        ",\"conflictDeviceCount\":          ",
        ",\"errorDeviceCount\":             ",
        ",\"instancePath\":                 ",
        ",\"nonCompliantDeviceCount\":      ",
        ",\"notApplicableDeviceCount\":     ",
        ",\"remediatedDeviceCount\":        ",
        ",\"settingName\":                  ",
        ",\"unknownDeviceCount\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.settingStateDeviceSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "compliant_device_count", &self.compliant_device_count);
        v.field(2usize, "conflict_device_count", &self.conflict_device_count);
        v.field(3usize, "error_device_count", &self.error_device_count);
        v.field(4usize, "instance_path", &self.instance_path);
        v.field(5usize, "non_compliant_device_count", &self.non_compliant_device_count);
        v.field(
            6usize,
            "not_applicable_device_count",
            &self.not_applicable_device_count,
        );
        v.field(7usize, "remediated_device_count", &self.remediated_device_count);
        v.field(8usize, "setting_name", &self.setting_name);
        v.field(9usize, "unknown_device_count", &self.unknown_device_count);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for SettingStateDeviceSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.compliant_device_count.read_from(r),
            2usize => self.conflict_device_count.read_from(r),
            3usize => self.error_device_count.read_from(r),
            4usize => self.instance_path.read_from(r),
            5usize => self.non_compliant_device_count.read_from(r),
            6usize => self.not_applicable_device_count.read_from(r),
            7usize => self.remediated_device_count.read_from(r),
            8usize => self.setting_name.read_from(r),
            9usize => self.unknown_device_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.compliant_device_count);
        w.field(2usize, &self.conflict_device_count);
        w.field(3usize, &self.error_device_count);
        w.field(4usize, &self.instance_path);
        w.field(5usize, &self.non_compliant_device_count);
        w.field(6usize, &self.not_applicable_device_count);
        w.field(7usize, &self.remediated_device_count);
        w.field(8usize, &self.setting_name);
        w.field(9usize, &self.unknown_device_count);
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
rt::impl_object!(SettingStateDeviceSummary);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    SettingStateDeviceSummary { with_id id : ::std::string::String;
    with_compliant_device_count compliant_device_count : i32; with_conflict_device_count
    conflict_device_count : i32; with_error_device_count error_device_count : i32;
    with_instance_path instance_path : ::std::string::String;
    with_non_compliant_device_count non_compliant_device_count : i32;
    with_not_applicable_device_count not_applicable_device_count : i32;
    with_remediated_device_count remediated_device_count : i32; with_setting_name
    setting_name : ::std::string::String; with_unknown_device_count unknown_device_count
    : i32; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SettingStateDeviceSummary);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.shareAction`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct ShareAction {
    /// CSDL: property `recipients`: `Collection(microsoft.graph.identitySet)`, nullable.
    pub recipients: rt::Field<::std::vec::Vec<crate::v1::AnyIdentitySet>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for ShareAction {
    #[inline]
    fn default() -> Self {
        Self {
            recipients: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for ShareAction {
    const TYPE_NAME: &'static str = "microsoft.graph.shareAction";
    const KEYS: &'static [&'static str] = &["recipients"];
    const KEYS_JSON: &'static [&'static str] = &[",\"recipients\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.shareAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "recipients", &self.recipients);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for ShareAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.recipients.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.recipients);
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
rt::impl_object!(ShareAction);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    ShareAction { with_recipients recipients : ::std::vec::Vec < crate
    ::v1::AnyIdentitySet >; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ShareAction);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.sharePointMigrationContainerInfo`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct SharePointMigrationContainerInfo {
    /// CSDL: property `dataContainerUri`: `Edm.String`, not nullable.
    pub data_container_uri: rt::Field<::std::string::String>,
    /// CSDL: property `encryptionKey`: `Edm.String`, not nullable.
    pub encryption_key: rt::Field<::std::string::String>,
    /// CSDL: property `metadataContainerUri`: `Edm.String`, not nullable.
    pub metadata_container_uri: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for SharePointMigrationContainerInfo {
    #[inline]
    fn default() -> Self {
        Self {
            data_container_uri: rt::Field::Absent,
            encryption_key: rt::Field::Absent,
            metadata_container_uri: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for SharePointMigrationContainerInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointMigrationContainerInfo";
    const KEYS: &'static [&'static str] = &[
        "dataContainerUri",
        "encryptionKey",
        "metadataContainerUri",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dataContainerUri\":             ",
        ",\"encryptionKey\":                ",
        ",\"metadataContainerUri\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharePointMigrationContainerInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "data_container_uri", &self.data_container_uri);
        v.field(1usize, "encryption_key", &self.encryption_key);
        v.field(2usize, "metadata_container_uri", &self.metadata_container_uri);
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for SharePointMigrationContainerInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.data_container_uri.read_from(r),
            1usize => self.encryption_key.read_from(r),
            2usize => self.metadata_container_uri.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.data_container_uri);
        w.field(1usize, &self.encryption_key);
        w.field(2usize, &self.metadata_container_uri);
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
rt::impl_object!(SharePointMigrationContainerInfo);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    SharePointMigrationContainerInfo { with_data_container_uri data_container_uri :
    ::std::string::String; with_encryption_key encryption_key : ::std::string::String;
    with_metadata_container_uri metadata_container_uri : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointMigrationContainerInfo);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.sharePointMigrationEvent`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct SharePointMigrationEvent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `correlationId`: `Edm.String`, not nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `jobId`: `Edm.String`, not nullable.
    pub job_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for SharePointMigrationEvent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            event_date_time: rt::Field::Absent,
            job_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for SharePointMigrationEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointMigrationEvent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "correlationId",
        "eventDateTime",
        "jobId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"correlationId\":                ",
        ",\"eventDateTime\":                ",
        ",\"jobId\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharePointMigrationEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "correlation_id", &self.correlation_id);
        v.field(2usize, "event_date_time", &self.event_date_time);
        v.field(3usize, "job_id", &self.job_id);
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for SharePointMigrationEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.correlation_id.read_from(r),
            2usize => self.event_date_time.read_from(r),
            3usize => self.job_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.correlation_id);
        w.field(2usize, &self.event_date_time);
        w.field(3usize, &self.job_id);
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
rt::impl_object!(SharePointMigrationEvent);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    SharePointMigrationEvent { with_id id : ::std::string::String; with_correlation_id
    correlation_id : ::std::string::String; with_event_date_time event_date_time :
    rt::edm::DateTimeOffset; with_job_id job_id : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointMigrationEvent);
#[cfg(msgraph_v1_search_or_storage)]
/// `microsoft.graph.sharePointMigrationEvent` or any type derived from it, selected by `@odata.type` (9 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnySharePointMigrationEvent {
    SharePointMigrationEvent(::std::boxed::Box<crate::v1::SharePointMigrationEvent>),
    SharePointMigrationFinishManifestFileUploadEvent(
        ::std::boxed::Box<crate::v1::SharePointMigrationFinishManifestFileUploadEvent>,
    ),
    SharePointMigrationJobCancelledEvent(
        ::std::boxed::Box<crate::v1::SharePointMigrationJobCancelledEvent>,
    ),
    SharePointMigrationJobDeletedEvent(
        ::std::boxed::Box<crate::v1::SharePointMigrationJobDeletedEvent>,
    ),
    SharePointMigrationJobErrorEvent(
        ::std::boxed::Box<crate::v1::SharePointMigrationJobErrorEvent>,
    ),
    SharePointMigrationJobPostponedEvent(
        ::std::boxed::Box<crate::v1::SharePointMigrationJobPostponedEvent>,
    ),
    SharePointMigrationJobProgressEvent(
        ::std::boxed::Box<crate::v1::SharePointMigrationJobProgressEvent>,
    ),
    SharePointMigrationJobQueuedEvent(
        ::std::boxed::Box<crate::v1::SharePointMigrationJobQueuedEvent>,
    ),
    SharePointMigrationJobStartEvent(
        ::std::boxed::Box<crate::v1::SharePointMigrationJobStartEvent>,
    ),
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for AnySharePointMigrationEvent {
    #[inline]
    fn default() -> Self {
        Self::SharePointMigrationEvent(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointMigrationEvent>
for AnySharePointMigrationEvent {
    #[inline]
    fn from(v: crate::v1::SharePointMigrationEvent) -> Self {
        Self::SharePointMigrationEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointMigrationFinishManifestFileUploadEvent>
for AnySharePointMigrationEvent {
    #[inline]
    fn from(v: crate::v1::SharePointMigrationFinishManifestFileUploadEvent) -> Self {
        Self::SharePointMigrationFinishManifestFileUploadEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointMigrationJobCancelledEvent>
for AnySharePointMigrationEvent {
    #[inline]
    fn from(v: crate::v1::SharePointMigrationJobCancelledEvent) -> Self {
        Self::SharePointMigrationJobCancelledEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointMigrationJobDeletedEvent>
for AnySharePointMigrationEvent {
    #[inline]
    fn from(v: crate::v1::SharePointMigrationJobDeletedEvent) -> Self {
        Self::SharePointMigrationJobDeletedEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointMigrationJobErrorEvent>
for AnySharePointMigrationEvent {
    #[inline]
    fn from(v: crate::v1::SharePointMigrationJobErrorEvent) -> Self {
        Self::SharePointMigrationJobErrorEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointMigrationJobPostponedEvent>
for AnySharePointMigrationEvent {
    #[inline]
    fn from(v: crate::v1::SharePointMigrationJobPostponedEvent) -> Self {
        Self::SharePointMigrationJobPostponedEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointMigrationJobProgressEvent>
for AnySharePointMigrationEvent {
    #[inline]
    fn from(v: crate::v1::SharePointMigrationJobProgressEvent) -> Self {
        Self::SharePointMigrationJobProgressEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointMigrationJobQueuedEvent>
for AnySharePointMigrationEvent {
    #[inline]
    fn from(v: crate::v1::SharePointMigrationJobQueuedEvent) -> Self {
        Self::SharePointMigrationJobQueuedEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointMigrationJobStartEvent>
for AnySharePointMigrationEvent {
    #[inline]
    fn from(v: crate::v1::SharePointMigrationJobStartEvent) -> Self {
        Self::SharePointMigrationJobStartEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_storage)]
unsafe impl ::std::marker::Send for AnySharePointMigrationEvent {}
#[cfg(msgraph_v1_search_or_storage)]
unsafe impl ::std::marker::Sync for AnySharePointMigrationEvent {}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::marker::Unpin for AnySharePointMigrationEvent {}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::panic::UnwindSafe for AnySharePointMigrationEvent {}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::panic::RefUnwindSafe for AnySharePointMigrationEvent {}
#[cfg(msgraph_v1_search_or_storage)]
const _: () = {
    rt::object::auto_traits::<crate::v1::SharePointMigrationEvent>();
    rt::object::auto_traits::<
        crate::v1::SharePointMigrationFinishManifestFileUploadEvent,
    >();
    rt::object::auto_traits::<crate::v1::SharePointMigrationJobCancelledEvent>();
    rt::object::auto_traits::<crate::v1::SharePointMigrationJobDeletedEvent>();
    rt::object::auto_traits::<crate::v1::SharePointMigrationJobErrorEvent>();
    rt::object::auto_traits::<crate::v1::SharePointMigrationJobPostponedEvent>();
    rt::object::auto_traits::<crate::v1::SharePointMigrationJobProgressEvent>();
    rt::object::auto_traits::<crate::v1::SharePointMigrationJobQueuedEvent>();
    rt::object::auto_traits::<crate::v1::SharePointMigrationJobStartEvent>();
};
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Poly for AnySharePointMigrationEvent {
    const BASE_NAME: &'static str = "microsoft.graph.sharePointMigrationEvent";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.sharePointMigrationFinishManifestFileUploadEvent",
            ) => {
                Self::SharePointMigrationFinishManifestFileUploadEvent(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.sharePointMigrationJobCancelledEvent",
            ) => Self::SharePointMigrationJobCancelledEvent(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.sharePointMigrationJobDeletedEvent",
            ) => Self::SharePointMigrationJobDeletedEvent(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.sharePointMigrationJobErrorEvent",
            ) => Self::SharePointMigrationJobErrorEvent(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.sharePointMigrationJobPostponedEvent",
            ) => Self::SharePointMigrationJobPostponedEvent(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.sharePointMigrationJobProgressEvent",
            ) => Self::SharePointMigrationJobProgressEvent(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.sharePointMigrationJobQueuedEvent",
            ) => Self::SharePointMigrationJobQueuedEvent(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.sharePointMigrationJobStartEvent",
            ) => Self::SharePointMigrationJobStartEvent(rt::object::new_boxed()),
            _ => Self::SharePointMigrationEvent(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::SharePointMigrationEvent(v) => &**v,
            Self::SharePointMigrationFinishManifestFileUploadEvent(v) => &**v,
            Self::SharePointMigrationJobCancelledEvent(v) => &**v,
            Self::SharePointMigrationJobDeletedEvent(v) => &**v,
            Self::SharePointMigrationJobErrorEvent(v) => &**v,
            Self::SharePointMigrationJobPostponedEvent(v) => &**v,
            Self::SharePointMigrationJobProgressEvent(v) => &**v,
            Self::SharePointMigrationJobQueuedEvent(v) => &**v,
            Self::SharePointMigrationJobStartEvent(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::SharePointMigrationEvent(v) => &mut **v,
            Self::SharePointMigrationFinishManifestFileUploadEvent(v) => &mut **v,
            Self::SharePointMigrationJobCancelledEvent(v) => &mut **v,
            Self::SharePointMigrationJobDeletedEvent(v) => &mut **v,
            Self::SharePointMigrationJobErrorEvent(v) => &mut **v,
            Self::SharePointMigrationJobPostponedEvent(v) => &mut **v,
            Self::SharePointMigrationJobProgressEvent(v) => &mut **v,
            Self::SharePointMigrationJobQueuedEvent(v) => &mut **v,
            Self::SharePointMigrationJobStartEvent(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl AnySharePointMigrationEvent {
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
            Self::SharePointMigrationEvent(v) => &v.id,
            Self::SharePointMigrationFinishManifestFileUploadEvent(v) => &v.id,
            Self::SharePointMigrationJobCancelledEvent(v) => &v.id,
            Self::SharePointMigrationJobDeletedEvent(v) => &v.id,
            Self::SharePointMigrationJobErrorEvent(v) => &v.id,
            Self::SharePointMigrationJobPostponedEvent(v) => &v.id,
            Self::SharePointMigrationJobProgressEvent(v) => &v.id,
            Self::SharePointMigrationJobQueuedEvent(v) => &v.id,
            Self::SharePointMigrationJobStartEvent(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SharePointMigrationEvent(v) => &mut v.id,
            Self::SharePointMigrationFinishManifestFileUploadEvent(v) => &mut v.id,
            Self::SharePointMigrationJobCancelledEvent(v) => &mut v.id,
            Self::SharePointMigrationJobDeletedEvent(v) => &mut v.id,
            Self::SharePointMigrationJobErrorEvent(v) => &mut v.id,
            Self::SharePointMigrationJobPostponedEvent(v) => &mut v.id,
            Self::SharePointMigrationJobProgressEvent(v) => &mut v.id,
            Self::SharePointMigrationJobQueuedEvent(v) => &mut v.id,
            Self::SharePointMigrationJobStartEvent(v) => &mut v.id,
        }
    }
    /// `correlationId` of any variant.
    #[inline]
    pub fn correlation_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::SharePointMigrationEvent(v) => &v.correlation_id,
            Self::SharePointMigrationFinishManifestFileUploadEvent(v) => {
                &v.correlation_id
            }
            Self::SharePointMigrationJobCancelledEvent(v) => &v.correlation_id,
            Self::SharePointMigrationJobDeletedEvent(v) => &v.correlation_id,
            Self::SharePointMigrationJobErrorEvent(v) => &v.correlation_id,
            Self::SharePointMigrationJobPostponedEvent(v) => &v.correlation_id,
            Self::SharePointMigrationJobProgressEvent(v) => &v.correlation_id,
            Self::SharePointMigrationJobQueuedEvent(v) => &v.correlation_id,
            Self::SharePointMigrationJobStartEvent(v) => &v.correlation_id,
        }
    }
    /// `correlationId` of any variant.
    #[inline]
    pub fn correlation_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SharePointMigrationEvent(v) => &mut v.correlation_id,
            Self::SharePointMigrationFinishManifestFileUploadEvent(v) => {
                &mut v.correlation_id
            }
            Self::SharePointMigrationJobCancelledEvent(v) => &mut v.correlation_id,
            Self::SharePointMigrationJobDeletedEvent(v) => &mut v.correlation_id,
            Self::SharePointMigrationJobErrorEvent(v) => &mut v.correlation_id,
            Self::SharePointMigrationJobPostponedEvent(v) => &mut v.correlation_id,
            Self::SharePointMigrationJobProgressEvent(v) => &mut v.correlation_id,
            Self::SharePointMigrationJobQueuedEvent(v) => &mut v.correlation_id,
            Self::SharePointMigrationJobStartEvent(v) => &mut v.correlation_id,
        }
    }
    /// `eventDateTime` of any variant.
    #[inline]
    pub fn event_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::SharePointMigrationEvent(v) => &v.event_date_time,
            Self::SharePointMigrationFinishManifestFileUploadEvent(v) => {
                &v.event_date_time
            }
            Self::SharePointMigrationJobCancelledEvent(v) => &v.event_date_time,
            Self::SharePointMigrationJobDeletedEvent(v) => &v.event_date_time,
            Self::SharePointMigrationJobErrorEvent(v) => &v.event_date_time,
            Self::SharePointMigrationJobPostponedEvent(v) => &v.event_date_time,
            Self::SharePointMigrationJobProgressEvent(v) => &v.event_date_time,
            Self::SharePointMigrationJobQueuedEvent(v) => &v.event_date_time,
            Self::SharePointMigrationJobStartEvent(v) => &v.event_date_time,
        }
    }
    /// `eventDateTime` of any variant.
    #[inline]
    pub fn event_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::SharePointMigrationEvent(v) => &mut v.event_date_time,
            Self::SharePointMigrationFinishManifestFileUploadEvent(v) => {
                &mut v.event_date_time
            }
            Self::SharePointMigrationJobCancelledEvent(v) => &mut v.event_date_time,
            Self::SharePointMigrationJobDeletedEvent(v) => &mut v.event_date_time,
            Self::SharePointMigrationJobErrorEvent(v) => &mut v.event_date_time,
            Self::SharePointMigrationJobPostponedEvent(v) => &mut v.event_date_time,
            Self::SharePointMigrationJobProgressEvent(v) => &mut v.event_date_time,
            Self::SharePointMigrationJobQueuedEvent(v) => &mut v.event_date_time,
            Self::SharePointMigrationJobStartEvent(v) => &mut v.event_date_time,
        }
    }
    /// `jobId` of any variant.
    #[inline]
    pub fn job_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::SharePointMigrationEvent(v) => &v.job_id,
            Self::SharePointMigrationFinishManifestFileUploadEvent(v) => &v.job_id,
            Self::SharePointMigrationJobCancelledEvent(v) => &v.job_id,
            Self::SharePointMigrationJobDeletedEvent(v) => &v.job_id,
            Self::SharePointMigrationJobErrorEvent(v) => &v.job_id,
            Self::SharePointMigrationJobPostponedEvent(v) => &v.job_id,
            Self::SharePointMigrationJobProgressEvent(v) => &v.job_id,
            Self::SharePointMigrationJobQueuedEvent(v) => &v.job_id,
            Self::SharePointMigrationJobStartEvent(v) => &v.job_id,
        }
    }
    /// `jobId` of any variant.
    #[inline]
    pub fn job_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SharePointMigrationEvent(v) => &mut v.job_id,
            Self::SharePointMigrationFinishManifestFileUploadEvent(v) => &mut v.job_id,
            Self::SharePointMigrationJobCancelledEvent(v) => &mut v.job_id,
            Self::SharePointMigrationJobDeletedEvent(v) => &mut v.job_id,
            Self::SharePointMigrationJobErrorEvent(v) => &mut v.job_id,
            Self::SharePointMigrationJobPostponedEvent(v) => &mut v.job_id,
            Self::SharePointMigrationJobProgressEvent(v) => &mut v.job_id,
            Self::SharePointMigrationJobQueuedEvent(v) => &mut v.job_id,
            Self::SharePointMigrationJobStartEvent(v) => &mut v.job_id,
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_poly!(AnySharePointMigrationEvent);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnySharePointMigrationEvent);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.sharePointMigrationFinishManifestFileUploadEvent`, entity type, derived from `microsoft.graph.sharePointMigrationEvent`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct SharePointMigrationFinishManifestFileUploadEvent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `correlationId`: `Edm.String`, not nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `jobId`: `Edm.String`, not nullable.
    pub job_id: rt::Field<::std::string::String>,
    /// CSDL: property `manifestFileName`: `Edm.String`, not nullable.
    pub manifest_file_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for SharePointMigrationFinishManifestFileUploadEvent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            event_date_time: rt::Field::Absent,
            job_id: rt::Field::Absent,
            manifest_file_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for SharePointMigrationFinishManifestFileUploadEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointMigrationFinishManifestFileUploadEvent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "correlationId",
        "eventDateTime",
        "jobId",
        "manifestFileName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"correlationId\":                ",
        ",\"eventDateTime\":                ",
        ",\"jobId\":                        ",
        ",\"manifestFileName\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharePointMigrationFinishManifestFileUploadEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "correlation_id", &self.correlation_id);
        v.field(2usize, "event_date_time", &self.event_date_time);
        v.field(3usize, "job_id", &self.job_id);
        v.field(4usize, "manifest_file_name", &self.manifest_file_name);
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for SharePointMigrationFinishManifestFileUploadEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.correlation_id.read_from(r),
            2usize => self.event_date_time.read_from(r),
            3usize => self.job_id.read_from(r),
            4usize => self.manifest_file_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.correlation_id);
        w.field(2usize, &self.event_date_time);
        w.field(3usize, &self.job_id);
        w.field(4usize, &self.manifest_file_name);
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
rt::impl_object!(SharePointMigrationFinishManifestFileUploadEvent);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    SharePointMigrationFinishManifestFileUploadEvent { with_id id :
    ::std::string::String; with_correlation_id correlation_id : ::std::string::String;
    with_event_date_time event_date_time : rt::edm::DateTimeOffset; with_job_id job_id :
    ::std::string::String; with_manifest_file_name manifest_file_name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointMigrationFinishManifestFileUploadEvent);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.sharePointMigrationJob`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SharePointMigrationJobPath`](requests/trait.SharePointMigrationJobPath.html), what a path to one (`EntityPath<SharePointMigrationJob, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct SharePointMigrationJob {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `containerInfo`: `microsoft.graph.sharePointMigrationContainerInfo`, not nullable.
    pub container_info: rt::Field<crate::v1::SharePointMigrationContainerInfo>,
    /// CSDL: containment navigation property `progressEvents`: `Collection(microsoft.graph.sharePointMigrationEvent)`, not nullable.
    pub progress_events: rt::Field<
        ::std::vec::Vec<crate::v1::AnySharePointMigrationEvent>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for SharePointMigrationJob {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            container_info: rt::Field::Absent,
            progress_events: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for SharePointMigrationJob {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointMigrationJob";
    const KEYS: &'static [&'static str] = &["id", "containerInfo", "progressEvents"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"containerInfo\":                ",
        ",\"progressEvents\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharePointMigrationJob\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "container_info", &self.container_info);
        v.field(2usize, "progress_events", &self.progress_events);
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for SharePointMigrationJob {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.container_info.read_from(r),
            2usize => self.progress_events.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.container_info);
        w.field(2usize, &self.progress_events);
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
rt::impl_object!(SharePointMigrationJob);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    SharePointMigrationJob { with_id id : ::std::string::String; with_container_info
    container_info : crate ::v1::SharePointMigrationContainerInfo; with_progress_events
    progress_events : ::std::vec::Vec < crate ::v1::AnySharePointMigrationEvent >; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointMigrationJob);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.sharePointMigrationJobCancelledEvent`, entity type, derived from `microsoft.graph.sharePointMigrationEvent`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct SharePointMigrationJobCancelledEvent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `correlationId`: `Edm.String`, not nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `jobId`: `Edm.String`, not nullable.
    pub job_id: rt::Field<::std::string::String>,
    /// CSDL: property `isCancelledByUser`: `Edm.Boolean`, not nullable.
    pub is_cancelled_by_user: rt::Field<bool>,
    /// CSDL: property `totalRetryCount`: `Edm.Int32`, not nullable.
    pub total_retry_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for SharePointMigrationJobCancelledEvent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            event_date_time: rt::Field::Absent,
            job_id: rt::Field::Absent,
            is_cancelled_by_user: rt::Field::Absent,
            total_retry_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for SharePointMigrationJobCancelledEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointMigrationJobCancelledEvent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "correlationId",
        "eventDateTime",
        "jobId",
        "isCancelledByUser",
        "totalRetryCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"correlationId\":                ",
        ",\"eventDateTime\":                ",
        ",\"jobId\":                        ",
        ",\"isCancelledByUser\":            ",
        ",\"totalRetryCount\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharePointMigrationJobCancelledEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "correlation_id", &self.correlation_id);
        v.field(2usize, "event_date_time", &self.event_date_time);
        v.field(3usize, "job_id", &self.job_id);
        v.field(4usize, "is_cancelled_by_user", &self.is_cancelled_by_user);
        v.field(5usize, "total_retry_count", &self.total_retry_count);
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for SharePointMigrationJobCancelledEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.correlation_id.read_from(r),
            2usize => self.event_date_time.read_from(r),
            3usize => self.job_id.read_from(r),
            4usize => self.is_cancelled_by_user.read_from(r),
            5usize => self.total_retry_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.correlation_id);
        w.field(2usize, &self.event_date_time);
        w.field(3usize, &self.job_id);
        w.field(4usize, &self.is_cancelled_by_user);
        w.field(5usize, &self.total_retry_count);
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
rt::impl_object!(SharePointMigrationJobCancelledEvent);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    SharePointMigrationJobCancelledEvent { with_id id : ::std::string::String;
    with_correlation_id correlation_id : ::std::string::String; with_event_date_time
    event_date_time : rt::edm::DateTimeOffset; with_job_id job_id :
    ::std::string::String; with_is_cancelled_by_user is_cancelled_by_user : bool;
    with_total_retry_count total_retry_count : i32; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointMigrationJobCancelledEvent);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.sharePointMigrationJobDeletedEvent`, entity type, derived from `microsoft.graph.sharePointMigrationEvent`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct SharePointMigrationJobDeletedEvent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `correlationId`: `Edm.String`, not nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `jobId`: `Edm.String`, not nullable.
    pub job_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for SharePointMigrationJobDeletedEvent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            event_date_time: rt::Field::Absent,
            job_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for SharePointMigrationJobDeletedEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointMigrationJobDeletedEvent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "correlationId",
        "eventDateTime",
        "jobId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"correlationId\":                ",
        ",\"eventDateTime\":                ",
        ",\"jobId\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharePointMigrationJobDeletedEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "correlation_id", &self.correlation_id);
        v.field(2usize, "event_date_time", &self.event_date_time);
        v.field(3usize, "job_id", &self.job_id);
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for SharePointMigrationJobDeletedEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.correlation_id.read_from(r),
            2usize => self.event_date_time.read_from(r),
            3usize => self.job_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.correlation_id);
        w.field(2usize, &self.event_date_time);
        w.field(3usize, &self.job_id);
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
rt::impl_object!(SharePointMigrationJobDeletedEvent);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    SharePointMigrationJobDeletedEvent { with_id id : ::std::string::String;
    with_correlation_id correlation_id : ::std::string::String; with_event_date_time
    event_date_time : rt::edm::DateTimeOffset; with_job_id job_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointMigrationJobDeletedEvent);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.sharePointMigrationJobErrorEvent`, entity type, derived from `microsoft.graph.sharePointMigrationEvent`, key `id`.
///
/// Request builders: [`SharePointMigrationJobErrorEventPath`](requests/trait.SharePointMigrationJobErrorEventPath.html), what a path to one (`EntityPath<SharePointMigrationJobErrorEvent, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct SharePointMigrationJobErrorEvent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `correlationId`: `Edm.String`, not nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `jobId`: `Edm.String`, not nullable.
    pub job_id: rt::Field<::std::string::String>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, not nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `errorLevel`: `microsoft.graph.sharePointMigrationJobErrorLevel`, not nullable.
    pub error_level: rt::Field<crate::v1::SharePointMigrationJobErrorLevel>,
    /// CSDL: property `objectId`: `Edm.String`, not nullable.
    pub object_id: rt::Field<::std::string::String>,
    /// CSDL: property `objectType`: `microsoft.graph.sharePointMigrationObjectType`, not nullable.
    pub object_type: rt::Field<crate::v1::SharePointMigrationObjectType>,
    /// CSDL: property `objectUrl`: `Edm.String`, not nullable.
    pub object_url: rt::Field<::std::string::String>,
    /// CSDL: property `totalRetryCount`: `Edm.Int32`, not nullable.
    pub total_retry_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for SharePointMigrationJobErrorEvent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            event_date_time: rt::Field::Absent,
            job_id: rt::Field::Absent,
            error: rt::Field::Absent,
            error_level: rt::Field::Absent,
            object_id: rt::Field::Absent,
            object_type: rt::Field::Absent,
            object_url: rt::Field::Absent,
            total_retry_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for SharePointMigrationJobErrorEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointMigrationJobErrorEvent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "correlationId",
        "eventDateTime",
        "jobId",
        "error",
        "errorLevel",
        "objectId",
        "objectType",
        "objectUrl",
        "totalRetryCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"correlationId\":                ",
        ",\"eventDateTime\":                ",
        ",\"jobId\":                        ",
        ",\"error\":                        ",
        ",\"errorLevel\":                   ",
        ",\"objectId\":                     ",
        ",\"objectType\":                   ",
        ",\"objectUrl\":                    ",
        ",\"totalRetryCount\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharePointMigrationJobErrorEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "correlation_id", &self.correlation_id);
        v.field(2usize, "event_date_time", &self.event_date_time);
        v.field(3usize, "job_id", &self.job_id);
        v.field(4usize, "error", &self.error);
        v.field(5usize, "error_level", &self.error_level);
        v.field(6usize, "object_id", &self.object_id);
        v.field(7usize, "object_type", &self.object_type);
        v.field(8usize, "object_url", &self.object_url);
        v.field(9usize, "total_retry_count", &self.total_retry_count);
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for SharePointMigrationJobErrorEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.correlation_id.read_from(r),
            2usize => self.event_date_time.read_from(r),
            3usize => self.job_id.read_from(r),
            4usize => self.error.read_from(r),
            5usize => self.error_level.read_from(r),
            6usize => self.object_id.read_from(r),
            7usize => self.object_type.read_from(r),
            8usize => self.object_url.read_from(r),
            9usize => self.total_retry_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.correlation_id);
        w.field(2usize, &self.event_date_time);
        w.field(3usize, &self.job_id);
        w.field(4usize, &self.error);
        w.field(5usize, &self.error_level);
        w.field(6usize, &self.object_id);
        w.field(7usize, &self.object_type);
        w.field(8usize, &self.object_url);
        w.field(9usize, &self.total_retry_count);
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
rt::impl_object!(SharePointMigrationJobErrorEvent);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    SharePointMigrationJobErrorEvent { with_id id : ::std::string::String;
    with_correlation_id correlation_id : ::std::string::String; with_event_date_time
    event_date_time : rt::edm::DateTimeOffset; with_job_id job_id :
    ::std::string::String; with_error error : crate ::v1::PublicError; with_error_level
    error_level : crate ::v1::SharePointMigrationJobErrorLevel; with_object_id object_id
    : ::std::string::String; with_object_type object_type : crate
    ::v1::SharePointMigrationObjectType; with_object_url object_url :
    ::std::string::String; with_total_retry_count total_retry_count : i32; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointMigrationJobErrorEvent);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.sharePointMigrationJobErrorLevel`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SharePointMigrationJobErrorLevel {
    /// `important` (value 0).
    Important,
    /// `warning` (value 1).
    Warning,
    /// `error` (value 2).
    Error,
    /// `fatalError` (value 3).
    FatalError,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::StrEnum for SharePointMigrationJobErrorLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointMigrationJobErrorLevel";
    const MEMBERS: &'static [&'static str] = &[
        "important",
        "warning",
        "error",
        "fatalError",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "important" => Self::Important,
                "warning" => Self::Warning,
                "error" => Self::Error,
                "fatalError" => Self::FatalError,
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
            Self::Important => "important",
            Self::Warning => "warning",
            Self::Error => "error",
            Self::FatalError => "fatalError",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_enum!(SharePointMigrationJobErrorLevel);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointMigrationJobErrorLevel);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.sharePointMigrationJobPostponedEvent`, entity type, derived from `microsoft.graph.sharePointMigrationEvent`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct SharePointMigrationJobPostponedEvent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `correlationId`: `Edm.String`, not nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `jobId`: `Edm.String`, not nullable.
    pub job_id: rt::Field<::std::string::String>,
    /// CSDL: property `jobsInQueue`: `Edm.Int64`, not nullable.
    pub jobs_in_queue: rt::Field<i64>,
    /// CSDL: property `nextPickupDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub next_pickup_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `reason`: `Edm.String`, not nullable.
    pub reason: rt::Field<::std::string::String>,
    /// CSDL: property `totalRetryCount`: `Edm.Int32`, not nullable.
    pub total_retry_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for SharePointMigrationJobPostponedEvent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            event_date_time: rt::Field::Absent,
            job_id: rt::Field::Absent,
            jobs_in_queue: rt::Field::Absent,
            next_pickup_date_time: rt::Field::Absent,
            reason: rt::Field::Absent,
            total_retry_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for SharePointMigrationJobPostponedEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointMigrationJobPostponedEvent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "correlationId",
        "eventDateTime",
        "jobId",
        "jobsInQueue",
        "nextPickupDateTime",
        "reason",
        "totalRetryCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"correlationId\":                ",
        ",\"eventDateTime\":                ",
        ",\"jobId\":                        ",
        ",\"jobsInQueue\":                  ",
        ",\"nextPickupDateTime\":           ",
        ",\"reason\":                       ",
        ",\"totalRetryCount\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharePointMigrationJobPostponedEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "correlation_id", &self.correlation_id);
        v.field(2usize, "event_date_time", &self.event_date_time);
        v.field(3usize, "job_id", &self.job_id);
        v.field(4usize, "jobs_in_queue", &self.jobs_in_queue);
        v.field(5usize, "next_pickup_date_time", &self.next_pickup_date_time);
        v.field(6usize, "reason", &self.reason);
        v.field(7usize, "total_retry_count", &self.total_retry_count);
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for SharePointMigrationJobPostponedEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.correlation_id.read_from(r),
            2usize => self.event_date_time.read_from(r),
            3usize => self.job_id.read_from(r),
            4usize => self.jobs_in_queue.read_from(r),
            5usize => self.next_pickup_date_time.read_from(r),
            6usize => self.reason.read_from(r),
            7usize => self.total_retry_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.correlation_id);
        w.field(2usize, &self.event_date_time);
        w.field(3usize, &self.job_id);
        w.field(4usize, &self.jobs_in_queue);
        w.field(5usize, &self.next_pickup_date_time);
        w.field(6usize, &self.reason);
        w.field(7usize, &self.total_retry_count);
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
rt::impl_object!(SharePointMigrationJobPostponedEvent);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    SharePointMigrationJobPostponedEvent { with_id id : ::std::string::String;
    with_correlation_id correlation_id : ::std::string::String; with_event_date_time
    event_date_time : rt::edm::DateTimeOffset; with_job_id job_id :
    ::std::string::String; with_jobs_in_queue jobs_in_queue : i64;
    with_next_pickup_date_time next_pickup_date_time : rt::edm::DateTimeOffset;
    with_reason reason : ::std::string::String; with_total_retry_count total_retry_count
    : i32; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointMigrationJobPostponedEvent);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.sharePointMigrationJobProgressEvent`, entity type, derived from `microsoft.graph.sharePointMigrationEvent`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct SharePointMigrationJobProgressEvent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `correlationId`: `Edm.String`, not nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `jobId`: `Edm.String`, not nullable.
    pub job_id: rt::Field<::std::string::String>,
    /// CSDL: property `bytesProcessed`: `Edm.Int64`, not nullable.
    pub bytes_processed: rt::Field<i64>,
    /// CSDL: property `bytesProcessedOnlyCurrentVersion`: `Edm.Int64`, not nullable.
    pub bytes_processed_only_current_version: rt::Field<i64>,
    /// CSDL: property `cpuDurationMs`: `Edm.Int64`, not nullable.
    pub cpu_duration_ms: rt::Field<i64>,
    /// CSDL: property `filesProcessed`: `Edm.Int64`, not nullable.
    pub files_processed: rt::Field<i64>,
    /// CSDL: property `filesProcessedOnlyCurrentVersion`: `Edm.Int64`, not nullable.
    pub files_processed_only_current_version: rt::Field<i64>,
    /// CSDL: property `isCompleted`: `Edm.Boolean`, not nullable.
    pub is_completed: rt::Field<bool>,
    /// CSDL: property `lastProcessedObjectId`: `Edm.String`, not nullable.
    pub last_processed_object_id: rt::Field<::std::string::String>,
    /// CSDL: property `objectsProcessed`: `Edm.Int64`, not nullable.
    pub objects_processed: rt::Field<i64>,
    /// CSDL: property `sqlDurationMs`: `Edm.Int64`, not nullable.
    pub sql_duration_ms: rt::Field<i64>,
    /// CSDL: property `sqlQueryCount`: `Edm.Int64`, not nullable.
    pub sql_query_count: rt::Field<i64>,
    /// CSDL: property `totalDurationMs`: `Edm.Int64`, not nullable.
    pub total_duration_ms: rt::Field<i64>,
    /// CSDL: property `totalErrors`: `Edm.Int64`, not nullable.
    pub total_errors: rt::Field<i64>,
    /// CSDL: property `totalExpectedBytes`: `Edm.Int64`, not nullable.
    pub total_expected_bytes: rt::Field<i64>,
    /// CSDL: property `totalExpectedObjects`: `Edm.Int64`, not nullable.
    pub total_expected_objects: rt::Field<i64>,
    /// CSDL: property `totalRetryCount`: `Edm.Int32`, not nullable.
    pub total_retry_count: rt::Field<i32>,
    /// CSDL: property `totalWarnings`: `Edm.Int64`, not nullable.
    pub total_warnings: rt::Field<i64>,
    /// CSDL: property `waitTimeOnSqlThrottlingMs`: `Edm.Int64`, not nullable.
    pub wait_time_on_sql_throttling_ms: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for SharePointMigrationJobProgressEvent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            event_date_time: rt::Field::Absent,
            job_id: rt::Field::Absent,
            bytes_processed: rt::Field::Absent,
            bytes_processed_only_current_version: rt::Field::Absent,
            cpu_duration_ms: rt::Field::Absent,
            files_processed: rt::Field::Absent,
            files_processed_only_current_version: rt::Field::Absent,
            is_completed: rt::Field::Absent,
            last_processed_object_id: rt::Field::Absent,
            objects_processed: rt::Field::Absent,
            sql_duration_ms: rt::Field::Absent,
            sql_query_count: rt::Field::Absent,
            total_duration_ms: rt::Field::Absent,
            total_errors: rt::Field::Absent,
            total_expected_bytes: rt::Field::Absent,
            total_expected_objects: rt::Field::Absent,
            total_retry_count: rt::Field::Absent,
            total_warnings: rt::Field::Absent,
            wait_time_on_sql_throttling_ms: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for SharePointMigrationJobProgressEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointMigrationJobProgressEvent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "correlationId",
        "eventDateTime",
        "jobId",
        "bytesProcessed",
        "bytesProcessedOnlyCurrentVersion",
        "cpuDurationMs",
        "filesProcessed",
        "filesProcessedOnlyCurrentVersion",
        "isCompleted",
        "lastProcessedObjectId",
        "objectsProcessed",
        "sqlDurationMs",
        "sqlQueryCount",
        "totalDurationMs",
        "totalErrors",
        "totalExpectedBytes",
        "totalExpectedObjects",
        "totalRetryCount",
        "totalWarnings",
        "waitTimeOnSqlThrottlingMs",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"correlationId\":                ",
        ",\"eventDateTime\":                ",
        ",\"jobId\":                        ",
        ",\"bytesProcessed\":               ",
        ",\"bytesProcessedOnlyCurrentVersion\":",
        ",\"cpuDurationMs\":                ",
        ",\"filesProcessed\":               ",
        ",\"filesProcessedOnlyCurrentVersion\":",
        ",\"isCompleted\":                  ",
        ",\"lastProcessedObjectId\":        ",
        ",\"objectsProcessed\":             ",
        ",\"sqlDurationMs\":                ",
        ",\"sqlQueryCount\":                ",
        ",\"totalDurationMs\":              ",
        ",\"totalErrors\":                  ",
        ",\"totalExpectedBytes\":           ",
        ",\"totalExpectedObjects\":         ",
        ",\"totalRetryCount\":              ",
        ",\"totalWarnings\":                ",
        ",\"waitTimeOnSqlThrottlingMs\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharePointMigrationJobProgressEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "correlation_id", &self.correlation_id);
        v.field(2usize, "event_date_time", &self.event_date_time);
        v.field(3usize, "job_id", &self.job_id);
        v.field(4usize, "bytes_processed", &self.bytes_processed);
        v.field(
            5usize,
            "bytes_processed_only_current_version",
            &self.bytes_processed_only_current_version,
        );
        v.field(6usize, "cpu_duration_ms", &self.cpu_duration_ms);
        v.field(7usize, "files_processed", &self.files_processed);
        v.field(
            8usize,
            "files_processed_only_current_version",
            &self.files_processed_only_current_version,
        );
        v.field(9usize, "is_completed", &self.is_completed);
        v.field(10usize, "last_processed_object_id", &self.last_processed_object_id);
        v.field(11usize, "objects_processed", &self.objects_processed);
        v.field(12usize, "sql_duration_ms", &self.sql_duration_ms);
        v.field(13usize, "sql_query_count", &self.sql_query_count);
        v.field(14usize, "total_duration_ms", &self.total_duration_ms);
        v.field(15usize, "total_errors", &self.total_errors);
        v.field(16usize, "total_expected_bytes", &self.total_expected_bytes);
        v.field(17usize, "total_expected_objects", &self.total_expected_objects);
        v.field(18usize, "total_retry_count", &self.total_retry_count);
        v.field(19usize, "total_warnings", &self.total_warnings);
        v.field(
            20usize,
            "wait_time_on_sql_throttling_ms",
            &self.wait_time_on_sql_throttling_ms,
        );
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for SharePointMigrationJobProgressEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.correlation_id.read_from(r),
            2usize => self.event_date_time.read_from(r),
            3usize => self.job_id.read_from(r),
            4usize => self.bytes_processed.read_from(r),
            5usize => self.bytes_processed_only_current_version.read_from(r),
            6usize => self.cpu_duration_ms.read_from(r),
            7usize => self.files_processed.read_from(r),
            8usize => self.files_processed_only_current_version.read_from(r),
            9usize => self.is_completed.read_from(r),
            10usize => self.last_processed_object_id.read_from(r),
            11usize => self.objects_processed.read_from(r),
            12usize => self.sql_duration_ms.read_from(r),
            13usize => self.sql_query_count.read_from(r),
            14usize => self.total_duration_ms.read_from(r),
            15usize => self.total_errors.read_from(r),
            16usize => self.total_expected_bytes.read_from(r),
            17usize => self.total_expected_objects.read_from(r),
            18usize => self.total_retry_count.read_from(r),
            19usize => self.total_warnings.read_from(r),
            20usize => self.wait_time_on_sql_throttling_ms.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.correlation_id);
        w.field(2usize, &self.event_date_time);
        w.field(3usize, &self.job_id);
        w.field(4usize, &self.bytes_processed);
        w.field(5usize, &self.bytes_processed_only_current_version);
        w.field(6usize, &self.cpu_duration_ms);
        w.field(7usize, &self.files_processed);
        w.field(8usize, &self.files_processed_only_current_version);
        w.field(9usize, &self.is_completed);
        w.field(10usize, &self.last_processed_object_id);
        w.field(11usize, &self.objects_processed);
        w.field(12usize, &self.sql_duration_ms);
        w.field(13usize, &self.sql_query_count);
        w.field(14usize, &self.total_duration_ms);
        w.field(15usize, &self.total_errors);
        w.field(16usize, &self.total_expected_bytes);
        w.field(17usize, &self.total_expected_objects);
        w.field(18usize, &self.total_retry_count);
        w.field(19usize, &self.total_warnings);
        w.field(20usize, &self.wait_time_on_sql_throttling_ms);
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
rt::impl_object!(SharePointMigrationJobProgressEvent);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    SharePointMigrationJobProgressEvent { with_id id : ::std::string::String;
    with_correlation_id correlation_id : ::std::string::String; with_event_date_time
    event_date_time : rt::edm::DateTimeOffset; with_job_id job_id :
    ::std::string::String; with_bytes_processed bytes_processed : i64;
    with_bytes_processed_only_current_version bytes_processed_only_current_version : i64;
    with_cpu_duration_ms cpu_duration_ms : i64; with_files_processed files_processed :
    i64; with_files_processed_only_current_version files_processed_only_current_version :
    i64; with_is_completed is_completed : bool; with_last_processed_object_id
    last_processed_object_id : ::std::string::String; with_objects_processed
    objects_processed : i64; with_sql_duration_ms sql_duration_ms : i64;
    with_sql_query_count sql_query_count : i64; with_total_duration_ms total_duration_ms
    : i64; with_total_errors total_errors : i64; with_total_expected_bytes
    total_expected_bytes : i64; with_total_expected_objects total_expected_objects : i64;
    with_total_retry_count total_retry_count : i32; with_total_warnings total_warnings :
    i64; with_wait_time_on_sql_throttling_ms wait_time_on_sql_throttling_ms : i64; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointMigrationJobProgressEvent);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.sharePointMigrationJobQueuedEvent`, entity type, derived from `microsoft.graph.sharePointMigrationEvent`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct SharePointMigrationJobQueuedEvent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `correlationId`: `Edm.String`, not nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `jobId`: `Edm.String`, not nullable.
    pub job_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for SharePointMigrationJobQueuedEvent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            event_date_time: rt::Field::Absent,
            job_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for SharePointMigrationJobQueuedEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointMigrationJobQueuedEvent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "correlationId",
        "eventDateTime",
        "jobId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"correlationId\":                ",
        ",\"eventDateTime\":                ",
        ",\"jobId\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharePointMigrationJobQueuedEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "correlation_id", &self.correlation_id);
        v.field(2usize, "event_date_time", &self.event_date_time);
        v.field(3usize, "job_id", &self.job_id);
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for SharePointMigrationJobQueuedEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.correlation_id.read_from(r),
            2usize => self.event_date_time.read_from(r),
            3usize => self.job_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.correlation_id);
        w.field(2usize, &self.event_date_time);
        w.field(3usize, &self.job_id);
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
rt::impl_object!(SharePointMigrationJobQueuedEvent);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    SharePointMigrationJobQueuedEvent { with_id id : ::std::string::String;
    with_correlation_id correlation_id : ::std::string::String; with_event_date_time
    event_date_time : rt::edm::DateTimeOffset; with_job_id job_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointMigrationJobQueuedEvent);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.sharePointMigrationJobStartEvent`, entity type, derived from `microsoft.graph.sharePointMigrationEvent`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct SharePointMigrationJobStartEvent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `correlationId`: `Edm.String`, not nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `jobId`: `Edm.String`, not nullable.
    pub job_id: rt::Field<::std::string::String>,
    /// CSDL: property `isRestarted`: `Edm.Boolean`, not nullable.
    pub is_restarted: rt::Field<bool>,
    /// CSDL: property `totalRetryCount`: `Edm.Int32`, not nullable.
    pub total_retry_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for SharePointMigrationJobStartEvent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            event_date_time: rt::Field::Absent,
            job_id: rt::Field::Absent,
            is_restarted: rt::Field::Absent,
            total_retry_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for SharePointMigrationJobStartEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointMigrationJobStartEvent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "correlationId",
        "eventDateTime",
        "jobId",
        "isRestarted",
        "totalRetryCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"correlationId\":                ",
        ",\"eventDateTime\":                ",
        ",\"jobId\":                        ",
        ",\"isRestarted\":                  ",
        ",\"totalRetryCount\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharePointMigrationJobStartEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "correlation_id", &self.correlation_id);
        v.field(2usize, "event_date_time", &self.event_date_time);
        v.field(3usize, "job_id", &self.job_id);
        v.field(4usize, "is_restarted", &self.is_restarted);
        v.field(5usize, "total_retry_count", &self.total_retry_count);
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for SharePointMigrationJobStartEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.correlation_id.read_from(r),
            2usize => self.event_date_time.read_from(r),
            3usize => self.job_id.read_from(r),
            4usize => self.is_restarted.read_from(r),
            5usize => self.total_retry_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.correlation_id);
        w.field(2usize, &self.event_date_time);
        w.field(3usize, &self.job_id);
        w.field(4usize, &self.is_restarted);
        w.field(5usize, &self.total_retry_count);
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
rt::impl_object!(SharePointMigrationJobStartEvent);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    SharePointMigrationJobStartEvent { with_id id : ::std::string::String;
    with_correlation_id correlation_id : ::std::string::String; with_event_date_time
    event_date_time : rt::edm::DateTimeOffset; with_job_id job_id :
    ::std::string::String; with_is_restarted is_restarted : bool; with_total_retry_count
    total_retry_count : i32; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointMigrationJobStartEvent);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.sharePointMigrationObjectType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SharePointMigrationObjectType {
    /// `site` (value 0).
    Site,
    /// `web` (value 1).
    Web,
    /// `folder` (value 2).
    Folder,
    /// `list` (value 3).
    List,
    /// `listItem` (value 4).
    ListItem,
    /// `file` (value 5).
    File,
    /// `alert` (value 6).
    Alert,
    /// `sharedWithObject` (value 7).
    SharedWithObject,
    /// `invalid` (value 8).
    Invalid,
    /// `unknownFutureValue` (value 9).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::StrEnum for SharePointMigrationObjectType {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointMigrationObjectType";
    const MEMBERS: &'static [&'static str] = &[
        "site",
        "web",
        "folder",
        "list",
        "listItem",
        "file",
        "alert",
        "sharedWithObject",
        "invalid",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "site" => Self::Site,
                "web" => Self::Web,
                "folder" => Self::Folder,
                "list" => Self::List,
                "listItem" => Self::ListItem,
                "file" => Self::File,
                "alert" => Self::Alert,
                "sharedWithObject" => Self::SharedWithObject,
                "invalid" => Self::Invalid,
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
            Self::Site => "site",
            Self::Web => "web",
            Self::Folder => "folder",
            Self::List => "list",
            Self::ListItem => "listItem",
            Self::File => "file",
            Self::Alert => "alert",
            Self::SharedWithObject => "sharedWithObject",
            Self::Invalid => "invalid",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_enum!(SharePointMigrationObjectType);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointMigrationObjectType);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.sharePointOneDriveOptions`, complex type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct SharePointOneDriveOptions {
    /// CSDL: property `includeContent`: `microsoft.graph.searchContent`, nullable.
    pub include_content: rt::Field<rt::Flags<crate::v1::SearchContent>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for SharePointOneDriveOptions {
    #[inline]
    fn default() -> Self {
        Self {
            include_content: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for SharePointOneDriveOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointOneDriveOptions";
    const KEYS: &'static [&'static str] = &["includeContent"];
    const KEYS_JSON: &'static [&'static str] = &[",\"includeContent\":               "];
    const TAG: &'static str = "\"#microsoft.graph.sharePointOneDriveOptions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "include_content", &self.include_content);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for SharePointOneDriveOptions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.include_content.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.include_content);
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
rt::impl_object!(SharePointOneDriveOptions);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    SharePointOneDriveOptions { with_include_content include_content : rt::Flags < crate
    ::v1::SearchContent >; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointOneDriveOptions);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.shared`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct Shared {
    /// CSDL: property `owner`: `microsoft.graph.identitySet`, nullable.
    pub owner: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `scope`: `Edm.String`, nullable.
    pub scope: rt::Field<::std::string::String>,
    /// CSDL: property `sharedBy`: `microsoft.graph.identitySet`, nullable.
    pub shared_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `sharedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub shared_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for Shared {
    #[inline]
    fn default() -> Self {
        Self {
            owner: rt::Field::Absent,
            scope: rt::Field::Absent,
            shared_by: rt::Field::Absent,
            shared_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for Shared {
    const TYPE_NAME: &'static str = "microsoft.graph.shared";
    const KEYS: &'static [&'static str] = &[
        "owner",
        "scope",
        "sharedBy",
        "sharedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"owner\":                        ",
        ",\"scope\":                        ",
        ",\"sharedBy\":                     ",
        ",\"sharedDateTime\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.shared\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "owner", &self.owner);
        v.field(1usize, "scope", &self.scope);
        v.field(2usize, "shared_by", &self.shared_by);
        v.field(3usize, "shared_date_time", &self.shared_date_time);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for Shared {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.owner.read_from(r),
            1usize => self.scope.read_from(r),
            2usize => self.shared_by.read_from(r),
            3usize => self.shared_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.owner);
        w.field(1usize, &self.scope);
        w.field(2usize, &self.shared_by);
        w.field(3usize, &self.shared_date_time);
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
rt::impl_object!(Shared);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    Shared { with_owner owner : crate ::v1::AnyIdentitySet; with_scope scope :
    ::std::string::String; with_shared_by shared_by : crate ::v1::AnyIdentitySet;
    with_shared_date_time shared_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Shared);
#[cfg(msgraph_v1_device_management_or_search)]
/// Possible values for when accounts are deleted on a shared PC.
///
/// CSDL: `microsoft.graph.sharedPCAccountDeletionPolicyType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SharedPcAccountDeletionPolicyType {
    /// Delete immediately.
    ///
    /// `immediate` (value 0).
    Immediate,
    /// Delete at disk space threshold.
    ///
    /// `diskSpaceThreshold` (value 1).
    DiskSpaceThreshold,
    /// Delete at disk space threshold or inactive threshold.
    ///
    /// `diskSpaceThresholdOrInactiveThreshold` (value 2).
    DiskSpaceThresholdOrInactiveThreshold,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for SharedPcAccountDeletionPolicyType {
    const TYPE_NAME: &'static str = "microsoft.graph.sharedPCAccountDeletionPolicyType";
    const MEMBERS: &'static [&'static str] = &[
        "immediate",
        "diskSpaceThreshold",
        "diskSpaceThresholdOrInactiveThreshold",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "immediate" => Self::Immediate,
                "diskSpaceThreshold" => Self::DiskSpaceThreshold,
                "diskSpaceThresholdOrInactiveThreshold" => {
                    Self::DiskSpaceThresholdOrInactiveThreshold
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
            Self::Immediate => "immediate",
            Self::DiskSpaceThreshold => "diskSpaceThreshold",
            Self::DiskSpaceThresholdOrInactiveThreshold => {
                "diskSpaceThresholdOrInactiveThreshold"
            }
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(SharedPcAccountDeletionPolicyType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharedPcAccountDeletionPolicyType);
#[cfg(msgraph_v1_device_management_or_search)]
/// SharedPC Account Manager Policy. Only applies when the account manager is enabled.
///
/// CSDL: `microsoft.graph.sharedPCAccountManagerPolicy`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct SharedPcAccountManagerPolicy {
    /// Configures when accounts are deleted.
    ///
    /// CSDL: property `accountDeletionPolicy`: `microsoft.graph.sharedPCAccountDeletionPolicyType`, not nullable.
    pub account_deletion_policy: rt::Field<crate::v1::SharedPcAccountDeletionPolicyType>,
    /// Sets the percentage of available disk space a PC should have before it stops deleting cached shared PC accounts. Only applies when AccountDeletionPolicy is DiskSpaceThreshold or DiskSpaceThresholdOrInactiveThreshold. Valid values 0 to 100
    ///
    /// CSDL: property `cacheAccountsAboveDiskFreePercentage`: `Edm.Int32`, nullable.
    pub cache_accounts_above_disk_free_percentage: rt::Field<i32>,
    /// Specifies when the accounts will start being deleted when they have not been logged on during the specified period, given as number of days. Only applies when AccountDeletionPolicy is DiskSpaceThreshold or DiskSpaceThresholdOrInactiveThreshold.
    ///
    /// CSDL: property `inactiveThresholdDays`: `Edm.Int32`, nullable.
    pub inactive_threshold_days: rt::Field<i32>,
    /// Sets the percentage of disk space remaining on a PC before cached accounts will be deleted to free disk space. Accounts that have been inactive the longest will be deleted first. Only applies when AccountDeletionPolicy is DiskSpaceThresholdOrInactiveThreshold. Valid values 0 to 100
    ///
    /// CSDL: property `removeAccountsBelowDiskFreePercentage`: `Edm.Int32`, nullable.
    pub remove_accounts_below_disk_free_percentage: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for SharedPcAccountManagerPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            account_deletion_policy: rt::Field::Absent,
            cache_accounts_above_disk_free_percentage: rt::Field::Absent,
            inactive_threshold_days: rt::Field::Absent,
            remove_accounts_below_disk_free_percentage: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for SharedPcAccountManagerPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.sharedPCAccountManagerPolicy";
    const KEYS: &'static [&'static str] = &[
        "accountDeletionPolicy",
        "cacheAccountsAboveDiskFreePercentage",
        "inactiveThresholdDays",
        "removeAccountsBelowDiskFreePercentage",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accountDeletionPolicy\":        ",
        ",\"cacheAccountsAboveDiskFreePercentage\":",
        ",\"inactiveThresholdDays\":        ",
        ",\"removeAccountsBelowDiskFreePercentage\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharedPCAccountManagerPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "account_deletion_policy", &self.account_deletion_policy);
        v.field(
            1usize,
            "cache_accounts_above_disk_free_percentage",
            &self.cache_accounts_above_disk_free_percentage,
        );
        v.field(2usize, "inactive_threshold_days", &self.inactive_threshold_days);
        v.field(
            3usize,
            "remove_accounts_below_disk_free_percentage",
            &self.remove_accounts_below_disk_free_percentage,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for SharedPcAccountManagerPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.account_deletion_policy.read_from(r),
            1usize => self.cache_accounts_above_disk_free_percentage.read_from(r),
            2usize => self.inactive_threshold_days.read_from(r),
            3usize => self.remove_accounts_below_disk_free_percentage.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.account_deletion_policy);
        w.field(1usize, &self.cache_accounts_above_disk_free_percentage);
        w.field(2usize, &self.inactive_threshold_days);
        w.field(3usize, &self.remove_accounts_below_disk_free_percentage);
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
rt::impl_object!(SharedPcAccountManagerPolicy);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    SharedPcAccountManagerPolicy { with_account_deletion_policy account_deletion_policy :
    crate ::v1::SharedPcAccountDeletionPolicyType;
    with_cache_accounts_above_disk_free_percentage
    cache_accounts_above_disk_free_percentage : i32; with_inactive_threshold_days
    inactive_threshold_days : i32; with_remove_accounts_below_disk_free_percentage
    remove_accounts_below_disk_free_percentage : i32; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharedPcAccountManagerPolicy);
#[cfg(msgraph_v1_device_management_or_search)]
/// Type of accounts that are allowed to share the PC.
///
/// CSDL: `microsoft.graph.sharedPCAllowedAccountType`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SharedPcAllowedAccountType {
    /// Only guest accounts.
    ///
    /// `guest` (value 1).
    Guest,
    /// Only domain-joined accounts.
    ///
    /// `domain` (value 2).
    Domain,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for SharedPcAllowedAccountType {
    const TYPE_NAME: &'static str = "microsoft.graph.sharedPCAllowedAccountType";
    const MEMBERS: &'static [&'static str] = &["guest", "domain"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "guest" => Self::Guest,
                "domain" => Self::Domain,
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
            Self::Guest => "guest",
            Self::Domain => "domain",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(SharedPcAllowedAccountType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharedPcAllowedAccountType);
#[cfg(msgraph_v1_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the sharedPCConfiguration resource.
///
/// CSDL: `microsoft.graph.sharedPCConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`SharedPcConfigurationPath`](requests/trait.SharedPcConfigurationPath.html), what a path to one (`EntityPath<SharedPcConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct SharedPcConfiguration {
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
    /// Specifies how accounts are managed on a shared PC. Only applies when disableAccountManager is false.
    ///
    /// CSDL: property `accountManagerPolicy`: `microsoft.graph.sharedPCAccountManagerPolicy`, nullable.
    pub account_manager_policy: rt::Field<crate::v1::SharedPcAccountManagerPolicy>,
    /// Indicates which type of accounts are allowed to use on a shared PC.
    ///
    /// CSDL: property `allowedAccounts`: `microsoft.graph.sharedPCAllowedAccountType`, not nullable.
    pub allowed_accounts: rt::Field<rt::Flags<crate::v1::SharedPcAllowedAccountType>>,
    /// Specifies whether local storage is allowed on a shared PC.
    ///
    /// CSDL: property `allowLocalStorage`: `Edm.Boolean`, not nullable.
    pub allow_local_storage: rt::Field<bool>,
    /// Disables the account manager for shared PC mode.
    ///
    /// CSDL: property `disableAccountManager`: `Edm.Boolean`, not nullable.
    pub disable_account_manager: rt::Field<bool>,
    /// Specifies whether the default shared PC education environment policies should be disabled. For Windows 10 RS2 and later, this policy will be applied without setting Enabled to true.
    ///
    /// CSDL: property `disableEduPolicies`: `Edm.Boolean`, not nullable.
    pub disable_edu_policies: rt::Field<bool>,
    /// Specifies whether the default shared PC power policies should be disabled.
    ///
    /// CSDL: property `disablePowerPolicies`: `Edm.Boolean`, not nullable.
    pub disable_power_policies: rt::Field<bool>,
    /// Disables the requirement to sign in whenever the device wakes up from sleep mode.
    ///
    /// CSDL: property `disableSignInOnResume`: `Edm.Boolean`, not nullable.
    pub disable_sign_in_on_resume: rt::Field<bool>,
    /// Enables shared PC mode and applies the shared pc policies.
    ///
    /// CSDL: property `enabled`: `Edm.Boolean`, not nullable.
    pub enabled: rt::Field<bool>,
    /// Specifies the time in seconds that a device must sit idle before the PC goes to sleep. Setting this value to 0 prevents the sleep timeout from occurring.
    ///
    /// CSDL: property `idleTimeBeforeSleepInSeconds`: `Edm.Int32`, nullable.
    pub idle_time_before_sleep_in_seconds: rt::Field<i32>,
    /// Specifies the display text for the account shown on the sign-in screen which launches the app specified by SetKioskAppUserModelId. Only applies when KioskAppUserModelId is set.
    ///
    /// CSDL: property `kioskAppDisplayName`: `Edm.String`, nullable.
    pub kiosk_app_display_name: rt::Field<::std::string::String>,
    /// Specifies the application user model ID of the app to use with assigned access.
    ///
    /// CSDL: property `kioskAppUserModelId`: `Edm.String`, nullable.
    pub kiosk_app_user_model_id: rt::Field<::std::string::String>,
    /// Specifies the daily start time of maintenance hour.
    ///
    /// CSDL: property `maintenanceStartTime`: `Edm.TimeOfDay`, nullable.
    pub maintenance_start_time: rt::Field<rt::edm::TimeOfDay>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for SharedPcConfiguration {
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
            account_manager_policy: rt::Field::Absent,
            allowed_accounts: rt::Field::Absent,
            allow_local_storage: rt::Field::Absent,
            disable_account_manager: rt::Field::Absent,
            disable_edu_policies: rt::Field::Absent,
            disable_power_policies: rt::Field::Absent,
            disable_sign_in_on_resume: rt::Field::Absent,
            enabled: rt::Field::Absent,
            idle_time_before_sleep_in_seconds: rt::Field::Absent,
            kiosk_app_display_name: rt::Field::Absent,
            kiosk_app_user_model_id: rt::Field::Absent,
            maintenance_start_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for SharedPcConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.sharedPCConfiguration";
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
        "accountManagerPolicy",
        "allowedAccounts",
        "allowLocalStorage",
        "disableAccountManager",
        "disableEduPolicies",
        "disablePowerPolicies",
        "disableSignInOnResume",
        "enabled",
        "idleTimeBeforeSleepInSeconds",
        "kioskAppDisplayName",
        "kioskAppUserModelId",
        "maintenanceStartTime",
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
        ",\"accountManagerPolicy\":         ",
        ",\"allowedAccounts\":              ",
        ",\"allowLocalStorage\":            ",
        ",\"disableAccountManager\":        ",
        ",\"disableEduPolicies\":           ",
        ",\"disablePowerPolicies\":         ",
        ",\"disableSignInOnResume\":        ",
        ",\"enabled\":                      ",
        ",\"idleTimeBeforeSleepInSeconds\": ",
        ",\"kioskAppDisplayName\":          ",
        ",\"kioskAppUserModelId\":          ",
        ",\"maintenanceStartTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharedPCConfiguration\"";
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
        v.field(12usize, "account_manager_policy", &self.account_manager_policy);
        v.field(13usize, "allowed_accounts", &self.allowed_accounts);
        v.field(14usize, "allow_local_storage", &self.allow_local_storage);
        v.field(15usize, "disable_account_manager", &self.disable_account_manager);
        v.field(16usize, "disable_edu_policies", &self.disable_edu_policies);
        v.field(17usize, "disable_power_policies", &self.disable_power_policies);
        v.field(18usize, "disable_sign_in_on_resume", &self.disable_sign_in_on_resume);
        v.field(19usize, "enabled", &self.enabled);
        v.field(
            20usize,
            "idle_time_before_sleep_in_seconds",
            &self.idle_time_before_sleep_in_seconds,
        );
        v.field(21usize, "kiosk_app_display_name", &self.kiosk_app_display_name);
        v.field(22usize, "kiosk_app_user_model_id", &self.kiosk_app_user_model_id);
        v.field(23usize, "maintenance_start_time", &self.maintenance_start_time);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for SharedPcConfiguration {
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
            12usize => self.account_manager_policy.read_from(r),
            13usize => self.allowed_accounts.read_from(r),
            14usize => self.allow_local_storage.read_from(r),
            15usize => self.disable_account_manager.read_from(r),
            16usize => self.disable_edu_policies.read_from(r),
            17usize => self.disable_power_policies.read_from(r),
            18usize => self.disable_sign_in_on_resume.read_from(r),
            19usize => self.enabled.read_from(r),
            20usize => self.idle_time_before_sleep_in_seconds.read_from(r),
            21usize => self.kiosk_app_display_name.read_from(r),
            22usize => self.kiosk_app_user_model_id.read_from(r),
            23usize => self.maintenance_start_time.read_from(r),
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
        w.field(12usize, &self.account_manager_policy);
        w.field(13usize, &self.allowed_accounts);
        w.field(14usize, &self.allow_local_storage);
        w.field(15usize, &self.disable_account_manager);
        w.field(16usize, &self.disable_edu_policies);
        w.field(17usize, &self.disable_power_policies);
        w.field(18usize, &self.disable_sign_in_on_resume);
        w.field(19usize, &self.enabled);
        w.field(20usize, &self.idle_time_before_sleep_in_seconds);
        w.field(21usize, &self.kiosk_app_display_name);
        w.field(22usize, &self.kiosk_app_user_model_id);
        w.field(23usize, &self.maintenance_start_time);
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
rt::impl_object!(SharedPcConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    SharedPcConfiguration { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::v1::DeviceConfigurationAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::v1::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::v1::DeviceConfigurationDeviceOverview; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationUserStatus >;
    with_user_status_overview user_status_overview : crate
    ::v1::DeviceConfigurationUserOverview; with_account_manager_policy
    account_manager_policy : crate ::v1::SharedPcAccountManagerPolicy;
    with_allowed_accounts allowed_accounts : rt::Flags < crate
    ::v1::SharedPcAllowedAccountType >; with_allow_local_storage allow_local_storage :
    bool; with_disable_account_manager disable_account_manager : bool;
    with_disable_edu_policies disable_edu_policies : bool; with_disable_power_policies
    disable_power_policies : bool; with_disable_sign_in_on_resume
    disable_sign_in_on_resume : bool; with_enabled enabled : bool;
    with_idle_time_before_sleep_in_seconds idle_time_before_sleep_in_seconds : i32;
    with_kiosk_app_display_name kiosk_app_display_name : ::std::string::String;
    with_kiosk_app_user_model_id kiosk_app_user_model_id : ::std::string::String;
    with_maintenance_start_time maintenance_start_time : rt::edm::TimeOfDay; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharedPcConfiguration);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.sharingInvitation`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SharingInvitation {
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `invitedBy`: `microsoft.graph.identitySet`, nullable.
    pub invited_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `redeemedBy`: `Edm.String`, nullable.
    pub redeemed_by: rt::Field<::std::string::String>,
    /// CSDL: property `signInRequired`: `Edm.Boolean`, nullable.
    pub sign_in_required: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for SharingInvitation {
    #[inline]
    fn default() -> Self {
        Self {
            email: rt::Field::Absent,
            invited_by: rt::Field::Absent,
            redeemed_by: rt::Field::Absent,
            sign_in_required: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for SharingInvitation {
    const TYPE_NAME: &'static str = "microsoft.graph.sharingInvitation";
    const KEYS: &'static [&'static str] = &[
        "email",
        "invitedBy",
        "redeemedBy",
        "signInRequired",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"email\":                        ",
        ",\"invitedBy\":                    ",
        ",\"redeemedBy\":                   ",
        ",\"signInRequired\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharingInvitation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "email", &self.email);
        v.field(1usize, "invited_by", &self.invited_by);
        v.field(2usize, "redeemed_by", &self.redeemed_by);
        v.field(3usize, "sign_in_required", &self.sign_in_required);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for SharingInvitation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.email.read_from(r),
            1usize => self.invited_by.read_from(r),
            2usize => self.redeemed_by.read_from(r),
            3usize => self.sign_in_required.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.email);
        w.field(1usize, &self.invited_by);
        w.field(2usize, &self.redeemed_by);
        w.field(3usize, &self.sign_in_required);
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
rt::impl_object!(SharingInvitation);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_setters!(
    SharingInvitation { with_email email : ::std::string::String; with_invited_by
    invited_by : crate ::v1::AnyIdentitySet; with_redeemed_by redeemed_by :
    ::std::string::String; with_sign_in_required sign_in_required : bool; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharingInvitation);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.sharingLink`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SharingLink {
    /// CSDL: property `application`: `microsoft.graph.identity`, nullable.
    pub application: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `preventsDownload`: `Edm.Boolean`, nullable.
    pub prevents_download: rt::Field<bool>,
    /// CSDL: property `scope`: `Edm.String`, nullable.
    pub scope: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `webHtml`: `Edm.String`, nullable.
    pub web_html: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for SharingLink {
    #[inline]
    fn default() -> Self {
        Self {
            application: rt::Field::Absent,
            prevents_download: rt::Field::Absent,
            scope: rt::Field::Absent,
            type_: rt::Field::Absent,
            web_html: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for SharingLink {
    const TYPE_NAME: &'static str = "microsoft.graph.sharingLink";
    const KEYS: &'static [&'static str] = &[
        "application",
        "preventsDownload",
        "scope",
        "type",
        "webHtml",
        "webUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"application\":                  ",
        ",\"preventsDownload\":             ",
        ",\"scope\":                        ",
        ",\"type\":                         ",
        ",\"webHtml\":                      ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharingLink\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application", &self.application);
        v.field(1usize, "prevents_download", &self.prevents_download);
        v.field(2usize, "scope", &self.scope);
        v.field(3usize, "type_", &self.type_);
        v.field(4usize, "web_html", &self.web_html);
        v.field(5usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for SharingLink {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application.read_from(r),
            1usize => self.prevents_download.read_from(r),
            2usize => self.scope.read_from(r),
            3usize => self.type_.read_from(r),
            4usize => self.web_html.read_from(r),
            5usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application);
        w.field(1usize, &self.prevents_download);
        w.field(2usize, &self.scope);
        w.field(3usize, &self.type_);
        w.field(4usize, &self.web_html);
        w.field(5usize, &self.web_url);
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
rt::impl_object!(SharingLink);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_setters!(
    SharingLink { with_application application : crate ::v1::AnyIdentity;
    with_prevents_download prevents_download : bool; with_scope scope :
    ::std::string::String; with_type type_ : ::std::string::String; with_web_html
    web_html : ::std::string::String; with_web_url web_url : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharingLink);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.shift`, entity type, derived from `microsoft.graph.changeTrackedEntity`, key `id`.
///
/// Request builders: [`ShiftPath`](requests/trait.ShiftPath.html), what a path to one (`EntityPath<Shift, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Shift {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `draftShift`: `microsoft.graph.shiftItem`, nullable.
    pub draft_shift: rt::Field<crate::v1::AnyShiftItem>,
    /// CSDL: property `isStagedForDeletion`: `Edm.Boolean`, nullable.
    pub is_staged_for_deletion: rt::Field<bool>,
    /// CSDL: property `schedulingGroupId`: `Edm.String`, nullable.
    pub scheduling_group_id: rt::Field<::std::string::String>,
    /// CSDL: property `sharedShift`: `microsoft.graph.shiftItem`, nullable.
    pub shared_shift: rt::Field<crate::v1::AnyShiftItem>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Shift {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            draft_shift: rt::Field::Absent,
            is_staged_for_deletion: rt::Field::Absent,
            scheduling_group_id: rt::Field::Absent,
            shared_shift: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Shift {
    const TYPE_NAME: &'static str = "microsoft.graph.shift";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "draftShift",
        "isStagedForDeletion",
        "schedulingGroupId",
        "sharedShift",
        "userId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"draftShift\":                   ",
        ",\"isStagedForDeletion\":          ",
        ",\"schedulingGroupId\":            ",
        ",\"sharedShift\":                  ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.shift\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "draft_shift", &self.draft_shift);
        v.field(6usize, "is_staged_for_deletion", &self.is_staged_for_deletion);
        v.field(7usize, "scheduling_group_id", &self.scheduling_group_id);
        v.field(8usize, "shared_shift", &self.shared_shift);
        v.field(9usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Shift {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.draft_shift.read_from(r),
            6usize => self.is_staged_for_deletion.read_from(r),
            7usize => self.scheduling_group_id.read_from(r),
            8usize => self.shared_shift.read_from(r),
            9usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.draft_shift);
        w.field(6usize, &self.is_staged_for_deletion);
        w.field(7usize, &self.scheduling_group_id);
        w.field(8usize, &self.shared_shift);
        w.field(9usize, &self.user_id);
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
rt::impl_object!(Shift);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Shift { with_id id : ::std::string::String; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_draft_shift draft_shift : crate ::v1::AnyShiftItem;
    with_is_staged_for_deletion is_staged_for_deletion : bool; with_scheduling_group_id
    scheduling_group_id : ::std::string::String; with_shared_shift shared_shift : crate
    ::v1::AnyShiftItem; with_user_id user_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Shift);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.shiftActivity`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ShiftActivity {
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isPaid`: `Edm.Boolean`, nullable.
    pub is_paid: rt::Field<bool>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `theme`: `microsoft.graph.scheduleEntityTheme`, not nullable.
    pub theme: rt::Field<crate::v1::ScheduleEntityTheme>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ShiftActivity {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            display_name: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            is_paid: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            theme: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ShiftActivity {
    const TYPE_NAME: &'static str = "microsoft.graph.shiftActivity";
    const KEYS: &'static [&'static str] = &[
        "code",
        "displayName",
        "endDateTime",
        "isPaid",
        "startDateTime",
        "theme",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"displayName\":                  ",
        ",\"endDateTime\":                  ",
        ",\"isPaid\":                       ",
        ",\"startDateTime\":                ",
        ",\"theme\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.shiftActivity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "end_date_time", &self.end_date_time);
        v.field(3usize, "is_paid", &self.is_paid);
        v.field(4usize, "start_date_time", &self.start_date_time);
        v.field(5usize, "theme", &self.theme);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ShiftActivity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.end_date_time.read_from(r),
            3usize => self.is_paid.read_from(r),
            4usize => self.start_date_time.read_from(r),
            5usize => self.theme.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.end_date_time);
        w.field(3usize, &self.is_paid);
        w.field(4usize, &self.start_date_time);
        w.field(5usize, &self.theme);
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
rt::impl_object!(ShiftActivity);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ShiftActivity { with_code code : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_end_date_time end_date_time :
    rt::edm::DateTimeOffset; with_is_paid is_paid : bool; with_start_date_time
    start_date_time : rt::edm::DateTimeOffset; with_theme theme : crate
    ::v1::ScheduleEntityTheme; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ShiftActivity);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.shiftItem`, complex type, derived from `microsoft.graph.scheduleEntity`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ShiftItem {
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `theme`: `microsoft.graph.scheduleEntityTheme`, not nullable.
    pub theme: rt::Field<crate::v1::ScheduleEntityTheme>,
    /// CSDL: property `activities`: `Collection(microsoft.graph.shiftActivity)`, nullable.
    pub activities: rt::Field<::std::vec::Vec<crate::v1::ShiftActivity>>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ShiftItem {
    #[inline]
    fn default() -> Self {
        Self {
            end_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            theme: rt::Field::Absent,
            activities: rt::Field::Absent,
            display_name: rt::Field::Absent,
            notes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ShiftItem {
    const TYPE_NAME: &'static str = "microsoft.graph.shiftItem";
    const KEYS: &'static [&'static str] = &[
        "endDateTime",
        "startDateTime",
        "theme",
        "activities",
        "displayName",
        "notes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"endDateTime\":                  ",
        ",\"startDateTime\":                ",
        ",\"theme\":                        ",
        ",\"activities\":                   ",
        ",\"displayName\":                  ",
        ",\"notes\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.shiftItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "end_date_time", &self.end_date_time);
        v.field(1usize, "start_date_time", &self.start_date_time);
        v.field(2usize, "theme", &self.theme);
        v.field(3usize, "activities", &self.activities);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "notes", &self.notes);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ShiftItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.end_date_time.read_from(r),
            1usize => self.start_date_time.read_from(r),
            2usize => self.theme.read_from(r),
            3usize => self.activities.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.notes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.end_date_time);
        w.field(1usize, &self.start_date_time);
        w.field(2usize, &self.theme);
        w.field(3usize, &self.activities);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.notes);
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
rt::impl_object!(ShiftItem);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ShiftItem { with_end_date_time end_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_theme theme :
    crate ::v1::ScheduleEntityTheme; with_activities activities : ::std::vec::Vec < crate
    ::v1::ShiftActivity >; with_display_name display_name : ::std::string::String;
    with_notes notes : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ShiftItem);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.shiftItem` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyShiftItem {
    ShiftItem(::std::boxed::Box<crate::v1::ShiftItem>),
    OpenShiftItem(::std::boxed::Box<crate::v1::OpenShiftItem>),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyShiftItem {
    #[inline]
    fn default() -> Self {
        Self::ShiftItem(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ShiftItem> for AnyShiftItem {
    #[inline]
    fn from(v: crate::v1::ShiftItem) -> Self {
        Self::ShiftItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OpenShiftItem> for AnyShiftItem {
    #[inline]
    fn from(v: crate::v1::OpenShiftItem) -> Self {
        Self::OpenShiftItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyShiftItem {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyShiftItem {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyShiftItem {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyShiftItem {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyShiftItem {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ShiftItem>();
    rt::object::auto_traits::<crate::v1::OpenShiftItem>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyShiftItem {
    const BASE_NAME: &'static str = "microsoft.graph.shiftItem";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.openShiftItem") => {
                Self::OpenShiftItem(rt::object::new_boxed())
            }
            _ => Self::ShiftItem(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ShiftItem(v) => &**v,
            Self::OpenShiftItem(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ShiftItem(v) => &mut **v,
            Self::OpenShiftItem(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyShiftItem {
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
    /// `endDateTime` of any variant.
    #[inline]
    pub fn end_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ShiftItem(v) => &v.end_date_time,
            Self::OpenShiftItem(v) => &v.end_date_time,
        }
    }
    /// `endDateTime` of any variant.
    #[inline]
    pub fn end_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ShiftItem(v) => &mut v.end_date_time,
            Self::OpenShiftItem(v) => &mut v.end_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ShiftItem(v) => &v.start_date_time,
            Self::OpenShiftItem(v) => &v.start_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ShiftItem(v) => &mut v.start_date_time,
            Self::OpenShiftItem(v) => &mut v.start_date_time,
        }
    }
    /// `theme` of any variant.
    #[inline]
    pub fn theme(&self) -> &rt::Field<crate::v1::ScheduleEntityTheme> {
        match self {
            Self::ShiftItem(v) => &v.theme,
            Self::OpenShiftItem(v) => &v.theme,
        }
    }
    /// `theme` of any variant.
    #[inline]
    pub fn theme_mut(&mut self) -> &mut rt::Field<crate::v1::ScheduleEntityTheme> {
        match self {
            Self::ShiftItem(v) => &mut v.theme,
            Self::OpenShiftItem(v) => &mut v.theme,
        }
    }
    /// `activities` of any variant.
    #[inline]
    pub fn activities(&self) -> &rt::Field<::std::vec::Vec<crate::v1::ShiftActivity>> {
        match self {
            Self::ShiftItem(v) => &v.activities,
            Self::OpenShiftItem(v) => &v.activities,
        }
    }
    /// `activities` of any variant.
    #[inline]
    pub fn activities_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::ShiftActivity>> {
        match self {
            Self::ShiftItem(v) => &mut v.activities,
            Self::OpenShiftItem(v) => &mut v.activities,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ShiftItem(v) => &v.display_name,
            Self::OpenShiftItem(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ShiftItem(v) => &mut v.display_name,
            Self::OpenShiftItem(v) => &mut v.display_name,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ShiftItem(v) => &v.notes,
            Self::OpenShiftItem(v) => &v.notes,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ShiftItem(v) => &mut v.notes,
            Self::OpenShiftItem(v) => &mut v.notes,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyShiftItem);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyShiftItem);
