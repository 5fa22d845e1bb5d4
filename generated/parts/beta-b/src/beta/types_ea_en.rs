//! Types of `microsoft.graph` by the first letters of their names (`ea_en`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.eapFastConfiguration`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EapFastConfiguration {
    /// `noProtectedAccessCredential` (value 0).
    NoProtectedAccessCredential,
    /// `useProtectedAccessCredential` (value 1).
    UseProtectedAccessCredential,
    /// `useProtectedAccessCredentialAndProvision` (value 2).
    UseProtectedAccessCredentialAndProvision,
    /// `useProtectedAccessCredentialAndProvisionAnonymously` (value 3).
    UseProtectedAccessCredentialAndProvisionAnonymously,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for EapFastConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.eapFastConfiguration";
    const MEMBERS: &'static [&'static str] = &[
        "noProtectedAccessCredential",
        "useProtectedAccessCredential",
        "useProtectedAccessCredentialAndProvision",
        "useProtectedAccessCredentialAndProvisionAnonymously",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "noProtectedAccessCredential" => Self::NoProtectedAccessCredential,
                "useProtectedAccessCredential" => Self::UseProtectedAccessCredential,
                "useProtectedAccessCredentialAndProvision" => {
                    Self::UseProtectedAccessCredentialAndProvision
                }
                "useProtectedAccessCredentialAndProvisionAnonymously" => {
                    Self::UseProtectedAccessCredentialAndProvisionAnonymously
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
            Self::NoProtectedAccessCredential => "noProtectedAccessCredential",
            Self::UseProtectedAccessCredential => "useProtectedAccessCredential",
            Self::UseProtectedAccessCredentialAndProvision => {
                "useProtectedAccessCredentialAndProvision"
            }
            Self::UseProtectedAccessCredentialAndProvisionAnonymously => {
                "useProtectedAccessCredentialAndProvisionAnonymously"
            }
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(EapFastConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EapFastConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.easServices`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EasServices {
    /// `none` (value 0).
    None,
    /// `calendars` (value 1).
    Calendars,
    /// `contacts` (value 2).
    Contacts,
    /// `email` (value 4).
    Email,
    /// `notes` (value 8).
    Notes,
    /// `reminders` (value 16).
    Reminders,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for EasServices {
    const TYPE_NAME: &'static str = "microsoft.graph.easServices";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "calendars",
        "contacts",
        "email",
        "notes",
        "reminders",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "calendars" => Self::Calendars,
                "contacts" => Self::Contacts,
                "email" => Self::Email,
                "notes" => Self::Notes,
                "reminders" => Self::Reminders,
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
            Self::Calendars => "calendars",
            Self::Contacts => "contacts",
            Self::Email => "email",
            Self::Notes => "notes",
            Self::Reminders => "reminders",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(EasServices);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EasServices);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.edgeCookiePolicy`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EdgeCookiePolicy {
    /// `userDefined` (value 0).
    UserDefined,
    /// `allow` (value 1).
    Allow,
    /// `blockThirdParty` (value 2).
    BlockThirdParty,
    /// `blockAll` (value 3).
    BlockAll,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for EdgeCookiePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.edgeCookiePolicy";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "allow",
        "blockThirdParty",
        "blockAll",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "allow" => Self::Allow,
                "blockThirdParty" => Self::BlockThirdParty,
                "blockAll" => Self::BlockAll,
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
            Self::Allow => "allow",
            Self::BlockThirdParty => "blockThirdParty",
            Self::BlockAll => "blockAll",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(EdgeCookiePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdgeCookiePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
/// The home button configuration base class used to identify the available options
///
/// CSDL: `microsoft.graph.edgeHomeButtonConfiguration`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct EdgeHomeButtonConfiguration {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for EdgeHomeButtonConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for EdgeHomeButtonConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.edgeHomeButtonConfiguration";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.edgeHomeButtonConfiguration\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for EdgeHomeButtonConfiguration {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(EdgeHomeButtonConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdgeHomeButtonConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.edgeHomeButtonConfiguration` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEdgeHomeButtonConfiguration {
    EdgeHomeButtonConfiguration(
        ::std::boxed::Box<crate::beta::EdgeHomeButtonConfiguration>,
    ),
    EdgeHomeButtonHidden(::std::boxed::Box<crate::beta::EdgeHomeButtonHidden>),
    EdgeHomeButtonLoadsStartPage(
        ::std::boxed::Box<crate::beta::EdgeHomeButtonLoadsStartPage>,
    ),
    EdgeHomeButtonOpensCustomUrl(
        ::std::boxed::Box<crate::beta::EdgeHomeButtonOpensCustomUrl>,
    ),
    EdgeHomeButtonOpensNewTab(::std::boxed::Box<crate::beta::EdgeHomeButtonOpensNewTab>),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyEdgeHomeButtonConfiguration {
    #[inline]
    fn default() -> Self {
        Self::EdgeHomeButtonConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EdgeHomeButtonConfiguration>
for AnyEdgeHomeButtonConfiguration {
    #[inline]
    fn from(v: crate::beta::EdgeHomeButtonConfiguration) -> Self {
        Self::EdgeHomeButtonConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EdgeHomeButtonHidden>
for AnyEdgeHomeButtonConfiguration {
    #[inline]
    fn from(v: crate::beta::EdgeHomeButtonHidden) -> Self {
        Self::EdgeHomeButtonHidden(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EdgeHomeButtonLoadsStartPage>
for AnyEdgeHomeButtonConfiguration {
    #[inline]
    fn from(v: crate::beta::EdgeHomeButtonLoadsStartPage) -> Self {
        Self::EdgeHomeButtonLoadsStartPage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EdgeHomeButtonOpensCustomUrl>
for AnyEdgeHomeButtonConfiguration {
    #[inline]
    fn from(v: crate::beta::EdgeHomeButtonOpensCustomUrl) -> Self {
        Self::EdgeHomeButtonOpensCustomUrl(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EdgeHomeButtonOpensNewTab>
for AnyEdgeHomeButtonConfiguration {
    #[inline]
    fn from(v: crate::beta::EdgeHomeButtonOpensNewTab) -> Self {
        Self::EdgeHomeButtonOpensNewTab(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyEdgeHomeButtonConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyEdgeHomeButtonConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyEdgeHomeButtonConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyEdgeHomeButtonConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyEdgeHomeButtonConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::EdgeHomeButtonConfiguration>();
    rt::object::auto_traits::<crate::beta::EdgeHomeButtonHidden>();
    rt::object::auto_traits::<crate::beta::EdgeHomeButtonLoadsStartPage>();
    rt::object::auto_traits::<crate::beta::EdgeHomeButtonOpensCustomUrl>();
    rt::object::auto_traits::<crate::beta::EdgeHomeButtonOpensNewTab>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyEdgeHomeButtonConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.edgeHomeButtonConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.edgeHomeButtonHidden") => {
                Self::EdgeHomeButtonHidden(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.edgeHomeButtonLoadsStartPage",
            ) => Self::EdgeHomeButtonLoadsStartPage(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.edgeHomeButtonOpensCustomURL",
            ) => Self::EdgeHomeButtonOpensCustomUrl(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.edgeHomeButtonOpensNewTab") => {
                Self::EdgeHomeButtonOpensNewTab(rt::object::new_boxed())
            }
            _ => Self::EdgeHomeButtonConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EdgeHomeButtonConfiguration(v) => &**v,
            Self::EdgeHomeButtonHidden(v) => &**v,
            Self::EdgeHomeButtonLoadsStartPage(v) => &**v,
            Self::EdgeHomeButtonOpensCustomUrl(v) => &**v,
            Self::EdgeHomeButtonOpensNewTab(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EdgeHomeButtonConfiguration(v) => &mut **v,
            Self::EdgeHomeButtonHidden(v) => &mut **v,
            Self::EdgeHomeButtonLoadsStartPage(v) => &mut **v,
            Self::EdgeHomeButtonOpensCustomUrl(v) => &mut **v,
            Self::EdgeHomeButtonOpensNewTab(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyEdgeHomeButtonConfiguration {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyEdgeHomeButtonConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEdgeHomeButtonConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Hide the home button.
///
/// CSDL: `microsoft.graph.edgeHomeButtonHidden`, complex type, derived from `microsoft.graph.edgeHomeButtonConfiguration`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct EdgeHomeButtonHidden {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for EdgeHomeButtonHidden {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for EdgeHomeButtonHidden {
    const TYPE_NAME: &'static str = "microsoft.graph.edgeHomeButtonHidden";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.edgeHomeButtonHidden\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for EdgeHomeButtonHidden {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(EdgeHomeButtonHidden);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdgeHomeButtonHidden);
#[cfg(msgraph_beta_device_management_or_search)]
/// Show the home button; clicking the home button loads the Start page - this is also the default value.
///
/// CSDL: `microsoft.graph.edgeHomeButtonLoadsStartPage`, complex type, derived from `microsoft.graph.edgeHomeButtonConfiguration`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct EdgeHomeButtonLoadsStartPage {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for EdgeHomeButtonLoadsStartPage {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for EdgeHomeButtonLoadsStartPage {
    const TYPE_NAME: &'static str = "microsoft.graph.edgeHomeButtonLoadsStartPage";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.edgeHomeButtonLoadsStartPage\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for EdgeHomeButtonLoadsStartPage {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(EdgeHomeButtonLoadsStartPage);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdgeHomeButtonLoadsStartPage);
#[cfg(msgraph_beta_device_management_or_search)]
/// Show the home button; clicking the home button loads a specific URL.
///
/// CSDL: `microsoft.graph.edgeHomeButtonOpensCustomURL`, complex type, derived from `microsoft.graph.edgeHomeButtonConfiguration`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct EdgeHomeButtonOpensCustomUrl {
    /// The specific URL to load.
    ///
    /// CSDL: property `homeButtonCustomURL`: `Edm.String`, nullable.
    pub home_button_custom_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for EdgeHomeButtonOpensCustomUrl {
    #[inline]
    fn default() -> Self {
        Self {
            home_button_custom_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for EdgeHomeButtonOpensCustomUrl {
    const TYPE_NAME: &'static str = "microsoft.graph.edgeHomeButtonOpensCustomURL";
    const KEYS: &'static [&'static str] = &["homeButtonCustomURL"];
    const KEYS_JSON: &'static [&'static str] = &[",\"homeButtonCustomURL\":          "];
    const TAG: &'static str = "\"#microsoft.graph.edgeHomeButtonOpensCustomURL\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "home_button_custom_url", &self.home_button_custom_url);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for EdgeHomeButtonOpensCustomUrl {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.home_button_custom_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.home_button_custom_url);
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
rt::impl_object!(EdgeHomeButtonOpensCustomUrl);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    EdgeHomeButtonOpensCustomUrl { with_home_button_custom_url home_button_custom_url :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdgeHomeButtonOpensCustomUrl);
#[cfg(msgraph_beta_device_management_or_search)]
/// Show the home button; clicking the home button loads the New tab page.
///
/// CSDL: `microsoft.graph.edgeHomeButtonOpensNewTab`, complex type, derived from `microsoft.graph.edgeHomeButtonConfiguration`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct EdgeHomeButtonOpensNewTab {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for EdgeHomeButtonOpensNewTab {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for EdgeHomeButtonOpensNewTab {
    const TYPE_NAME: &'static str = "microsoft.graph.edgeHomeButtonOpensNewTab";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.edgeHomeButtonOpensNewTab\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for EdgeHomeButtonOpensNewTab {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(EdgeHomeButtonOpensNewTab);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdgeHomeButtonOpensNewTab);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.edgeOpenOptions`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EdgeOpenOptions {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `startPage` (value 1).
    StartPage,
    /// `newTabPage` (value 2).
    NewTabPage,
    /// `previousPages` (value 3).
    PreviousPages,
    /// `specificPages` (value 4).
    SpecificPages,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for EdgeOpenOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.edgeOpenOptions";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "startPage",
        "newTabPage",
        "previousPages",
        "specificPages",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "startPage" => Self::StartPage,
                "newTabPage" => Self::NewTabPage,
                "previousPages" => Self::PreviousPages,
                "specificPages" => Self::SpecificPages,
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
            Self::StartPage => "startPage",
            Self::NewTabPage => "newTabPage",
            Self::PreviousPages => "previousPages",
            Self::SpecificPages => "specificPages",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(EdgeOpenOptions);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdgeOpenOptions);
#[cfg(msgraph_beta_device_management_or_search)]
/// Allows IT admins to set a predefined default search engine for MDM-Controlled devices.
///
/// CSDL: `microsoft.graph.edgeSearchEngine`, complex type, derived from `microsoft.graph.edgeSearchEngineBase`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct EdgeSearchEngine {
    /// Allows IT admins to set a predefined default search engine for MDM-Controlled devices.
    ///
    /// CSDL: property `edgeSearchEngineType`: `microsoft.graph.edgeSearchEngineType`, not nullable.
    pub edge_search_engine_type: rt::Field<crate::beta::EdgeSearchEngineType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for EdgeSearchEngine {
    #[inline]
    fn default() -> Self {
        Self {
            edge_search_engine_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for EdgeSearchEngine {
    const TYPE_NAME: &'static str = "microsoft.graph.edgeSearchEngine";
    const KEYS: &'static [&'static str] = &["edgeSearchEngineType"];
    const KEYS_JSON: &'static [&'static str] = &[",\"edgeSearchEngineType\":         "];
    const TAG: &'static str = "\"#microsoft.graph.edgeSearchEngine\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "edge_search_engine_type", &self.edge_search_engine_type);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for EdgeSearchEngine {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.edge_search_engine_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.edge_search_engine_type);
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
rt::impl_object!(EdgeSearchEngine);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    EdgeSearchEngine { with_edge_search_engine_type edge_search_engine_type : crate
    ::beta::EdgeSearchEngineType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdgeSearchEngine);
#[cfg(msgraph_beta_device_management_or_search)]
/// Allows IT admins to set a default search engine for MDM-Controlled devices. Users can override this and change their default search engine provided the AllowSearchEngineCustomization policy is not set.
///
/// CSDL: `microsoft.graph.edgeSearchEngineBase`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct EdgeSearchEngineBase {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for EdgeSearchEngineBase {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for EdgeSearchEngineBase {
    const TYPE_NAME: &'static str = "microsoft.graph.edgeSearchEngineBase";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.edgeSearchEngineBase\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for EdgeSearchEngineBase {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(EdgeSearchEngineBase);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdgeSearchEngineBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.edgeSearchEngineBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEdgeSearchEngineBase {
    EdgeSearchEngineBase(::std::boxed::Box<crate::beta::EdgeSearchEngineBase>),
    EdgeSearchEngine(::std::boxed::Box<crate::beta::EdgeSearchEngine>),
    EdgeSearchEngineCustom(::std::boxed::Box<crate::beta::EdgeSearchEngineCustom>),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyEdgeSearchEngineBase {
    #[inline]
    fn default() -> Self {
        Self::EdgeSearchEngineBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EdgeSearchEngineBase>
for AnyEdgeSearchEngineBase {
    #[inline]
    fn from(v: crate::beta::EdgeSearchEngineBase) -> Self {
        Self::EdgeSearchEngineBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EdgeSearchEngine> for AnyEdgeSearchEngineBase {
    #[inline]
    fn from(v: crate::beta::EdgeSearchEngine) -> Self {
        Self::EdgeSearchEngine(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EdgeSearchEngineCustom>
for AnyEdgeSearchEngineBase {
    #[inline]
    fn from(v: crate::beta::EdgeSearchEngineCustom) -> Self {
        Self::EdgeSearchEngineCustom(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyEdgeSearchEngineBase {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyEdgeSearchEngineBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyEdgeSearchEngineBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyEdgeSearchEngineBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyEdgeSearchEngineBase {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::EdgeSearchEngineBase>();
    rt::object::auto_traits::<crate::beta::EdgeSearchEngine>();
    rt::object::auto_traits::<crate::beta::EdgeSearchEngineCustom>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyEdgeSearchEngineBase {
    const BASE_NAME: &'static str = "microsoft.graph.edgeSearchEngineBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.edgeSearchEngine") => {
                Self::EdgeSearchEngine(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.edgeSearchEngineCustom") => {
                Self::EdgeSearchEngineCustom(rt::object::new_boxed())
            }
            _ => Self::EdgeSearchEngineBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EdgeSearchEngineBase(v) => &**v,
            Self::EdgeSearchEngine(v) => &**v,
            Self::EdgeSearchEngineCustom(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EdgeSearchEngineBase(v) => &mut **v,
            Self::EdgeSearchEngine(v) => &mut **v,
            Self::EdgeSearchEngineCustom(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyEdgeSearchEngineBase {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyEdgeSearchEngineBase);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEdgeSearchEngineBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// Allows IT admins to set a custom default search engine for MDM-Controlled devices.
///
/// CSDL: `microsoft.graph.edgeSearchEngineCustom`, complex type, derived from `microsoft.graph.edgeSearchEngineBase`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct EdgeSearchEngineCustom {
    /// Points to a https link containing the OpenSearch xml file that contains, at minimum, the short name and the URL to the search Engine.
    ///
    /// CSDL: property `edgeSearchEngineOpenSearchXmlUrl`: `Edm.String`, not nullable.
    pub edge_search_engine_open_search_xml_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for EdgeSearchEngineCustom {
    #[inline]
    fn default() -> Self {
        Self {
            edge_search_engine_open_search_xml_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for EdgeSearchEngineCustom {
    const TYPE_NAME: &'static str = "microsoft.graph.edgeSearchEngineCustom";
    const KEYS: &'static [&'static str] = &["edgeSearchEngineOpenSearchXmlUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"edgeSearchEngineOpenSearchXmlUrl\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.edgeSearchEngineCustom\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "edge_search_engine_open_search_xml_url",
            &self.edge_search_engine_open_search_xml_url,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for EdgeSearchEngineCustom {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.edge_search_engine_open_search_xml_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.edge_search_engine_open_search_xml_url);
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
rt::impl_object!(EdgeSearchEngineCustom);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    EdgeSearchEngineCustom { with_edge_search_engine_open_search_xml_url
    edge_search_engine_open_search_xml_url : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdgeSearchEngineCustom);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.edgeSearchEngineType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EdgeSearchEngineType {
    /// `default` (value 0).
    Default,
    /// `bing` (value 1).
    Bing,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for EdgeSearchEngineType {
    const TYPE_NAME: &'static str = "microsoft.graph.edgeSearchEngineType";
    const MEMBERS: &'static [&'static str] = &["default", "bing"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "default" => Self::Default,
                "bing" => Self::Bing,
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
            Self::Bing => "bing",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(EdgeSearchEngineType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdgeSearchEngineType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.editionUpgradeLicenseType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EditionUpgradeLicenseType {
    /// `productKey` (value 0).
    ProductKey,
    /// `licenseFile` (value 1).
    LicenseFile,
    /// `notConfigured` (value 2).
    NotConfigured,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for EditionUpgradeLicenseType {
    const TYPE_NAME: &'static str = "microsoft.graph.editionUpgradeLicenseType";
    const MEMBERS: &'static [&'static str] = &[
        "productKey",
        "licenseFile",
        "notConfigured",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "productKey" => Self::ProductKey,
                "licenseFile" => Self::LicenseFile,
                "notConfigured" => Self::NotConfigured,
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
            Self::ProductKey => "productKey",
            Self::LicenseFile => "licenseFile",
            Self::NotConfigured => "notConfigured",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(EditionUpgradeLicenseType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EditionUpgradeLicenseType);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationCourse`, complex type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationCourse {
    /// CSDL: property `courseNumber`: `Edm.String`, nullable.
    pub course_number: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `externalId`: `Edm.String`, nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationCourse {
    #[inline]
    fn default() -> Self {
        Self {
            course_number: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            external_id: rt::Field::Absent,
            subject: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationCourse {
    const TYPE_NAME: &'static str = "microsoft.graph.educationCourse";
    const KEYS: &'static [&'static str] = &[
        "courseNumber",
        "description",
        "displayName",
        "externalId",
        "subject",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"courseNumber\":                 ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"externalId\":                   ",
        ",\"subject\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationCourse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "course_number", &self.course_number);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "external_id", &self.external_id);
        v.field(4usize, "subject", &self.subject);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationCourse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.course_number.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.external_id.read_from(r),
            4usize => self.subject.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.course_number);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.external_id);
        w.field(4usize, &self.subject);
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationCourse);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationCourse { with_course_number course_number : ::std::string::String;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_external_id external_id : ::std::string::String;
    with_subject subject : ::std::string::String; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationCourse);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationCsvDataProvider`, complex type, derived from `microsoft.graph.educationSynchronizationDataProvider`.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationCsvDataProvider {
    /// CSDL: property `customizations`: `microsoft.graph.educationSynchronizationCustomizations`, nullable.
    pub customizations: rt::Field<crate::beta::EducationSynchronizationCustomizations>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationCsvDataProvider {
    #[inline]
    fn default() -> Self {
        Self {
            customizations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationCsvDataProvider {
    const TYPE_NAME: &'static str = "microsoft.graph.educationCsvDataProvider";
    const KEYS: &'static [&'static str] = &["customizations"];
    const KEYS_JSON: &'static [&'static str] = &[",\"customizations\":               "];
    const TAG: &'static str = "\"#microsoft.graph.educationCsvDataProvider\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "customizations", &self.customizations);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationCsvDataProvider {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.customizations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.customizations);
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationCsvDataProvider);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationCsvDataProvider { with_customizations customizations : crate
    ::beta::EducationSynchronizationCustomizations; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationCsvDataProvider);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationExternalSource`, enum type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EducationExternalSource {
    /// `sis` (value 0).
    Sis,
    /// `manual` (value 1).
    Manual,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// `lms` (value 3).
    Lms,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::StrEnum for EducationExternalSource {
    const TYPE_NAME: &'static str = "microsoft.graph.educationExternalSource";
    const MEMBERS: &'static [&'static str] = &[
        "sis",
        "manual",
        "unknownFutureValue",
        "lms",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "sis" => Self::Sis,
                "manual" => Self::Manual,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "lms" => Self::Lms,
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
            Self::Sis => "sis",
            Self::Manual => "manual",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Lms => "lms",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
rt::impl_enum!(EducationExternalSource);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationExternalSource);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationFileSynchronizationVerificationMessage`, complex type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationFileSynchronizationVerificationMessage {
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationFileSynchronizationVerificationMessage {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            file_name: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationFileSynchronizationVerificationMessage {
    const TYPE_NAME: &'static str = "microsoft.graph.educationFileSynchronizationVerificationMessage";
    const KEYS: &'static [&'static str] = &["description", "fileName", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"fileName\":                     ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationFileSynchronizationVerificationMessage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "file_name", &self.file_name);
        v.field(2usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationFileSynchronizationVerificationMessage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.file_name.read_from(r),
            2usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.file_name);
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationFileSynchronizationVerificationMessage);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationFileSynchronizationVerificationMessage { with_description description :
    ::std::string::String; with_file_name file_name : ::std::string::String; with_type
    type_ : ::std::string::String; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationFileSynchronizationVerificationMessage);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationIdentityCreationConfiguration`, complex type, derived from `microsoft.graph.educationIdentitySynchronizationConfiguration`.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationIdentityCreationConfiguration {
    /// CSDL: property `userDomains`: `Collection(microsoft.graph.educationIdentityDomain)`, not nullable.
    pub user_domains: rt::Field<::std::vec::Vec<crate::beta::EducationIdentityDomain>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationIdentityCreationConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            user_domains: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationIdentityCreationConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.educationIdentityCreationConfiguration";
    const KEYS: &'static [&'static str] = &["userDomains"];
    const KEYS_JSON: &'static [&'static str] = &[",\"userDomains\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.educationIdentityCreationConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "user_domains", &self.user_domains);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationIdentityCreationConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_domains.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_domains);
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationIdentityCreationConfiguration);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationIdentityCreationConfiguration { with_user_domains user_domains :
    ::std::vec::Vec < crate ::beta::EducationIdentityDomain >; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationIdentityCreationConfiguration);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationIdentityDomain`, complex type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationIdentityDomain {
    /// CSDL: property `appliesTo`: `microsoft.graph.educationUserRole`, not nullable.
    pub applies_to: rt::Field<crate::beta::EducationUserRole>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationIdentityDomain {
    #[inline]
    fn default() -> Self {
        Self {
            applies_to: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationIdentityDomain {
    const TYPE_NAME: &'static str = "microsoft.graph.educationIdentityDomain";
    const KEYS: &'static [&'static str] = &["appliesTo", "name"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appliesTo\":                    ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationIdentityDomain\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "applies_to", &self.applies_to);
        v.field(1usize, "name", &self.name);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationIdentityDomain {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.applies_to.read_from(r),
            1usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.applies_to);
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationIdentityDomain);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationIdentityDomain { with_applies_to applies_to : crate
    ::beta::EducationUserRole; with_name name : ::std::string::String; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationIdentityDomain);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationIdentityMatchingConfiguration`, complex type, derived from `microsoft.graph.educationIdentitySynchronizationConfiguration`.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationIdentityMatchingConfiguration {
    /// CSDL: property `matchingOptions`: `Collection(microsoft.graph.educationIdentityMatchingOptions)`, not nullable.
    pub matching_options: rt::Field<
        ::std::vec::Vec<crate::beta::EducationIdentityMatchingOptions>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationIdentityMatchingConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            matching_options: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationIdentityMatchingConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.educationIdentityMatchingConfiguration";
    const KEYS: &'static [&'static str] = &["matchingOptions"];
    const KEYS_JSON: &'static [&'static str] = &[",\"matchingOptions\":              "];
    const TAG: &'static str = "\"#microsoft.graph.educationIdentityMatchingConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "matching_options", &self.matching_options);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationIdentityMatchingConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.matching_options.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.matching_options);
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationIdentityMatchingConfiguration);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationIdentityMatchingConfiguration { with_matching_options matching_options :
    ::std::vec::Vec < crate ::beta::EducationIdentityMatchingOptions >; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationIdentityMatchingConfiguration);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationIdentityMatchingOptions`, complex type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationIdentityMatchingOptions {
    /// CSDL: property `appliesTo`: `microsoft.graph.educationUserRole`, not nullable.
    pub applies_to: rt::Field<crate::beta::EducationUserRole>,
    /// CSDL: property `sourcePropertyName`: `Edm.String`, not nullable.
    pub source_property_name: rt::Field<::std::string::String>,
    /// CSDL: property `targetDomain`: `Edm.String`, nullable.
    pub target_domain: rt::Field<::std::string::String>,
    /// CSDL: property `targetPropertyName`: `Edm.String`, not nullable.
    pub target_property_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationIdentityMatchingOptions {
    #[inline]
    fn default() -> Self {
        Self {
            applies_to: rt::Field::Absent,
            source_property_name: rt::Field::Absent,
            target_domain: rt::Field::Absent,
            target_property_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationIdentityMatchingOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.educationIdentityMatchingOptions";
    const KEYS: &'static [&'static str] = &[
        "appliesTo",
        "sourcePropertyName",
        "targetDomain",
        "targetPropertyName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appliesTo\":                    ",
        ",\"sourcePropertyName\":           ",
        ",\"targetDomain\":                 ",
        ",\"targetPropertyName\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationIdentityMatchingOptions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "applies_to", &self.applies_to);
        v.field(1usize, "source_property_name", &self.source_property_name);
        v.field(2usize, "target_domain", &self.target_domain);
        v.field(3usize, "target_property_name", &self.target_property_name);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationIdentityMatchingOptions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.applies_to.read_from(r),
            1usize => self.source_property_name.read_from(r),
            2usize => self.target_domain.read_from(r),
            3usize => self.target_property_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.applies_to);
        w.field(1usize, &self.source_property_name);
        w.field(2usize, &self.target_domain);
        w.field(3usize, &self.target_property_name);
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationIdentityMatchingOptions);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationIdentityMatchingOptions { with_applies_to applies_to : crate
    ::beta::EducationUserRole; with_source_property_name source_property_name :
    ::std::string::String; with_target_domain target_domain : ::std::string::String;
    with_target_property_name target_property_name : ::std::string::String; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationIdentityMatchingOptions);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationIdentitySynchronizationConfiguration`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationIdentitySynchronizationConfiguration {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationIdentitySynchronizationConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationIdentitySynchronizationConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.educationIdentitySynchronizationConfiguration";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.educationIdentitySynchronizationConfiguration\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationIdentitySynchronizationConfiguration {
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationIdentitySynchronizationConfiguration);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationIdentitySynchronizationConfiguration);
#[cfg(msgraph_beta_education_or_search)]
/// `microsoft.graph.educationIdentitySynchronizationConfiguration` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEducationIdentitySynchronizationConfiguration {
    EducationIdentitySynchronizationConfiguration(
        ::std::boxed::Box<crate::beta::EducationIdentitySynchronizationConfiguration>,
    ),
    EducationIdentityCreationConfiguration(
        ::std::boxed::Box<crate::beta::EducationIdentityCreationConfiguration>,
    ),
    EducationIdentityMatchingConfiguration(
        ::std::boxed::Box<crate::beta::EducationIdentityMatchingConfiguration>,
    ),
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for AnyEducationIdentitySynchronizationConfiguration {
    #[inline]
    fn default() -> Self {
        Self::EducationIdentitySynchronizationConfiguration(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationIdentitySynchronizationConfiguration>
for AnyEducationIdentitySynchronizationConfiguration {
    #[inline]
    fn from(v: crate::beta::EducationIdentitySynchronizationConfiguration) -> Self {
        Self::EducationIdentitySynchronizationConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationIdentityCreationConfiguration>
for AnyEducationIdentitySynchronizationConfiguration {
    #[inline]
    fn from(v: crate::beta::EducationIdentityCreationConfiguration) -> Self {
        Self::EducationIdentityCreationConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationIdentityMatchingConfiguration>
for AnyEducationIdentitySynchronizationConfiguration {
    #[inline]
    fn from(v: crate::beta::EducationIdentityMatchingConfiguration) -> Self {
        Self::EducationIdentityMatchingConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
unsafe impl ::std::marker::Send for AnyEducationIdentitySynchronizationConfiguration {}
#[cfg(msgraph_beta_education_or_search)]
unsafe impl ::std::marker::Sync for AnyEducationIdentitySynchronizationConfiguration {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::marker::Unpin for AnyEducationIdentitySynchronizationConfiguration {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::panic::UnwindSafe for AnyEducationIdentitySynchronizationConfiguration {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::panic::RefUnwindSafe for AnyEducationIdentitySynchronizationConfiguration {}
#[cfg(msgraph_beta_education_or_search)]
const _: () = {
    rt::object::auto_traits::<
        crate::beta::EducationIdentitySynchronizationConfiguration,
    >();
    rt::object::auto_traits::<crate::beta::EducationIdentityCreationConfiguration>();
    rt::object::auto_traits::<crate::beta::EducationIdentityMatchingConfiguration>();
};
#[cfg(msgraph_beta_education_or_search)]
impl rt::Poly for AnyEducationIdentitySynchronizationConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.educationIdentitySynchronizationConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.educationIdentityCreationConfiguration",
            ) => Self::EducationIdentityCreationConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.educationIdentityMatchingConfiguration",
            ) => Self::EducationIdentityMatchingConfiguration(rt::object::new_boxed()),
            _ => {
                Self::EducationIdentitySynchronizationConfiguration(
                    rt::object::new_boxed(),
                )
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
            Self::EducationIdentitySynchronizationConfiguration(v) => &**v,
            Self::EducationIdentityCreationConfiguration(v) => &**v,
            Self::EducationIdentityMatchingConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EducationIdentitySynchronizationConfiguration(v) => &mut **v,
            Self::EducationIdentityCreationConfiguration(v) => &mut **v,
            Self::EducationIdentityMatchingConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl AnyEducationIdentitySynchronizationConfiguration {
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_poly!(AnyEducationIdentitySynchronizationConfiguration);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEducationIdentitySynchronizationConfiguration);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationOnPremisesInfo`, complex type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationOnPremisesInfo {
    /// CSDL: property `immutableId`: `Edm.String`, nullable.
    pub immutable_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationOnPremisesInfo {
    #[inline]
    fn default() -> Self {
        Self {
            immutable_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationOnPremisesInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.educationOnPremisesInfo";
    const KEYS: &'static [&'static str] = &["immutableId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"immutableId\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.educationOnPremisesInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "immutable_id", &self.immutable_id);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationOnPremisesInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.immutable_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.immutable_id);
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationOnPremisesInfo);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationOnPremisesInfo { with_immutable_id immutable_id : ::std::string::String; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationOnPremisesInfo);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationOneRosterApiDataProvider`, complex type, derived from `microsoft.graph.educationSynchronizationDataProvider`.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationOneRosterApiDataProvider {
    /// CSDL: property `connectionSettings`: `microsoft.graph.educationSynchronizationConnectionSettings`, not nullable.
    pub connection_settings: rt::Field<
        crate::beta::AnyEducationSynchronizationConnectionSettings,
    >,
    /// CSDL: property `connectionUrl`: `Edm.String`, not nullable.
    pub connection_url: rt::Field<::std::string::String>,
    /// CSDL: property `customizations`: `microsoft.graph.educationSynchronizationCustomizations`, nullable.
    pub customizations: rt::Field<crate::beta::EducationSynchronizationCustomizations>,
    /// CSDL: property `providerName`: `Edm.String`, nullable.
    pub provider_name: rt::Field<::std::string::String>,
    /// CSDL: property `schoolsIds`: `Collection(Edm.String)`, nullable.
    pub schools_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `termIds`: `Collection(Edm.String)`, nullable.
    pub term_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationOneRosterApiDataProvider {
    #[inline]
    fn default() -> Self {
        Self {
            connection_settings: rt::Field::Absent,
            connection_url: rt::Field::Absent,
            customizations: rt::Field::Absent,
            provider_name: rt::Field::Absent,
            schools_ids: rt::Field::Absent,
            term_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationOneRosterApiDataProvider {
    const TYPE_NAME: &'static str = "microsoft.graph.educationOneRosterApiDataProvider";
    const KEYS: &'static [&'static str] = &[
        "connectionSettings",
        "connectionUrl",
        "customizations",
        "providerName",
        "schoolsIds",
        "termIds",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"connectionSettings\":           ",
        ",\"connectionUrl\":                ",
        ",\"customizations\":               ",
        ",\"providerName\":                 ",
        ",\"schoolsIds\":                   ",
        ",\"termIds\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationOneRosterApiDataProvider\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "connection_settings", &self.connection_settings);
        v.field(1usize, "connection_url", &self.connection_url);
        v.field(2usize, "customizations", &self.customizations);
        v.field(3usize, "provider_name", &self.provider_name);
        v.field(4usize, "schools_ids", &self.schools_ids);
        v.field(5usize, "term_ids", &self.term_ids);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationOneRosterApiDataProvider {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.connection_settings.read_from(r),
            1usize => self.connection_url.read_from(r),
            2usize => self.customizations.read_from(r),
            3usize => self.provider_name.read_from(r),
            4usize => self.schools_ids.read_from(r),
            5usize => self.term_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.connection_settings);
        w.field(1usize, &self.connection_url);
        w.field(2usize, &self.customizations);
        w.field(3usize, &self.provider_name);
        w.field(4usize, &self.schools_ids);
        w.field(5usize, &self.term_ids);
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationOneRosterApiDataProvider);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationOneRosterApiDataProvider { with_connection_settings connection_settings :
    crate ::beta::AnyEducationSynchronizationConnectionSettings; with_connection_url
    connection_url : ::std::string::String; with_customizations customizations : crate
    ::beta::EducationSynchronizationCustomizations; with_provider_name provider_name :
    ::std::string::String; with_schools_ids schools_ids : ::std::vec::Vec <
    ::std::string::String >; with_term_ids term_ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationOneRosterApiDataProvider);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationPowerSchoolDataProvider`, complex type, derived from `microsoft.graph.educationSynchronizationDataProvider`.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationPowerSchoolDataProvider {
    /// CSDL: property `allowTeachersInMultipleSchools`: `Edm.Boolean`, nullable.
    pub allow_teachers_in_multiple_schools: rt::Field<bool>,
    /// CSDL: property `clientId`: `Edm.String`, not nullable.
    pub client_id: rt::Field<::std::string::String>,
    /// CSDL: property `clientSecret`: `Edm.String`, nullable.
    pub client_secret: rt::Field<::std::string::String>,
    /// CSDL: property `connectionUrl`: `Edm.String`, not nullable.
    pub connection_url: rt::Field<::std::string::String>,
    /// CSDL: property `customizations`: `microsoft.graph.educationSynchronizationCustomizations`, nullable.
    pub customizations: rt::Field<crate::beta::EducationSynchronizationCustomizations>,
    /// CSDL: property `schoolsIds`: `Collection(Edm.String)`, nullable.
    pub schools_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `schoolYear`: `Edm.String`, nullable.
    pub school_year: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationPowerSchoolDataProvider {
    #[inline]
    fn default() -> Self {
        Self {
            allow_teachers_in_multiple_schools: rt::Field::Absent,
            client_id: rt::Field::Absent,
            client_secret: rt::Field::Absent,
            connection_url: rt::Field::Absent,
            customizations: rt::Field::Absent,
            schools_ids: rt::Field::Absent,
            school_year: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationPowerSchoolDataProvider {
    const TYPE_NAME: &'static str = "microsoft.graph.educationPowerSchoolDataProvider";
    const KEYS: &'static [&'static str] = &[
        "allowTeachersInMultipleSchools",
        "clientId",
        "clientSecret",
        "connectionUrl",
        "customizations",
        "schoolsIds",
        "schoolYear",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowTeachersInMultipleSchools\":",
        ",\"clientId\":                     ",
        ",\"clientSecret\":                 ",
        ",\"connectionUrl\":                ",
        ",\"customizations\":               ",
        ",\"schoolsIds\":                   ",
        ",\"schoolYear\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationPowerSchoolDataProvider\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "allow_teachers_in_multiple_schools",
            &self.allow_teachers_in_multiple_schools,
        );
        v.field(1usize, "client_id", &self.client_id);
        v.field(2usize, "client_secret", &self.client_secret);
        v.field(3usize, "connection_url", &self.connection_url);
        v.field(4usize, "customizations", &self.customizations);
        v.field(5usize, "schools_ids", &self.schools_ids);
        v.field(6usize, "school_year", &self.school_year);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationPowerSchoolDataProvider {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_teachers_in_multiple_schools.read_from(r),
            1usize => self.client_id.read_from(r),
            2usize => self.client_secret.read_from(r),
            3usize => self.connection_url.read_from(r),
            4usize => self.customizations.read_from(r),
            5usize => self.schools_ids.read_from(r),
            6usize => self.school_year.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_teachers_in_multiple_schools);
        w.field(1usize, &self.client_id);
        w.field(2usize, &self.client_secret);
        w.field(3usize, &self.connection_url);
        w.field(4usize, &self.customizations);
        w.field(5usize, &self.schools_ids);
        w.field(6usize, &self.school_year);
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationPowerSchoolDataProvider);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationPowerSchoolDataProvider { with_allow_teachers_in_multiple_schools
    allow_teachers_in_multiple_schools : bool; with_client_id client_id :
    ::std::string::String; with_client_secret client_secret : ::std::string::String;
    with_connection_url connection_url : ::std::string::String; with_customizations
    customizations : crate ::beta::EducationSynchronizationCustomizations;
    with_schools_ids schools_ids : ::std::vec::Vec < ::std::string::String >;
    with_school_year school_year : ::std::string::String; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationPowerSchoolDataProvider);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationSynchronizationConnectionSettings`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationSynchronizationConnectionSettings {
    /// CSDL: property `clientId`: `Edm.String`, not nullable.
    pub client_id: rt::Field<::std::string::String>,
    /// CSDL: property `clientSecret`: `Edm.String`, nullable.
    pub client_secret: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationSynchronizationConnectionSettings {
    #[inline]
    fn default() -> Self {
        Self {
            client_id: rt::Field::Absent,
            client_secret: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationSynchronizationConnectionSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSynchronizationConnectionSettings";
    const KEYS: &'static [&'static str] = &["clientId", "clientSecret"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"clientId\":                     ",
        ",\"clientSecret\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationSynchronizationConnectionSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "client_id", &self.client_id);
        v.field(1usize, "client_secret", &self.client_secret);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationSynchronizationConnectionSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.client_id.read_from(r),
            1usize => self.client_secret.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.client_id);
        w.field(1usize, &self.client_secret);
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationSynchronizationConnectionSettings);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationSynchronizationConnectionSettings { with_client_id client_id :
    ::std::string::String; with_client_secret client_secret : ::std::string::String; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSynchronizationConnectionSettings);
#[cfg(msgraph_beta_education_or_search)]
/// `microsoft.graph.educationSynchronizationConnectionSettings` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEducationSynchronizationConnectionSettings {
    EducationSynchronizationConnectionSettings(
        ::std::boxed::Box<crate::beta::EducationSynchronizationConnectionSettings>,
    ),
    EducationSynchronizationOAuth1ConnectionSettings(
        ::std::boxed::Box<crate::beta::EducationSynchronizationOAuth1ConnectionSettings>,
    ),
    EducationSynchronizationOAuth2ClientCredentialsConnectionSettings(
        ::std::boxed::Box<
            crate::beta::EducationSynchronizationOAuth2ClientCredentialsConnectionSettings,
        >,
    ),
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for AnyEducationSynchronizationConnectionSettings {
    #[inline]
    fn default() -> Self {
        Self::EducationSynchronizationConnectionSettings(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationSynchronizationConnectionSettings>
for AnyEducationSynchronizationConnectionSettings {
    #[inline]
    fn from(v: crate::beta::EducationSynchronizationConnectionSettings) -> Self {
        Self::EducationSynchronizationConnectionSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationSynchronizationOAuth1ConnectionSettings>
for AnyEducationSynchronizationConnectionSettings {
    #[inline]
    fn from(v: crate::beta::EducationSynchronizationOAuth1ConnectionSettings) -> Self {
        Self::EducationSynchronizationOAuth1ConnectionSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::EducationSynchronizationOAuth2ClientCredentialsConnectionSettings,
> for AnyEducationSynchronizationConnectionSettings {
    #[inline]
    fn from(
        v: crate::beta::EducationSynchronizationOAuth2ClientCredentialsConnectionSettings,
    ) -> Self {
        Self::EducationSynchronizationOAuth2ClientCredentialsConnectionSettings(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_education_or_search)]
unsafe impl ::std::marker::Send for AnyEducationSynchronizationConnectionSettings {}
#[cfg(msgraph_beta_education_or_search)]
unsafe impl ::std::marker::Sync for AnyEducationSynchronizationConnectionSettings {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::marker::Unpin for AnyEducationSynchronizationConnectionSettings {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::panic::UnwindSafe for AnyEducationSynchronizationConnectionSettings {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::panic::RefUnwindSafe for AnyEducationSynchronizationConnectionSettings {}
#[cfg(msgraph_beta_education_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::EducationSynchronizationConnectionSettings>();
    rt::object::auto_traits::<
        crate::beta::EducationSynchronizationOAuth1ConnectionSettings,
    >();
    rt::object::auto_traits::<
        crate::beta::EducationSynchronizationOAuth2ClientCredentialsConnectionSettings,
    >();
};
#[cfg(msgraph_beta_education_or_search)]
impl rt::Poly for AnyEducationSynchronizationConnectionSettings {
    const BASE_NAME: &'static str = "microsoft.graph.educationSynchronizationConnectionSettings";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.educationSynchronizationOAuth1ConnectionSettings",
            ) => {
                Self::EducationSynchronizationOAuth1ConnectionSettings(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.educationSynchronizationOAuth2ClientCredentialsConnectionSettings",
            ) => {
                Self::EducationSynchronizationOAuth2ClientCredentialsConnectionSettings(
                    rt::object::new_boxed(),
                )
            }
            _ => {
                Self::EducationSynchronizationConnectionSettings(rt::object::new_boxed())
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
            Self::EducationSynchronizationConnectionSettings(v) => &**v,
            Self::EducationSynchronizationOAuth1ConnectionSettings(v) => &**v,
            Self::EducationSynchronizationOAuth2ClientCredentialsConnectionSettings(
                v,
            ) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EducationSynchronizationConnectionSettings(v) => &mut **v,
            Self::EducationSynchronizationOAuth1ConnectionSettings(v) => &mut **v,
            Self::EducationSynchronizationOAuth2ClientCredentialsConnectionSettings(
                v,
            ) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl AnyEducationSynchronizationConnectionSettings {
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
    /// `clientId` of any variant.
    #[inline]
    pub fn client_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EducationSynchronizationConnectionSettings(v) => &v.client_id,
            Self::EducationSynchronizationOAuth1ConnectionSettings(v) => &v.client_id,
            Self::EducationSynchronizationOAuth2ClientCredentialsConnectionSettings(
                v,
            ) => &v.client_id,
        }
    }
    /// `clientId` of any variant.
    #[inline]
    pub fn client_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EducationSynchronizationConnectionSettings(v) => &mut v.client_id,
            Self::EducationSynchronizationOAuth1ConnectionSettings(v) => &mut v.client_id,
            Self::EducationSynchronizationOAuth2ClientCredentialsConnectionSettings(
                v,
            ) => &mut v.client_id,
        }
    }
    /// `clientSecret` of any variant.
    #[inline]
    pub fn client_secret(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EducationSynchronizationConnectionSettings(v) => &v.client_secret,
            Self::EducationSynchronizationOAuth1ConnectionSettings(v) => &v.client_secret,
            Self::EducationSynchronizationOAuth2ClientCredentialsConnectionSettings(
                v,
            ) => &v.client_secret,
        }
    }
    /// `clientSecret` of any variant.
    #[inline]
    pub fn client_secret_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EducationSynchronizationConnectionSettings(v) => &mut v.client_secret,
            Self::EducationSynchronizationOAuth1ConnectionSettings(v) => {
                &mut v.client_secret
            }
            Self::EducationSynchronizationOAuth2ClientCredentialsConnectionSettings(
                v,
            ) => &mut v.client_secret,
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
rt::impl_poly!(AnyEducationSynchronizationConnectionSettings);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEducationSynchronizationConnectionSettings);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationSynchronizationCustomization`, complex type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationSynchronizationCustomization {
    /// CSDL: property `allowDisplayNameUpdate`: `Edm.Boolean`, nullable.
    pub allow_display_name_update: rt::Field<bool>,
    /// CSDL: property `isSyncDeferred`: `Edm.Boolean`, nullable.
    pub is_sync_deferred: rt::Field<bool>,
    /// CSDL: property `optionalPropertiesToSync`: `Collection(Edm.String)`, nullable.
    pub optional_properties_to_sync: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `synchronizationStartDate`: `Edm.DateTimeOffset`, nullable.
    pub synchronization_start_date: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationSynchronizationCustomization {
    #[inline]
    fn default() -> Self {
        Self {
            allow_display_name_update: rt::Field::Absent,
            is_sync_deferred: rt::Field::Absent,
            optional_properties_to_sync: rt::Field::Absent,
            synchronization_start_date: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationSynchronizationCustomization {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSynchronizationCustomization";
    const KEYS: &'static [&'static str] = &[
        "allowDisplayNameUpdate",
        "isSyncDeferred",
        "optionalPropertiesToSync",
        "synchronizationStartDate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowDisplayNameUpdate\":       ",
        ",\"isSyncDeferred\":               ",
        ",\"optionalPropertiesToSync\":     ",
        ",\"synchronizationStartDate\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationSynchronizationCustomization\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allow_display_name_update", &self.allow_display_name_update);
        v.field(1usize, "is_sync_deferred", &self.is_sync_deferred);
        v.field(
            2usize,
            "optional_properties_to_sync",
            &self.optional_properties_to_sync,
        );
        v.field(3usize, "synchronization_start_date", &self.synchronization_start_date);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationSynchronizationCustomization {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_display_name_update.read_from(r),
            1usize => self.is_sync_deferred.read_from(r),
            2usize => self.optional_properties_to_sync.read_from(r),
            3usize => self.synchronization_start_date.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_display_name_update);
        w.field(1usize, &self.is_sync_deferred);
        w.field(2usize, &self.optional_properties_to_sync);
        w.field(3usize, &self.synchronization_start_date);
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationSynchronizationCustomization);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationSynchronizationCustomization { with_allow_display_name_update
    allow_display_name_update : bool; with_is_sync_deferred is_sync_deferred : bool;
    with_optional_properties_to_sync optional_properties_to_sync : ::std::vec::Vec <
    ::std::string::String >; with_synchronization_start_date synchronization_start_date :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSynchronizationCustomization);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationSynchronizationCustomizations`, complex type, derived from `microsoft.graph.educationSynchronizationCustomizationsBase`.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationSynchronizationCustomizations {
    /// CSDL: property `school`: `microsoft.graph.educationSynchronizationCustomization`, nullable.
    pub school: rt::Field<crate::beta::EducationSynchronizationCustomization>,
    /// CSDL: property `section`: `microsoft.graph.educationSynchronizationCustomization`, nullable.
    pub section: rt::Field<crate::beta::EducationSynchronizationCustomization>,
    /// CSDL: property `student`: `microsoft.graph.educationSynchronizationCustomization`, nullable.
    pub student: rt::Field<crate::beta::EducationSynchronizationCustomization>,
    /// CSDL: property `studentEnrollment`: `microsoft.graph.educationSynchronizationCustomization`, nullable.
    pub student_enrollment: rt::Field<
        crate::beta::EducationSynchronizationCustomization,
    >,
    /// CSDL: property `teacher`: `microsoft.graph.educationSynchronizationCustomization`, nullable.
    pub teacher: rt::Field<crate::beta::EducationSynchronizationCustomization>,
    /// CSDL: property `teacherRoster`: `microsoft.graph.educationSynchronizationCustomization`, nullable.
    pub teacher_roster: rt::Field<crate::beta::EducationSynchronizationCustomization>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationSynchronizationCustomizations {
    #[inline]
    fn default() -> Self {
        Self {
            school: rt::Field::Absent,
            section: rt::Field::Absent,
            student: rt::Field::Absent,
            student_enrollment: rt::Field::Absent,
            teacher: rt::Field::Absent,
            teacher_roster: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationSynchronizationCustomizations {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSynchronizationCustomizations";
    const KEYS: &'static [&'static str] = &[
        "school",
        "section",
        "student",
        "studentEnrollment",
        "teacher",
        "teacherRoster",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"school\":                       ",
        ",\"section\":                      ",
        ",\"student\":                      ",
        ",\"studentEnrollment\":            ",
        ",\"teacher\":                      ",
        ",\"teacherRoster\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationSynchronizationCustomizations\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "school", &self.school);
        v.field(1usize, "section", &self.section);
        v.field(2usize, "student", &self.student);
        v.field(3usize, "student_enrollment", &self.student_enrollment);
        v.field(4usize, "teacher", &self.teacher);
        v.field(5usize, "teacher_roster", &self.teacher_roster);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationSynchronizationCustomizations {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.school.read_from(r),
            1usize => self.section.read_from(r),
            2usize => self.student.read_from(r),
            3usize => self.student_enrollment.read_from(r),
            4usize => self.teacher.read_from(r),
            5usize => self.teacher_roster.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.school);
        w.field(1usize, &self.section);
        w.field(2usize, &self.student);
        w.field(3usize, &self.student_enrollment);
        w.field(4usize, &self.teacher);
        w.field(5usize, &self.teacher_roster);
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationSynchronizationCustomizations);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationSynchronizationCustomizations { with_school school : crate
    ::beta::EducationSynchronizationCustomization; with_section section : crate
    ::beta::EducationSynchronizationCustomization; with_student student : crate
    ::beta::EducationSynchronizationCustomization; with_student_enrollment
    student_enrollment : crate ::beta::EducationSynchronizationCustomization;
    with_teacher teacher : crate ::beta::EducationSynchronizationCustomization;
    with_teacher_roster teacher_roster : crate
    ::beta::EducationSynchronizationCustomization; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSynchronizationCustomizations);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationSynchronizationCustomizationsBase`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationSynchronizationCustomizationsBase {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationSynchronizationCustomizationsBase {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationSynchronizationCustomizationsBase {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSynchronizationCustomizationsBase";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.educationSynchronizationCustomizationsBase\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationSynchronizationCustomizationsBase {
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationSynchronizationCustomizationsBase);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSynchronizationCustomizationsBase);
#[cfg(msgraph_beta_education_or_search)]
/// `microsoft.graph.educationSynchronizationCustomizationsBase` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEducationSynchronizationCustomizationsBase {
    EducationSynchronizationCustomizationsBase(
        ::std::boxed::Box<crate::beta::EducationSynchronizationCustomizationsBase>,
    ),
    EducationSynchronizationCustomizations(
        ::std::boxed::Box<crate::beta::EducationSynchronizationCustomizations>,
    ),
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for AnyEducationSynchronizationCustomizationsBase {
    #[inline]
    fn default() -> Self {
        Self::EducationSynchronizationCustomizationsBase(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationSynchronizationCustomizationsBase>
for AnyEducationSynchronizationCustomizationsBase {
    #[inline]
    fn from(v: crate::beta::EducationSynchronizationCustomizationsBase) -> Self {
        Self::EducationSynchronizationCustomizationsBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationSynchronizationCustomizations>
for AnyEducationSynchronizationCustomizationsBase {
    #[inline]
    fn from(v: crate::beta::EducationSynchronizationCustomizations) -> Self {
        Self::EducationSynchronizationCustomizations(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
unsafe impl ::std::marker::Send for AnyEducationSynchronizationCustomizationsBase {}
#[cfg(msgraph_beta_education_or_search)]
unsafe impl ::std::marker::Sync for AnyEducationSynchronizationCustomizationsBase {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::marker::Unpin for AnyEducationSynchronizationCustomizationsBase {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::panic::UnwindSafe for AnyEducationSynchronizationCustomizationsBase {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::panic::RefUnwindSafe for AnyEducationSynchronizationCustomizationsBase {}
#[cfg(msgraph_beta_education_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::EducationSynchronizationCustomizationsBase>();
    rt::object::auto_traits::<crate::beta::EducationSynchronizationCustomizations>();
};
#[cfg(msgraph_beta_education_or_search)]
impl rt::Poly for AnyEducationSynchronizationCustomizationsBase {
    const BASE_NAME: &'static str = "microsoft.graph.educationSynchronizationCustomizationsBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.educationSynchronizationCustomizations",
            ) => Self::EducationSynchronizationCustomizations(rt::object::new_boxed()),
            _ => {
                Self::EducationSynchronizationCustomizationsBase(rt::object::new_boxed())
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
            Self::EducationSynchronizationCustomizationsBase(v) => &**v,
            Self::EducationSynchronizationCustomizations(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EducationSynchronizationCustomizationsBase(v) => &mut **v,
            Self::EducationSynchronizationCustomizations(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl AnyEducationSynchronizationCustomizationsBase {
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_poly!(AnyEducationSynchronizationCustomizationsBase);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEducationSynchronizationCustomizationsBase);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationSynchronizationDataProvider`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationSynchronizationDataProvider {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationSynchronizationDataProvider {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationSynchronizationDataProvider {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSynchronizationDataProvider";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.educationSynchronizationDataProvider\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationSynchronizationDataProvider {
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationSynchronizationDataProvider);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSynchronizationDataProvider);
#[cfg(msgraph_beta_education_or_search)]
/// `microsoft.graph.educationSynchronizationDataProvider` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEducationSynchronizationDataProvider {
    EducationSynchronizationDataProvider(
        ::std::boxed::Box<crate::beta::EducationSynchronizationDataProvider>,
    ),
    EducationCsvDataProvider(::std::boxed::Box<crate::beta::EducationCsvDataProvider>),
    EducationOneRosterApiDataProvider(
        ::std::boxed::Box<crate::beta::EducationOneRosterApiDataProvider>,
    ),
    EducationPowerSchoolDataProvider(
        ::std::boxed::Box<crate::beta::EducationPowerSchoolDataProvider>,
    ),
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for AnyEducationSynchronizationDataProvider {
    #[inline]
    fn default() -> Self {
        Self::EducationSynchronizationDataProvider(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationSynchronizationDataProvider>
for AnyEducationSynchronizationDataProvider {
    #[inline]
    fn from(v: crate::beta::EducationSynchronizationDataProvider) -> Self {
        Self::EducationSynchronizationDataProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationCsvDataProvider>
for AnyEducationSynchronizationDataProvider {
    #[inline]
    fn from(v: crate::beta::EducationCsvDataProvider) -> Self {
        Self::EducationCsvDataProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationOneRosterApiDataProvider>
for AnyEducationSynchronizationDataProvider {
    #[inline]
    fn from(v: crate::beta::EducationOneRosterApiDataProvider) -> Self {
        Self::EducationOneRosterApiDataProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationPowerSchoolDataProvider>
for AnyEducationSynchronizationDataProvider {
    #[inline]
    fn from(v: crate::beta::EducationPowerSchoolDataProvider) -> Self {
        Self::EducationPowerSchoolDataProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
unsafe impl ::std::marker::Send for AnyEducationSynchronizationDataProvider {}
#[cfg(msgraph_beta_education_or_search)]
unsafe impl ::std::marker::Sync for AnyEducationSynchronizationDataProvider {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::marker::Unpin for AnyEducationSynchronizationDataProvider {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::panic::UnwindSafe for AnyEducationSynchronizationDataProvider {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::panic::RefUnwindSafe for AnyEducationSynchronizationDataProvider {}
#[cfg(msgraph_beta_education_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::EducationSynchronizationDataProvider>();
    rt::object::auto_traits::<crate::beta::EducationCsvDataProvider>();
    rt::object::auto_traits::<crate::beta::EducationOneRosterApiDataProvider>();
    rt::object::auto_traits::<crate::beta::EducationPowerSchoolDataProvider>();
};
#[cfg(msgraph_beta_education_or_search)]
impl rt::Poly for AnyEducationSynchronizationDataProvider {
    const BASE_NAME: &'static str = "microsoft.graph.educationSynchronizationDataProvider";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.educationCsvDataProvider") => {
                Self::EducationCsvDataProvider(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.educationOneRosterApiDataProvider",
            ) => Self::EducationOneRosterApiDataProvider(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.educationPowerSchoolDataProvider",
            ) => Self::EducationPowerSchoolDataProvider(rt::object::new_boxed()),
            _ => Self::EducationSynchronizationDataProvider(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EducationSynchronizationDataProvider(v) => &**v,
            Self::EducationCsvDataProvider(v) => &**v,
            Self::EducationOneRosterApiDataProvider(v) => &**v,
            Self::EducationPowerSchoolDataProvider(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EducationSynchronizationDataProvider(v) => &mut **v,
            Self::EducationCsvDataProvider(v) => &mut **v,
            Self::EducationOneRosterApiDataProvider(v) => &mut **v,
            Self::EducationPowerSchoolDataProvider(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl AnyEducationSynchronizationDataProvider {
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_poly!(AnyEducationSynchronizationDataProvider);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEducationSynchronizationDataProvider);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationSynchronizationError`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationSynchronizationError {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `entryType`: `Edm.String`, nullable.
    pub entry_type: rt::Field<::std::string::String>,
    /// CSDL: property `errorCode`: `Edm.String`, nullable.
    pub error_code: rt::Field<::std::string::String>,
    /// CSDL: property `errorMessage`: `Edm.String`, nullable.
    pub error_message: rt::Field<::std::string::String>,
    /// CSDL: property `joiningValue`: `Edm.String`, nullable.
    pub joining_value: rt::Field<::std::string::String>,
    /// CSDL: property `recordedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub recorded_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `reportableIdentifier`: `Edm.String`, nullable.
    pub reportable_identifier: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationSynchronizationError {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            entry_type: rt::Field::Absent,
            error_code: rt::Field::Absent,
            error_message: rt::Field::Absent,
            joining_value: rt::Field::Absent,
            recorded_date_time: rt::Field::Absent,
            reportable_identifier: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationSynchronizationError {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSynchronizationError";
    const KEYS: &'static [&'static str] = &[
        "id",
        "entryType",
        "errorCode",
        "errorMessage",
        "joiningValue",
        "recordedDateTime",
        "reportableIdentifier",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"entryType\":                    ",
        ",\"errorCode\":                    ",
        ",\"errorMessage\":                 ",
        ",\"joiningValue\":                 ",
        ",\"recordedDateTime\":             ",
        ",\"reportableIdentifier\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationSynchronizationError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "entry_type", &self.entry_type);
        v.field(2usize, "error_code", &self.error_code);
        v.field(3usize, "error_message", &self.error_message);
        v.field(4usize, "joining_value", &self.joining_value);
        v.field(5usize, "recorded_date_time", &self.recorded_date_time);
        v.field(6usize, "reportable_identifier", &self.reportable_identifier);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationSynchronizationError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.entry_type.read_from(r),
            2usize => self.error_code.read_from(r),
            3usize => self.error_message.read_from(r),
            4usize => self.joining_value.read_from(r),
            5usize => self.recorded_date_time.read_from(r),
            6usize => self.reportable_identifier.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.entry_type);
        w.field(2usize, &self.error_code);
        w.field(3usize, &self.error_message);
        w.field(4usize, &self.joining_value);
        w.field(5usize, &self.recorded_date_time);
        w.field(6usize, &self.reportable_identifier);
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationSynchronizationError);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationSynchronizationError { with_id id : ::std::string::String; with_entry_type
    entry_type : ::std::string::String; with_error_code error_code :
    ::std::string::String; with_error_message error_message : ::std::string::String;
    with_joining_value joining_value : ::std::string::String; with_recorded_date_time
    recorded_date_time : rt::edm::DateTimeOffset; with_reportable_identifier
    reportable_identifier : ::std::string::String; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSynchronizationError);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationSynchronizationLicenseAssignment`, complex type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationSynchronizationLicenseAssignment {
    /// CSDL: property `appliesTo`: `microsoft.graph.educationUserRole`, nullable.
    pub applies_to: rt::Field<crate::beta::EducationUserRole>,
    /// CSDL: property `skuIds`: `Collection(Edm.String)`, nullable.
    pub sku_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationSynchronizationLicenseAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            applies_to: rt::Field::Absent,
            sku_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationSynchronizationLicenseAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSynchronizationLicenseAssignment";
    const KEYS: &'static [&'static str] = &["appliesTo", "skuIds"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appliesTo\":                    ",
        ",\"skuIds\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationSynchronizationLicenseAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "applies_to", &self.applies_to);
        v.field(1usize, "sku_ids", &self.sku_ids);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationSynchronizationLicenseAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.applies_to.read_from(r),
            1usize => self.sku_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.applies_to);
        w.field(1usize, &self.sku_ids);
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationSynchronizationLicenseAssignment);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationSynchronizationLicenseAssignment { with_applies_to applies_to : crate
    ::beta::EducationUserRole; with_sku_ids sku_ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSynchronizationLicenseAssignment);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationSynchronizationOAuth1ConnectionSettings`, complex type, derived from `microsoft.graph.educationSynchronizationConnectionSettings`.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationSynchronizationOAuth1ConnectionSettings {
    /// CSDL: property `clientId`: `Edm.String`, not nullable.
    pub client_id: rt::Field<::std::string::String>,
    /// CSDL: property `clientSecret`: `Edm.String`, nullable.
    pub client_secret: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationSynchronizationOAuth1ConnectionSettings {
    #[inline]
    fn default() -> Self {
        Self {
            client_id: rt::Field::Absent,
            client_secret: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationSynchronizationOAuth1ConnectionSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSynchronizationOAuth1ConnectionSettings";
    const KEYS: &'static [&'static str] = &["clientId", "clientSecret"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"clientId\":                     ",
        ",\"clientSecret\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationSynchronizationOAuth1ConnectionSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "client_id", &self.client_id);
        v.field(1usize, "client_secret", &self.client_secret);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationSynchronizationOAuth1ConnectionSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.client_id.read_from(r),
            1usize => self.client_secret.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.client_id);
        w.field(1usize, &self.client_secret);
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationSynchronizationOAuth1ConnectionSettings);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationSynchronizationOAuth1ConnectionSettings { with_client_id client_id :
    ::std::string::String; with_client_secret client_secret : ::std::string::String; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSynchronizationOAuth1ConnectionSettings);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationSynchronizationOAuth2ClientCredentialsConnectionSettings`, complex type, derived from `microsoft.graph.educationSynchronizationConnectionSettings`.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationSynchronizationOAuth2ClientCredentialsConnectionSettings {
    /// CSDL: property `clientId`: `Edm.String`, not nullable.
    pub client_id: rt::Field<::std::string::String>,
    /// CSDL: property `clientSecret`: `Edm.String`, nullable.
    pub client_secret: rt::Field<::std::string::String>,
    /// CSDL: property `scope`: `Edm.String`, nullable.
    pub scope: rt::Field<::std::string::String>,
    /// CSDL: property `tokenUrl`: `Edm.String`, not nullable.
    pub token_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default
for EducationSynchronizationOAuth2ClientCredentialsConnectionSettings {
    #[inline]
    fn default() -> Self {
        Self {
            client_id: rt::Field::Absent,
            client_secret: rt::Field::Absent,
            scope: rt::Field::Absent,
            token_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationSynchronizationOAuth2ClientCredentialsConnectionSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSynchronizationOAuth2ClientCredentialsConnectionSettings";
    const KEYS: &'static [&'static str] = &[
        "clientId",
        "clientSecret",
        "scope",
        "tokenUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"clientId\":                     ",
        ",\"clientSecret\":                 ",
        ",\"scope\":                        ",
        ",\"tokenUrl\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationSynchronizationOAuth2ClientCredentialsConnectionSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "client_id", &self.client_id);
        v.field(1usize, "client_secret", &self.client_secret);
        v.field(2usize, "scope", &self.scope);
        v.field(3usize, "token_url", &self.token_url);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members
for EducationSynchronizationOAuth2ClientCredentialsConnectionSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.client_id.read_from(r),
            1usize => self.client_secret.read_from(r),
            2usize => self.scope.read_from(r),
            3usize => self.token_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.client_id);
        w.field(1usize, &self.client_secret);
        w.field(2usize, &self.scope);
        w.field(3usize, &self.token_url);
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationSynchronizationOAuth2ClientCredentialsConnectionSettings);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationSynchronizationOAuth2ClientCredentialsConnectionSettings { with_client_id
    client_id : ::std::string::String; with_client_secret client_secret :
    ::std::string::String; with_scope scope : ::std::string::String; with_token_url
    token_url : ::std::string::String; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSynchronizationOAuth2ClientCredentialsConnectionSettings);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationSynchronizationProfile`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EducationSynchronizationProfilePath`](requests/trait.EducationSynchronizationProfilePath.html), what a path to one (`EntityPath<EducationSynchronizationProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationSynchronizationProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `dataProvider`: `microsoft.graph.educationSynchronizationDataProvider`, not nullable.
    pub data_provider: rt::Field<crate::beta::AnyEducationSynchronizationDataProvider>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `expirationDate`: `Edm.Date`, nullable.
    pub expiration_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `handleSpecialCharacterConstraint`: `Edm.Boolean`, nullable.
    pub handle_special_character_constraint: rt::Field<bool>,
    /// CSDL: property `identitySynchronizationConfiguration`: `microsoft.graph.educationIdentitySynchronizationConfiguration`, not nullable.
    pub identity_synchronization_configuration: rt::Field<
        crate::beta::AnyEducationIdentitySynchronizationConfiguration,
    >,
    /// CSDL: property `licensesToAssign`: `Collection(microsoft.graph.educationSynchronizationLicenseAssignment)`, nullable.
    pub licenses_to_assign: rt::Field<
        ::std::vec::Vec<crate::beta::EducationSynchronizationLicenseAssignment>,
    >,
    /// CSDL: property `state`: `microsoft.graph.educationSynchronizationProfileState`, nullable.
    pub state: rt::Field<crate::beta::EducationSynchronizationProfileState>,
    /// CSDL: containment navigation property `errors`: `Collection(microsoft.graph.educationSynchronizationError)`, not nullable.
    pub errors: rt::Field<::std::vec::Vec<crate::beta::EducationSynchronizationError>>,
    /// CSDL: containment navigation property `profileStatus`: `microsoft.graph.educationSynchronizationProfileStatus`, nullable.
    pub profile_status: rt::Field<crate::beta::EducationSynchronizationProfileStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationSynchronizationProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            data_provider: rt::Field::Absent,
            display_name: rt::Field::Absent,
            expiration_date: rt::Field::Absent,
            handle_special_character_constraint: rt::Field::Absent,
            identity_synchronization_configuration: rt::Field::Absent,
            licenses_to_assign: rt::Field::Absent,
            state: rt::Field::Absent,
            errors: rt::Field::Absent,
            profile_status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationSynchronizationProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSynchronizationProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "dataProvider",
        "displayName",
        "expirationDate",
        "handleSpecialCharacterConstraint",
        "identitySynchronizationConfiguration",
        "licensesToAssign",
        "state",
        "errors",
        "profileStatus",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"dataProvider\":                 ",
        ",\"displayName\":                  ",
        ",\"expirationDate\":               ",
        ",\"handleSpecialCharacterConstraint\":",
        ",\"identitySynchronizationConfiguration\":",
        ",\"licensesToAssign\":             ",
        ",\"state\":                        ",
        ",\"errors\":                       ",
        ",\"profileStatus\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationSynchronizationProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "data_provider", &self.data_provider);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "expiration_date", &self.expiration_date);
        v.field(
            4usize,
            "handle_special_character_constraint",
            &self.handle_special_character_constraint,
        );
        v.field(
            5usize,
            "identity_synchronization_configuration",
            &self.identity_synchronization_configuration,
        );
        v.field(6usize, "licenses_to_assign", &self.licenses_to_assign);
        v.field(7usize, "state", &self.state);
        v.field(8usize, "errors", &self.errors);
        v.field(9usize, "profile_status", &self.profile_status);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationSynchronizationProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.data_provider.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.expiration_date.read_from(r),
            4usize => self.handle_special_character_constraint.read_from(r),
            5usize => self.identity_synchronization_configuration.read_from(r),
            6usize => self.licenses_to_assign.read_from(r),
            7usize => self.state.read_from(r),
            8usize => self.errors.read_from(r),
            9usize => self.profile_status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.data_provider);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.expiration_date);
        w.field(4usize, &self.handle_special_character_constraint);
        w.field(5usize, &self.identity_synchronization_configuration);
        w.field(6usize, &self.licenses_to_assign);
        w.field(7usize, &self.state);
        w.field(8usize, &self.errors);
        w.field(9usize, &self.profile_status);
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationSynchronizationProfile);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationSynchronizationProfile { with_id id : ::std::string::String;
    with_data_provider data_provider : crate
    ::beta::AnyEducationSynchronizationDataProvider; with_display_name display_name :
    ::std::string::String; with_expiration_date expiration_date : rt::edm::Date;
    with_handle_special_character_constraint handle_special_character_constraint : bool;
    with_identity_synchronization_configuration identity_synchronization_configuration :
    crate ::beta::AnyEducationIdentitySynchronizationConfiguration;
    with_licenses_to_assign licenses_to_assign : ::std::vec::Vec < crate
    ::beta::EducationSynchronizationLicenseAssignment >; with_state state : crate
    ::beta::EducationSynchronizationProfileState; with_errors errors : ::std::vec::Vec <
    crate ::beta::EducationSynchronizationError >; with_profile_status profile_status :
    crate ::beta::EducationSynchronizationProfileStatus; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSynchronizationProfile);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationSynchronizationProfileState`, enum type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EducationSynchronizationProfileState {
    /// `deleting` (value 2).
    Deleting,
    /// `deletionFailed` (value 3).
    DeletionFailed,
    /// `provisioningFailed` (value 5).
    ProvisioningFailed,
    /// `provisioned` (value 6).
    Provisioned,
    /// `provisioning` (value 7).
    Provisioning,
    /// `unknownFutureValue` (value 8).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::StrEnum for EducationSynchronizationProfileState {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSynchronizationProfileState";
    const MEMBERS: &'static [&'static str] = &[
        "deleting",
        "deletionFailed",
        "provisioningFailed",
        "provisioned",
        "provisioning",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deleting" => Self::Deleting,
                "deletionFailed" => Self::DeletionFailed,
                "provisioningFailed" => Self::ProvisioningFailed,
                "provisioned" => Self::Provisioned,
                "provisioning" => Self::Provisioning,
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
            Self::Deleting => "deleting",
            Self::DeletionFailed => "deletionFailed",
            Self::ProvisioningFailed => "provisioningFailed",
            Self::Provisioned => "provisioned",
            Self::Provisioning => "provisioning",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
rt::impl_enum!(EducationSynchronizationProfileState);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSynchronizationProfileState);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationSynchronizationProfileStatus`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationSynchronizationProfileStatus {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `lastActivityDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_activity_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastSynchronizationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_synchronization_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.educationSynchronizationStatus`, nullable.
    pub status: rt::Field<crate::beta::EducationSynchronizationStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationSynchronizationProfileStatus {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_activity_date_time: rt::Field::Absent,
            last_synchronization_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationSynchronizationProfileStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSynchronizationProfileStatus";
    const KEYS: &'static [&'static str] = &[
        "id",
        "lastActivityDateTime",
        "lastSynchronizationDateTime",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastActivityDateTime\":         ",
        ",\"lastSynchronizationDateTime\":  ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationSynchronizationProfileStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "last_activity_date_time", &self.last_activity_date_time);
        v.field(
            2usize,
            "last_synchronization_date_time",
            &self.last_synchronization_date_time,
        );
        v.field(3usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationSynchronizationProfileStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_activity_date_time.read_from(r),
            2usize => self.last_synchronization_date_time.read_from(r),
            3usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_activity_date_time);
        w.field(2usize, &self.last_synchronization_date_time);
        w.field(3usize, &self.status);
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationSynchronizationProfileStatus);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationSynchronizationProfileStatus { with_id id : ::std::string::String;
    with_last_activity_date_time last_activity_date_time : rt::edm::DateTimeOffset;
    with_last_synchronization_date_time last_synchronization_date_time :
    rt::edm::DateTimeOffset; with_status status : crate
    ::beta::EducationSynchronizationStatus; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSynchronizationProfileStatus);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationSynchronizationStatus`, enum type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EducationSynchronizationStatus {
    /// `paused` (value 0).
    Paused,
    /// `inProgress` (value 1).
    InProgress,
    /// `success` (value 2).
    Success,
    /// `error` (value 3).
    Error,
    /// `validationError` (value 4).
    ValidationError,
    /// `quarantined` (value 5).
    Quarantined,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::StrEnum for EducationSynchronizationStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSynchronizationStatus";
    const MEMBERS: &'static [&'static str] = &[
        "paused",
        "inProgress",
        "success",
        "error",
        "validationError",
        "quarantined",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "paused" => Self::Paused,
                "inProgress" => Self::InProgress,
                "success" => Self::Success,
                "error" => Self::Error,
                "validationError" => Self::ValidationError,
                "quarantined" => Self::Quarantined,
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
            Self::Paused => "paused",
            Self::InProgress => "inProgress",
            Self::Success => "success",
            Self::Error => "error",
            Self::ValidationError => "validationError",
            Self::Quarantined => "quarantined",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
rt::impl_enum!(EducationSynchronizationStatus);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSynchronizationStatus);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationTeacher`, complex type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationTeacher {
    /// CSDL: property `externalId`: `Edm.String`, nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// CSDL: property `teacherNumber`: `Edm.String`, nullable.
    pub teacher_number: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationTeacher {
    #[inline]
    fn default() -> Self {
        Self {
            external_id: rt::Field::Absent,
            teacher_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationTeacher {
    const TYPE_NAME: &'static str = "microsoft.graph.educationTeacher";
    const KEYS: &'static [&'static str] = &["externalId", "teacherNumber"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"externalId\":                   ",
        ",\"teacherNumber\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationTeacher\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "external_id", &self.external_id);
        v.field(1usize, "teacher_number", &self.teacher_number);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationTeacher {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.external_id.read_from(r),
            1usize => self.teacher_number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.external_id);
        w.field(1usize, &self.teacher_number);
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationTeacher);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationTeacher { with_external_id external_id : ::std::string::String;
    with_teacher_number teacher_number : ::std::string::String; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationTeacher);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationUserRole`, enum type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EducationUserRole {
    /// `student` (value 0).
    Student,
    /// `teacher` (value 1).
    Teacher,
    /// `none` (value 2).
    None,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// `faculty` (value 4).
    Faculty,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::StrEnum for EducationUserRole {
    const TYPE_NAME: &'static str = "microsoft.graph.educationUserRole";
    const MEMBERS: &'static [&'static str] = &[
        "student",
        "teacher",
        "none",
        "unknownFutureValue",
        "faculty",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "student" => Self::Student,
                "teacher" => Self::Teacher,
                "none" => Self::None,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "faculty" => Self::Faculty,
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
            Self::Student => "student",
            Self::Teacher => "teacher",
            Self::None => "none",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Faculty => "faculty",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
rt::impl_enum!(EducationUserRole);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationUserRole);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.educationalActivity`, entity type, derived from `microsoft.graph.itemFacet`, key `id`.
///
/// Request builders: [`EducationalActivityPath`](requests/trait.EducationalActivityPath.html), what a path to one (`EntityPath<EducationalActivity, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EducationalActivity {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `allowedAudiences`: `microsoft.graph.allowedAudiences`, nullable.
    pub allowed_audiences: rt::Field<rt::Flags<crate::beta::AllowedAudiences>>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, not nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `inference`: `microsoft.graph.inferenceData`, nullable.
    pub inference: rt::Field<crate::beta::InferenceData>,
    /// CSDL: property `isSearchable`: `Edm.Boolean`, nullable.
    pub is_searchable: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, not nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `source`: `microsoft.graph.personDataSources`, nullable.
    pub source: rt::Field<crate::beta::PersonDataSources>,
    /// CSDL: property `completionMonthYear`: `Edm.Date`, nullable.
    pub completion_month_year: rt::Field<rt::edm::Date>,
    /// CSDL: property `endMonthYear`: `Edm.Date`, nullable.
    pub end_month_year: rt::Field<rt::edm::Date>,
    /// CSDL: property `institution`: `microsoft.graph.institutionData`, not nullable.
    pub institution: rt::Field<crate::beta::InstitutionData>,
    /// CSDL: property `program`: `microsoft.graph.educationalActivityDetail`, not nullable.
    pub program: rt::Field<crate::beta::EducationalActivityDetail>,
    /// CSDL: property `startMonthYear`: `Edm.Date`, nullable.
    pub start_month_year: rt::Field<rt::edm::Date>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for EducationalActivity {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            allowed_audiences: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            inference: rt::Field::Absent,
            is_searchable: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            source: rt::Field::Absent,
            completion_month_year: rt::Field::Absent,
            end_month_year: rt::Field::Absent,
            institution: rt::Field::Absent,
            program: rt::Field::Absent,
            start_month_year: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for EducationalActivity {
    const TYPE_NAME: &'static str = "microsoft.graph.educationalActivity";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allowedAudiences",
        "createdBy",
        "createdDateTime",
        "inference",
        "isSearchable",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "source",
        "completionMonthYear",
        "endMonthYear",
        "institution",
        "program",
        "startMonthYear",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"allowedAudiences\":             ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"inference\":                    ",
        ",\"isSearchable\":                 ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"source\":                       ",
        ",\"completionMonthYear\":          ",
        ",\"endMonthYear\":                 ",
        ",\"institution\":                  ",
        ",\"program\":                      ",
        ",\"startMonthYear\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationalActivity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "allowed_audiences", &self.allowed_audiences);
        v.field(2usize, "created_by", &self.created_by);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "inference", &self.inference);
        v.field(5usize, "is_searchable", &self.is_searchable);
        v.field(6usize, "last_modified_by", &self.last_modified_by);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "source", &self.source);
        v.field(9usize, "completion_month_year", &self.completion_month_year);
        v.field(10usize, "end_month_year", &self.end_month_year);
        v.field(11usize, "institution", &self.institution);
        v.field(12usize, "program", &self.program);
        v.field(13usize, "start_month_year", &self.start_month_year);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for EducationalActivity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.allowed_audiences.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.inference.read_from(r),
            5usize => self.is_searchable.read_from(r),
            6usize => self.last_modified_by.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.source.read_from(r),
            9usize => self.completion_month_year.read_from(r),
            10usize => self.end_month_year.read_from(r),
            11usize => self.institution.read_from(r),
            12usize => self.program.read_from(r),
            13usize => self.start_month_year.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.allowed_audiences);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.inference);
        w.field(5usize, &self.is_searchable);
        w.field(6usize, &self.last_modified_by);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.source);
        w.field(9usize, &self.completion_month_year);
        w.field(10usize, &self.end_month_year);
        w.field(11usize, &self.institution);
        w.field(12usize, &self.program);
        w.field(13usize, &self.start_month_year);
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
rt::impl_object!(EducationalActivity);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    EducationalActivity { with_id id : ::std::string::String; with_allowed_audiences
    allowed_audiences : rt::Flags < crate ::beta::AllowedAudiences >; with_created_by
    created_by : crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_inference inference : crate ::beta::InferenceData;
    with_is_searchable is_searchable : bool; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_source source : crate ::beta::PersonDataSources;
    with_completion_month_year completion_month_year : rt::edm::Date; with_end_month_year
    end_month_year : rt::edm::Date; with_institution institution : crate
    ::beta::InstitutionData; with_program program : crate
    ::beta::EducationalActivityDetail; with_start_month_year start_month_year :
    rt::edm::Date; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationalActivity);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.educationalActivityDetail`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EducationalActivityDetail {
    /// CSDL: property `abbreviation`: `Edm.String`, nullable.
    pub abbreviation: rt::Field<::std::string::String>,
    /// CSDL: property `activities`: `Collection(Edm.String)`, nullable.
    pub activities: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `awards`: `Collection(Edm.String)`, nullable.
    pub awards: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `fieldsOfStudy`: `Collection(Edm.String)`, nullable.
    pub fields_of_study: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `grade`: `Edm.String`, nullable.
    pub grade: rt::Field<::std::string::String>,
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for EducationalActivityDetail {
    #[inline]
    fn default() -> Self {
        Self {
            abbreviation: rt::Field::Absent,
            activities: rt::Field::Absent,
            awards: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            fields_of_study: rt::Field::Absent,
            grade: rt::Field::Absent,
            notes: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for EducationalActivityDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.educationalActivityDetail";
    const KEYS: &'static [&'static str] = &[
        "abbreviation",
        "activities",
        "awards",
        "description",
        "displayName",
        "fieldsOfStudy",
        "grade",
        "notes",
        "webUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"abbreviation\":                 ",
        ",\"activities\":                   ",
        ",\"awards\":                       ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"fieldsOfStudy\":                ",
        ",\"grade\":                        ",
        ",\"notes\":                        ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationalActivityDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "abbreviation", &self.abbreviation);
        v.field(1usize, "activities", &self.activities);
        v.field(2usize, "awards", &self.awards);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "fields_of_study", &self.fields_of_study);
        v.field(6usize, "grade", &self.grade);
        v.field(7usize, "notes", &self.notes);
        v.field(8usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for EducationalActivityDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.abbreviation.read_from(r),
            1usize => self.activities.read_from(r),
            2usize => self.awards.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.fields_of_study.read_from(r),
            6usize => self.grade.read_from(r),
            7usize => self.notes.read_from(r),
            8usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.abbreviation);
        w.field(1usize, &self.activities);
        w.field(2usize, &self.awards);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.fields_of_study);
        w.field(6usize, &self.grade);
        w.field(7usize, &self.notes);
        w.field(8usize, &self.web_url);
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
rt::impl_object!(EducationalActivityDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    EducationalActivityDetail { with_abbreviation abbreviation : ::std::string::String;
    with_activities activities : ::std::vec::Vec < ::std::string::String >; with_awards
    awards : ::std::vec::Vec < ::std::string::String >; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_fields_of_study fields_of_study : ::std::vec::Vec < ::std::string::String >;
    with_grade grade : ::std::string::String; with_notes notes : ::std::string::String;
    with_web_url web_url : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationalActivityDetail);
#[cfg(msgraph_beta_core_or_activitystatistics)]
/// CSDL: `microsoft.graph.emailActivityStatistics`, entity type, derived from `microsoft.graph.activityStatistics`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-activitystatistics`, `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EmailActivityStatistics {
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
    /// CSDL: property `afterHours`: `Edm.Duration`, not nullable.
    pub after_hours: rt::Field<rt::edm::Duration>,
    /// CSDL: property `readEmail`: `Edm.Duration`, not nullable.
    pub read_email: rt::Field<rt::edm::Duration>,
    /// CSDL: property `sentEmail`: `Edm.Duration`, not nullable.
    pub sent_email: rt::Field<rt::edm::Duration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
impl ::std::default::Default for EmailActivityStatistics {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activity: rt::Field::Absent,
            duration: rt::Field::Absent,
            end_date: rt::Field::Absent,
            start_date: rt::Field::Absent,
            time_zone_used: rt::Field::Absent,
            after_hours: rt::Field::Absent,
            read_email: rt::Field::Absent,
            sent_email: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
impl rt::Object for EmailActivityStatistics {
    const TYPE_NAME: &'static str = "microsoft.graph.emailActivityStatistics";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activity",
        "duration",
        "endDate",
        "startDate",
        "timeZoneUsed",
        "afterHours",
        "readEmail",
        "sentEmail",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activity\":                     ",
        ",\"duration\":                     ",
        ",\"endDate\":                      ",
        ",\"startDate\":                    ",
        ",\"timeZoneUsed\":                 ",
        ",\"afterHours\":                   ",
        ",\"readEmail\":                    ",
        ",\"sentEmail\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.emailActivityStatistics\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "activity", &self.activity);
        v.field(2usize, "duration", &self.duration);
        v.field(3usize, "end_date", &self.end_date);
        v.field(4usize, "start_date", &self.start_date);
        v.field(5usize, "time_zone_used", &self.time_zone_used);
        v.field(6usize, "after_hours", &self.after_hours);
        v.field(7usize, "read_email", &self.read_email);
        v.field(8usize, "sent_email", &self.sent_email);
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
impl rt::object::Members for EmailActivityStatistics {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activity.read_from(r),
            2usize => self.duration.read_from(r),
            3usize => self.end_date.read_from(r),
            4usize => self.start_date.read_from(r),
            5usize => self.time_zone_used.read_from(r),
            6usize => self.after_hours.read_from(r),
            7usize => self.read_email.read_from(r),
            8usize => self.sent_email.read_from(r),
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
        w.field(6usize, &self.after_hours);
        w.field(7usize, &self.read_email);
        w.field(8usize, &self.sent_email);
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
rt::impl_object!(EmailActivityStatistics);
#[cfg(msgraph_beta_core_or_activitystatistics)]
rt::impl_setters!(
    EmailActivityStatistics { with_id id : ::std::string::String; with_activity activity
    : crate ::beta::AnalyticsActivityType; with_duration duration : rt::edm::Duration;
    with_end_date end_date : rt::edm::Date; with_start_date start_date : rt::edm::Date;
    with_time_zone_used time_zone_used : ::std::string::String; with_after_hours
    after_hours : rt::edm::Duration; with_read_email read_email : rt::edm::Duration;
    with_sent_email sent_email : rt::edm::Duration; }
);
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmailActivityStatistics);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.emailActivitySummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct EmailActivitySummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `read`: `Edm.Int64`, nullable.
    pub read: rt::Field<i64>,
    /// CSDL: property `receive`: `Edm.Int64`, nullable.
    pub receive: rt::Field<i64>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `send`: `Edm.Int64`, nullable.
    pub send: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for EmailActivitySummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            read: rt::Field::Absent,
            receive: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            send: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for EmailActivitySummary {
    const TYPE_NAME: &'static str = "microsoft.graph.emailActivitySummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "read",
        "receive",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "send",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"read\":                         ",
        ",\"receive\":                      ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"send\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.emailActivitySummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "read", &self.read);
        v.field(2usize, "receive", &self.receive);
        v.field(3usize, "report_date", &self.report_date);
        v.field(4usize, "report_period", &self.report_period);
        v.field(5usize, "report_refresh_date", &self.report_refresh_date);
        v.field(6usize, "send", &self.send);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for EmailActivitySummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.read.read_from(r),
            2usize => self.receive.read_from(r),
            3usize => self.report_date.read_from(r),
            4usize => self.report_period.read_from(r),
            5usize => self.report_refresh_date.read_from(r),
            6usize => self.send.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.read);
        w.field(2usize, &self.receive);
        w.field(3usize, &self.report_date);
        w.field(4usize, &self.report_period);
        w.field(5usize, &self.report_refresh_date);
        w.field(6usize, &self.send);
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
rt::impl_object!(EmailActivitySummary);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    EmailActivitySummary { with_id id : ::std::string::String; with_read read : i64;
    with_receive receive : i64; with_report_date report_date : rt::edm::Date;
    with_report_period report_period : ::std::string::String; with_report_refresh_date
    report_refresh_date : rt::edm::Date; with_send send : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmailActivitySummary);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.emailAppUsageAppsUserCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct EmailAppUsageAppsUserCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `imap4App`: `Edm.Int64`, nullable.
    pub imap4_app: rt::Field<i64>,
    /// CSDL: property `mailForMac`: `Edm.Int64`, nullable.
    pub mail_for_mac: rt::Field<i64>,
    /// CSDL: property `otherForMobile`: `Edm.Int64`, nullable.
    pub other_for_mobile: rt::Field<i64>,
    /// CSDL: property `outlookForMac`: `Edm.Int64`, nullable.
    pub outlook_for_mac: rt::Field<i64>,
    /// CSDL: property `outlookForMobile`: `Edm.Int64`, nullable.
    pub outlook_for_mobile: rt::Field<i64>,
    /// CSDL: property `outlookForWeb`: `Edm.Int64`, nullable.
    pub outlook_for_web: rt::Field<i64>,
    /// CSDL: property `outlookForWindows`: `Edm.Int64`, nullable.
    pub outlook_for_windows: rt::Field<i64>,
    /// CSDL: property `pop3App`: `Edm.Int64`, nullable.
    pub pop3_app: rt::Field<i64>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `smtpApp`: `Edm.Int64`, nullable.
    pub smtp_app: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for EmailAppUsageAppsUserCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            imap4_app: rt::Field::Absent,
            mail_for_mac: rt::Field::Absent,
            other_for_mobile: rt::Field::Absent,
            outlook_for_mac: rt::Field::Absent,
            outlook_for_mobile: rt::Field::Absent,
            outlook_for_web: rt::Field::Absent,
            outlook_for_windows: rt::Field::Absent,
            pop3_app: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            smtp_app: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for EmailAppUsageAppsUserCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.emailAppUsageAppsUserCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "imap4App",
        "mailForMac",
        "otherForMobile",
        "outlookForMac",
        "outlookForMobile",
        "outlookForWeb",
        "outlookForWindows",
        "pop3App",
        "reportPeriod",
        "reportRefreshDate",
        "smtpApp",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"imap4App\":                     ",
        ",\"mailForMac\":                   ",
        ",\"otherForMobile\":               ",
        ",\"outlookForMac\":                ",
        ",\"outlookForMobile\":             ",
        ",\"outlookForWeb\":                ",
        ",\"outlookForWindows\":            ",
        ",\"pop3App\":                      ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"smtpApp\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.emailAppUsageAppsUserCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "imap4_app", &self.imap4_app);
        v.field(2usize, "mail_for_mac", &self.mail_for_mac);
        v.field(3usize, "other_for_mobile", &self.other_for_mobile);
        v.field(4usize, "outlook_for_mac", &self.outlook_for_mac);
        v.field(5usize, "outlook_for_mobile", &self.outlook_for_mobile);
        v.field(6usize, "outlook_for_web", &self.outlook_for_web);
        v.field(7usize, "outlook_for_windows", &self.outlook_for_windows);
        v.field(8usize, "pop3_app", &self.pop3_app);
        v.field(9usize, "report_period", &self.report_period);
        v.field(10usize, "report_refresh_date", &self.report_refresh_date);
        v.field(11usize, "smtp_app", &self.smtp_app);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for EmailAppUsageAppsUserCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.imap4_app.read_from(r),
            2usize => self.mail_for_mac.read_from(r),
            3usize => self.other_for_mobile.read_from(r),
            4usize => self.outlook_for_mac.read_from(r),
            5usize => self.outlook_for_mobile.read_from(r),
            6usize => self.outlook_for_web.read_from(r),
            7usize => self.outlook_for_windows.read_from(r),
            8usize => self.pop3_app.read_from(r),
            9usize => self.report_period.read_from(r),
            10usize => self.report_refresh_date.read_from(r),
            11usize => self.smtp_app.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.imap4_app);
        w.field(2usize, &self.mail_for_mac);
        w.field(3usize, &self.other_for_mobile);
        w.field(4usize, &self.outlook_for_mac);
        w.field(5usize, &self.outlook_for_mobile);
        w.field(6usize, &self.outlook_for_web);
        w.field(7usize, &self.outlook_for_windows);
        w.field(8usize, &self.pop3_app);
        w.field(9usize, &self.report_period);
        w.field(10usize, &self.report_refresh_date);
        w.field(11usize, &self.smtp_app);
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
rt::impl_object!(EmailAppUsageAppsUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    EmailAppUsageAppsUserCounts { with_id id : ::std::string::String; with_imap4_app
    imap4_app : i64; with_mail_for_mac mail_for_mac : i64; with_other_for_mobile
    other_for_mobile : i64; with_outlook_for_mac outlook_for_mac : i64;
    with_outlook_for_mobile outlook_for_mobile : i64; with_outlook_for_web
    outlook_for_web : i64; with_outlook_for_windows outlook_for_windows : i64;
    with_pop3_app pop3_app : i64; with_report_period report_period :
    ::std::string::String; with_report_refresh_date report_refresh_date : rt::edm::Date;
    with_smtp_app smtp_app : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmailAppUsageAppsUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.emailAppUsageUserCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct EmailAppUsageUserCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `imap4App`: `Edm.Int64`, nullable.
    pub imap4_app: rt::Field<i64>,
    /// CSDL: property `mailForMac`: `Edm.Int64`, nullable.
    pub mail_for_mac: rt::Field<i64>,
    /// CSDL: property `otherForMobile`: `Edm.Int64`, nullable.
    pub other_for_mobile: rt::Field<i64>,
    /// CSDL: property `outlookForMac`: `Edm.Int64`, nullable.
    pub outlook_for_mac: rt::Field<i64>,
    /// CSDL: property `outlookForMobile`: `Edm.Int64`, nullable.
    pub outlook_for_mobile: rt::Field<i64>,
    /// CSDL: property `outlookForWeb`: `Edm.Int64`, nullable.
    pub outlook_for_web: rt::Field<i64>,
    /// CSDL: property `outlookForWindows`: `Edm.Int64`, nullable.
    pub outlook_for_windows: rt::Field<i64>,
    /// CSDL: property `pop3App`: `Edm.Int64`, nullable.
    pub pop3_app: rt::Field<i64>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `smtpApp`: `Edm.Int64`, nullable.
    pub smtp_app: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for EmailAppUsageUserCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            imap4_app: rt::Field::Absent,
            mail_for_mac: rt::Field::Absent,
            other_for_mobile: rt::Field::Absent,
            outlook_for_mac: rt::Field::Absent,
            outlook_for_mobile: rt::Field::Absent,
            outlook_for_web: rt::Field::Absent,
            outlook_for_windows: rt::Field::Absent,
            pop3_app: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            smtp_app: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for EmailAppUsageUserCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.emailAppUsageUserCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "imap4App",
        "mailForMac",
        "otherForMobile",
        "outlookForMac",
        "outlookForMobile",
        "outlookForWeb",
        "outlookForWindows",
        "pop3App",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "smtpApp",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"imap4App\":                     ",
        ",\"mailForMac\":                   ",
        ",\"otherForMobile\":               ",
        ",\"outlookForMac\":                ",
        ",\"outlookForMobile\":             ",
        ",\"outlookForWeb\":                ",
        ",\"outlookForWindows\":            ",
        ",\"pop3App\":                      ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"smtpApp\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.emailAppUsageUserCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "imap4_app", &self.imap4_app);
        v.field(2usize, "mail_for_mac", &self.mail_for_mac);
        v.field(3usize, "other_for_mobile", &self.other_for_mobile);
        v.field(4usize, "outlook_for_mac", &self.outlook_for_mac);
        v.field(5usize, "outlook_for_mobile", &self.outlook_for_mobile);
        v.field(6usize, "outlook_for_web", &self.outlook_for_web);
        v.field(7usize, "outlook_for_windows", &self.outlook_for_windows);
        v.field(8usize, "pop3_app", &self.pop3_app);
        v.field(9usize, "report_date", &self.report_date);
        v.field(10usize, "report_period", &self.report_period);
        v.field(11usize, "report_refresh_date", &self.report_refresh_date);
        v.field(12usize, "smtp_app", &self.smtp_app);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for EmailAppUsageUserCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.imap4_app.read_from(r),
            2usize => self.mail_for_mac.read_from(r),
            3usize => self.other_for_mobile.read_from(r),
            4usize => self.outlook_for_mac.read_from(r),
            5usize => self.outlook_for_mobile.read_from(r),
            6usize => self.outlook_for_web.read_from(r),
            7usize => self.outlook_for_windows.read_from(r),
            8usize => self.pop3_app.read_from(r),
            9usize => self.report_date.read_from(r),
            10usize => self.report_period.read_from(r),
            11usize => self.report_refresh_date.read_from(r),
            12usize => self.smtp_app.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.imap4_app);
        w.field(2usize, &self.mail_for_mac);
        w.field(3usize, &self.other_for_mobile);
        w.field(4usize, &self.outlook_for_mac);
        w.field(5usize, &self.outlook_for_mobile);
        w.field(6usize, &self.outlook_for_web);
        w.field(7usize, &self.outlook_for_windows);
        w.field(8usize, &self.pop3_app);
        w.field(9usize, &self.report_date);
        w.field(10usize, &self.report_period);
        w.field(11usize, &self.report_refresh_date);
        w.field(12usize, &self.smtp_app);
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
rt::impl_object!(EmailAppUsageUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    EmailAppUsageUserCounts { with_id id : ::std::string::String; with_imap4_app
    imap4_app : i64; with_mail_for_mac mail_for_mac : i64; with_other_for_mobile
    other_for_mobile : i64; with_outlook_for_mac outlook_for_mac : i64;
    with_outlook_for_mobile outlook_for_mobile : i64; with_outlook_for_web
    outlook_for_web : i64; with_outlook_for_windows outlook_for_windows : i64;
    with_pop3_app pop3_app : i64; with_report_date report_date : rt::edm::Date;
    with_report_period report_period : ::std::string::String; with_report_refresh_date
    report_refresh_date : rt::edm::Date; with_smtp_app smtp_app : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmailAppUsageUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.emailAppUsageUserDetail`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct EmailAppUsageUserDetail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDate`: `Edm.Date`, nullable.
    pub deleted_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `imap4App`: `Collection(Edm.String)`, nullable.
    pub imap4_app: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isDeleted`: `Edm.Boolean`, nullable.
    pub is_deleted: rt::Field<bool>,
    /// CSDL: property `lastActivityDate`: `Edm.Date`, nullable.
    pub last_activity_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `mailForMac`: `Collection(Edm.String)`, nullable.
    pub mail_for_mac: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `otherForMobile`: `Collection(Edm.String)`, nullable.
    pub other_for_mobile: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `outlookForMac`: `Collection(Edm.String)`, nullable.
    pub outlook_for_mac: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `outlookForMobile`: `Collection(Edm.String)`, nullable.
    pub outlook_for_mobile: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `outlookForWeb`: `Collection(Edm.String)`, nullable.
    pub outlook_for_web: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `outlookForWindows`: `Collection(Edm.String)`, nullable.
    pub outlook_for_windows: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `pop3App`: `Collection(Edm.String)`, nullable.
    pub pop3_app: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `smtpApp`: `Collection(Edm.String)`, nullable.
    pub smtp_app: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for EmailAppUsageUserDetail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date: rt::Field::Absent,
            display_name: rt::Field::Absent,
            imap4_app: rt::Field::Absent,
            is_deleted: rt::Field::Absent,
            last_activity_date: rt::Field::Absent,
            mail_for_mac: rt::Field::Absent,
            other_for_mobile: rt::Field::Absent,
            outlook_for_mac: rt::Field::Absent,
            outlook_for_mobile: rt::Field::Absent,
            outlook_for_web: rt::Field::Absent,
            outlook_for_windows: rt::Field::Absent,
            pop3_app: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            smtp_app: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for EmailAppUsageUserDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.emailAppUsageUserDetail";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDate",
        "displayName",
        "imap4App",
        "isDeleted",
        "lastActivityDate",
        "mailForMac",
        "otherForMobile",
        "outlookForMac",
        "outlookForMobile",
        "outlookForWeb",
        "outlookForWindows",
        "pop3App",
        "reportPeriod",
        "reportRefreshDate",
        "smtpApp",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDate\":                  ",
        ",\"displayName\":                  ",
        ",\"imap4App\":                     ",
        ",\"isDeleted\":                    ",
        ",\"lastActivityDate\":             ",
        ",\"mailForMac\":                   ",
        ",\"otherForMobile\":               ",
        ",\"outlookForMac\":                ",
        ",\"outlookForMobile\":             ",
        ",\"outlookForWeb\":                ",
        ",\"outlookForWindows\":            ",
        ",\"pop3App\":                      ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"smtpApp\":                      ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.emailAppUsageUserDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date", &self.deleted_date);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "imap4_app", &self.imap4_app);
        v.field(4usize, "is_deleted", &self.is_deleted);
        v.field(5usize, "last_activity_date", &self.last_activity_date);
        v.field(6usize, "mail_for_mac", &self.mail_for_mac);
        v.field(7usize, "other_for_mobile", &self.other_for_mobile);
        v.field(8usize, "outlook_for_mac", &self.outlook_for_mac);
        v.field(9usize, "outlook_for_mobile", &self.outlook_for_mobile);
        v.field(10usize, "outlook_for_web", &self.outlook_for_web);
        v.field(11usize, "outlook_for_windows", &self.outlook_for_windows);
        v.field(12usize, "pop3_app", &self.pop3_app);
        v.field(13usize, "report_period", &self.report_period);
        v.field(14usize, "report_refresh_date", &self.report_refresh_date);
        v.field(15usize, "smtp_app", &self.smtp_app);
        v.field(16usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for EmailAppUsageUserDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.imap4_app.read_from(r),
            4usize => self.is_deleted.read_from(r),
            5usize => self.last_activity_date.read_from(r),
            6usize => self.mail_for_mac.read_from(r),
            7usize => self.other_for_mobile.read_from(r),
            8usize => self.outlook_for_mac.read_from(r),
            9usize => self.outlook_for_mobile.read_from(r),
            10usize => self.outlook_for_web.read_from(r),
            11usize => self.outlook_for_windows.read_from(r),
            12usize => self.pop3_app.read_from(r),
            13usize => self.report_period.read_from(r),
            14usize => self.report_refresh_date.read_from(r),
            15usize => self.smtp_app.read_from(r),
            16usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.imap4_app);
        w.field(4usize, &self.is_deleted);
        w.field(5usize, &self.last_activity_date);
        w.field(6usize, &self.mail_for_mac);
        w.field(7usize, &self.other_for_mobile);
        w.field(8usize, &self.outlook_for_mac);
        w.field(9usize, &self.outlook_for_mobile);
        w.field(10usize, &self.outlook_for_web);
        w.field(11usize, &self.outlook_for_windows);
        w.field(12usize, &self.pop3_app);
        w.field(13usize, &self.report_period);
        w.field(14usize, &self.report_refresh_date);
        w.field(15usize, &self.smtp_app);
        w.field(16usize, &self.user_principal_name);
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
rt::impl_object!(EmailAppUsageUserDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    EmailAppUsageUserDetail { with_id id : ::std::string::String; with_deleted_date
    deleted_date : rt::edm::Date; with_display_name display_name : ::std::string::String;
    with_imap4_app imap4_app : ::std::vec::Vec < ::std::string::String >; with_is_deleted
    is_deleted : bool; with_last_activity_date last_activity_date : rt::edm::Date;
    with_mail_for_mac mail_for_mac : ::std::vec::Vec < ::std::string::String >;
    with_other_for_mobile other_for_mobile : ::std::vec::Vec < ::std::string::String >;
    with_outlook_for_mac outlook_for_mac : ::std::vec::Vec < ::std::string::String >;
    with_outlook_for_mobile outlook_for_mobile : ::std::vec::Vec < ::std::string::String
    >; with_outlook_for_web outlook_for_web : ::std::vec::Vec < ::std::string::String >;
    with_outlook_for_windows outlook_for_windows : ::std::vec::Vec <
    ::std::string::String >; with_pop3_app pop3_app : ::std::vec::Vec <
    ::std::string::String >; with_report_period report_period : ::std::string::String;
    with_report_refresh_date report_refresh_date : rt::edm::Date; with_smtp_app smtp_app
    : ::std::vec::Vec < ::std::string::String >; with_user_principal_name
    user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmailAppUsageUserDetail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.emailAuthenticationMethod`, entity type, derived from `microsoft.graph.authenticationMethod`, key `id`.
///
/// Request builders: [`AuthenticationMethodPath`](requests/trait.AuthenticationMethodPath.html), what a path to one (`EntityPath<EmailAuthenticationMethod, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EmailAuthenticationMethod {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `emailAddress`: `Edm.String`, nullable.
    pub email_address: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for EmailAuthenticationMethod {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            email_address: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for EmailAuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.emailAuthenticationMethod";
    const KEYS: &'static [&'static str] = &["id", "emailAddress"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"emailAddress\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.emailAuthenticationMethod\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "email_address", &self.email_address);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for EmailAuthenticationMethod {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.email_address.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.email_address);
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
rt::impl_object!(EmailAuthenticationMethod);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    EmailAuthenticationMethod { with_id id : ::std::string::String; with_email_address
    email_address : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmailAuthenticationMethod);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.emailAuthenticationMethodConfiguration`, entity type, derived from `microsoft.graph.authenticationMethodConfiguration`, key `id`.
///
/// Request builders: [`EmailAuthenticationMethodConfigurationPath`](requests/trait.EmailAuthenticationMethodConfigurationPath.html), what a path to one (`EntityPath<EmailAuthenticationMethodConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-authentication-method-configurations`, `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct EmailAuthenticationMethodConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `microsoft.graph.authenticationMethodState`, nullable.
    pub state: rt::Field<crate::beta::AuthenticationMethodState>,
    /// CSDL: property `allowExternalIdToUseEmailOtp`: `microsoft.graph.externalEmailOtpState`, nullable.
    pub allow_external_id_to_use_email_otp: rt::Field<
        crate::beta::ExternalEmailOtpState,
    >,
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
impl ::std::default::Default for EmailAuthenticationMethodConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            state: rt::Field::Absent,
            allow_external_id_to_use_email_otp: rt::Field::Absent,
            include_targets: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for EmailAuthenticationMethodConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.emailAuthenticationMethodConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "state",
        "allowExternalIdToUseEmailOtp",
        "includeTargets",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"state\":                        ",
        ",\"allowExternalIdToUseEmailOtp\": ",
        ",\"includeTargets\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.emailAuthenticationMethodConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "state", &self.state);
        v.field(
            2usize,
            "allow_external_id_to_use_email_otp",
            &self.allow_external_id_to_use_email_otp,
        );
        v.field(3usize, "include_targets", &self.include_targets);
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for EmailAuthenticationMethodConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.state.read_from(r),
            2usize => self.allow_external_id_to_use_email_otp.read_from(r),
            3usize => self.include_targets.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.state);
        w.field(2usize, &self.allow_external_id_to_use_email_otp);
        w.field(3usize, &self.include_targets);
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
rt::impl_object!(EmailAuthenticationMethodConfiguration);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    EmailAuthenticationMethodConfiguration { with_id id : ::std::string::String;
    with_state state : crate ::beta::AuthenticationMethodState;
    with_allow_external_id_to_use_email_otp allow_external_id_to_use_email_otp : crate
    ::beta::ExternalEmailOtpState; with_include_targets include_targets : ::std::vec::Vec
    < crate ::beta::AnyAuthenticationMethodTarget >; }
);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmailAuthenticationMethodConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.emailCertificateType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EmailCertificateType {
    /// `none` (value 0).
    None,
    /// `certificate` (value 1).
    Certificate,
    /// `derivedCredential` (value 2).
    DerivedCredential,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for EmailCertificateType {
    const TYPE_NAME: &'static str = "microsoft.graph.emailCertificateType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "certificate",
        "derivedCredential",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "certificate" => Self::Certificate,
                "derivedCredential" => Self::DerivedCredential,
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
            Self::Certificate => "certificate",
            Self::DerivedCredential => "derivedCredential",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(EmailCertificateType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmailCertificateType);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.emailRole`, enum type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EmailRole {
    /// `unknown` (value 0).
    Unknown,
    /// `sender` (value 1).
    Sender,
    /// `recipient` (value 2).
    Recipient,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::StrEnum for EmailRole {
    const TYPE_NAME: &'static str = "microsoft.graph.emailRole";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "sender",
        "recipient",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "sender" => Self::Sender,
                "recipient" => Self::Recipient,
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
            Self::Sender => "sender",
            Self::Recipient => "recipient",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_enum!(EmailRole);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmailRole);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.emailSyncSchedule`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EmailSyncSchedule {
    /// `userDefined` (value 0).
    UserDefined,
    /// `asMessagesArrive` (value 1).
    AsMessagesArrive,
    /// `manual` (value 2).
    Manual,
    /// `fifteenMinutes` (value 3).
    FifteenMinutes,
    /// `thirtyMinutes` (value 4).
    ThirtyMinutes,
    /// `sixtyMinutes` (value 5).
    SixtyMinutes,
    /// `basedOnMyUsage` (value 6).
    BasedOnMyUsage,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for EmailSyncSchedule {
    const TYPE_NAME: &'static str = "microsoft.graph.emailSyncSchedule";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "asMessagesArrive",
        "manual",
        "fifteenMinutes",
        "thirtyMinutes",
        "sixtyMinutes",
        "basedOnMyUsage",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "asMessagesArrive" => Self::AsMessagesArrive,
                "manual" => Self::Manual,
                "fifteenMinutes" => Self::FifteenMinutes,
                "thirtyMinutes" => Self::ThirtyMinutes,
                "sixtyMinutes" => Self::SixtyMinutes,
                "basedOnMyUsage" => Self::BasedOnMyUsage,
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
            Self::AsMessagesArrive => "asMessagesArrive",
            Self::Manual => "manual",
            Self::FifteenMinutes => "fifteenMinutes",
            Self::ThirtyMinutes => "thirtyMinutes",
            Self::SixtyMinutes => "sixtyMinutes",
            Self::BasedOnMyUsage => "basedOnMyUsage",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(EmailSyncSchedule);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmailSyncSchedule);
#[cfg(msgraph_beta_device_management_or_search)]
/// The embedded SIM activation code as provided by the mobile operator.
///
/// CSDL: `microsoft.graph.embeddedSIMActivationCode`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct EmbeddedSimActivationCode {
    /// The Integrated Circuit Card Identifier (ICCID) for this embedded SIM activation code as provided by the mobile operator.
    ///
    /// The input must match the following regular expression: '^[0-9]{19}[0-9]?$'.
    ///
    /// CSDL: property `integratedCircuitCardIdentifier`: `Edm.String`, not nullable.
    pub integrated_circuit_card_identifier: rt::Field<::std::string::String>,
    /// The MatchingIdentifier (MatchingID) as specified in the GSMA Association SGP.22 RSP Technical Specification section 4.1.
    ///
    /// The input must match the following regular expression: '^[a-zA-Z0-9\-]*$'.
    ///
    /// CSDL: property `matchingIdentifier`: `Edm.String`, not nullable.
    pub matching_identifier: rt::Field<::std::string::String>,
    /// The fully qualified domain name of the SM-DP+ server as specified in the GSM Association SPG .22 RSP Technical Specification.
    ///
    /// The input must match the following regular expression: '^([a-zA-Z0-9]+(-[a-zA-Z0-9]+)*\.)+[a-zA-Z]{2,}$'.
    ///
    /// CSDL: property `smdpPlusServerAddress`: `Edm.String`, not nullable.
    pub smdp_plus_server_address: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for EmbeddedSimActivationCode {
    #[inline]
    fn default() -> Self {
        Self {
            integrated_circuit_card_identifier: rt::Field::Absent,
            matching_identifier: rt::Field::Absent,
            smdp_plus_server_address: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for EmbeddedSimActivationCode {
    const TYPE_NAME: &'static str = "microsoft.graph.embeddedSIMActivationCode";
    const KEYS: &'static [&'static str] = &[
        "integratedCircuitCardIdentifier",
        "matchingIdentifier",
        "smdpPlusServerAddress",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"integratedCircuitCardIdentifier\":",
        ",\"matchingIdentifier\":           ",
        ",\"smdpPlusServerAddress\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.embeddedSIMActivationCode\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "integrated_circuit_card_identifier",
            &self.integrated_circuit_card_identifier,
        );
        v.field(1usize, "matching_identifier", &self.matching_identifier);
        v.field(2usize, "smdp_plus_server_address", &self.smdp_plus_server_address);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for EmbeddedSimActivationCode {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.integrated_circuit_card_identifier.read_from(r),
            1usize => self.matching_identifier.read_from(r),
            2usize => self.smdp_plus_server_address.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.integrated_circuit_card_identifier);
        w.field(1usize, &self.matching_identifier);
        w.field(2usize, &self.smdp_plus_server_address);
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
rt::impl_object!(EmbeddedSimActivationCode);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    EmbeddedSimActivationCode { with_integrated_circuit_card_identifier
    integrated_circuit_card_identifier : ::std::string::String; with_matching_identifier
    matching_identifier : ::std::string::String; with_smdp_plus_server_address
    smdp_plus_server_address : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmbeddedSimActivationCode);
#[cfg(msgraph_beta_device_management_or_search)]
/// A pool represents a group of embedded SIM activation codes.
///
/// CSDL: `microsoft.graph.embeddedSIMActivationCodePool`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EmbeddedSimActivationCodePoolPath`](requests/trait.EmbeddedSimActivationCodePoolPath.html), what a path to one (`EntityPath<EmbeddedSimActivationCodePool, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct EmbeddedSimActivationCodePool {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The total count of activation codes which belong to this pool.
    ///
    /// CSDL: property `activationCodeCount`: `Edm.Int32`, not nullable.
    pub activation_code_count: rt::Field<i32>,
    /// The activation codes which belong to this pool. This navigation property is used to post activation codes to Intune but cannot be used to read activation codes from Intune.
    ///
    /// CSDL: property `activationCodes`: `Collection(microsoft.graph.embeddedSIMActivationCode)`, not nullable.
    pub activation_codes: rt::Field<
        ::std::vec::Vec<crate::beta::EmbeddedSimActivationCode>,
    >,
    /// The time the embedded SIM activation code pool was created. Generated service side.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The admin defined name of the embedded SIM activation code pool.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The time the embedded SIM activation code pool was last modified. Updated service side.
    ///
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Navigational property to a list of targets to which this pool is assigned.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.embeddedSIMActivationCodePoolAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::EmbeddedSimActivationCodePoolAssignment>,
    >,
    /// Navigational property to a list of device states for this pool.
    ///
    /// CSDL: containment navigation property `deviceStates`: `Collection(microsoft.graph.embeddedSIMDeviceState)`, not nullable.
    pub device_states: rt::Field<::std::vec::Vec<crate::beta::EmbeddedSimDeviceState>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for EmbeddedSimActivationCodePool {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activation_code_count: rt::Field::Absent,
            activation_codes: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for EmbeddedSimActivationCodePool {
    const TYPE_NAME: &'static str = "microsoft.graph.embeddedSIMActivationCodePool";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activationCodeCount",
        "activationCodes",
        "createdDateTime",
        "displayName",
        "modifiedDateTime",
        "assignments",
        "deviceStates",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activationCodeCount\":          ",
        ",\"activationCodes\":              ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"modifiedDateTime\":             ",
        ",\"assignments\":                  ",
        ",\"deviceStates\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.embeddedSIMActivationCodePool\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "activation_code_count", &self.activation_code_count);
        v.field(2usize, "activation_codes", &self.activation_codes);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "modified_date_time", &self.modified_date_time);
        v.field(6usize, "assignments", &self.assignments);
        v.field(7usize, "device_states", &self.device_states);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for EmbeddedSimActivationCodePool {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activation_code_count.read_from(r),
            2usize => self.activation_codes.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.modified_date_time.read_from(r),
            6usize => self.assignments.read_from(r),
            7usize => self.device_states.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activation_code_count);
        w.field(2usize, &self.activation_codes);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.modified_date_time);
        w.field(6usize, &self.assignments);
        w.field(7usize, &self.device_states);
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
rt::impl_object!(EmbeddedSimActivationCodePool);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    EmbeddedSimActivationCodePool { with_id id : ::std::string::String;
    with_activation_code_count activation_code_count : i32; with_activation_codes
    activation_codes : ::std::vec::Vec < crate ::beta::EmbeddedSimActivationCode >;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_modified_date_time modified_date_time :
    rt::edm::DateTimeOffset; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::EmbeddedSimActivationCodePoolAssignment >; with_device_states device_states :
    ::std::vec::Vec < crate ::beta::EmbeddedSimDeviceState >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmbeddedSimActivationCodePool);
#[cfg(msgraph_beta_device_management_or_search)]
/// The embedded SIM activation code pool assignment entity assigns a specific embeddedSIMActivationCodePool to an AAD device group.
///
/// CSDL: `microsoft.graph.embeddedSIMActivationCodePoolAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EmbeddedSimActivationCodePoolAssignmentPath`](requests/trait.EmbeddedSimActivationCodePoolAssignmentPath.html), what a path to one (`EntityPath<EmbeddedSimActivationCodePoolAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct EmbeddedSimActivationCodePoolAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The type of groups targeted by the embedded SIM activation code pool.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, not nullable.
    pub target: rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for EmbeddedSimActivationCodePoolAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for EmbeddedSimActivationCodePoolAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.embeddedSIMActivationCodePoolAssignment";
    const KEYS: &'static [&'static str] = &["id", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.embeddedSIMActivationCodePoolAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for EmbeddedSimActivationCodePoolAssignment {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(EmbeddedSimActivationCodePoolAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    EmbeddedSimActivationCodePoolAssignment { with_id id : ::std::string::String;
    with_target target : crate ::beta::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmbeddedSimActivationCodePoolAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
/// Describes the embedded SIM activation code deployment state in relation to a device.
///
/// CSDL: `microsoft.graph.embeddedSIMDeviceState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct EmbeddedSimDeviceState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The time the embedded SIM device status was created. Generated service side.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Device name to which the subscription was provisioned e.g. DESKTOP-JOE
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// The time the embedded SIM device last checked in. Updated service side.
    ///
    /// CSDL: property `lastSyncDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The time the embedded SIM device status was last modified. Updated service side.
    ///
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The state of the profile operation applied to the device.
    ///
    /// CSDL: property `state`: `microsoft.graph.embeddedSIMDeviceStateValue`, not nullable.
    pub state: rt::Field<crate::beta::EmbeddedSimDeviceStateValue>,
    /// String description of the provisioning state.
    ///
    /// CSDL: property `stateDetails`: `Edm.String`, nullable.
    pub state_details: rt::Field<::std::string::String>,
    /// The Universal Integrated Circuit Card Identifier (UICCID) identifying the hardware onto which a profile is to be deployed.
    ///
    /// CSDL: property `universalIntegratedCircuitCardIdentifier`: `Edm.String`, nullable.
    pub universal_integrated_circuit_card_identifier: rt::Field<::std::string::String>,
    /// Username which the subscription was provisioned to e.g. joe@contoso.com
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for EmbeddedSimDeviceState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            device_name: rt::Field::Absent,
            last_sync_date_time: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            state: rt::Field::Absent,
            state_details: rt::Field::Absent,
            universal_integrated_circuit_card_identifier: rt::Field::Absent,
            user_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for EmbeddedSimDeviceState {
    const TYPE_NAME: &'static str = "microsoft.graph.embeddedSIMDeviceState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "deviceName",
        "lastSyncDateTime",
        "modifiedDateTime",
        "state",
        "stateDetails",
        "universalIntegratedCircuitCardIdentifier",
        "userName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"deviceName\":                   ",
        ",\"lastSyncDateTime\":             ",
        ",\"modifiedDateTime\":             ",
        ",\"state\":                        ",
        ",\"stateDetails\":                 ",
        ",\"universalIntegratedCircuitCardIdentifier\":",
        ",\"userName\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.embeddedSIMDeviceState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "device_name", &self.device_name);
        v.field(3usize, "last_sync_date_time", &self.last_sync_date_time);
        v.field(4usize, "modified_date_time", &self.modified_date_time);
        v.field(5usize, "state", &self.state);
        v.field(6usize, "state_details", &self.state_details);
        v.field(
            7usize,
            "universal_integrated_circuit_card_identifier",
            &self.universal_integrated_circuit_card_identifier,
        );
        v.field(8usize, "user_name", &self.user_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for EmbeddedSimDeviceState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.device_name.read_from(r),
            3usize => self.last_sync_date_time.read_from(r),
            4usize => self.modified_date_time.read_from(r),
            5usize => self.state.read_from(r),
            6usize => self.state_details.read_from(r),
            7usize => self.universal_integrated_circuit_card_identifier.read_from(r),
            8usize => self.user_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.device_name);
        w.field(3usize, &self.last_sync_date_time);
        w.field(4usize, &self.modified_date_time);
        w.field(5usize, &self.state);
        w.field(6usize, &self.state_details);
        w.field(7usize, &self.universal_integrated_circuit_card_identifier);
        w.field(8usize, &self.user_name);
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
rt::impl_object!(EmbeddedSimDeviceState);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    EmbeddedSimDeviceState { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_device_name device_name :
    ::std::string::String; with_last_sync_date_time last_sync_date_time :
    rt::edm::DateTimeOffset; with_modified_date_time modified_date_time :
    rt::edm::DateTimeOffset; with_state state : crate
    ::beta::EmbeddedSimDeviceStateValue; with_state_details state_details :
    ::std::string::String; with_universal_integrated_circuit_card_identifier
    universal_integrated_circuit_card_identifier : ::std::string::String; with_user_name
    user_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmbeddedSimDeviceState);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.embeddedSIMDeviceStateValue`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EmbeddedSimDeviceStateValue {
    /// `notEvaluated` (value 0).
    NotEvaluated,
    /// `failed` (value 1).
    Failed,
    /// `installing` (value 2).
    Installing,
    /// `installed` (value 3).
    Installed,
    /// `deleting` (value 4).
    Deleting,
    /// `error` (value 5).
    Error,
    /// `deleted` (value 6).
    Deleted,
    /// `removedByUser` (value 7).
    RemovedByUser,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for EmbeddedSimDeviceStateValue {
    const TYPE_NAME: &'static str = "microsoft.graph.embeddedSIMDeviceStateValue";
    const MEMBERS: &'static [&'static str] = &[
        "notEvaluated",
        "failed",
        "installing",
        "installed",
        "deleting",
        "error",
        "deleted",
        "removedByUser",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notEvaluated" => Self::NotEvaluated,
                "failed" => Self::Failed,
                "installing" => Self::Installing,
                "installed" => Self::Installed,
                "deleting" => Self::Deleting,
                "error" => Self::Error,
                "deleted" => Self::Deleted,
                "removedByUser" => Self::RemovedByUser,
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
            Self::NotEvaluated => "notEvaluated",
            Self::Failed => "failed",
            Self::Installing => "installing",
            Self::Installed => "installed",
            Self::Deleting => "deleting",
            Self::Error => "error",
            Self::Deleted => "deleted",
            Self::RemovedByUser => "removedByUser",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(EmbeddedSimDeviceStateValue);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmbeddedSimDeviceStateValue);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.employee`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EmployeePath`](requests/trait.EmployeePath.html), what a path to one (`EntityPath<Employee, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct Employee {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `address`: `microsoft.graph.postalAddressType`, nullable.
    pub address: rt::Field<crate::beta::PostalAddressType>,
    /// CSDL: property `birthDate`: `Edm.Date`, nullable.
    pub birth_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `employmentDate`: `Edm.Date`, nullable.
    pub employment_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `givenName`: `Edm.String`, nullable.
    pub given_name: rt::Field<::std::string::String>,
    /// CSDL: property `jobTitle`: `Edm.String`, nullable.
    pub job_title: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `middleName`: `Edm.String`, nullable.
    pub middle_name: rt::Field<::std::string::String>,
    /// CSDL: property `mobilePhone`: `Edm.String`, nullable.
    pub mobile_phone: rt::Field<::std::string::String>,
    /// CSDL: property `number`: `Edm.String`, nullable.
    pub number: rt::Field<::std::string::String>,
    /// CSDL: property `personalEmail`: `Edm.String`, nullable.
    pub personal_email: rt::Field<::std::string::String>,
    /// CSDL: property `phoneNumber`: `Edm.String`, nullable.
    pub phone_number: rt::Field<::std::string::String>,
    /// CSDL: property `statisticsGroupCode`: `Edm.String`, nullable.
    pub statistics_group_code: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `surname`: `Edm.String`, nullable.
    pub surname: rt::Field<::std::string::String>,
    /// CSDL: property `terminationDate`: `Edm.Date`, nullable.
    pub termination_date: rt::Field<rt::edm::Date>,
    /// CSDL: containment navigation property `picture`: `Collection(microsoft.graph.picture)`, not nullable.
    pub picture: rt::Field<::std::vec::Vec<crate::beta::Picture>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for Employee {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            address: rt::Field::Absent,
            birth_date: rt::Field::Absent,
            display_name: rt::Field::Absent,
            email: rt::Field::Absent,
            employment_date: rt::Field::Absent,
            given_name: rt::Field::Absent,
            job_title: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            middle_name: rt::Field::Absent,
            mobile_phone: rt::Field::Absent,
            number: rt::Field::Absent,
            personal_email: rt::Field::Absent,
            phone_number: rt::Field::Absent,
            statistics_group_code: rt::Field::Absent,
            status: rt::Field::Absent,
            surname: rt::Field::Absent,
            termination_date: rt::Field::Absent,
            picture: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for Employee {
    const TYPE_NAME: &'static str = "microsoft.graph.employee";
    const KEYS: &'static [&'static str] = &[
        "id",
        "address",
        "birthDate",
        "displayName",
        "email",
        "employmentDate",
        "givenName",
        "jobTitle",
        "lastModifiedDateTime",
        "middleName",
        "mobilePhone",
        "number",
        "personalEmail",
        "phoneNumber",
        "statisticsGroupCode",
        "status",
        "surname",
        "terminationDate",
        "picture",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"address\":                      ",
        ",\"birthDate\":                    ",
        ",\"displayName\":                  ",
        ",\"email\":                        ",
        ",\"employmentDate\":               ",
        ",\"givenName\":                    ",
        ",\"jobTitle\":                     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"middleName\":                   ",
        ",\"mobilePhone\":                  ",
        ",\"number\":                       ",
        ",\"personalEmail\":                ",
        ",\"phoneNumber\":                  ",
        ",\"statisticsGroupCode\":          ",
        ",\"status\":                       ",
        ",\"surname\":                      ",
        ",\"terminationDate\":              ",
        ",\"picture\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.employee\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "address", &self.address);
        v.field(2usize, "birth_date", &self.birth_date);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "email", &self.email);
        v.field(5usize, "employment_date", &self.employment_date);
        v.field(6usize, "given_name", &self.given_name);
        v.field(7usize, "job_title", &self.job_title);
        v.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(9usize, "middle_name", &self.middle_name);
        v.field(10usize, "mobile_phone", &self.mobile_phone);
        v.field(11usize, "number", &self.number);
        v.field(12usize, "personal_email", &self.personal_email);
        v.field(13usize, "phone_number", &self.phone_number);
        v.field(14usize, "statistics_group_code", &self.statistics_group_code);
        v.field(15usize, "status", &self.status);
        v.field(16usize, "surname", &self.surname);
        v.field(17usize, "termination_date", &self.termination_date);
        v.field(18usize, "picture", &self.picture);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for Employee {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.address.read_from(r),
            2usize => self.birth_date.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.email.read_from(r),
            5usize => self.employment_date.read_from(r),
            6usize => self.given_name.read_from(r),
            7usize => self.job_title.read_from(r),
            8usize => self.last_modified_date_time.read_from(r),
            9usize => self.middle_name.read_from(r),
            10usize => self.mobile_phone.read_from(r),
            11usize => self.number.read_from(r),
            12usize => self.personal_email.read_from(r),
            13usize => self.phone_number.read_from(r),
            14usize => self.statistics_group_code.read_from(r),
            15usize => self.status.read_from(r),
            16usize => self.surname.read_from(r),
            17usize => self.termination_date.read_from(r),
            18usize => self.picture.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.address);
        w.field(2usize, &self.birth_date);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.email);
        w.field(5usize, &self.employment_date);
        w.field(6usize, &self.given_name);
        w.field(7usize, &self.job_title);
        w.field(8usize, &self.last_modified_date_time);
        w.field(9usize, &self.middle_name);
        w.field(10usize, &self.mobile_phone);
        w.field(11usize, &self.number);
        w.field(12usize, &self.personal_email);
        w.field(13usize, &self.phone_number);
        w.field(14usize, &self.statistics_group_code);
        w.field(15usize, &self.status);
        w.field(16usize, &self.surname);
        w.field(17usize, &self.termination_date);
        w.field(18usize, &self.picture);
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
rt::impl_object!(Employee);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    Employee { with_id id : ::std::string::String; with_address address : crate
    ::beta::PostalAddressType; with_birth_date birth_date : rt::edm::Date;
    with_display_name display_name : ::std::string::String; with_email email :
    ::std::string::String; with_employment_date employment_date : rt::edm::Date;
    with_given_name given_name : ::std::string::String; with_job_title job_title :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_middle_name middle_name : ::std::string::String;
    with_mobile_phone mobile_phone : ::std::string::String; with_number number :
    ::std::string::String; with_personal_email personal_email : ::std::string::String;
    with_phone_number phone_number : ::std::string::String; with_statistics_group_code
    statistics_group_code : ::std::string::String; with_status status :
    ::std::string::String; with_surname surname : ::std::string::String;
    with_termination_date termination_date : rt::edm::Date; with_picture picture :
    ::std::vec::Vec < crate ::beta::Picture >; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Employee);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.employeeOrgData`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EmployeeOrgData {
    /// CSDL: property `costCenter`: `Edm.String`, nullable.
    pub cost_center: rt::Field<::std::string::String>,
    /// CSDL: property `division`: `Edm.String`, nullable.
    pub division: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for EmployeeOrgData {
    #[inline]
    fn default() -> Self {
        Self {
            cost_center: rt::Field::Absent,
            division: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for EmployeeOrgData {
    const TYPE_NAME: &'static str = "microsoft.graph.employeeOrgData";
    const KEYS: &'static [&'static str] = &["costCenter", "division"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"costCenter\":                   ",
        ",\"division\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.employeeOrgData\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cost_center", &self.cost_center);
        v.field(1usize, "division", &self.division);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for EmployeeOrgData {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cost_center.read_from(r),
            1usize => self.division.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cost_center);
        w.field(1usize, &self.division);
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
rt::impl_object!(EmployeeOrgData);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    EmployeeOrgData { with_cost_center cost_center : ::std::string::String; with_division
    division : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmployeeOrgData);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.endpointType`, enum type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EndpointType {
    /// `default` (value 0).
    Default,
    /// `voicemail` (value 1).
    Voicemail,
    /// `skypeForBusiness` (value 2).
    SkypeForBusiness,
    /// `skypeForBusinessVoipPhone` (value 3).
    SkypeForBusinessVoipPhone,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::StrEnum for EndpointType {
    const TYPE_NAME: &'static str = "microsoft.graph.endpointType";
    const MEMBERS: &'static [&'static str] = &[
        "default",
        "voicemail",
        "skypeForBusiness",
        "skypeForBusinessVoipPhone",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "default" => Self::Default,
                "voicemail" => Self::Voicemail,
                "skypeForBusiness" => Self::SkypeForBusiness,
                "skypeForBusinessVoipPhone" => Self::SkypeForBusinessVoipPhone,
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
            Self::Voicemail => "voicemail",
            Self::SkypeForBusiness => "skypeForBusiness",
            Self::SkypeForBusinessVoipPhone => "skypeForBusinessVoipPhone",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_enum!(EndpointType);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EndpointType);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.entityType`, enum type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EntityType {
    /// `event` (value 0).
    Event,
    /// `message` (value 1).
    Message,
    /// `driveItem` (value 2).
    DriveItem,
    /// `externalItem` (value 4).
    ExternalItem,
    /// `site` (value 5).
    Site,
    /// `list` (value 6).
    List,
    /// `listItem` (value 7).
    ListItem,
    /// `drive` (value 8).
    Drive,
    /// `unknownfuturevalue` (value 9).
    Unknownfuturevalue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search)]
impl rt::StrEnum for EntityType {
    const TYPE_NAME: &'static str = "microsoft.graph.entityType";
    const MEMBERS: &'static [&'static str] = &[
        "event",
        "message",
        "driveItem",
        "externalItem",
        "site",
        "list",
        "listItem",
        "drive",
        "unknownfuturevalue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "event" => Self::Event,
                "message" => Self::Message,
                "driveItem" => Self::DriveItem,
                "externalItem" => Self::ExternalItem,
                "site" => Self::Site,
                "list" => Self::List,
                "listItem" => Self::ListItem,
                "drive" => Self::Drive,
                "unknownfuturevalue" => Self::Unknownfuturevalue,
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
            Self::Event => "event",
            Self::Message => "message",
            Self::DriveItem => "driveItem",
            Self::ExternalItem => "externalItem",
            Self::Site => "site",
            Self::List => "list",
            Self::ListItem => "listItem",
            Self::Drive => "drive",
            Self::Unknownfuturevalue => "unknownfuturevalue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_enum!(EntityType);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EntityType);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.entrySyncOperation`, enum type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EntrySyncOperation {
    /// `None` (value 0).
    None,
    /// `Add` (value 1).
    Add,
    /// `Delete` (value 2).
    Delete,
    /// `Update` (value 3).
    Update,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_any_area)]
impl rt::StrEnum for EntrySyncOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.entrySyncOperation";
    const MEMBERS: &'static [&'static str] = &["None", "Add", "Delete", "Update"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "None" => Self::None,
                "Add" => Self::Add,
                "Delete" => Self::Delete,
                "Update" => Self::Update,
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
            Self::None => "None",
            Self::Add => "Add",
            Self::Delete => "Delete",
            Self::Update => "Update",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_any_area)]
rt::impl_enum!(EntrySyncOperation);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(EntrySyncOperation);
