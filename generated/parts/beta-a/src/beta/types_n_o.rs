//! Types of `microsoft.graph` by the first letters of their names (`n_o`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.namedLocation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct NamedLocation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::default::Default for NamedLocation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::Object for NamedLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.namedLocation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "modifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"modifiedDateTime\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.namedLocation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "modified_date_time", &self.modified_date_time);
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::object::Members for NamedLocation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.modified_date_time);
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
rt::impl_object!(NamedLocation);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    NamedLocation { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_display_name display_name :
    ::std::string::String; with_modified_date_time modified_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(NamedLocation);
#[cfg(msgraph_beta_identity_or_search)]
/// `microsoft.graph.namedLocation` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyNamedLocation {
    NamedLocation(::std::boxed::Box<crate::beta::NamedLocation>),
    CountryNamedLocation(::std::boxed::Box<crate::beta::CountryNamedLocation>),
    IpNamedLocation(::std::boxed::Box<crate::beta::IpNamedLocation>),
}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::default::Default for AnyNamedLocation {
    #[inline]
    fn default() -> Self {
        Self::NamedLocation(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::NamedLocation> for AnyNamedLocation {
    #[inline]
    fn from(v: crate::beta::NamedLocation) -> Self {
        Self::NamedLocation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CountryNamedLocation> for AnyNamedLocation {
    #[inline]
    fn from(v: crate::beta::CountryNamedLocation) -> Self {
        Self::CountryNamedLocation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IpNamedLocation> for AnyNamedLocation {
    #[inline]
    fn from(v: crate::beta::IpNamedLocation) -> Self {
        Self::IpNamedLocation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_or_search)]
unsafe impl ::std::marker::Send for AnyNamedLocation {}
#[cfg(msgraph_beta_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyNamedLocation {}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::marker::Unpin for AnyNamedLocation {}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyNamedLocation {}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyNamedLocation {}
#[cfg(msgraph_beta_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::NamedLocation>();
    rt::object::auto_traits::<crate::beta::CountryNamedLocation>();
    rt::object::auto_traits::<crate::beta::IpNamedLocation>();
};
#[cfg(msgraph_beta_identity_or_search)]
impl rt::Poly for AnyNamedLocation {
    const BASE_NAME: &'static str = "microsoft.graph.namedLocation";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.countryNamedLocation") => {
                Self::CountryNamedLocation(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.ipNamedLocation") => {
                Self::IpNamedLocation(rt::object::new_boxed())
            }
            _ => Self::NamedLocation(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::NamedLocation(v) => &**v,
            Self::CountryNamedLocation(v) => &**v,
            Self::IpNamedLocation(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::NamedLocation(v) => &mut **v,
            Self::CountryNamedLocation(v) => &mut **v,
            Self::IpNamedLocation(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl AnyNamedLocation {
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
            Self::NamedLocation(v) => &v.id,
            Self::CountryNamedLocation(v) => &v.id,
            Self::IpNamedLocation(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::NamedLocation(v) => &mut v.id,
            Self::CountryNamedLocation(v) => &mut v.id,
            Self::IpNamedLocation(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::NamedLocation(v) => &v.created_date_time,
            Self::CountryNamedLocation(v) => &v.created_date_time,
            Self::IpNamedLocation(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::NamedLocation(v) => &mut v.created_date_time,
            Self::CountryNamedLocation(v) => &mut v.created_date_time,
            Self::IpNamedLocation(v) => &mut v.created_date_time,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::NamedLocation(v) => &v.display_name,
            Self::CountryNamedLocation(v) => &v.display_name,
            Self::IpNamedLocation(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::NamedLocation(v) => &mut v.display_name,
            Self::CountryNamedLocation(v) => &mut v.display_name,
            Self::IpNamedLocation(v) => &mut v.display_name,
        }
    }
    /// `modifiedDateTime` of any variant.
    #[inline]
    pub fn modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::NamedLocation(v) => &v.modified_date_time,
            Self::CountryNamedLocation(v) => &v.modified_date_time,
            Self::IpNamedLocation(v) => &v.modified_date_time,
        }
    }
    /// `modifiedDateTime` of any variant.
    #[inline]
    pub fn modified_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::NamedLocation(v) => &mut v.modified_date_time,
            Self::CountryNamedLocation(v) => &mut v.modified_date_time,
            Self::IpNamedLocation(v) => &mut v.modified_date_time,
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_poly!(AnyNamedLocation);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyNamedLocation);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity which represents an OnPrem Ndes connector.
///
/// CSDL: `microsoft.graph.ndesConnector`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct NdesConnector {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The friendly name of the Ndes Connector.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last connection time for the Ndes Connector
    ///
    /// CSDL: property `lastConnectionDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_connection_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Ndes Connector Status
    ///
    /// CSDL: property `state`: `microsoft.graph.ndesConnectorState`, not nullable.
    pub state: rt::Field<crate::beta::NdesConnectorState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for NdesConnector {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_connection_date_time: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for NdesConnector {
    const TYPE_NAME: &'static str = "microsoft.graph.ndesConnector";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "lastConnectionDateTime",
        "state",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"lastConnectionDateTime\":       ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.ndesConnector\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "last_connection_date_time", &self.last_connection_date_time);
        v.field(3usize, "state", &self.state);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for NdesConnector {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.last_connection_date_time.read_from(r),
            3usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.last_connection_date_time);
        w.field(3usize, &self.state);
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
rt::impl_object!(NdesConnector);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    NdesConnector { with_id id : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_connection_date_time last_connection_date_time :
    rt::edm::DateTimeOffset; with_state state : crate ::beta::NdesConnectorState; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(NdesConnector);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.ndesConnectorState`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum NdesConnectorState {
    /// `none` (value 0).
    None,
    /// `active` (value 1).
    Active,
    /// `inactive` (value 2).
    Inactive,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for NdesConnectorState {
    const TYPE_NAME: &'static str = "microsoft.graph.ndesConnectorState";
    const MEMBERS: &'static [&'static str] = &["none", "active", "inactive"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "active" => Self::Active,
                "inactive" => Self::Inactive,
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
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(NdesConnectorState);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(NdesConnectorState);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.nonEapAuthenticationMethodForEapTtlsType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum NonEapAuthenticationMethodForEapTtlsType {
    /// `unencryptedPassword` (value 0).
    UnencryptedPassword,
    /// `challengeHandshakeAuthenticationProtocol` (value 1).
    ChallengeHandshakeAuthenticationProtocol,
    /// `microsoftChap` (value 2).
    MicrosoftChap,
    /// `microsoftChapVersionTwo` (value 3).
    MicrosoftChapVersionTwo,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for NonEapAuthenticationMethodForEapTtlsType {
    const TYPE_NAME: &'static str = "microsoft.graph.nonEapAuthenticationMethodForEapTtlsType";
    const MEMBERS: &'static [&'static str] = &[
        "unencryptedPassword",
        "challengeHandshakeAuthenticationProtocol",
        "microsoftChap",
        "microsoftChapVersionTwo",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unencryptedPassword" => Self::UnencryptedPassword,
                "challengeHandshakeAuthenticationProtocol" => {
                    Self::ChallengeHandshakeAuthenticationProtocol
                }
                "microsoftChap" => Self::MicrosoftChap,
                "microsoftChapVersionTwo" => Self::MicrosoftChapVersionTwo,
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
            Self::UnencryptedPassword => "unencryptedPassword",
            Self::ChallengeHandshakeAuthenticationProtocol => {
                "challengeHandshakeAuthenticationProtocol"
            }
            Self::MicrosoftChap => "microsoftChap",
            Self::MicrosoftChapVersionTwo => "microsoftChapVersionTwo",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(NonEapAuthenticationMethodForEapTtlsType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(NonEapAuthenticationMethodForEapTtlsType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.nonEapAuthenticationMethodForPeap`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum NonEapAuthenticationMethodForPeap {
    /// `none` (value 0).
    None,
    /// `microsoftChapVersionTwo` (value 1).
    MicrosoftChapVersionTwo,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for NonEapAuthenticationMethodForPeap {
    const TYPE_NAME: &'static str = "microsoft.graph.nonEapAuthenticationMethodForPeap";
    const MEMBERS: &'static [&'static str] = &["none", "microsoftChapVersionTwo"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "microsoftChapVersionTwo" => Self::MicrosoftChapVersionTwo,
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
            Self::MicrosoftChapVersionTwo => "microsoftChapVersionTwo",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(NonEapAuthenticationMethodForPeap);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(NonEapAuthenticationMethodForPeap);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.notification`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`NotificationPath`](requests/trait.NotificationPath.html), what a path to one (`EntityPath<Notification, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Notification {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayTimeToLive`: `Edm.Int32`, nullable.
    pub display_time_to_live: rt::Field<i32>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `groupName`: `Edm.String`, nullable.
    pub group_name: rt::Field<::std::string::String>,
    /// CSDL: property `payload`: `microsoft.graph.payloadTypes`, not nullable.
    pub payload: rt::Field<crate::beta::PayloadTypes>,
    /// CSDL: property `priority`: `microsoft.graph.priority`, nullable.
    pub priority: rt::Field<crate::beta::Priority>,
    /// CSDL: property `targetHostName`: `Edm.String`, not nullable.
    pub target_host_name: rt::Field<::std::string::String>,
    /// CSDL: property `targetPolicy`: `microsoft.graph.targetPolicyEndpoints`, nullable.
    pub target_policy: rt::Field<crate::beta::TargetPolicyEndpoints>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Notification {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_time_to_live: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            group_name: rt::Field::Absent,
            payload: rt::Field::Absent,
            priority: rt::Field::Absent,
            target_host_name: rt::Field::Absent,
            target_policy: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Notification {
    const TYPE_NAME: &'static str = "microsoft.graph.notification";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayTimeToLive",
        "expirationDateTime",
        "groupName",
        "payload",
        "priority",
        "targetHostName",
        "targetPolicy",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayTimeToLive\":            ",
        ",\"expirationDateTime\":           ",
        ",\"groupName\":                    ",
        ",\"payload\":                      ",
        ",\"priority\":                     ",
        ",\"targetHostName\":               ",
        ",\"targetPolicy\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.notification\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_time_to_live", &self.display_time_to_live);
        v.field(2usize, "expiration_date_time", &self.expiration_date_time);
        v.field(3usize, "group_name", &self.group_name);
        v.field(4usize, "payload", &self.payload);
        v.field(5usize, "priority", &self.priority);
        v.field(6usize, "target_host_name", &self.target_host_name);
        v.field(7usize, "target_policy", &self.target_policy);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Notification {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_time_to_live.read_from(r),
            2usize => self.expiration_date_time.read_from(r),
            3usize => self.group_name.read_from(r),
            4usize => self.payload.read_from(r),
            5usize => self.priority.read_from(r),
            6usize => self.target_host_name.read_from(r),
            7usize => self.target_policy.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_time_to_live);
        w.field(2usize, &self.expiration_date_time);
        w.field(3usize, &self.group_name);
        w.field(4usize, &self.payload);
        w.field(5usize, &self.priority);
        w.field(6usize, &self.target_host_name);
        w.field(7usize, &self.target_policy);
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
rt::impl_object!(Notification);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Notification { with_id id : ::std::string::String; with_display_time_to_live
    display_time_to_live : i32; with_expiration_date_time expiration_date_time :
    rt::edm::DateTimeOffset; with_group_name group_name : ::std::string::String;
    with_payload payload : crate ::beta::PayloadTypes; with_priority priority : crate
    ::beta::Priority; with_target_host_name target_host_name : ::std::string::String;
    with_target_policy target_policy : crate ::beta::TargetPolicyEndpoints; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Notification);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.numberColumn`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct NumberColumn {
    /// CSDL: property `decimalPlaces`: `Edm.String`, nullable.
    pub decimal_places: rt::Field<::std::string::String>,
    /// CSDL: property `displayAs`: `Edm.String`, nullable.
    pub display_as: rt::Field<::std::string::String>,
    /// CSDL: property `maximum`: `Edm.Double`, nullable.
    pub maximum: rt::Field<f64>,
    /// CSDL: property `minimum`: `Edm.Double`, nullable.
    pub minimum: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for NumberColumn {
    #[inline]
    fn default() -> Self {
        Self {
            decimal_places: rt::Field::Absent,
            display_as: rt::Field::Absent,
            maximum: rt::Field::Absent,
            minimum: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for NumberColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.numberColumn";
    const KEYS: &'static [&'static str] = &[
        "decimalPlaces",
        "displayAs",
        "maximum",
        "minimum",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"decimalPlaces\":                ",
        ",\"displayAs\":                    ",
        ",\"maximum\":                      ",
        ",\"minimum\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.numberColumn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "decimal_places", &self.decimal_places);
        v.field(1usize, "display_as", &self.display_as);
        v.field(2usize, "maximum", &self.maximum);
        v.field(3usize, "minimum", &self.minimum);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for NumberColumn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.decimal_places.read_from(r),
            1usize => self.display_as.read_from(r),
            2usize => self.maximum.read_from(r),
            3usize => self.minimum.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.decimal_places);
        w.field(1usize, &self.display_as);
        w.field(2usize, &self.maximum);
        w.field(3usize, &self.minimum);
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
rt::impl_object!(NumberColumn);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    NumberColumn { with_decimal_places decimal_places : ::std::string::String;
    with_display_as display_as : ::std::string::String; with_maximum maximum : f64;
    with_minimum minimum : f64; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(NumberColumn);
#[cfg(msgraph_beta_device_management_or_search)]
/// Number Range definition.
///
/// CSDL: `microsoft.graph.numberRange`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct NumberRange {
    /// Lower number.
    ///
    /// CSDL: property `lowerNumber`: `Edm.Int32`, not nullable.
    pub lower_number: rt::Field<i32>,
    /// Upper number.
    ///
    /// CSDL: property `upperNumber`: `Edm.Int32`, not nullable.
    pub upper_number: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for NumberRange {
    #[inline]
    fn default() -> Self {
        Self {
            lower_number: rt::Field::Absent,
            upper_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for NumberRange {
    const TYPE_NAME: &'static str = "microsoft.graph.numberRange";
    const KEYS: &'static [&'static str] = &["lowerNumber", "upperNumber"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"lowerNumber\":                  ",
        ",\"upperNumber\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.numberRange\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "lower_number", &self.lower_number);
        v.field(1usize, "upper_number", &self.upper_number);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for NumberRange {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.lower_number.read_from(r),
            1usize => self.upper_number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.lower_number);
        w.field(1usize, &self.upper_number);
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
rt::impl_object!(NumberRange);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    NumberRange { with_lower_number lower_number : i32; with_upper_number upper_number :
    i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(NumberRange);
#[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
/// CSDL: `microsoft.graph.oAuth2PermissionGrant`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-oauth2-permission-grants`, `beta-search`.
#[derive(Clone)]
pub struct OAuth2PermissionGrant {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `clientId`: `Edm.String`, not nullable.
    pub client_id: rt::Field<::std::string::String>,
    /// CSDL: property `consentType`: `Edm.String`, nullable.
    pub consent_type: rt::Field<::std::string::String>,
    /// CSDL: property `expiryTime`: `Edm.DateTimeOffset`, nullable.
    pub expiry_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `principalId`: `Edm.String`, nullable.
    pub principal_id: rt::Field<::std::string::String>,
    /// CSDL: property `resourceId`: `Edm.String`, not nullable.
    pub resource_id: rt::Field<::std::string::String>,
    /// CSDL: property `scope`: `Edm.String`, nullable.
    pub scope: rt::Field<::std::string::String>,
    /// CSDL: property `startTime`: `Edm.DateTimeOffset`, nullable.
    pub start_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
impl ::std::default::Default for OAuth2PermissionGrant {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            client_id: rt::Field::Absent,
            consent_type: rt::Field::Absent,
            expiry_time: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            resource_id: rt::Field::Absent,
            scope: rt::Field::Absent,
            start_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
impl rt::Object for OAuth2PermissionGrant {
    const TYPE_NAME: &'static str = "microsoft.graph.oAuth2PermissionGrant";
    const KEYS: &'static [&'static str] = &[
        "id",
        "clientId",
        "consentType",
        "expiryTime",
        "principalId",
        "resourceId",
        "scope",
        "startTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"clientId\":                     ",
        ",\"consentType\":                  ",
        ",\"expiryTime\":                   ",
        ",\"principalId\":                  ",
        ",\"resourceId\":                   ",
        ",\"scope\":                        ",
        ",\"startTime\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.oAuth2PermissionGrant\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_id", &self.client_id);
        v.field(2usize, "consent_type", &self.consent_type);
        v.field(3usize, "expiry_time", &self.expiry_time);
        v.field(4usize, "principal_id", &self.principal_id);
        v.field(5usize, "resource_id", &self.resource_id);
        v.field(6usize, "scope", &self.scope);
        v.field(7usize, "start_time", &self.start_time);
    }
}
#[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
impl rt::object::Members for OAuth2PermissionGrant {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.client_id.read_from(r),
            2usize => self.consent_type.read_from(r),
            3usize => self.expiry_time.read_from(r),
            4usize => self.principal_id.read_from(r),
            5usize => self.resource_id.read_from(r),
            6usize => self.scope.read_from(r),
            7usize => self.start_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.client_id);
        w.field(2usize, &self.consent_type);
        w.field(3usize, &self.expiry_time);
        w.field(4usize, &self.principal_id);
        w.field(5usize, &self.resource_id);
        w.field(6usize, &self.scope);
        w.field(7usize, &self.start_time);
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
#[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
rt::impl_object!(OAuth2PermissionGrant);
#[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
rt::impl_setters!(
    OAuth2PermissionGrant { with_id id : ::std::string::String; with_client_id client_id
    : ::std::string::String; with_consent_type consent_type : ::std::string::String;
    with_expiry_time expiry_time : rt::edm::DateTimeOffset; with_principal_id
    principal_id : ::std::string::String; with_resource_id resource_id :
    ::std::string::String; with_scope scope : ::std::string::String; with_start_time
    start_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OAuth2PermissionGrant);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.objectIdentity`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ObjectIdentity {
    /// CSDL: property `issuer`: `Edm.String`, nullable.
    pub issuer: rt::Field<::std::string::String>,
    /// CSDL: property `issuerAssignedId`: `Edm.String`, nullable.
    pub issuer_assigned_id: rt::Field<::std::string::String>,
    /// CSDL: property `signInType`: `Edm.String`, nullable.
    pub sign_in_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ObjectIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            issuer: rt::Field::Absent,
            issuer_assigned_id: rt::Field::Absent,
            sign_in_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ObjectIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.objectIdentity";
    const KEYS: &'static [&'static str] = &["issuer", "issuerAssignedId", "signInType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"issuer\":                       ",
        ",\"issuerAssignedId\":             ",
        ",\"signInType\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.objectIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "issuer", &self.issuer);
        v.field(1usize, "issuer_assigned_id", &self.issuer_assigned_id);
        v.field(2usize, "sign_in_type", &self.sign_in_type);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ObjectIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.issuer.read_from(r),
            1usize => self.issuer_assigned_id.read_from(r),
            2usize => self.sign_in_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.issuer);
        w.field(1usize, &self.issuer_assigned_id);
        w.field(2usize, &self.sign_in_type);
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
rt::impl_object!(ObjectIdentity);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ObjectIdentity { with_issuer issuer : ::std::string::String; with_issuer_assigned_id
    issuer_assigned_id : ::std::string::String; with_sign_in_type sign_in_type :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ObjectIdentity);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.office365ActiveUserDetail`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct Office365ActiveUserDetail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `assignedProducts`: `Collection(Edm.String)`, nullable.
    pub assigned_products: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `deletedDate`: `Edm.Date`, nullable.
    pub deleted_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `exchangeLastActivityDate`: `Edm.Date`, nullable.
    pub exchange_last_activity_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `exchangeLicenseAssignDate`: `Edm.Date`, nullable.
    pub exchange_license_assign_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `hasExchangeLicense`: `Edm.Boolean`, nullable.
    pub has_exchange_license: rt::Field<bool>,
    /// CSDL: property `hasOneDriveLicense`: `Edm.Boolean`, nullable.
    pub has_one_drive_license: rt::Field<bool>,
    /// CSDL: property `hasSharePointLicense`: `Edm.Boolean`, nullable.
    pub has_share_point_license: rt::Field<bool>,
    /// CSDL: property `hasSkypeForBusinessLicense`: `Edm.Boolean`, nullable.
    pub has_skype_for_business_license: rt::Field<bool>,
    /// CSDL: property `hasTeamsLicense`: `Edm.Boolean`, nullable.
    pub has_teams_license: rt::Field<bool>,
    /// CSDL: property `hasYammerLicense`: `Edm.Boolean`, nullable.
    pub has_yammer_license: rt::Field<bool>,
    /// CSDL: property `isDeleted`: `Edm.Boolean`, nullable.
    pub is_deleted: rt::Field<bool>,
    /// CSDL: property `oneDriveLastActivityDate`: `Edm.Date`, nullable.
    pub one_drive_last_activity_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `oneDriveLicenseAssignDate`: `Edm.Date`, nullable.
    pub one_drive_license_assign_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `sharePointLastActivityDate`: `Edm.Date`, nullable.
    pub share_point_last_activity_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `sharePointLicenseAssignDate`: `Edm.Date`, nullable.
    pub share_point_license_assign_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `skypeForBusinessLastActivityDate`: `Edm.Date`, nullable.
    pub skype_for_business_last_activity_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `skypeForBusinessLicenseAssignDate`: `Edm.Date`, nullable.
    pub skype_for_business_license_assign_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `teamsLastActivityDate`: `Edm.Date`, nullable.
    pub teams_last_activity_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `teamsLicenseAssignDate`: `Edm.Date`, nullable.
    pub teams_license_assign_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `yammerLastActivityDate`: `Edm.Date`, nullable.
    pub yammer_last_activity_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `yammerLicenseAssignDate`: `Edm.Date`, nullable.
    pub yammer_license_assign_date: rt::Field<rt::edm::Date>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for Office365ActiveUserDetail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            assigned_products: rt::Field::Absent,
            deleted_date: rt::Field::Absent,
            display_name: rt::Field::Absent,
            exchange_last_activity_date: rt::Field::Absent,
            exchange_license_assign_date: rt::Field::Absent,
            has_exchange_license: rt::Field::Absent,
            has_one_drive_license: rt::Field::Absent,
            has_share_point_license: rt::Field::Absent,
            has_skype_for_business_license: rt::Field::Absent,
            has_teams_license: rt::Field::Absent,
            has_yammer_license: rt::Field::Absent,
            is_deleted: rt::Field::Absent,
            one_drive_last_activity_date: rt::Field::Absent,
            one_drive_license_assign_date: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            share_point_last_activity_date: rt::Field::Absent,
            share_point_license_assign_date: rt::Field::Absent,
            skype_for_business_last_activity_date: rt::Field::Absent,
            skype_for_business_license_assign_date: rt::Field::Absent,
            teams_last_activity_date: rt::Field::Absent,
            teams_license_assign_date: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            yammer_last_activity_date: rt::Field::Absent,
            yammer_license_assign_date: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for Office365ActiveUserDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.office365ActiveUserDetail";
    const KEYS: &'static [&'static str] = &[
        "id",
        "assignedProducts",
        "deletedDate",
        "displayName",
        "exchangeLastActivityDate",
        "exchangeLicenseAssignDate",
        "hasExchangeLicense",
        "hasOneDriveLicense",
        "hasSharePointLicense",
        "hasSkypeForBusinessLicense",
        "hasTeamsLicense",
        "hasYammerLicense",
        "isDeleted",
        "oneDriveLastActivityDate",
        "oneDriveLicenseAssignDate",
        "reportRefreshDate",
        "sharePointLastActivityDate",
        "sharePointLicenseAssignDate",
        "skypeForBusinessLastActivityDate",
        "skypeForBusinessLicenseAssignDate",
        "teamsLastActivityDate",
        "teamsLicenseAssignDate",
        "userPrincipalName",
        "yammerLastActivityDate",
        "yammerLicenseAssignDate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"assignedProducts\":             ",
        ",\"deletedDate\":                  ",
        ",\"displayName\":                  ",
        ",\"exchangeLastActivityDate\":     ",
        ",\"exchangeLicenseAssignDate\":    ",
        ",\"hasExchangeLicense\":           ",
        ",\"hasOneDriveLicense\":           ",
        ",\"hasSharePointLicense\":         ",
        ",\"hasSkypeForBusinessLicense\":   ",
        ",\"hasTeamsLicense\":              ",
        ",\"hasYammerLicense\":             ",
        ",\"isDeleted\":                    ",
        ",\"oneDriveLastActivityDate\":     ",
        ",\"oneDriveLicenseAssignDate\":    ",
        ",\"reportRefreshDate\":            ",
        ",\"sharePointLastActivityDate\":   ",
        ",\"sharePointLicenseAssignDate\":  ",
        ",\"skypeForBusinessLastActivityDate\":",
        ",\"skypeForBusinessLicenseAssignDate\":",
        ",\"teamsLastActivityDate\":        ",
        ",\"teamsLicenseAssignDate\":       ",
        ",\"userPrincipalName\":            ",
        ",\"yammerLastActivityDate\":       ",
        ",\"yammerLicenseAssignDate\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.office365ActiveUserDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "assigned_products", &self.assigned_products);
        v.field(2usize, "deleted_date", &self.deleted_date);
        v.field(3usize, "display_name", &self.display_name);
        v.field(
            4usize,
            "exchange_last_activity_date",
            &self.exchange_last_activity_date,
        );
        v.field(
            5usize,
            "exchange_license_assign_date",
            &self.exchange_license_assign_date,
        );
        v.field(6usize, "has_exchange_license", &self.has_exchange_license);
        v.field(7usize, "has_one_drive_license", &self.has_one_drive_license);
        v.field(8usize, "has_share_point_license", &self.has_share_point_license);
        v.field(
            9usize,
            "has_skype_for_business_license",
            &self.has_skype_for_business_license,
        );
        v.field(10usize, "has_teams_license", &self.has_teams_license);
        v.field(11usize, "has_yammer_license", &self.has_yammer_license);
        v.field(12usize, "is_deleted", &self.is_deleted);
        v.field(
            13usize,
            "one_drive_last_activity_date",
            &self.one_drive_last_activity_date,
        );
        v.field(
            14usize,
            "one_drive_license_assign_date",
            &self.one_drive_license_assign_date,
        );
        v.field(15usize, "report_refresh_date", &self.report_refresh_date);
        v.field(
            16usize,
            "share_point_last_activity_date",
            &self.share_point_last_activity_date,
        );
        v.field(
            17usize,
            "share_point_license_assign_date",
            &self.share_point_license_assign_date,
        );
        v.field(
            18usize,
            "skype_for_business_last_activity_date",
            &self.skype_for_business_last_activity_date,
        );
        v.field(
            19usize,
            "skype_for_business_license_assign_date",
            &self.skype_for_business_license_assign_date,
        );
        v.field(20usize, "teams_last_activity_date", &self.teams_last_activity_date);
        v.field(21usize, "teams_license_assign_date", &self.teams_license_assign_date);
        v.field(22usize, "user_principal_name", &self.user_principal_name);
        v.field(23usize, "yammer_last_activity_date", &self.yammer_last_activity_date);
        v.field(24usize, "yammer_license_assign_date", &self.yammer_license_assign_date);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for Office365ActiveUserDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.assigned_products.read_from(r),
            2usize => self.deleted_date.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.exchange_last_activity_date.read_from(r),
            5usize => self.exchange_license_assign_date.read_from(r),
            6usize => self.has_exchange_license.read_from(r),
            7usize => self.has_one_drive_license.read_from(r),
            8usize => self.has_share_point_license.read_from(r),
            9usize => self.has_skype_for_business_license.read_from(r),
            10usize => self.has_teams_license.read_from(r),
            11usize => self.has_yammer_license.read_from(r),
            12usize => self.is_deleted.read_from(r),
            13usize => self.one_drive_last_activity_date.read_from(r),
            14usize => self.one_drive_license_assign_date.read_from(r),
            15usize => self.report_refresh_date.read_from(r),
            16usize => self.share_point_last_activity_date.read_from(r),
            17usize => self.share_point_license_assign_date.read_from(r),
            18usize => self.skype_for_business_last_activity_date.read_from(r),
            19usize => self.skype_for_business_license_assign_date.read_from(r),
            20usize => self.teams_last_activity_date.read_from(r),
            21usize => self.teams_license_assign_date.read_from(r),
            22usize => self.user_principal_name.read_from(r),
            23usize => self.yammer_last_activity_date.read_from(r),
            24usize => self.yammer_license_assign_date.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.assigned_products);
        w.field(2usize, &self.deleted_date);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.exchange_last_activity_date);
        w.field(5usize, &self.exchange_license_assign_date);
        w.field(6usize, &self.has_exchange_license);
        w.field(7usize, &self.has_one_drive_license);
        w.field(8usize, &self.has_share_point_license);
        w.field(9usize, &self.has_skype_for_business_license);
        w.field(10usize, &self.has_teams_license);
        w.field(11usize, &self.has_yammer_license);
        w.field(12usize, &self.is_deleted);
        w.field(13usize, &self.one_drive_last_activity_date);
        w.field(14usize, &self.one_drive_license_assign_date);
        w.field(15usize, &self.report_refresh_date);
        w.field(16usize, &self.share_point_last_activity_date);
        w.field(17usize, &self.share_point_license_assign_date);
        w.field(18usize, &self.skype_for_business_last_activity_date);
        w.field(19usize, &self.skype_for_business_license_assign_date);
        w.field(20usize, &self.teams_last_activity_date);
        w.field(21usize, &self.teams_license_assign_date);
        w.field(22usize, &self.user_principal_name);
        w.field(23usize, &self.yammer_last_activity_date);
        w.field(24usize, &self.yammer_license_assign_date);
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
rt::impl_object!(Office365ActiveUserDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    Office365ActiveUserDetail { with_id id : ::std::string::String;
    with_assigned_products assigned_products : ::std::vec::Vec < ::std::string::String >;
    with_deleted_date deleted_date : rt::edm::Date; with_display_name display_name :
    ::std::string::String; with_exchange_last_activity_date exchange_last_activity_date :
    rt::edm::Date; with_exchange_license_assign_date exchange_license_assign_date :
    rt::edm::Date; with_has_exchange_license has_exchange_license : bool;
    with_has_one_drive_license has_one_drive_license : bool; with_has_share_point_license
    has_share_point_license : bool; with_has_skype_for_business_license
    has_skype_for_business_license : bool; with_has_teams_license has_teams_license :
    bool; with_has_yammer_license has_yammer_license : bool; with_is_deleted is_deleted :
    bool; with_one_drive_last_activity_date one_drive_last_activity_date : rt::edm::Date;
    with_one_drive_license_assign_date one_drive_license_assign_date : rt::edm::Date;
    with_report_refresh_date report_refresh_date : rt::edm::Date;
    with_share_point_last_activity_date share_point_last_activity_date : rt::edm::Date;
    with_share_point_license_assign_date share_point_license_assign_date : rt::edm::Date;
    with_skype_for_business_last_activity_date skype_for_business_last_activity_date :
    rt::edm::Date; with_skype_for_business_license_assign_date
    skype_for_business_license_assign_date : rt::edm::Date; with_teams_last_activity_date
    teams_last_activity_date : rt::edm::Date; with_teams_license_assign_date
    teams_license_assign_date : rt::edm::Date; with_user_principal_name
    user_principal_name : ::std::string::String; with_yammer_last_activity_date
    yammer_last_activity_date : rt::edm::Date; with_yammer_license_assign_date
    yammer_license_assign_date : rt::edm::Date; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Office365ActiveUserDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.office365GroupsActivityCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct Office365GroupsActivityCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `exchangeEmailsReceived`: `Edm.Int64`, nullable.
    pub exchange_emails_received: rt::Field<i64>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `yammerMessagesLiked`: `Edm.Int64`, nullable.
    pub yammer_messages_liked: rt::Field<i64>,
    /// CSDL: property `yammerMessagesPosted`: `Edm.Int64`, nullable.
    pub yammer_messages_posted: rt::Field<i64>,
    /// CSDL: property `yammerMessagesRead`: `Edm.Int64`, nullable.
    pub yammer_messages_read: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for Office365GroupsActivityCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            exchange_emails_received: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            yammer_messages_liked: rt::Field::Absent,
            yammer_messages_posted: rt::Field::Absent,
            yammer_messages_read: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for Office365GroupsActivityCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.office365GroupsActivityCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "exchangeEmailsReceived",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "yammerMessagesLiked",
        "yammerMessagesPosted",
        "yammerMessagesRead",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"exchangeEmailsReceived\":       ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"yammerMessagesLiked\":          ",
        ",\"yammerMessagesPosted\":         ",
        ",\"yammerMessagesRead\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.office365GroupsActivityCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "exchange_emails_received", &self.exchange_emails_received);
        v.field(2usize, "report_date", &self.report_date);
        v.field(3usize, "report_period", &self.report_period);
        v.field(4usize, "report_refresh_date", &self.report_refresh_date);
        v.field(5usize, "yammer_messages_liked", &self.yammer_messages_liked);
        v.field(6usize, "yammer_messages_posted", &self.yammer_messages_posted);
        v.field(7usize, "yammer_messages_read", &self.yammer_messages_read);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for Office365GroupsActivityCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.exchange_emails_received.read_from(r),
            2usize => self.report_date.read_from(r),
            3usize => self.report_period.read_from(r),
            4usize => self.report_refresh_date.read_from(r),
            5usize => self.yammer_messages_liked.read_from(r),
            6usize => self.yammer_messages_posted.read_from(r),
            7usize => self.yammer_messages_read.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.exchange_emails_received);
        w.field(2usize, &self.report_date);
        w.field(3usize, &self.report_period);
        w.field(4usize, &self.report_refresh_date);
        w.field(5usize, &self.yammer_messages_liked);
        w.field(6usize, &self.yammer_messages_posted);
        w.field(7usize, &self.yammer_messages_read);
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
rt::impl_object!(Office365GroupsActivityCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    Office365GroupsActivityCounts { with_id id : ::std::string::String;
    with_exchange_emails_received exchange_emails_received : i64; with_report_date
    report_date : rt::edm::Date; with_report_period report_period :
    ::std::string::String; with_report_refresh_date report_refresh_date : rt::edm::Date;
    with_yammer_messages_liked yammer_messages_liked : i64; with_yammer_messages_posted
    yammer_messages_posted : i64; with_yammer_messages_read yammer_messages_read : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Office365GroupsActivityCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.office365GroupsActivityDetail`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct Office365GroupsActivityDetail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `exchangeMailboxStorageUsedInBytes`: `Edm.Int64`, nullable.
    pub exchange_mailbox_storage_used_in_bytes: rt::Field<i64>,
    /// CSDL: property `exchangeMailboxTotalItemCount`: `Edm.Int64`, nullable.
    pub exchange_mailbox_total_item_count: rt::Field<i64>,
    /// CSDL: property `exchangeReceivedEmailCount`: `Edm.Int64`, nullable.
    pub exchange_received_email_count: rt::Field<i64>,
    /// CSDL: property `externalMemberCount`: `Edm.Int64`, nullable.
    pub external_member_count: rt::Field<i64>,
    /// CSDL: property `groupDisplayName`: `Edm.String`, nullable.
    pub group_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// CSDL: property `groupType`: `Edm.String`, nullable.
    pub group_type: rt::Field<::std::string::String>,
    /// CSDL: property `isDeleted`: `Edm.Boolean`, nullable.
    pub is_deleted: rt::Field<bool>,
    /// CSDL: property `lastActivityDate`: `Edm.Date`, nullable.
    pub last_activity_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `memberCount`: `Edm.Int64`, nullable.
    pub member_count: rt::Field<i64>,
    /// CSDL: property `ownerPrincipalName`: `Edm.String`, nullable.
    pub owner_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `sharePointActiveFileCount`: `Edm.Int64`, nullable.
    pub share_point_active_file_count: rt::Field<i64>,
    /// CSDL: property `sharePointSiteStorageUsedInBytes`: `Edm.Int64`, nullable.
    pub share_point_site_storage_used_in_bytes: rt::Field<i64>,
    /// CSDL: property `sharePointTotalFileCount`: `Edm.Int64`, nullable.
    pub share_point_total_file_count: rt::Field<i64>,
    /// CSDL: property `yammerLikedMessageCount`: `Edm.Int64`, nullable.
    pub yammer_liked_message_count: rt::Field<i64>,
    /// CSDL: property `yammerPostedMessageCount`: `Edm.Int64`, nullable.
    pub yammer_posted_message_count: rt::Field<i64>,
    /// CSDL: property `yammerReadMessageCount`: `Edm.Int64`, nullable.
    pub yammer_read_message_count: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for Office365GroupsActivityDetail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            exchange_mailbox_storage_used_in_bytes: rt::Field::Absent,
            exchange_mailbox_total_item_count: rt::Field::Absent,
            exchange_received_email_count: rt::Field::Absent,
            external_member_count: rt::Field::Absent,
            group_display_name: rt::Field::Absent,
            group_id: rt::Field::Absent,
            group_type: rt::Field::Absent,
            is_deleted: rt::Field::Absent,
            last_activity_date: rt::Field::Absent,
            member_count: rt::Field::Absent,
            owner_principal_name: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            share_point_active_file_count: rt::Field::Absent,
            share_point_site_storage_used_in_bytes: rt::Field::Absent,
            share_point_total_file_count: rt::Field::Absent,
            yammer_liked_message_count: rt::Field::Absent,
            yammer_posted_message_count: rt::Field::Absent,
            yammer_read_message_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for Office365GroupsActivityDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.office365GroupsActivityDetail";
    const KEYS: &'static [&'static str] = &[
        "id",
        "exchangeMailboxStorageUsedInBytes",
        "exchangeMailboxTotalItemCount",
        "exchangeReceivedEmailCount",
        "externalMemberCount",
        "groupDisplayName",
        "groupId",
        "groupType",
        "isDeleted",
        "lastActivityDate",
        "memberCount",
        "ownerPrincipalName",
        "reportPeriod",
        "reportRefreshDate",
        "sharePointActiveFileCount",
        "sharePointSiteStorageUsedInBytes",
        "sharePointTotalFileCount",
        "yammerLikedMessageCount",
        "yammerPostedMessageCount",
        "yammerReadMessageCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"exchangeMailboxStorageUsedInBytes\":",
        ",\"exchangeMailboxTotalItemCount\":",
        ",\"exchangeReceivedEmailCount\":   ",
        ",\"externalMemberCount\":          ",
        ",\"groupDisplayName\":             ",
        ",\"groupId\":                      ",
        ",\"groupType\":                    ",
        ",\"isDeleted\":                    ",
        ",\"lastActivityDate\":             ",
        ",\"memberCount\":                  ",
        ",\"ownerPrincipalName\":           ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"sharePointActiveFileCount\":    ",
        ",\"sharePointSiteStorageUsedInBytes\":",
        ",\"sharePointTotalFileCount\":     ",
        ",\"yammerLikedMessageCount\":      ",
        ",\"yammerPostedMessageCount\":     ",
        ",\"yammerReadMessageCount\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.office365GroupsActivityDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "exchange_mailbox_storage_used_in_bytes",
            &self.exchange_mailbox_storage_used_in_bytes,
        );
        v.field(
            2usize,
            "exchange_mailbox_total_item_count",
            &self.exchange_mailbox_total_item_count,
        );
        v.field(
            3usize,
            "exchange_received_email_count",
            &self.exchange_received_email_count,
        );
        v.field(4usize, "external_member_count", &self.external_member_count);
        v.field(5usize, "group_display_name", &self.group_display_name);
        v.field(6usize, "group_id", &self.group_id);
        v.field(7usize, "group_type", &self.group_type);
        v.field(8usize, "is_deleted", &self.is_deleted);
        v.field(9usize, "last_activity_date", &self.last_activity_date);
        v.field(10usize, "member_count", &self.member_count);
        v.field(11usize, "owner_principal_name", &self.owner_principal_name);
        v.field(12usize, "report_period", &self.report_period);
        v.field(13usize, "report_refresh_date", &self.report_refresh_date);
        v.field(
            14usize,
            "share_point_active_file_count",
            &self.share_point_active_file_count,
        );
        v.field(
            15usize,
            "share_point_site_storage_used_in_bytes",
            &self.share_point_site_storage_used_in_bytes,
        );
        v.field(
            16usize,
            "share_point_total_file_count",
            &self.share_point_total_file_count,
        );
        v.field(17usize, "yammer_liked_message_count", &self.yammer_liked_message_count);
        v.field(
            18usize,
            "yammer_posted_message_count",
            &self.yammer_posted_message_count,
        );
        v.field(19usize, "yammer_read_message_count", &self.yammer_read_message_count);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for Office365GroupsActivityDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.exchange_mailbox_storage_used_in_bytes.read_from(r),
            2usize => self.exchange_mailbox_total_item_count.read_from(r),
            3usize => self.exchange_received_email_count.read_from(r),
            4usize => self.external_member_count.read_from(r),
            5usize => self.group_display_name.read_from(r),
            6usize => self.group_id.read_from(r),
            7usize => self.group_type.read_from(r),
            8usize => self.is_deleted.read_from(r),
            9usize => self.last_activity_date.read_from(r),
            10usize => self.member_count.read_from(r),
            11usize => self.owner_principal_name.read_from(r),
            12usize => self.report_period.read_from(r),
            13usize => self.report_refresh_date.read_from(r),
            14usize => self.share_point_active_file_count.read_from(r),
            15usize => self.share_point_site_storage_used_in_bytes.read_from(r),
            16usize => self.share_point_total_file_count.read_from(r),
            17usize => self.yammer_liked_message_count.read_from(r),
            18usize => self.yammer_posted_message_count.read_from(r),
            19usize => self.yammer_read_message_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.exchange_mailbox_storage_used_in_bytes);
        w.field(2usize, &self.exchange_mailbox_total_item_count);
        w.field(3usize, &self.exchange_received_email_count);
        w.field(4usize, &self.external_member_count);
        w.field(5usize, &self.group_display_name);
        w.field(6usize, &self.group_id);
        w.field(7usize, &self.group_type);
        w.field(8usize, &self.is_deleted);
        w.field(9usize, &self.last_activity_date);
        w.field(10usize, &self.member_count);
        w.field(11usize, &self.owner_principal_name);
        w.field(12usize, &self.report_period);
        w.field(13usize, &self.report_refresh_date);
        w.field(14usize, &self.share_point_active_file_count);
        w.field(15usize, &self.share_point_site_storage_used_in_bytes);
        w.field(16usize, &self.share_point_total_file_count);
        w.field(17usize, &self.yammer_liked_message_count);
        w.field(18usize, &self.yammer_posted_message_count);
        w.field(19usize, &self.yammer_read_message_count);
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
rt::impl_object!(Office365GroupsActivityDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    Office365GroupsActivityDetail { with_id id : ::std::string::String;
    with_exchange_mailbox_storage_used_in_bytes exchange_mailbox_storage_used_in_bytes :
    i64; with_exchange_mailbox_total_item_count exchange_mailbox_total_item_count : i64;
    with_exchange_received_email_count exchange_received_email_count : i64;
    with_external_member_count external_member_count : i64; with_group_display_name
    group_display_name : ::std::string::String; with_group_id group_id :
    ::std::string::String; with_group_type group_type : ::std::string::String;
    with_is_deleted is_deleted : bool; with_last_activity_date last_activity_date :
    rt::edm::Date; with_member_count member_count : i64; with_owner_principal_name
    owner_principal_name : ::std::string::String; with_report_period report_period :
    ::std::string::String; with_report_refresh_date report_refresh_date : rt::edm::Date;
    with_share_point_active_file_count share_point_active_file_count : i64;
    with_share_point_site_storage_used_in_bytes share_point_site_storage_used_in_bytes :
    i64; with_share_point_total_file_count share_point_total_file_count : i64;
    with_yammer_liked_message_count yammer_liked_message_count : i64;
    with_yammer_posted_message_count yammer_posted_message_count : i64;
    with_yammer_read_message_count yammer_read_message_count : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Office365GroupsActivityDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.office365GroupsActivityFileCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct Office365GroupsActivityFileCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `active`: `Edm.Int64`, nullable.
    pub active: rt::Field<i64>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `total`: `Edm.Int64`, nullable.
    pub total: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for Office365GroupsActivityFileCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            active: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            total: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for Office365GroupsActivityFileCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.office365GroupsActivityFileCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "active",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "total",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"active\":                       ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"total\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.office365GroupsActivityFileCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "active", &self.active);
        v.field(2usize, "report_date", &self.report_date);
        v.field(3usize, "report_period", &self.report_period);
        v.field(4usize, "report_refresh_date", &self.report_refresh_date);
        v.field(5usize, "total", &self.total);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for Office365GroupsActivityFileCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.active.read_from(r),
            2usize => self.report_date.read_from(r),
            3usize => self.report_period.read_from(r),
            4usize => self.report_refresh_date.read_from(r),
            5usize => self.total.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.active);
        w.field(2usize, &self.report_date);
        w.field(3usize, &self.report_period);
        w.field(4usize, &self.report_refresh_date);
        w.field(5usize, &self.total);
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
rt::impl_object!(Office365GroupsActivityFileCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    Office365GroupsActivityFileCounts { with_id id : ::std::string::String; with_active
    active : i64; with_report_date report_date : rt::edm::Date; with_report_period
    report_period : ::std::string::String; with_report_refresh_date report_refresh_date :
    rt::edm::Date; with_total total : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Office365GroupsActivityFileCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.office365GroupsActivityStorage`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct Office365GroupsActivityStorage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `mailboxStorageUsedInBytes`: `Edm.Int64`, nullable.
    pub mailbox_storage_used_in_bytes: rt::Field<i64>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `siteStorageUsedInBytes`: `Edm.Int64`, nullable.
    pub site_storage_used_in_bytes: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for Office365GroupsActivityStorage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            mailbox_storage_used_in_bytes: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            site_storage_used_in_bytes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for Office365GroupsActivityStorage {
    const TYPE_NAME: &'static str = "microsoft.graph.office365GroupsActivityStorage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "mailboxStorageUsedInBytes",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "siteStorageUsedInBytes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"mailboxStorageUsedInBytes\":    ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"siteStorageUsedInBytes\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.office365GroupsActivityStorage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "mailbox_storage_used_in_bytes",
            &self.mailbox_storage_used_in_bytes,
        );
        v.field(2usize, "report_date", &self.report_date);
        v.field(3usize, "report_period", &self.report_period);
        v.field(4usize, "report_refresh_date", &self.report_refresh_date);
        v.field(5usize, "site_storage_used_in_bytes", &self.site_storage_used_in_bytes);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for Office365GroupsActivityStorage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.mailbox_storage_used_in_bytes.read_from(r),
            2usize => self.report_date.read_from(r),
            3usize => self.report_period.read_from(r),
            4usize => self.report_refresh_date.read_from(r),
            5usize => self.site_storage_used_in_bytes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.mailbox_storage_used_in_bytes);
        w.field(2usize, &self.report_date);
        w.field(3usize, &self.report_period);
        w.field(4usize, &self.report_refresh_date);
        w.field(5usize, &self.site_storage_used_in_bytes);
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
rt::impl_object!(Office365GroupsActivityStorage);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    Office365GroupsActivityStorage { with_id id : ::std::string::String;
    with_mailbox_storage_used_in_bytes mailbox_storage_used_in_bytes : i64;
    with_report_date report_date : rt::edm::Date; with_report_period report_period :
    ::std::string::String; with_report_refresh_date report_refresh_date : rt::edm::Date;
    with_site_storage_used_in_bytes site_storage_used_in_bytes : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Office365GroupsActivityStorage);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.office365ServicesUserCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct Office365ServicesUserCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `exchangeActive`: `Edm.Int64`, nullable.
    pub exchange_active: rt::Field<i64>,
    /// CSDL: property `exchangeInactive`: `Edm.Int64`, nullable.
    pub exchange_inactive: rt::Field<i64>,
    /// CSDL: property `office365Active`: `Edm.Int64`, nullable.
    pub office365_active: rt::Field<i64>,
    /// CSDL: property `office365Inactive`: `Edm.Int64`, nullable.
    pub office365_inactive: rt::Field<i64>,
    /// CSDL: property `oneDriveActive`: `Edm.Int64`, nullable.
    pub one_drive_active: rt::Field<i64>,
    /// CSDL: property `oneDriveInactive`: `Edm.Int64`, nullable.
    pub one_drive_inactive: rt::Field<i64>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `sharePointActive`: `Edm.Int64`, nullable.
    pub share_point_active: rt::Field<i64>,
    /// CSDL: property `sharePointInactive`: `Edm.Int64`, nullable.
    pub share_point_inactive: rt::Field<i64>,
    /// CSDL: property `skypeForBusinessActive`: `Edm.Int64`, nullable.
    pub skype_for_business_active: rt::Field<i64>,
    /// CSDL: property `skypeForBusinessInactive`: `Edm.Int64`, nullable.
    pub skype_for_business_inactive: rt::Field<i64>,
    /// CSDL: property `teamsActive`: `Edm.Int64`, nullable.
    pub teams_active: rt::Field<i64>,
    /// CSDL: property `teamsInactive`: `Edm.Int64`, nullable.
    pub teams_inactive: rt::Field<i64>,
    /// CSDL: property `yammerActive`: `Edm.Int64`, nullable.
    pub yammer_active: rt::Field<i64>,
    /// CSDL: property `yammerInactive`: `Edm.Int64`, nullable.
    pub yammer_inactive: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for Office365ServicesUserCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            exchange_active: rt::Field::Absent,
            exchange_inactive: rt::Field::Absent,
            office365_active: rt::Field::Absent,
            office365_inactive: rt::Field::Absent,
            one_drive_active: rt::Field::Absent,
            one_drive_inactive: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            share_point_active: rt::Field::Absent,
            share_point_inactive: rt::Field::Absent,
            skype_for_business_active: rt::Field::Absent,
            skype_for_business_inactive: rt::Field::Absent,
            teams_active: rt::Field::Absent,
            teams_inactive: rt::Field::Absent,
            yammer_active: rt::Field::Absent,
            yammer_inactive: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for Office365ServicesUserCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.office365ServicesUserCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "exchangeActive",
        "exchangeInactive",
        "office365Active",
        "office365Inactive",
        "oneDriveActive",
        "oneDriveInactive",
        "reportPeriod",
        "reportRefreshDate",
        "sharePointActive",
        "sharePointInactive",
        "skypeForBusinessActive",
        "skypeForBusinessInactive",
        "teamsActive",
        "teamsInactive",
        "yammerActive",
        "yammerInactive",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"exchangeActive\":               ",
        ",\"exchangeInactive\":             ",
        ",\"office365Active\":              ",
        ",\"office365Inactive\":            ",
        ",\"oneDriveActive\":               ",
        ",\"oneDriveInactive\":             ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"sharePointActive\":             ",
        ",\"sharePointInactive\":           ",
        ",\"skypeForBusinessActive\":       ",
        ",\"skypeForBusinessInactive\":     ",
        ",\"teamsActive\":                  ",
        ",\"teamsInactive\":                ",
        ",\"yammerActive\":                 ",
        ",\"yammerInactive\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.office365ServicesUserCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "exchange_active", &self.exchange_active);
        v.field(2usize, "exchange_inactive", &self.exchange_inactive);
        v.field(3usize, "office365_active", &self.office365_active);
        v.field(4usize, "office365_inactive", &self.office365_inactive);
        v.field(5usize, "one_drive_active", &self.one_drive_active);
        v.field(6usize, "one_drive_inactive", &self.one_drive_inactive);
        v.field(7usize, "report_period", &self.report_period);
        v.field(8usize, "report_refresh_date", &self.report_refresh_date);
        v.field(9usize, "share_point_active", &self.share_point_active);
        v.field(10usize, "share_point_inactive", &self.share_point_inactive);
        v.field(11usize, "skype_for_business_active", &self.skype_for_business_active);
        v.field(
            12usize,
            "skype_for_business_inactive",
            &self.skype_for_business_inactive,
        );
        v.field(13usize, "teams_active", &self.teams_active);
        v.field(14usize, "teams_inactive", &self.teams_inactive);
        v.field(15usize, "yammer_active", &self.yammer_active);
        v.field(16usize, "yammer_inactive", &self.yammer_inactive);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for Office365ServicesUserCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.exchange_active.read_from(r),
            2usize => self.exchange_inactive.read_from(r),
            3usize => self.office365_active.read_from(r),
            4usize => self.office365_inactive.read_from(r),
            5usize => self.one_drive_active.read_from(r),
            6usize => self.one_drive_inactive.read_from(r),
            7usize => self.report_period.read_from(r),
            8usize => self.report_refresh_date.read_from(r),
            9usize => self.share_point_active.read_from(r),
            10usize => self.share_point_inactive.read_from(r),
            11usize => self.skype_for_business_active.read_from(r),
            12usize => self.skype_for_business_inactive.read_from(r),
            13usize => self.teams_active.read_from(r),
            14usize => self.teams_inactive.read_from(r),
            15usize => self.yammer_active.read_from(r),
            16usize => self.yammer_inactive.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.exchange_active);
        w.field(2usize, &self.exchange_inactive);
        w.field(3usize, &self.office365_active);
        w.field(4usize, &self.office365_inactive);
        w.field(5usize, &self.one_drive_active);
        w.field(6usize, &self.one_drive_inactive);
        w.field(7usize, &self.report_period);
        w.field(8usize, &self.report_refresh_date);
        w.field(9usize, &self.share_point_active);
        w.field(10usize, &self.share_point_inactive);
        w.field(11usize, &self.skype_for_business_active);
        w.field(12usize, &self.skype_for_business_inactive);
        w.field(13usize, &self.teams_active);
        w.field(14usize, &self.teams_inactive);
        w.field(15usize, &self.yammer_active);
        w.field(16usize, &self.yammer_inactive);
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
rt::impl_object!(Office365ServicesUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    Office365ServicesUserCounts { with_id id : ::std::string::String;
    with_exchange_active exchange_active : i64; with_exchange_inactive exchange_inactive
    : i64; with_office365_active office365_active : i64; with_office365_inactive
    office365_inactive : i64; with_one_drive_active one_drive_active : i64;
    with_one_drive_inactive one_drive_inactive : i64; with_report_period report_period :
    ::std::string::String; with_report_refresh_date report_refresh_date : rt::edm::Date;
    with_share_point_active share_point_active : i64; with_share_point_inactive
    share_point_inactive : i64; with_skype_for_business_active skype_for_business_active
    : i64; with_skype_for_business_inactive skype_for_business_inactive : i64;
    with_teams_active teams_active : i64; with_teams_inactive teams_inactive : i64;
    with_yammer_active yammer_active : i64; with_yammer_inactive yammer_inactive : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Office365ServicesUserCounts);
#[cfg(msgraph_beta_office_configuration_or_search)]
/// CSDL: `microsoft.graph.officeClientCheckinStatus`, complex type.
///
/// Features: `beta`, or one of `beta-office-configuration`, `beta-search`.
#[derive(Clone)]
pub struct OfficeClientCheckinStatus {
    /// CSDL: property `appliedPolicies`: `Collection(Edm.String)`, nullable.
    pub applied_policies: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `checkinDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub checkin_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// CSDL: property `devicePlatform`: `Edm.String`, nullable.
    pub device_platform: rt::Field<::std::string::String>,
    /// CSDL: property `devicePlatformVersion`: `Edm.String`, nullable.
    pub device_platform_version: rt::Field<::std::string::String>,
    /// CSDL: property `errorMessage`: `Edm.String`, nullable.
    pub error_message: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, not nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `wasSuccessful`: `Edm.Boolean`, not nullable.
    pub was_successful: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl ::std::default::Default for OfficeClientCheckinStatus {
    #[inline]
    fn default() -> Self {
        Self {
            applied_policies: rt::Field::Absent,
            checkin_date_time: rt::Field::Absent,
            device_name: rt::Field::Absent,
            device_platform: rt::Field::Absent,
            device_platform_version: rt::Field::Absent,
            error_message: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            was_successful: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl rt::Object for OfficeClientCheckinStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.officeClientCheckinStatus";
    const KEYS: &'static [&'static str] = &[
        "appliedPolicies",
        "checkinDateTime",
        "deviceName",
        "devicePlatform",
        "devicePlatformVersion",
        "errorMessage",
        "userId",
        "userPrincipalName",
        "wasSuccessful",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appliedPolicies\":              ",
        ",\"checkinDateTime\":              ",
        ",\"deviceName\":                   ",
        ",\"devicePlatform\":               ",
        ",\"devicePlatformVersion\":        ",
        ",\"errorMessage\":                 ",
        ",\"userId\":                       ",
        ",\"userPrincipalName\":            ",
        ",\"wasSuccessful\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.officeClientCheckinStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "applied_policies", &self.applied_policies);
        v.field(1usize, "checkin_date_time", &self.checkin_date_time);
        v.field(2usize, "device_name", &self.device_name);
        v.field(3usize, "device_platform", &self.device_platform);
        v.field(4usize, "device_platform_version", &self.device_platform_version);
        v.field(5usize, "error_message", &self.error_message);
        v.field(6usize, "user_id", &self.user_id);
        v.field(7usize, "user_principal_name", &self.user_principal_name);
        v.field(8usize, "was_successful", &self.was_successful);
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl rt::object::Members for OfficeClientCheckinStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.applied_policies.read_from(r),
            1usize => self.checkin_date_time.read_from(r),
            2usize => self.device_name.read_from(r),
            3usize => self.device_platform.read_from(r),
            4usize => self.device_platform_version.read_from(r),
            5usize => self.error_message.read_from(r),
            6usize => self.user_id.read_from(r),
            7usize => self.user_principal_name.read_from(r),
            8usize => self.was_successful.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.applied_policies);
        w.field(1usize, &self.checkin_date_time);
        w.field(2usize, &self.device_name);
        w.field(3usize, &self.device_platform);
        w.field(4usize, &self.device_platform_version);
        w.field(5usize, &self.error_message);
        w.field(6usize, &self.user_id);
        w.field(7usize, &self.user_principal_name);
        w.field(8usize, &self.was_successful);
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
#[cfg(msgraph_beta_office_configuration_or_search)]
rt::impl_object!(OfficeClientCheckinStatus);
#[cfg(msgraph_beta_office_configuration_or_search)]
rt::impl_setters!(
    OfficeClientCheckinStatus { with_applied_policies applied_policies : ::std::vec::Vec
    < ::std::string::String >; with_checkin_date_time checkin_date_time :
    rt::edm::DateTimeOffset; with_device_name device_name : ::std::string::String;
    with_device_platform device_platform : ::std::string::String;
    with_device_platform_version device_platform_version : ::std::string::String;
    with_error_message error_message : ::std::string::String; with_user_id user_id :
    ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; with_was_successful was_successful : bool; }
);
#[cfg(msgraph_beta_office_configuration_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OfficeClientCheckinStatus);
#[cfg(msgraph_beta_office_configuration_or_search)]
/// CSDL: `microsoft.graph.officeClientConfiguration`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`OfficeClientConfigurationPath`](requests/trait.OfficeClientConfigurationPath.html), what a path to one (`EntityPath<AnyOfficeClientConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-office-configuration`, `beta-search`.
#[derive(Clone)]
pub struct OfficeClientConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `checkinStatuses`: `Collection(microsoft.graph.officeClientCheckinStatus)`, nullable.
    pub checkin_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::OfficeClientCheckinStatus>,
    >,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `policyPayload`: `Edm.Stream`, nullable.
    pub policy_payload: rt::Field<rt::RawJson>,
    /// CSDL: property `priority`: `Edm.Int32`, not nullable.
    pub priority: rt::Field<i32>,
    /// CSDL: property `userCheckinSummary`: `microsoft.graph.officeUserCheckinSummary`, nullable.
    pub user_checkin_summary: rt::Field<crate::beta::OfficeUserCheckinSummary>,
    /// CSDL: property `userPreferencePayload`: `Edm.Stream`, nullable.
    pub user_preference_payload: rt::Field<rt::RawJson>,
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.officeClientConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::OfficeClientConfigurationAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl ::std::default::Default for OfficeClientConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            checkin_statuses: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            policy_payload: rt::Field::Absent,
            priority: rt::Field::Absent,
            user_checkin_summary: rt::Field::Absent,
            user_preference_payload: rt::Field::Absent,
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl rt::Object for OfficeClientConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.officeClientConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "checkinStatuses",
        "description",
        "displayName",
        "policyPayload",
        "priority",
        "userCheckinSummary",
        "userPreferencePayload",
        "assignments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"checkinStatuses\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"policyPayload\":                ",
        ",\"priority\":                     ",
        ",\"userCheckinSummary\":           ",
        ",\"userPreferencePayload\":        ",
        ",\"assignments\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.officeClientConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "checkin_statuses", &self.checkin_statuses);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "policy_payload", &self.policy_payload);
        v.field(5usize, "priority", &self.priority);
        v.field(6usize, "user_checkin_summary", &self.user_checkin_summary);
        v.field(7usize, "user_preference_payload", &self.user_preference_payload);
        v.field(8usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl rt::object::Members for OfficeClientConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.checkin_statuses.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.policy_payload.read_from(r),
            5usize => self.priority.read_from(r),
            6usize => self.user_checkin_summary.read_from(r),
            7usize => self.user_preference_payload.read_from(r),
            8usize => self.assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.checkin_statuses);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.policy_payload);
        w.field(5usize, &self.priority);
        w.field(6usize, &self.user_checkin_summary);
        w.field(7usize, &self.user_preference_payload);
        w.field(8usize, &self.assignments);
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
#[cfg(msgraph_beta_office_configuration_or_search)]
rt::impl_object!(OfficeClientConfiguration);
#[cfg(msgraph_beta_office_configuration_or_search)]
rt::impl_setters!(
    OfficeClientConfiguration { with_id id : ::std::string::String; with_checkin_statuses
    checkin_statuses : ::std::vec::Vec < crate ::beta::OfficeClientCheckinStatus >;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_policy_payload policy_payload : rt::RawJson;
    with_priority priority : i32; with_user_checkin_summary user_checkin_summary : crate
    ::beta::OfficeUserCheckinSummary; with_user_preference_payload
    user_preference_payload : rt::RawJson; with_assignments assignments : ::std::vec::Vec
    < crate ::beta::OfficeClientConfigurationAssignment >; }
);
#[cfg(msgraph_beta_office_configuration_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OfficeClientConfiguration);
#[cfg(msgraph_beta_office_configuration_or_search)]
/// `microsoft.graph.officeClientConfiguration` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-office-configuration`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOfficeClientConfiguration {
    OfficeClientConfiguration(::std::boxed::Box<crate::beta::OfficeClientConfiguration>),
    WindowsOfficeClientConfiguration(
        ::std::boxed::Box<crate::beta::WindowsOfficeClientConfiguration>,
    ),
    WindowsOfficeClientSecurityConfiguration(
        ::std::boxed::Box<crate::beta::WindowsOfficeClientSecurityConfiguration>,
    ),
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl ::std::default::Default for AnyOfficeClientConfiguration {
    #[inline]
    fn default() -> Self {
        Self::OfficeClientConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OfficeClientConfiguration>
for AnyOfficeClientConfiguration {
    #[inline]
    fn from(v: crate::beta::OfficeClientConfiguration) -> Self {
        Self::OfficeClientConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsOfficeClientConfiguration>
for AnyOfficeClientConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsOfficeClientConfiguration) -> Self {
        Self::WindowsOfficeClientConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsOfficeClientSecurityConfiguration>
for AnyOfficeClientConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsOfficeClientSecurityConfiguration) -> Self {
        Self::WindowsOfficeClientSecurityConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
unsafe impl ::std::marker::Send for AnyOfficeClientConfiguration {}
#[cfg(msgraph_beta_office_configuration_or_search)]
unsafe impl ::std::marker::Sync for AnyOfficeClientConfiguration {}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl ::std::marker::Unpin for AnyOfficeClientConfiguration {}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl ::std::panic::UnwindSafe for AnyOfficeClientConfiguration {}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl ::std::panic::RefUnwindSafe for AnyOfficeClientConfiguration {}
#[cfg(msgraph_beta_office_configuration_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::OfficeClientConfiguration>();
    rt::object::auto_traits::<crate::beta::WindowsOfficeClientConfiguration>();
    rt::object::auto_traits::<crate::beta::WindowsOfficeClientSecurityConfiguration>();
};
#[cfg(msgraph_beta_office_configuration_or_search)]
impl rt::Poly for AnyOfficeClientConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.officeClientConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.windowsOfficeClientConfiguration",
            ) => Self::WindowsOfficeClientConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsOfficeClientSecurityConfiguration",
            ) => Self::WindowsOfficeClientSecurityConfiguration(rt::object::new_boxed()),
            _ => Self::OfficeClientConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OfficeClientConfiguration(v) => &**v,
            Self::WindowsOfficeClientConfiguration(v) => &**v,
            Self::WindowsOfficeClientSecurityConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OfficeClientConfiguration(v) => &mut **v,
            Self::WindowsOfficeClientConfiguration(v) => &mut **v,
            Self::WindowsOfficeClientSecurityConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl AnyOfficeClientConfiguration {
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
            Self::OfficeClientConfiguration(v) => &v.id,
            Self::WindowsOfficeClientConfiguration(v) => &v.id,
            Self::WindowsOfficeClientSecurityConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OfficeClientConfiguration(v) => &mut v.id,
            Self::WindowsOfficeClientConfiguration(v) => &mut v.id,
            Self::WindowsOfficeClientSecurityConfiguration(v) => &mut v.id,
        }
    }
    /// `checkinStatuses` of any variant.
    #[inline]
    pub fn checkin_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::OfficeClientCheckinStatus>> {
        match self {
            Self::OfficeClientConfiguration(v) => &v.checkin_statuses,
            Self::WindowsOfficeClientConfiguration(v) => &v.checkin_statuses,
            Self::WindowsOfficeClientSecurityConfiguration(v) => &v.checkin_statuses,
        }
    }
    /// `checkinStatuses` of any variant.
    #[inline]
    pub fn checkin_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::OfficeClientCheckinStatus>> {
        match self {
            Self::OfficeClientConfiguration(v) => &mut v.checkin_statuses,
            Self::WindowsOfficeClientConfiguration(v) => &mut v.checkin_statuses,
            Self::WindowsOfficeClientSecurityConfiguration(v) => &mut v.checkin_statuses,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OfficeClientConfiguration(v) => &v.description,
            Self::WindowsOfficeClientConfiguration(v) => &v.description,
            Self::WindowsOfficeClientSecurityConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OfficeClientConfiguration(v) => &mut v.description,
            Self::WindowsOfficeClientConfiguration(v) => &mut v.description,
            Self::WindowsOfficeClientSecurityConfiguration(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OfficeClientConfiguration(v) => &v.display_name,
            Self::WindowsOfficeClientConfiguration(v) => &v.display_name,
            Self::WindowsOfficeClientSecurityConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OfficeClientConfiguration(v) => &mut v.display_name,
            Self::WindowsOfficeClientConfiguration(v) => &mut v.display_name,
            Self::WindowsOfficeClientSecurityConfiguration(v) => &mut v.display_name,
        }
    }
    /// `policyPayload` of any variant.
    #[inline]
    pub fn policy_payload(&self) -> &rt::Field<rt::RawJson> {
        match self {
            Self::OfficeClientConfiguration(v) => &v.policy_payload,
            Self::WindowsOfficeClientConfiguration(v) => &v.policy_payload,
            Self::WindowsOfficeClientSecurityConfiguration(v) => &v.policy_payload,
        }
    }
    /// `policyPayload` of any variant.
    #[inline]
    pub fn policy_payload_mut(&mut self) -> &mut rt::Field<rt::RawJson> {
        match self {
            Self::OfficeClientConfiguration(v) => &mut v.policy_payload,
            Self::WindowsOfficeClientConfiguration(v) => &mut v.policy_payload,
            Self::WindowsOfficeClientSecurityConfiguration(v) => &mut v.policy_payload,
        }
    }
    /// `priority` of any variant.
    #[inline]
    pub fn priority(&self) -> &rt::Field<i32> {
        match self {
            Self::OfficeClientConfiguration(v) => &v.priority,
            Self::WindowsOfficeClientConfiguration(v) => &v.priority,
            Self::WindowsOfficeClientSecurityConfiguration(v) => &v.priority,
        }
    }
    /// `priority` of any variant.
    #[inline]
    pub fn priority_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::OfficeClientConfiguration(v) => &mut v.priority,
            Self::WindowsOfficeClientConfiguration(v) => &mut v.priority,
            Self::WindowsOfficeClientSecurityConfiguration(v) => &mut v.priority,
        }
    }
    /// `userCheckinSummary` of any variant.
    #[inline]
    pub fn user_checkin_summary(
        &self,
    ) -> &rt::Field<crate::beta::OfficeUserCheckinSummary> {
        match self {
            Self::OfficeClientConfiguration(v) => &v.user_checkin_summary,
            Self::WindowsOfficeClientConfiguration(v) => &v.user_checkin_summary,
            Self::WindowsOfficeClientSecurityConfiguration(v) => &v.user_checkin_summary,
        }
    }
    /// `userCheckinSummary` of any variant.
    #[inline]
    pub fn user_checkin_summary_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::OfficeUserCheckinSummary> {
        match self {
            Self::OfficeClientConfiguration(v) => &mut v.user_checkin_summary,
            Self::WindowsOfficeClientConfiguration(v) => &mut v.user_checkin_summary,
            Self::WindowsOfficeClientSecurityConfiguration(v) => {
                &mut v.user_checkin_summary
            }
        }
    }
    /// `userPreferencePayload` of any variant.
    #[inline]
    pub fn user_preference_payload(&self) -> &rt::Field<rt::RawJson> {
        match self {
            Self::OfficeClientConfiguration(v) => &v.user_preference_payload,
            Self::WindowsOfficeClientConfiguration(v) => &v.user_preference_payload,
            Self::WindowsOfficeClientSecurityConfiguration(v) => {
                &v.user_preference_payload
            }
        }
    }
    /// `userPreferencePayload` of any variant.
    #[inline]
    pub fn user_preference_payload_mut(&mut self) -> &mut rt::Field<rt::RawJson> {
        match self {
            Self::OfficeClientConfiguration(v) => &mut v.user_preference_payload,
            Self::WindowsOfficeClientConfiguration(v) => &mut v.user_preference_payload,
            Self::WindowsOfficeClientSecurityConfiguration(v) => {
                &mut v.user_preference_payload
            }
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::OfficeClientConfigurationAssignment>> {
        match self {
            Self::OfficeClientConfiguration(v) => &v.assignments,
            Self::WindowsOfficeClientConfiguration(v) => &v.assignments,
            Self::WindowsOfficeClientSecurityConfiguration(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::OfficeClientConfigurationAssignment>,
    > {
        match self {
            Self::OfficeClientConfiguration(v) => &mut v.assignments,
            Self::WindowsOfficeClientConfiguration(v) => &mut v.assignments,
            Self::WindowsOfficeClientSecurityConfiguration(v) => &mut v.assignments,
        }
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
rt::impl_poly!(AnyOfficeClientConfiguration);
#[cfg(msgraph_beta_office_configuration_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOfficeClientConfiguration);
#[cfg(msgraph_beta_office_configuration_or_search)]
/// CSDL: `microsoft.graph.officeClientConfigurationAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`OfficeClientConfigurationAssignmentPath`](requests/trait.OfficeClientConfigurationAssignmentPath.html), what a path to one (`EntityPath<OfficeClientConfigurationAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-office-configuration`, `beta-search`.
#[derive(Clone)]
pub struct OfficeClientConfigurationAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `target`: `microsoft.graph.officeConfigurationAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyOfficeConfigurationAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl ::std::default::Default for OfficeClientConfigurationAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl rt::Object for OfficeClientConfigurationAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.officeClientConfigurationAssignment";
    const KEYS: &'static [&'static str] = &["id", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.officeClientConfigurationAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl rt::object::Members for OfficeClientConfigurationAssignment {
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
#[cfg(msgraph_beta_office_configuration_or_search)]
rt::impl_object!(OfficeClientConfigurationAssignment);
#[cfg(msgraph_beta_office_configuration_or_search)]
rt::impl_setters!(
    OfficeClientConfigurationAssignment { with_id id : ::std::string::String; with_target
    target : crate ::beta::AnyOfficeConfigurationAssignmentTarget; }
);
#[cfg(msgraph_beta_office_configuration_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OfficeClientConfigurationAssignment);
#[cfg(msgraph_beta_office_configuration)]
/// CSDL: `microsoft.graph.officeConfiguration`, entity type.
///
/// Request builders: [`OfficeConfigurationPath`](requests/trait.OfficeConfigurationPath.html), what a path to one (`EntityPath<OfficeConfiguration, C>`) dereferences to.
///
/// Features: `beta` or `beta-office-configuration`.
#[derive(Clone)]
pub struct OfficeConfiguration {
    /// CSDL: property `tenantCheckinStatuses`: `Collection(microsoft.graph.officeClientCheckinStatus)`, nullable.
    pub tenant_checkin_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::OfficeClientCheckinStatus>,
    >,
    /// CSDL: property `tenantUserCheckinSummary`: `microsoft.graph.officeUserCheckinSummary`, nullable.
    pub tenant_user_checkin_summary: rt::Field<crate::beta::OfficeUserCheckinSummary>,
    /// CSDL: containment navigation property `clientConfigurations`: `Collection(microsoft.graph.officeClientConfiguration)`, not nullable.
    pub client_configurations: rt::Field<
        ::std::vec::Vec<crate::beta::AnyOfficeClientConfiguration>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_office_configuration)]
impl ::std::default::Default for OfficeConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            tenant_checkin_statuses: rt::Field::Absent,
            tenant_user_checkin_summary: rt::Field::Absent,
            client_configurations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_office_configuration)]
impl rt::Object for OfficeConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.officeConfiguration";
    const KEYS: &'static [&'static str] = &[
        "tenantCheckinStatuses",
        "tenantUserCheckinSummary",
        "clientConfigurations",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"tenantCheckinStatuses\":        ",
        ",\"tenantUserCheckinSummary\":     ",
        ",\"clientConfigurations\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.officeConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "tenant_checkin_statuses", &self.tenant_checkin_statuses);
        v.field(
            1usize,
            "tenant_user_checkin_summary",
            &self.tenant_user_checkin_summary,
        );
        v.field(2usize, "client_configurations", &self.client_configurations);
    }
}
#[cfg(msgraph_beta_office_configuration)]
impl rt::object::Members for OfficeConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.tenant_checkin_statuses.read_from(r),
            1usize => self.tenant_user_checkin_summary.read_from(r),
            2usize => self.client_configurations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.tenant_checkin_statuses);
        w.field(1usize, &self.tenant_user_checkin_summary);
        w.field(2usize, &self.client_configurations);
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
#[cfg(msgraph_beta_office_configuration)]
rt::impl_object!(OfficeConfiguration);
#[cfg(msgraph_beta_office_configuration)]
rt::impl_setters!(
    OfficeConfiguration { with_tenant_checkin_statuses tenant_checkin_statuses :
    ::std::vec::Vec < crate ::beta::OfficeClientCheckinStatus >;
    with_tenant_user_checkin_summary tenant_user_checkin_summary : crate
    ::beta::OfficeUserCheckinSummary; with_client_configurations client_configurations :
    ::std::vec::Vec < crate ::beta::AnyOfficeClientConfiguration >; }
);
#[cfg(msgraph_beta_office_configuration)]
#[cfg(feature = "serde")]
rt::impl_serde!(OfficeConfiguration);
#[cfg(msgraph_beta_office_configuration_or_search)]
/// CSDL: `microsoft.graph.officeConfigurationAssignmentTarget`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-office-configuration`, `beta-search`.
#[derive(Clone)]
pub struct OfficeConfigurationAssignmentTarget {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl ::std::default::Default for OfficeConfigurationAssignmentTarget {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl rt::Object for OfficeConfigurationAssignmentTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.officeConfigurationAssignmentTarget";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.officeConfigurationAssignmentTarget\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl rt::object::Members for OfficeConfigurationAssignmentTarget {
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
#[cfg(msgraph_beta_office_configuration_or_search)]
rt::impl_object!(OfficeConfigurationAssignmentTarget);
#[cfg(msgraph_beta_office_configuration_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OfficeConfigurationAssignmentTarget);
#[cfg(msgraph_beta_office_configuration_or_search)]
/// `microsoft.graph.officeConfigurationAssignmentTarget` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-office-configuration`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOfficeConfigurationAssignmentTarget {
    OfficeConfigurationAssignmentTarget(
        ::std::boxed::Box<crate::beta::OfficeConfigurationAssignmentTarget>,
    ),
    OfficeConfigurationGroupAssignmentTarget(
        ::std::boxed::Box<crate::beta::OfficeConfigurationGroupAssignmentTarget>,
    ),
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl ::std::default::Default for AnyOfficeConfigurationAssignmentTarget {
    #[inline]
    fn default() -> Self {
        Self::OfficeConfigurationAssignmentTarget(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OfficeConfigurationAssignmentTarget>
for AnyOfficeConfigurationAssignmentTarget {
    #[inline]
    fn from(v: crate::beta::OfficeConfigurationAssignmentTarget) -> Self {
        Self::OfficeConfigurationAssignmentTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OfficeConfigurationGroupAssignmentTarget>
for AnyOfficeConfigurationAssignmentTarget {
    #[inline]
    fn from(v: crate::beta::OfficeConfigurationGroupAssignmentTarget) -> Self {
        Self::OfficeConfigurationGroupAssignmentTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
unsafe impl ::std::marker::Send for AnyOfficeConfigurationAssignmentTarget {}
#[cfg(msgraph_beta_office_configuration_or_search)]
unsafe impl ::std::marker::Sync for AnyOfficeConfigurationAssignmentTarget {}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl ::std::marker::Unpin for AnyOfficeConfigurationAssignmentTarget {}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl ::std::panic::UnwindSafe for AnyOfficeConfigurationAssignmentTarget {}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl ::std::panic::RefUnwindSafe for AnyOfficeConfigurationAssignmentTarget {}
#[cfg(msgraph_beta_office_configuration_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::OfficeConfigurationAssignmentTarget>();
    rt::object::auto_traits::<crate::beta::OfficeConfigurationGroupAssignmentTarget>();
};
#[cfg(msgraph_beta_office_configuration_or_search)]
impl rt::Poly for AnyOfficeConfigurationAssignmentTarget {
    const BASE_NAME: &'static str = "microsoft.graph.officeConfigurationAssignmentTarget";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.officeConfigurationGroupAssignmentTarget",
            ) => Self::OfficeConfigurationGroupAssignmentTarget(rt::object::new_boxed()),
            _ => Self::OfficeConfigurationAssignmentTarget(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OfficeConfigurationAssignmentTarget(v) => &**v,
            Self::OfficeConfigurationGroupAssignmentTarget(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OfficeConfigurationAssignmentTarget(v) => &mut **v,
            Self::OfficeConfigurationGroupAssignmentTarget(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl AnyOfficeConfigurationAssignmentTarget {
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
#[cfg(msgraph_beta_office_configuration_or_search)]
rt::impl_poly!(AnyOfficeConfigurationAssignmentTarget);
#[cfg(msgraph_beta_office_configuration_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOfficeConfigurationAssignmentTarget);
#[cfg(msgraph_beta_office_configuration_or_search)]
/// CSDL: `microsoft.graph.officeConfigurationGroupAssignmentTarget`, complex type, derived from `microsoft.graph.officeConfigurationAssignmentTarget`.
///
/// Features: `beta`, or one of `beta-office-configuration`, `beta-search`.
#[derive(Clone)]
pub struct OfficeConfigurationGroupAssignmentTarget {
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl ::std::default::Default for OfficeConfigurationGroupAssignmentTarget {
    #[inline]
    fn default() -> Self {
        Self {
            group_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl rt::Object for OfficeConfigurationGroupAssignmentTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.officeConfigurationGroupAssignmentTarget";
    const KEYS: &'static [&'static str] = &["groupId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"groupId\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.officeConfigurationGroupAssignmentTarget\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "group_id", &self.group_id);
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl rt::object::Members for OfficeConfigurationGroupAssignmentTarget {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.group_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.group_id);
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
#[cfg(msgraph_beta_office_configuration_or_search)]
rt::impl_object!(OfficeConfigurationGroupAssignmentTarget);
#[cfg(msgraph_beta_office_configuration_or_search)]
rt::impl_setters!(
    OfficeConfigurationGroupAssignmentTarget { with_group_id group_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_office_configuration_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OfficeConfigurationGroupAssignmentTarget);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.officeProductId`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OfficeProductId {
    /// `o365ProPlusRetail` (value 0).
    O365ProPlusRetail,
    /// `o365BusinessRetail` (value 1).
    O365BusinessRetail,
    /// `visioProRetail` (value 2).
    VisioProRetail,
    /// `projectProRetail` (value 3).
    ProjectProRetail,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for OfficeProductId {
    const TYPE_NAME: &'static str = "microsoft.graph.officeProductId";
    const MEMBERS: &'static [&'static str] = &[
        "o365ProPlusRetail",
        "o365BusinessRetail",
        "visioProRetail",
        "projectProRetail",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "o365ProPlusRetail" => Self::O365ProPlusRetail,
                "o365BusinessRetail" => Self::O365BusinessRetail,
                "visioProRetail" => Self::VisioProRetail,
                "projectProRetail" => Self::ProjectProRetail,
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
            Self::O365ProPlusRetail => "o365ProPlusRetail",
            Self::O365BusinessRetail => "o365BusinessRetail",
            Self::VisioProRetail => "visioProRetail",
            Self::ProjectProRetail => "projectProRetail",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(OfficeProductId);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OfficeProductId);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for the Office365 Suite App.
///
/// CSDL: `microsoft.graph.officeSuiteApp`, entity type, derived from `microsoft.graph.mobileApp`, key `id`.
///
/// Request builders: [`OfficeSuiteAppPath`](requests/trait.OfficeSuiteAppPath.html), what a path to one (`EntityPath<OfficeSuiteApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct OfficeSuiteApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The total number of dependencies the child app has.
    ///
    /// CSDL: property `dependentAppCount`: `Edm.Int32`, not nullable.
    pub dependent_app_count: rt::Field<i32>,
    /// The description of the app.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The developer of the app.
    ///
    /// CSDL: property `developer`: `Edm.String`, nullable.
    pub developer: rt::Field<::std::string::String>,
    /// The admin provided or imported title of the app.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The more information Url.
    ///
    /// CSDL: property `informationUrl`: `Edm.String`, nullable.
    pub information_url: rt::Field<::std::string::String>,
    /// The value indicating whether the app is assigned to at least one group.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::beta::MimeContent>,
    /// The date and time the app was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Notes for the app.
    ///
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// The owner of the app.
    ///
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// The privacy statement Url.
    ///
    /// CSDL: property `privacyInformationUrl`: `Edm.String`, nullable.
    pub privacy_information_url: rt::Field<::std::string::String>,
    /// The publisher of the app.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The publishing state for the app. The app cannot be assigned unless the app is published.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::beta::MobileAppPublishingState>,
    /// List of scope tag ids for this mobile app.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The total number of apps this app is directly or indirectly superseded by.
    ///
    /// CSDL: property `supersededAppCount`: `Edm.Int32`, not nullable.
    pub superseded_app_count: rt::Field<i32>,
    /// The total number of apps this app directly or indirectly supersedes.
    ///
    /// CSDL: property `supersedingAppCount`: `Edm.Int32`, not nullable.
    pub superseding_app_count: rt::Field<i32>,
    /// The upload state. Possible values are: 0 - `Not Ready`, 1 - `Ready`, 2 - `Processing`.
    ///
    /// CSDL: property `uploadState`: `Edm.Int32`, not nullable.
    pub upload_state: rt::Field<i32>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.mobileAppInstallStatus)`, not nullable.
    pub device_statuses: rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>>,
    /// Mobile App Install Summary.
    ///
    /// CSDL: containment navigation property `installSummary`: `microsoft.graph.mobileAppInstallSummary`, nullable.
    pub install_summary: rt::Field<crate::beta::MobileAppInstallSummary>,
    /// The set of direct relationships for this app.
    ///
    /// CSDL: containment navigation property `relationships`: `Collection(microsoft.graph.mobileAppRelationship)`, not nullable.
    pub relationships: rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.userAppInstallStatus)`, not nullable.
    pub user_statuses: rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>>,
    /// The value to accept the EULA automatically on the enduser's device.
    ///
    /// CSDL: property `autoAcceptEula`: `Edm.Boolean`, not nullable.
    pub auto_accept_eula: rt::Field<bool>,
    /// The property to represent the apps which are excluded from the selected Office365 Product Id.
    ///
    /// CSDL: property `excludedApps`: `microsoft.graph.excludedApps`, nullable.
    pub excluded_apps: rt::Field<crate::beta::ExcludedApps>,
    /// To specify the level of display for the Installation Progress Setup UI on the Device.
    ///
    /// CSDL: property `installProgressDisplayLevel`: `microsoft.graph.officeSuiteInstallProgressDisplayLevel`, not nullable.
    pub install_progress_display_level: rt::Field<
        crate::beta::OfficeSuiteInstallProgressDisplayLevel,
    >,
    /// The property to represent the locales which are installed when the apps from Office365 is installed. It uses standard RFC 6033. Ref: https://technet.microsoft.com/en-us/library/cc179219(v=office.16).aspx
    ///
    /// CSDL: property `localesToInstall`: `Collection(Edm.String)`, nullable.
    pub locales_to_install: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The property to represent the XML configuration file that can be specified for Office ProPlus Apps. Takes precedence over all other properties. When present, the XML configuration file will be used to create the app.
    ///
    /// CSDL: property `officeConfigurationXml`: `Edm.Binary`, nullable.
    pub office_configuration_xml: rt::Field<rt::edm::Binary>,
    /// The property to represent the Office365 app suite version.
    ///
    /// CSDL: property `officePlatformArchitecture`: `microsoft.graph.windowsArchitecture`, not nullable.
    pub office_platform_architecture: rt::Field<
        rt::Flags<crate::beta::WindowsArchitecture>,
    >,
    /// The Product Ids that represent the Office365 Suite SKU.
    ///
    /// CSDL: property `productIds`: `Collection(microsoft.graph.officeProductId)`, not nullable.
    pub product_ids: rt::Field<::std::vec::Vec<crate::beta::OfficeProductId>>,
    /// The property to determine whether to uninstall existing Office MSI if an Office365 app suite is deployed to the device or not.
    ///
    /// CSDL: property `shouldUninstallOlderVersionsOfOffice`: `Edm.Boolean`, not nullable.
    pub should_uninstall_older_versions_of_office: rt::Field<bool>,
    /// The property to represent the specific target version for the Office365 app suite that should be remained deployed on the devices.
    ///
    /// CSDL: property `targetVersion`: `Edm.String`, nullable.
    pub target_version: rt::Field<::std::string::String>,
    /// The property to represent the Office365 Update Channel.
    ///
    /// CSDL: property `updateChannel`: `microsoft.graph.officeUpdateChannel`, not nullable.
    pub update_channel: rt::Field<crate::beta::OfficeUpdateChannel>,
    /// The property to represent the update version in which the specific target version is available for the Office365 app suite.
    ///
    /// CSDL: property `updateVersion`: `Edm.String`, nullable.
    pub update_version: rt::Field<::std::string::String>,
    /// The property to represent that whether the shared computer activation is used not for Office365 app suite.
    ///
    /// CSDL: property `useSharedComputerActivation`: `Edm.Boolean`, not nullable.
    pub use_shared_computer_activation: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for OfficeSuiteApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            dependent_app_count: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            superseded_app_count: rt::Field::Absent,
            superseding_app_count: rt::Field::Absent,
            upload_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            install_summary: rt::Field::Absent,
            relationships: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            auto_accept_eula: rt::Field::Absent,
            excluded_apps: rt::Field::Absent,
            install_progress_display_level: rt::Field::Absent,
            locales_to_install: rt::Field::Absent,
            office_configuration_xml: rt::Field::Absent,
            office_platform_architecture: rt::Field::Absent,
            product_ids: rt::Field::Absent,
            should_uninstall_older_versions_of_office: rt::Field::Absent,
            target_version: rt::Field::Absent,
            update_channel: rt::Field::Absent,
            update_version: rt::Field::Absent,
            use_shared_computer_activation: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for OfficeSuiteApp {
    const TYPE_NAME: &'static str = "microsoft.graph.officeSuiteApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "dependentAppCount",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isAssigned",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "roleScopeTagIds",
        "supersededAppCount",
        "supersedingAppCount",
        "uploadState",
        "assignments",
        "categories",
        "deviceStatuses",
        "installSummary",
        "relationships",
        "userStatuses",
        "autoAcceptEula",
        "excludedApps",
        "installProgressDisplayLevel",
        "localesToInstall",
        "officeConfigurationXml",
        "officePlatformArchitecture",
        "productIds",
        "shouldUninstallOlderVersionsOfOffice",
        "targetVersion",
        "updateChannel",
        "updateVersion",
        "useSharedComputerActivation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"dependentAppCount\":            ",
        ",\"description\":                  ",
        ",\"developer\":                    ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"isAssigned\":                   ",
        ",\"isFeatured\":                   ",
        ",\"largeIcon\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notes\":                        ",
        ",\"owner\":                        ",
        ",\"privacyInformationUrl\":        ",
        ",\"publisher\":                    ",
        ",\"publishingState\":              ",
        ",\"roleScopeTagIds\":              ",
        ",\"supersededAppCount\":           ",
        ",\"supersedingAppCount\":          ",
        ",\"uploadState\":                  ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"deviceStatuses\":               ",
        ",\"installSummary\":               ",
        ",\"relationships\":                ",
        ",\"userStatuses\":                 ",
        ",\"autoAcceptEula\":               ",
        ",\"excludedApps\":                 ",
        ",\"installProgressDisplayLevel\":  ",
        ",\"localesToInstall\":             ",
        ",\"officeConfigurationXml\":       ",
        ",\"officePlatformArchitecture\":   ",
        ",\"productIds\":                   ",
        ",\"shouldUninstallOlderVersionsOfOffice\":",
        ",\"targetVersion\":                ",
        ",\"updateChannel\":                ",
        ",\"updateVersion\":                ",
        ",\"useSharedComputerActivation\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.officeSuiteApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "dependent_app_count", &self.dependent_app_count);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "developer", &self.developer);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "information_url", &self.information_url);
        v.field(7usize, "is_assigned", &self.is_assigned);
        v.field(8usize, "is_featured", &self.is_featured);
        v.field(9usize, "large_icon", &self.large_icon);
        v.field(10usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(11usize, "notes", &self.notes);
        v.field(12usize, "owner", &self.owner);
        v.field(13usize, "privacy_information_url", &self.privacy_information_url);
        v.field(14usize, "publisher", &self.publisher);
        v.field(15usize, "publishing_state", &self.publishing_state);
        v.field(16usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(17usize, "superseded_app_count", &self.superseded_app_count);
        v.field(18usize, "superseding_app_count", &self.superseding_app_count);
        v.field(19usize, "upload_state", &self.upload_state);
        v.field(20usize, "assignments", &self.assignments);
        v.field(21usize, "categories", &self.categories);
        v.field(22usize, "device_statuses", &self.device_statuses);
        v.field(23usize, "install_summary", &self.install_summary);
        v.field(24usize, "relationships", &self.relationships);
        v.field(25usize, "user_statuses", &self.user_statuses);
        v.field(26usize, "auto_accept_eula", &self.auto_accept_eula);
        v.field(27usize, "excluded_apps", &self.excluded_apps);
        v.field(
            28usize,
            "install_progress_display_level",
            &self.install_progress_display_level,
        );
        v.field(29usize, "locales_to_install", &self.locales_to_install);
        v.field(30usize, "office_configuration_xml", &self.office_configuration_xml);
        v.field(
            31usize,
            "office_platform_architecture",
            &self.office_platform_architecture,
        );
        v.field(32usize, "product_ids", &self.product_ids);
        v.field(
            33usize,
            "should_uninstall_older_versions_of_office",
            &self.should_uninstall_older_versions_of_office,
        );
        v.field(34usize, "target_version", &self.target_version);
        v.field(35usize, "update_channel", &self.update_channel);
        v.field(36usize, "update_version", &self.update_version);
        v.field(
            37usize,
            "use_shared_computer_activation",
            &self.use_shared_computer_activation,
        );
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for OfficeSuiteApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.dependent_app_count.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.developer.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.information_url.read_from(r),
            7usize => self.is_assigned.read_from(r),
            8usize => self.is_featured.read_from(r),
            9usize => self.large_icon.read_from(r),
            10usize => self.last_modified_date_time.read_from(r),
            11usize => self.notes.read_from(r),
            12usize => self.owner.read_from(r),
            13usize => self.privacy_information_url.read_from(r),
            14usize => self.publisher.read_from(r),
            15usize => self.publishing_state.read_from(r),
            16usize => self.role_scope_tag_ids.read_from(r),
            17usize => self.superseded_app_count.read_from(r),
            18usize => self.superseding_app_count.read_from(r),
            19usize => self.upload_state.read_from(r),
            20usize => self.assignments.read_from(r),
            21usize => self.categories.read_from(r),
            22usize => self.device_statuses.read_from(r),
            23usize => self.install_summary.read_from(r),
            24usize => self.relationships.read_from(r),
            25usize => self.user_statuses.read_from(r),
            26usize => self.auto_accept_eula.read_from(r),
            27usize => self.excluded_apps.read_from(r),
            28usize => self.install_progress_display_level.read_from(r),
            29usize => self.locales_to_install.read_from(r),
            30usize => self.office_configuration_xml.read_from(r),
            31usize => self.office_platform_architecture.read_from(r),
            32usize => self.product_ids.read_from(r),
            33usize => self.should_uninstall_older_versions_of_office.read_from(r),
            34usize => self.target_version.read_from(r),
            35usize => self.update_channel.read_from(r),
            36usize => self.update_version.read_from(r),
            37usize => self.use_shared_computer_activation.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.dependent_app_count);
        w.field(3usize, &self.description);
        w.field(4usize, &self.developer);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.information_url);
        w.field(7usize, &self.is_assigned);
        w.field(8usize, &self.is_featured);
        w.field(9usize, &self.large_icon);
        w.field(10usize, &self.last_modified_date_time);
        w.field(11usize, &self.notes);
        w.field(12usize, &self.owner);
        w.field(13usize, &self.privacy_information_url);
        w.field(14usize, &self.publisher);
        w.field(15usize, &self.publishing_state);
        w.field(16usize, &self.role_scope_tag_ids);
        w.field(17usize, &self.superseded_app_count);
        w.field(18usize, &self.superseding_app_count);
        w.field(19usize, &self.upload_state);
        w.field(20usize, &self.assignments);
        w.field(21usize, &self.categories);
        w.field(22usize, &self.device_statuses);
        w.field(23usize, &self.install_summary);
        w.field(24usize, &self.relationships);
        w.field(25usize, &self.user_statuses);
        w.field(26usize, &self.auto_accept_eula);
        w.field(27usize, &self.excluded_apps);
        w.field(28usize, &self.install_progress_display_level);
        w.field(29usize, &self.locales_to_install);
        w.field(30usize, &self.office_configuration_xml);
        w.field(31usize, &self.office_platform_architecture);
        w.field(32usize, &self.product_ids);
        w.field(33usize, &self.should_uninstall_older_versions_of_office);
        w.field(34usize, &self.target_version);
        w.field(35usize, &self.update_channel);
        w.field(36usize, &self.update_version);
        w.field(37usize, &self.use_shared_computer_activation);
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
rt::impl_object!(OfficeSuiteApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    OfficeSuiteApp { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_dependent_app_count
    dependent_app_count : i32; with_description description : ::std::string::String;
    with_developer developer : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_information_url information_url : ::std::string::String;
    with_is_assigned is_assigned : bool; with_is_featured is_featured : bool;
    with_large_icon large_icon : crate ::beta::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notes notes :
    ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::beta::MobileAppPublishingState; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >;
    with_superseded_app_count superseded_app_count : i32; with_superseding_app_count
    superseding_app_count : i32; with_upload_state upload_state : i32; with_assignments
    assignments : ::std::vec::Vec < crate ::beta::MobileAppAssignment >; with_categories
    categories : ::std::vec::Vec < crate ::beta::MobileAppCategory >;
    with_device_statuses device_statuses : ::std::vec::Vec < crate
    ::beta::MobileAppInstallStatus >; with_install_summary install_summary : crate
    ::beta::MobileAppInstallSummary; with_relationships relationships : ::std::vec::Vec <
    crate ::beta::AnyMobileAppRelationship >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >; with_auto_accept_eula
    auto_accept_eula : bool; with_excluded_apps excluded_apps : crate
    ::beta::ExcludedApps; with_install_progress_display_level
    install_progress_display_level : crate
    ::beta::OfficeSuiteInstallProgressDisplayLevel; with_locales_to_install
    locales_to_install : ::std::vec::Vec < ::std::string::String >;
    with_office_configuration_xml office_configuration_xml : rt::edm::Binary;
    with_office_platform_architecture office_platform_architecture : rt::Flags < crate
    ::beta::WindowsArchitecture >; with_product_ids product_ids : ::std::vec::Vec < crate
    ::beta::OfficeProductId >; with_should_uninstall_older_versions_of_office
    should_uninstall_older_versions_of_office : bool; with_target_version target_version
    : ::std::string::String; with_update_channel update_channel : crate
    ::beta::OfficeUpdateChannel; with_update_version update_version :
    ::std::string::String; with_use_shared_computer_activation
    use_shared_computer_activation : bool; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OfficeSuiteApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.officeSuiteInstallProgressDisplayLevel`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OfficeSuiteInstallProgressDisplayLevel {
    /// `none` (value 0).
    None,
    /// `full` (value 1).
    Full,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for OfficeSuiteInstallProgressDisplayLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.officeSuiteInstallProgressDisplayLevel";
    const MEMBERS: &'static [&'static str] = &["none", "full"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "full" => Self::Full,
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
            Self::Full => "full",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(OfficeSuiteInstallProgressDisplayLevel);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OfficeSuiteInstallProgressDisplayLevel);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.officeUpdateChannel`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OfficeUpdateChannel {
    /// `none` (value 0).
    None,
    /// `current` (value 1).
    Current,
    /// `deferred` (value 2).
    Deferred,
    /// `firstReleaseCurrent` (value 3).
    FirstReleaseCurrent,
    /// `firstReleaseDeferred` (value 4).
    FirstReleaseDeferred,
    /// `monthlyEnterprise` (value 5).
    MonthlyEnterprise,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for OfficeUpdateChannel {
    const TYPE_NAME: &'static str = "microsoft.graph.officeUpdateChannel";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "current",
        "deferred",
        "firstReleaseCurrent",
        "firstReleaseDeferred",
        "monthlyEnterprise",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "current" => Self::Current,
                "deferred" => Self::Deferred,
                "firstReleaseCurrent" => Self::FirstReleaseCurrent,
                "firstReleaseDeferred" => Self::FirstReleaseDeferred,
                "monthlyEnterprise" => Self::MonthlyEnterprise,
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
            Self::Current => "current",
            Self::Deferred => "deferred",
            Self::FirstReleaseCurrent => "firstReleaseCurrent",
            Self::FirstReleaseDeferred => "firstReleaseDeferred",
            Self::MonthlyEnterprise => "monthlyEnterprise",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(OfficeUpdateChannel);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OfficeUpdateChannel);
#[cfg(msgraph_beta_office_configuration_or_search)]
/// CSDL: `microsoft.graph.officeUserCheckinSummary`, complex type.
///
/// Features: `beta`, or one of `beta-office-configuration`, `beta-search`.
#[derive(Clone)]
pub struct OfficeUserCheckinSummary {
    /// CSDL: property `failedUserCount`: `Edm.Int32`, not nullable.
    pub failed_user_count: rt::Field<i32>,
    /// CSDL: property `succeededUserCount`: `Edm.Int32`, not nullable.
    pub succeeded_user_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl ::std::default::Default for OfficeUserCheckinSummary {
    #[inline]
    fn default() -> Self {
        Self {
            failed_user_count: rt::Field::Absent,
            succeeded_user_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl rt::Object for OfficeUserCheckinSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.officeUserCheckinSummary";
    const KEYS: &'static [&'static str] = &["failedUserCount", "succeededUserCount"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"failedUserCount\":              ",
        ",\"succeededUserCount\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.officeUserCheckinSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "failed_user_count", &self.failed_user_count);
        v.field(1usize, "succeeded_user_count", &self.succeeded_user_count);
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl rt::object::Members for OfficeUserCheckinSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.failed_user_count.read_from(r),
            1usize => self.succeeded_user_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.failed_user_count);
        w.field(1usize, &self.succeeded_user_count);
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
#[cfg(msgraph_beta_office_configuration_or_search)]
rt::impl_object!(OfficeUserCheckinSummary);
#[cfg(msgraph_beta_office_configuration_or_search)]
rt::impl_setters!(
    OfficeUserCheckinSummary { with_failed_user_count failed_user_count : i32;
    with_succeeded_user_count succeeded_user_count : i32; }
);
#[cfg(msgraph_beta_office_configuration_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OfficeUserCheckinSummary);
#[cfg(msgraph_beta_device_management_or_search)]
/// OMA Settings definition.
///
/// CSDL: `microsoft.graph.omaSetting`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct OmaSetting {
    /// Description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display Name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Indicates whether the value field is encrypted. This property is read-only.
    ///
    /// CSDL: property `isEncrypted`: `Edm.Boolean`, not nullable.
    pub is_encrypted: rt::Field<bool>,
    /// OMA.
    ///
    /// CSDL: property `omaUri`: `Edm.String`, not nullable.
    pub oma_uri: rt::Field<::std::string::String>,
    /// ReferenceId for looking up secret for decryption. This property is read-only.
    ///
    /// CSDL: property `secretReferenceValueId`: `Edm.String`, nullable.
    pub secret_reference_value_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for OmaSetting {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_encrypted: rt::Field::Absent,
            oma_uri: rt::Field::Absent,
            secret_reference_value_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for OmaSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.omaSetting";
    const KEYS: &'static [&'static str] = &[
        "description",
        "displayName",
        "isEncrypted",
        "omaUri",
        "secretReferenceValueId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isEncrypted\":                  ",
        ",\"omaUri\":                       ",
        ",\"secretReferenceValueId\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.omaSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "is_encrypted", &self.is_encrypted);
        v.field(3usize, "oma_uri", &self.oma_uri);
        v.field(4usize, "secret_reference_value_id", &self.secret_reference_value_id);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for OmaSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.is_encrypted.read_from(r),
            3usize => self.oma_uri.read_from(r),
            4usize => self.secret_reference_value_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.is_encrypted);
        w.field(3usize, &self.oma_uri);
        w.field(4usize, &self.secret_reference_value_id);
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
rt::impl_object!(OmaSetting);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    OmaSetting { with_description description : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_is_encrypted is_encrypted : bool;
    with_oma_uri oma_uri : ::std::string::String; with_secret_reference_value_id
    secret_reference_value_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OmaSetting);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.omaSetting` or any type derived from it, selected by `@odata.type` (8 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOmaSetting {
    OmaSetting(::std::boxed::Box<crate::beta::OmaSetting>),
    OmaSettingBase64(::std::boxed::Box<crate::beta::OmaSettingBase64>),
    OmaSettingBoolean(::std::boxed::Box<crate::beta::OmaSettingBoolean>),
    OmaSettingDateTime(::std::boxed::Box<crate::beta::OmaSettingDateTime>),
    OmaSettingFloatingPoint(::std::boxed::Box<crate::beta::OmaSettingFloatingPoint>),
    OmaSettingInteger(::std::boxed::Box<crate::beta::OmaSettingInteger>),
    OmaSettingString(::std::boxed::Box<crate::beta::OmaSettingString>),
    OmaSettingStringXml(::std::boxed::Box<crate::beta::OmaSettingStringXml>),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyOmaSetting {
    #[inline]
    fn default() -> Self {
        Self::OmaSetting(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OmaSetting> for AnyOmaSetting {
    #[inline]
    fn from(v: crate::beta::OmaSetting) -> Self {
        Self::OmaSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OmaSettingBase64> for AnyOmaSetting {
    #[inline]
    fn from(v: crate::beta::OmaSettingBase64) -> Self {
        Self::OmaSettingBase64(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OmaSettingBoolean> for AnyOmaSetting {
    #[inline]
    fn from(v: crate::beta::OmaSettingBoolean) -> Self {
        Self::OmaSettingBoolean(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OmaSettingDateTime> for AnyOmaSetting {
    #[inline]
    fn from(v: crate::beta::OmaSettingDateTime) -> Self {
        Self::OmaSettingDateTime(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OmaSettingFloatingPoint> for AnyOmaSetting {
    #[inline]
    fn from(v: crate::beta::OmaSettingFloatingPoint) -> Self {
        Self::OmaSettingFloatingPoint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OmaSettingInteger> for AnyOmaSetting {
    #[inline]
    fn from(v: crate::beta::OmaSettingInteger) -> Self {
        Self::OmaSettingInteger(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OmaSettingString> for AnyOmaSetting {
    #[inline]
    fn from(v: crate::beta::OmaSettingString) -> Self {
        Self::OmaSettingString(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OmaSettingStringXml> for AnyOmaSetting {
    #[inline]
    fn from(v: crate::beta::OmaSettingStringXml) -> Self {
        Self::OmaSettingStringXml(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyOmaSetting {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyOmaSetting {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyOmaSetting {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyOmaSetting {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyOmaSetting {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::OmaSetting>();
    rt::object::auto_traits::<crate::beta::OmaSettingBase64>();
    rt::object::auto_traits::<crate::beta::OmaSettingBoolean>();
    rt::object::auto_traits::<crate::beta::OmaSettingDateTime>();
    rt::object::auto_traits::<crate::beta::OmaSettingFloatingPoint>();
    rt::object::auto_traits::<crate::beta::OmaSettingInteger>();
    rt::object::auto_traits::<crate::beta::OmaSettingString>();
    rt::object::auto_traits::<crate::beta::OmaSettingStringXml>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyOmaSetting {
    const BASE_NAME: &'static str = "microsoft.graph.omaSetting";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.omaSettingBase64") => {
                Self::OmaSettingBase64(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.omaSettingBoolean") => {
                Self::OmaSettingBoolean(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.omaSettingDateTime") => {
                Self::OmaSettingDateTime(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.omaSettingFloatingPoint") => {
                Self::OmaSettingFloatingPoint(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.omaSettingInteger") => {
                Self::OmaSettingInteger(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.omaSettingString") => {
                Self::OmaSettingString(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.omaSettingStringXml") => {
                Self::OmaSettingStringXml(rt::object::new_boxed())
            }
            _ => Self::OmaSetting(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OmaSetting(v) => &**v,
            Self::OmaSettingBase64(v) => &**v,
            Self::OmaSettingBoolean(v) => &**v,
            Self::OmaSettingDateTime(v) => &**v,
            Self::OmaSettingFloatingPoint(v) => &**v,
            Self::OmaSettingInteger(v) => &**v,
            Self::OmaSettingString(v) => &**v,
            Self::OmaSettingStringXml(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OmaSetting(v) => &mut **v,
            Self::OmaSettingBase64(v) => &mut **v,
            Self::OmaSettingBoolean(v) => &mut **v,
            Self::OmaSettingDateTime(v) => &mut **v,
            Self::OmaSettingFloatingPoint(v) => &mut **v,
            Self::OmaSettingInteger(v) => &mut **v,
            Self::OmaSettingString(v) => &mut **v,
            Self::OmaSettingStringXml(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyOmaSetting {
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
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OmaSetting(v) => &v.description,
            Self::OmaSettingBase64(v) => &v.description,
            Self::OmaSettingBoolean(v) => &v.description,
            Self::OmaSettingDateTime(v) => &v.description,
            Self::OmaSettingFloatingPoint(v) => &v.description,
            Self::OmaSettingInteger(v) => &v.description,
            Self::OmaSettingString(v) => &v.description,
            Self::OmaSettingStringXml(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OmaSetting(v) => &mut v.description,
            Self::OmaSettingBase64(v) => &mut v.description,
            Self::OmaSettingBoolean(v) => &mut v.description,
            Self::OmaSettingDateTime(v) => &mut v.description,
            Self::OmaSettingFloatingPoint(v) => &mut v.description,
            Self::OmaSettingInteger(v) => &mut v.description,
            Self::OmaSettingString(v) => &mut v.description,
            Self::OmaSettingStringXml(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OmaSetting(v) => &v.display_name,
            Self::OmaSettingBase64(v) => &v.display_name,
            Self::OmaSettingBoolean(v) => &v.display_name,
            Self::OmaSettingDateTime(v) => &v.display_name,
            Self::OmaSettingFloatingPoint(v) => &v.display_name,
            Self::OmaSettingInteger(v) => &v.display_name,
            Self::OmaSettingString(v) => &v.display_name,
            Self::OmaSettingStringXml(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OmaSetting(v) => &mut v.display_name,
            Self::OmaSettingBase64(v) => &mut v.display_name,
            Self::OmaSettingBoolean(v) => &mut v.display_name,
            Self::OmaSettingDateTime(v) => &mut v.display_name,
            Self::OmaSettingFloatingPoint(v) => &mut v.display_name,
            Self::OmaSettingInteger(v) => &mut v.display_name,
            Self::OmaSettingString(v) => &mut v.display_name,
            Self::OmaSettingStringXml(v) => &mut v.display_name,
        }
    }
    /// `isEncrypted` of any variant.
    #[inline]
    pub fn is_encrypted(&self) -> &rt::Field<bool> {
        match self {
            Self::OmaSetting(v) => &v.is_encrypted,
            Self::OmaSettingBase64(v) => &v.is_encrypted,
            Self::OmaSettingBoolean(v) => &v.is_encrypted,
            Self::OmaSettingDateTime(v) => &v.is_encrypted,
            Self::OmaSettingFloatingPoint(v) => &v.is_encrypted,
            Self::OmaSettingInteger(v) => &v.is_encrypted,
            Self::OmaSettingString(v) => &v.is_encrypted,
            Self::OmaSettingStringXml(v) => &v.is_encrypted,
        }
    }
    /// `isEncrypted` of any variant.
    #[inline]
    pub fn is_encrypted_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::OmaSetting(v) => &mut v.is_encrypted,
            Self::OmaSettingBase64(v) => &mut v.is_encrypted,
            Self::OmaSettingBoolean(v) => &mut v.is_encrypted,
            Self::OmaSettingDateTime(v) => &mut v.is_encrypted,
            Self::OmaSettingFloatingPoint(v) => &mut v.is_encrypted,
            Self::OmaSettingInteger(v) => &mut v.is_encrypted,
            Self::OmaSettingString(v) => &mut v.is_encrypted,
            Self::OmaSettingStringXml(v) => &mut v.is_encrypted,
        }
    }
    /// `omaUri` of any variant.
    #[inline]
    pub fn oma_uri(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OmaSetting(v) => &v.oma_uri,
            Self::OmaSettingBase64(v) => &v.oma_uri,
            Self::OmaSettingBoolean(v) => &v.oma_uri,
            Self::OmaSettingDateTime(v) => &v.oma_uri,
            Self::OmaSettingFloatingPoint(v) => &v.oma_uri,
            Self::OmaSettingInteger(v) => &v.oma_uri,
            Self::OmaSettingString(v) => &v.oma_uri,
            Self::OmaSettingStringXml(v) => &v.oma_uri,
        }
    }
    /// `omaUri` of any variant.
    #[inline]
    pub fn oma_uri_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OmaSetting(v) => &mut v.oma_uri,
            Self::OmaSettingBase64(v) => &mut v.oma_uri,
            Self::OmaSettingBoolean(v) => &mut v.oma_uri,
            Self::OmaSettingDateTime(v) => &mut v.oma_uri,
            Self::OmaSettingFloatingPoint(v) => &mut v.oma_uri,
            Self::OmaSettingInteger(v) => &mut v.oma_uri,
            Self::OmaSettingString(v) => &mut v.oma_uri,
            Self::OmaSettingStringXml(v) => &mut v.oma_uri,
        }
    }
    /// `secretReferenceValueId` of any variant.
    #[inline]
    pub fn secret_reference_value_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OmaSetting(v) => &v.secret_reference_value_id,
            Self::OmaSettingBase64(v) => &v.secret_reference_value_id,
            Self::OmaSettingBoolean(v) => &v.secret_reference_value_id,
            Self::OmaSettingDateTime(v) => &v.secret_reference_value_id,
            Self::OmaSettingFloatingPoint(v) => &v.secret_reference_value_id,
            Self::OmaSettingInteger(v) => &v.secret_reference_value_id,
            Self::OmaSettingString(v) => &v.secret_reference_value_id,
            Self::OmaSettingStringXml(v) => &v.secret_reference_value_id,
        }
    }
    /// `secretReferenceValueId` of any variant.
    #[inline]
    pub fn secret_reference_value_id_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OmaSetting(v) => &mut v.secret_reference_value_id,
            Self::OmaSettingBase64(v) => &mut v.secret_reference_value_id,
            Self::OmaSettingBoolean(v) => &mut v.secret_reference_value_id,
            Self::OmaSettingDateTime(v) => &mut v.secret_reference_value_id,
            Self::OmaSettingFloatingPoint(v) => &mut v.secret_reference_value_id,
            Self::OmaSettingInteger(v) => &mut v.secret_reference_value_id,
            Self::OmaSettingString(v) => &mut v.secret_reference_value_id,
            Self::OmaSettingStringXml(v) => &mut v.secret_reference_value_id,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyOmaSetting);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOmaSetting);
#[cfg(msgraph_beta_device_management_or_search)]
/// OMA Settings Base64 definition.
///
/// CSDL: `microsoft.graph.omaSettingBase64`, complex type, derived from `microsoft.graph.omaSetting`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct OmaSettingBase64 {
    /// Description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display Name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Indicates whether the value field is encrypted. This property is read-only.
    ///
    /// CSDL: property `isEncrypted`: `Edm.Boolean`, not nullable.
    pub is_encrypted: rt::Field<bool>,
    /// OMA.
    ///
    /// CSDL: property `omaUri`: `Edm.String`, not nullable.
    pub oma_uri: rt::Field<::std::string::String>,
    /// ReferenceId for looking up secret for decryption. This property is read-only.
    ///
    /// CSDL: property `secretReferenceValueId`: `Edm.String`, nullable.
    pub secret_reference_value_id: rt::Field<::std::string::String>,
    /// File name associated with the Value property (*.cer | *.crt | *.p7b | *.bin).
    ///
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// Value. (Base64 encoded string)
    ///
    /// CSDL: property `value`: `Edm.String`, not nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for OmaSettingBase64 {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_encrypted: rt::Field::Absent,
            oma_uri: rt::Field::Absent,
            secret_reference_value_id: rt::Field::Absent,
            file_name: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for OmaSettingBase64 {
    const TYPE_NAME: &'static str = "microsoft.graph.omaSettingBase64";
    const KEYS: &'static [&'static str] = &[
        "description",
        "displayName",
        "isEncrypted",
        "omaUri",
        "secretReferenceValueId",
        "fileName",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isEncrypted\":                  ",
        ",\"omaUri\":                       ",
        ",\"secretReferenceValueId\":       ",
        ",\"fileName\":                     ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.omaSettingBase64\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "is_encrypted", &self.is_encrypted);
        v.field(3usize, "oma_uri", &self.oma_uri);
        v.field(4usize, "secret_reference_value_id", &self.secret_reference_value_id);
        v.field(5usize, "file_name", &self.file_name);
        v.field(6usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for OmaSettingBase64 {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.is_encrypted.read_from(r),
            3usize => self.oma_uri.read_from(r),
            4usize => self.secret_reference_value_id.read_from(r),
            5usize => self.file_name.read_from(r),
            6usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.is_encrypted);
        w.field(3usize, &self.oma_uri);
        w.field(4usize, &self.secret_reference_value_id);
        w.field(5usize, &self.file_name);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(OmaSettingBase64);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    OmaSettingBase64 { with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_is_encrypted
    is_encrypted : bool; with_oma_uri oma_uri : ::std::string::String;
    with_secret_reference_value_id secret_reference_value_id : ::std::string::String;
    with_file_name file_name : ::std::string::String; with_value value :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OmaSettingBase64);
#[cfg(msgraph_beta_device_management_or_search)]
/// OMA Settings Boolean definition.
///
/// CSDL: `microsoft.graph.omaSettingBoolean`, complex type, derived from `microsoft.graph.omaSetting`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct OmaSettingBoolean {
    /// Description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display Name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Indicates whether the value field is encrypted. This property is read-only.
    ///
    /// CSDL: property `isEncrypted`: `Edm.Boolean`, not nullable.
    pub is_encrypted: rt::Field<bool>,
    /// OMA.
    ///
    /// CSDL: property `omaUri`: `Edm.String`, not nullable.
    pub oma_uri: rt::Field<::std::string::String>,
    /// ReferenceId for looking up secret for decryption. This property is read-only.
    ///
    /// CSDL: property `secretReferenceValueId`: `Edm.String`, nullable.
    pub secret_reference_value_id: rt::Field<::std::string::String>,
    /// Value.
    ///
    /// CSDL: property `value`: `Edm.Boolean`, not nullable.
    pub value: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for OmaSettingBoolean {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_encrypted: rt::Field::Absent,
            oma_uri: rt::Field::Absent,
            secret_reference_value_id: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for OmaSettingBoolean {
    const TYPE_NAME: &'static str = "microsoft.graph.omaSettingBoolean";
    const KEYS: &'static [&'static str] = &[
        "description",
        "displayName",
        "isEncrypted",
        "omaUri",
        "secretReferenceValueId",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isEncrypted\":                  ",
        ",\"omaUri\":                       ",
        ",\"secretReferenceValueId\":       ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.omaSettingBoolean\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "is_encrypted", &self.is_encrypted);
        v.field(3usize, "oma_uri", &self.oma_uri);
        v.field(4usize, "secret_reference_value_id", &self.secret_reference_value_id);
        v.field(5usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for OmaSettingBoolean {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.is_encrypted.read_from(r),
            3usize => self.oma_uri.read_from(r),
            4usize => self.secret_reference_value_id.read_from(r),
            5usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.is_encrypted);
        w.field(3usize, &self.oma_uri);
        w.field(4usize, &self.secret_reference_value_id);
        w.field(5usize, &self.value);
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
rt::impl_object!(OmaSettingBoolean);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    OmaSettingBoolean { with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_is_encrypted
    is_encrypted : bool; with_oma_uri oma_uri : ::std::string::String;
    with_secret_reference_value_id secret_reference_value_id : ::std::string::String;
    with_value value : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OmaSettingBoolean);
#[cfg(msgraph_beta_device_management_or_search)]
/// OMA Settings DateTime definition.
///
/// CSDL: `microsoft.graph.omaSettingDateTime`, complex type, derived from `microsoft.graph.omaSetting`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct OmaSettingDateTime {
    /// Description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display Name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Indicates whether the value field is encrypted. This property is read-only.
    ///
    /// CSDL: property `isEncrypted`: `Edm.Boolean`, not nullable.
    pub is_encrypted: rt::Field<bool>,
    /// OMA.
    ///
    /// CSDL: property `omaUri`: `Edm.String`, not nullable.
    pub oma_uri: rt::Field<::std::string::String>,
    /// ReferenceId for looking up secret for decryption. This property is read-only.
    ///
    /// CSDL: property `secretReferenceValueId`: `Edm.String`, nullable.
    pub secret_reference_value_id: rt::Field<::std::string::String>,
    /// Value.
    ///
    /// CSDL: property `value`: `Edm.DateTimeOffset`, not nullable.
    pub value: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for OmaSettingDateTime {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_encrypted: rt::Field::Absent,
            oma_uri: rt::Field::Absent,
            secret_reference_value_id: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for OmaSettingDateTime {
    const TYPE_NAME: &'static str = "microsoft.graph.omaSettingDateTime";
    const KEYS: &'static [&'static str] = &[
        "description",
        "displayName",
        "isEncrypted",
        "omaUri",
        "secretReferenceValueId",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isEncrypted\":                  ",
        ",\"omaUri\":                       ",
        ",\"secretReferenceValueId\":       ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.omaSettingDateTime\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "is_encrypted", &self.is_encrypted);
        v.field(3usize, "oma_uri", &self.oma_uri);
        v.field(4usize, "secret_reference_value_id", &self.secret_reference_value_id);
        v.field(5usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for OmaSettingDateTime {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.is_encrypted.read_from(r),
            3usize => self.oma_uri.read_from(r),
            4usize => self.secret_reference_value_id.read_from(r),
            5usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.is_encrypted);
        w.field(3usize, &self.oma_uri);
        w.field(4usize, &self.secret_reference_value_id);
        w.field(5usize, &self.value);
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
rt::impl_object!(OmaSettingDateTime);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    OmaSettingDateTime { with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_is_encrypted
    is_encrypted : bool; with_oma_uri oma_uri : ::std::string::String;
    with_secret_reference_value_id secret_reference_value_id : ::std::string::String;
    with_value value : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OmaSettingDateTime);
#[cfg(msgraph_beta_device_management_or_search)]
/// OMA Settings Floating Point definition.
///
/// CSDL: `microsoft.graph.omaSettingFloatingPoint`, complex type, derived from `microsoft.graph.omaSetting`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct OmaSettingFloatingPoint {
    /// Description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display Name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Indicates whether the value field is encrypted. This property is read-only.
    ///
    /// CSDL: property `isEncrypted`: `Edm.Boolean`, not nullable.
    pub is_encrypted: rt::Field<bool>,
    /// OMA.
    ///
    /// CSDL: property `omaUri`: `Edm.String`, not nullable.
    pub oma_uri: rt::Field<::std::string::String>,
    /// ReferenceId for looking up secret for decryption. This property is read-only.
    ///
    /// CSDL: property `secretReferenceValueId`: `Edm.String`, nullable.
    pub secret_reference_value_id: rt::Field<::std::string::String>,
    /// Value.
    ///
    /// CSDL: property `value`: `Edm.Single`, not nullable.
    pub value: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for OmaSettingFloatingPoint {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_encrypted: rt::Field::Absent,
            oma_uri: rt::Field::Absent,
            secret_reference_value_id: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for OmaSettingFloatingPoint {
    const TYPE_NAME: &'static str = "microsoft.graph.omaSettingFloatingPoint";
    const KEYS: &'static [&'static str] = &[
        "description",
        "displayName",
        "isEncrypted",
        "omaUri",
        "secretReferenceValueId",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isEncrypted\":                  ",
        ",\"omaUri\":                       ",
        ",\"secretReferenceValueId\":       ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.omaSettingFloatingPoint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "is_encrypted", &self.is_encrypted);
        v.field(3usize, "oma_uri", &self.oma_uri);
        v.field(4usize, "secret_reference_value_id", &self.secret_reference_value_id);
        v.field(5usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for OmaSettingFloatingPoint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.is_encrypted.read_from(r),
            3usize => self.oma_uri.read_from(r),
            4usize => self.secret_reference_value_id.read_from(r),
            5usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.is_encrypted);
        w.field(3usize, &self.oma_uri);
        w.field(4usize, &self.secret_reference_value_id);
        w.field(5usize, &self.value);
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
rt::impl_object!(OmaSettingFloatingPoint);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    OmaSettingFloatingPoint { with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_is_encrypted
    is_encrypted : bool; with_oma_uri oma_uri : ::std::string::String;
    with_secret_reference_value_id secret_reference_value_id : ::std::string::String;
    with_value value : f64; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OmaSettingFloatingPoint);
#[cfg(msgraph_beta_device_management_or_search)]
/// OMA Settings Integer definition.
///
/// CSDL: `microsoft.graph.omaSettingInteger`, complex type, derived from `microsoft.graph.omaSetting`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct OmaSettingInteger {
    /// Description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display Name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Indicates whether the value field is encrypted. This property is read-only.
    ///
    /// CSDL: property `isEncrypted`: `Edm.Boolean`, not nullable.
    pub is_encrypted: rt::Field<bool>,
    /// OMA.
    ///
    /// CSDL: property `omaUri`: `Edm.String`, not nullable.
    pub oma_uri: rt::Field<::std::string::String>,
    /// ReferenceId for looking up secret for decryption. This property is read-only.
    ///
    /// CSDL: property `secretReferenceValueId`: `Edm.String`, nullable.
    pub secret_reference_value_id: rt::Field<::std::string::String>,
    /// By setting to true, the CSP (configuration service provider) specified in the OMA-URI will perform a get, instead of set
    ///
    /// CSDL: property `isReadOnly`: `Edm.Boolean`, not nullable.
    pub is_read_only: rt::Field<bool>,
    /// Value.
    ///
    /// CSDL: property `value`: `Edm.Int32`, not nullable.
    pub value: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for OmaSettingInteger {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_encrypted: rt::Field::Absent,
            oma_uri: rt::Field::Absent,
            secret_reference_value_id: rt::Field::Absent,
            is_read_only: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for OmaSettingInteger {
    const TYPE_NAME: &'static str = "microsoft.graph.omaSettingInteger";
    const KEYS: &'static [&'static str] = &[
        "description",
        "displayName",
        "isEncrypted",
        "omaUri",
        "secretReferenceValueId",
        "isReadOnly",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isEncrypted\":                  ",
        ",\"omaUri\":                       ",
        ",\"secretReferenceValueId\":       ",
        ",\"isReadOnly\":                   ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.omaSettingInteger\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "is_encrypted", &self.is_encrypted);
        v.field(3usize, "oma_uri", &self.oma_uri);
        v.field(4usize, "secret_reference_value_id", &self.secret_reference_value_id);
        v.field(5usize, "is_read_only", &self.is_read_only);
        v.field(6usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for OmaSettingInteger {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.is_encrypted.read_from(r),
            3usize => self.oma_uri.read_from(r),
            4usize => self.secret_reference_value_id.read_from(r),
            5usize => self.is_read_only.read_from(r),
            6usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.is_encrypted);
        w.field(3usize, &self.oma_uri);
        w.field(4usize, &self.secret_reference_value_id);
        w.field(5usize, &self.is_read_only);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(OmaSettingInteger);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    OmaSettingInteger { with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_is_encrypted
    is_encrypted : bool; with_oma_uri oma_uri : ::std::string::String;
    with_secret_reference_value_id secret_reference_value_id : ::std::string::String;
    with_is_read_only is_read_only : bool; with_value value : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OmaSettingInteger);
#[cfg(msgraph_beta_device_management_or_search)]
/// OMA Settings String definition.
///
/// CSDL: `microsoft.graph.omaSettingString`, complex type, derived from `microsoft.graph.omaSetting`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct OmaSettingString {
    /// Description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display Name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Indicates whether the value field is encrypted. This property is read-only.
    ///
    /// CSDL: property `isEncrypted`: `Edm.Boolean`, not nullable.
    pub is_encrypted: rt::Field<bool>,
    /// OMA.
    ///
    /// CSDL: property `omaUri`: `Edm.String`, not nullable.
    pub oma_uri: rt::Field<::std::string::String>,
    /// ReferenceId for looking up secret for decryption. This property is read-only.
    ///
    /// CSDL: property `secretReferenceValueId`: `Edm.String`, nullable.
    pub secret_reference_value_id: rt::Field<::std::string::String>,
    /// Value.
    ///
    /// CSDL: property `value`: `Edm.String`, not nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for OmaSettingString {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_encrypted: rt::Field::Absent,
            oma_uri: rt::Field::Absent,
            secret_reference_value_id: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for OmaSettingString {
    const TYPE_NAME: &'static str = "microsoft.graph.omaSettingString";
    const KEYS: &'static [&'static str] = &[
        "description",
        "displayName",
        "isEncrypted",
        "omaUri",
        "secretReferenceValueId",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isEncrypted\":                  ",
        ",\"omaUri\":                       ",
        ",\"secretReferenceValueId\":       ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.omaSettingString\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "is_encrypted", &self.is_encrypted);
        v.field(3usize, "oma_uri", &self.oma_uri);
        v.field(4usize, "secret_reference_value_id", &self.secret_reference_value_id);
        v.field(5usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for OmaSettingString {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.is_encrypted.read_from(r),
            3usize => self.oma_uri.read_from(r),
            4usize => self.secret_reference_value_id.read_from(r),
            5usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.is_encrypted);
        w.field(3usize, &self.oma_uri);
        w.field(4usize, &self.secret_reference_value_id);
        w.field(5usize, &self.value);
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
rt::impl_object!(OmaSettingString);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    OmaSettingString { with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_is_encrypted
    is_encrypted : bool; with_oma_uri oma_uri : ::std::string::String;
    with_secret_reference_value_id secret_reference_value_id : ::std::string::String;
    with_value value : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OmaSettingString);
#[cfg(msgraph_beta_device_management_or_search)]
/// OMA Settings StringXML definition.
///
/// CSDL: `microsoft.graph.omaSettingStringXml`, complex type, derived from `microsoft.graph.omaSetting`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct OmaSettingStringXml {
    /// Description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display Name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Indicates whether the value field is encrypted. This property is read-only.
    ///
    /// CSDL: property `isEncrypted`: `Edm.Boolean`, not nullable.
    pub is_encrypted: rt::Field<bool>,
    /// OMA.
    ///
    /// CSDL: property `omaUri`: `Edm.String`, not nullable.
    pub oma_uri: rt::Field<::std::string::String>,
    /// ReferenceId for looking up secret for decryption. This property is read-only.
    ///
    /// CSDL: property `secretReferenceValueId`: `Edm.String`, nullable.
    pub secret_reference_value_id: rt::Field<::std::string::String>,
    /// File name associated with the Value property (*.xml).
    ///
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// Value. (UTF8 encoded byte array)
    ///
    /// CSDL: property `value`: `Edm.Binary`, not nullable.
    pub value: rt::Field<rt::edm::Binary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for OmaSettingStringXml {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_encrypted: rt::Field::Absent,
            oma_uri: rt::Field::Absent,
            secret_reference_value_id: rt::Field::Absent,
            file_name: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for OmaSettingStringXml {
    const TYPE_NAME: &'static str = "microsoft.graph.omaSettingStringXml";
    const KEYS: &'static [&'static str] = &[
        "description",
        "displayName",
        "isEncrypted",
        "omaUri",
        "secretReferenceValueId",
        "fileName",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isEncrypted\":                  ",
        ",\"omaUri\":                       ",
        ",\"secretReferenceValueId\":       ",
        ",\"fileName\":                     ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.omaSettingStringXml\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "is_encrypted", &self.is_encrypted);
        v.field(3usize, "oma_uri", &self.oma_uri);
        v.field(4usize, "secret_reference_value_id", &self.secret_reference_value_id);
        v.field(5usize, "file_name", &self.file_name);
        v.field(6usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for OmaSettingStringXml {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.is_encrypted.read_from(r),
            3usize => self.oma_uri.read_from(r),
            4usize => self.secret_reference_value_id.read_from(r),
            5usize => self.file_name.read_from(r),
            6usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.is_encrypted);
        w.field(3usize, &self.oma_uri);
        w.field(4usize, &self.secret_reference_value_id);
        w.field(5usize, &self.file_name);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(OmaSettingStringXml);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    OmaSettingStringXml { with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_is_encrypted
    is_encrypted : bool; with_oma_uri oma_uri : ::std::string::String;
    with_secret_reference_value_id secret_reference_value_id : ::std::string::String;
    with_file_name file_name : ::std::string::String; with_value value : rt::edm::Binary;
    }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OmaSettingStringXml);
#[cfg(msgraph_beta_device_management_or_search)]
/// Singleton entity which represents the Exchange OnPremises Conditional Access Settings for a tenant.
///
/// CSDL: `microsoft.graph.onPremisesConditionalAccessSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct OnPremisesConditionalAccessSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Indicates if on premises conditional access is enabled for this organization
    ///
    /// CSDL: property `enabled`: `Edm.Boolean`, not nullable.
    pub enabled: rt::Field<bool>,
    /// User groups that will be exempt by on premises conditional access. All users in these groups will be exempt from the conditional access policy.
    ///
    /// CSDL: property `excludedGroups`: `Collection(Edm.Guid)`, not nullable.
    pub excluded_groups: rt::Field<::std::vec::Vec<rt::edm::Guid>>,
    /// User groups that will be targeted by on premises conditional access. All users in these groups will be required to have mobile device managed and compliant for mail access.
    ///
    /// CSDL: property `includedGroups`: `Collection(Edm.Guid)`, not nullable.
    pub included_groups: rt::Field<::std::vec::Vec<rt::edm::Guid>>,
    /// Override the default access rule when allowing a device to ensure access is granted.
    ///
    /// CSDL: property `overrideDefaultRule`: `Edm.Boolean`, not nullable.
    pub override_default_rule: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for OnPremisesConditionalAccessSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            enabled: rt::Field::Absent,
            excluded_groups: rt::Field::Absent,
            included_groups: rt::Field::Absent,
            override_default_rule: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for OnPremisesConditionalAccessSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.onPremisesConditionalAccessSettings";
    const KEYS: &'static [&'static str] = &[
        "id",
        "enabled",
        "excludedGroups",
        "includedGroups",
        "overrideDefaultRule",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"enabled\":                      ",
        ",\"excludedGroups\":               ",
        ",\"includedGroups\":               ",
        ",\"overrideDefaultRule\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onPremisesConditionalAccessSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "enabled", &self.enabled);
        v.field(2usize, "excluded_groups", &self.excluded_groups);
        v.field(3usize, "included_groups", &self.included_groups);
        v.field(4usize, "override_default_rule", &self.override_default_rule);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for OnPremisesConditionalAccessSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.enabled.read_from(r),
            2usize => self.excluded_groups.read_from(r),
            3usize => self.included_groups.read_from(r),
            4usize => self.override_default_rule.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.enabled);
        w.field(2usize, &self.excluded_groups);
        w.field(3usize, &self.included_groups);
        w.field(4usize, &self.override_default_rule);
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
rt::impl_object!(OnPremisesConditionalAccessSettings);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    OnPremisesConditionalAccessSettings { with_id id : ::std::string::String;
    with_enabled enabled : bool; with_excluded_groups excluded_groups : ::std::vec::Vec <
    rt::edm::Guid >; with_included_groups included_groups : ::std::vec::Vec <
    rt::edm::Guid >; with_override_default_rule override_default_rule : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnPremisesConditionalAccessSettings);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.onPremisesProvisioningError`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnPremisesProvisioningError {
    /// CSDL: property `category`: `Edm.String`, nullable.
    pub category: rt::Field<::std::string::String>,
    /// CSDL: property `occurredDateTime`: `Edm.DateTimeOffset`, nullable.
    pub occurred_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `propertyCausingError`: `Edm.String`, nullable.
    pub property_causing_error: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for OnPremisesProvisioningError {
    #[inline]
    fn default() -> Self {
        Self {
            category: rt::Field::Absent,
            occurred_date_time: rt::Field::Absent,
            property_causing_error: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for OnPremisesProvisioningError {
    const TYPE_NAME: &'static str = "microsoft.graph.onPremisesProvisioningError";
    const KEYS: &'static [&'static str] = &[
        "category",
        "occurredDateTime",
        "propertyCausingError",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"category\":                     ",
        ",\"occurredDateTime\":             ",
        ",\"propertyCausingError\":         ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onPremisesProvisioningError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "category", &self.category);
        v.field(1usize, "occurred_date_time", &self.occurred_date_time);
        v.field(2usize, "property_causing_error", &self.property_causing_error);
        v.field(3usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for OnPremisesProvisioningError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.category.read_from(r),
            1usize => self.occurred_date_time.read_from(r),
            2usize => self.property_causing_error.read_from(r),
            3usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.category);
        w.field(1usize, &self.occurred_date_time);
        w.field(2usize, &self.property_causing_error);
        w.field(3usize, &self.value);
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
rt::impl_object!(OnPremisesProvisioningError);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    OnPremisesProvisioningError { with_category category : ::std::string::String;
    with_occurred_date_time occurred_date_time : rt::edm::DateTimeOffset;
    with_property_causing_error property_causing_error : ::std::string::String;
    with_value value : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnPremisesProvisioningError);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.onPremisesPublishing`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnPremisesPublishing {
    /// CSDL: property `alternateUrl`: `Edm.String`, nullable.
    pub alternate_url: rt::Field<::std::string::String>,
    /// CSDL: property `applicationServerTimeout`: `Edm.String`, nullable.
    pub application_server_timeout: rt::Field<::std::string::String>,
    /// CSDL: property `applicationType`: `Edm.String`, nullable.
    pub application_type: rt::Field<::std::string::String>,
    /// CSDL: property `externalAuthenticationType`: `microsoft.graph.externalAuthenticationType`, nullable.
    pub external_authentication_type: rt::Field<crate::beta::ExternalAuthenticationType>,
    /// CSDL: property `externalUrl`: `Edm.String`, nullable.
    pub external_url: rt::Field<::std::string::String>,
    /// CSDL: property `internalUrl`: `Edm.String`, nullable.
    pub internal_url: rt::Field<::std::string::String>,
    /// CSDL: property `isBackendCertificateValidationEnabled`: `Edm.Boolean`, nullable.
    pub is_backend_certificate_validation_enabled: rt::Field<bool>,
    /// CSDL: property `isHttpOnlyCookieEnabled`: `Edm.Boolean`, nullable.
    pub is_http_only_cookie_enabled: rt::Field<bool>,
    /// CSDL: property `isOnPremPublishingEnabled`: `Edm.Boolean`, nullable.
    pub is_on_prem_publishing_enabled: rt::Field<bool>,
    /// CSDL: property `isPersistentCookieEnabled`: `Edm.Boolean`, nullable.
    pub is_persistent_cookie_enabled: rt::Field<bool>,
    /// CSDL: property `isSecureCookieEnabled`: `Edm.Boolean`, nullable.
    pub is_secure_cookie_enabled: rt::Field<bool>,
    /// CSDL: property `isTranslateHostHeaderEnabled`: `Edm.Boolean`, nullable.
    pub is_translate_host_header_enabled: rt::Field<bool>,
    /// CSDL: property `isTranslateLinksInBodyEnabled`: `Edm.Boolean`, nullable.
    pub is_translate_links_in_body_enabled: rt::Field<bool>,
    /// CSDL: property `singleSignOnSettings`: `microsoft.graph.onPremisesPublishingSingleSignOn`, nullable.
    pub single_sign_on_settings: rt::Field<
        crate::beta::OnPremisesPublishingSingleSignOn,
    >,
    /// CSDL: property `useAlternateUrlForTranslationAndRedirect`: `Edm.Boolean`, nullable.
    pub use_alternate_url_for_translation_and_redirect: rt::Field<bool>,
    /// CSDL: property `verifiedCustomDomainCertificatesMetadata`: `microsoft.graph.verifiedCustomDomainCertificatesMetadata`, nullable.
    pub verified_custom_domain_certificates_metadata: rt::Field<
        crate::beta::VerifiedCustomDomainCertificatesMetadata,
    >,
    /// CSDL: property `verifiedCustomDomainKeyCredential`: `microsoft.graph.keyCredential`, nullable.
    pub verified_custom_domain_key_credential: rt::Field<crate::beta::KeyCredential>,
    /// CSDL: property `verifiedCustomDomainPasswordCredential`: `microsoft.graph.passwordCredential`, nullable.
    pub verified_custom_domain_password_credential: rt::Field<
        crate::beta::PasswordCredential,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for OnPremisesPublishing {
    #[inline]
    fn default() -> Self {
        Self {
            alternate_url: rt::Field::Absent,
            application_server_timeout: rt::Field::Absent,
            application_type: rt::Field::Absent,
            external_authentication_type: rt::Field::Absent,
            external_url: rt::Field::Absent,
            internal_url: rt::Field::Absent,
            is_backend_certificate_validation_enabled: rt::Field::Absent,
            is_http_only_cookie_enabled: rt::Field::Absent,
            is_on_prem_publishing_enabled: rt::Field::Absent,
            is_persistent_cookie_enabled: rt::Field::Absent,
            is_secure_cookie_enabled: rt::Field::Absent,
            is_translate_host_header_enabled: rt::Field::Absent,
            is_translate_links_in_body_enabled: rt::Field::Absent,
            single_sign_on_settings: rt::Field::Absent,
            use_alternate_url_for_translation_and_redirect: rt::Field::Absent,
            verified_custom_domain_certificates_metadata: rt::Field::Absent,
            verified_custom_domain_key_credential: rt::Field::Absent,
            verified_custom_domain_password_credential: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for OnPremisesPublishing {
    const TYPE_NAME: &'static str = "microsoft.graph.onPremisesPublishing";
    const KEYS: &'static [&'static str] = &[
        "alternateUrl",
        "applicationServerTimeout",
        "applicationType",
        "externalAuthenticationType",
        "externalUrl",
        "internalUrl",
        "isBackendCertificateValidationEnabled",
        "isHttpOnlyCookieEnabled",
        "isOnPremPublishingEnabled",
        "isPersistentCookieEnabled",
        "isSecureCookieEnabled",
        "isTranslateHostHeaderEnabled",
        "isTranslateLinksInBodyEnabled",
        "singleSignOnSettings",
        "useAlternateUrlForTranslationAndRedirect",
        "verifiedCustomDomainCertificatesMetadata",
        "verifiedCustomDomainKeyCredential",
        "verifiedCustomDomainPasswordCredential",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"alternateUrl\":                 ",
        ",\"applicationServerTimeout\":     ",
        ",\"applicationType\":              ",
        ",\"externalAuthenticationType\":   ",
        ",\"externalUrl\":                  ",
        ",\"internalUrl\":                  ",
        ",\"isBackendCertificateValidationEnabled\":",
        ",\"isHttpOnlyCookieEnabled\":      ",
        ",\"isOnPremPublishingEnabled\":    ",
        ",\"isPersistentCookieEnabled\":    ",
        ",\"isSecureCookieEnabled\":        ",
        ",\"isTranslateHostHeaderEnabled\": ",
        ",\"isTranslateLinksInBodyEnabled\":",
        ",\"singleSignOnSettings\":         ",
        ",\"useAlternateUrlForTranslationAndRedirect\":",
        ",\"verifiedCustomDomainCertificatesMetadata\":",
        ",\"verifiedCustomDomainKeyCredential\":",
        ",\"verifiedCustomDomainPasswordCredential\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onPremisesPublishing\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "alternate_url", &self.alternate_url);
        v.field(1usize, "application_server_timeout", &self.application_server_timeout);
        v.field(2usize, "application_type", &self.application_type);
        v.field(
            3usize,
            "external_authentication_type",
            &self.external_authentication_type,
        );
        v.field(4usize, "external_url", &self.external_url);
        v.field(5usize, "internal_url", &self.internal_url);
        v.field(
            6usize,
            "is_backend_certificate_validation_enabled",
            &self.is_backend_certificate_validation_enabled,
        );
        v.field(
            7usize,
            "is_http_only_cookie_enabled",
            &self.is_http_only_cookie_enabled,
        );
        v.field(
            8usize,
            "is_on_prem_publishing_enabled",
            &self.is_on_prem_publishing_enabled,
        );
        v.field(
            9usize,
            "is_persistent_cookie_enabled",
            &self.is_persistent_cookie_enabled,
        );
        v.field(10usize, "is_secure_cookie_enabled", &self.is_secure_cookie_enabled);
        v.field(
            11usize,
            "is_translate_host_header_enabled",
            &self.is_translate_host_header_enabled,
        );
        v.field(
            12usize,
            "is_translate_links_in_body_enabled",
            &self.is_translate_links_in_body_enabled,
        );
        v.field(13usize, "single_sign_on_settings", &self.single_sign_on_settings);
        v.field(
            14usize,
            "use_alternate_url_for_translation_and_redirect",
            &self.use_alternate_url_for_translation_and_redirect,
        );
        v.field(
            15usize,
            "verified_custom_domain_certificates_metadata",
            &self.verified_custom_domain_certificates_metadata,
        );
        v.field(
            16usize,
            "verified_custom_domain_key_credential",
            &self.verified_custom_domain_key_credential,
        );
        v.field(
            17usize,
            "verified_custom_domain_password_credential",
            &self.verified_custom_domain_password_credential,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for OnPremisesPublishing {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.alternate_url.read_from(r),
            1usize => self.application_server_timeout.read_from(r),
            2usize => self.application_type.read_from(r),
            3usize => self.external_authentication_type.read_from(r),
            4usize => self.external_url.read_from(r),
            5usize => self.internal_url.read_from(r),
            6usize => self.is_backend_certificate_validation_enabled.read_from(r),
            7usize => self.is_http_only_cookie_enabled.read_from(r),
            8usize => self.is_on_prem_publishing_enabled.read_from(r),
            9usize => self.is_persistent_cookie_enabled.read_from(r),
            10usize => self.is_secure_cookie_enabled.read_from(r),
            11usize => self.is_translate_host_header_enabled.read_from(r),
            12usize => self.is_translate_links_in_body_enabled.read_from(r),
            13usize => self.single_sign_on_settings.read_from(r),
            14usize => self.use_alternate_url_for_translation_and_redirect.read_from(r),
            15usize => self.verified_custom_domain_certificates_metadata.read_from(r),
            16usize => self.verified_custom_domain_key_credential.read_from(r),
            17usize => self.verified_custom_domain_password_credential.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.alternate_url);
        w.field(1usize, &self.application_server_timeout);
        w.field(2usize, &self.application_type);
        w.field(3usize, &self.external_authentication_type);
        w.field(4usize, &self.external_url);
        w.field(5usize, &self.internal_url);
        w.field(6usize, &self.is_backend_certificate_validation_enabled);
        w.field(7usize, &self.is_http_only_cookie_enabled);
        w.field(8usize, &self.is_on_prem_publishing_enabled);
        w.field(9usize, &self.is_persistent_cookie_enabled);
        w.field(10usize, &self.is_secure_cookie_enabled);
        w.field(11usize, &self.is_translate_host_header_enabled);
        w.field(12usize, &self.is_translate_links_in_body_enabled);
        w.field(13usize, &self.single_sign_on_settings);
        w.field(14usize, &self.use_alternate_url_for_translation_and_redirect);
        w.field(15usize, &self.verified_custom_domain_certificates_metadata);
        w.field(16usize, &self.verified_custom_domain_key_credential);
        w.field(17usize, &self.verified_custom_domain_password_credential);
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
rt::impl_object!(OnPremisesPublishing);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    OnPremisesPublishing { with_alternate_url alternate_url : ::std::string::String;
    with_application_server_timeout application_server_timeout : ::std::string::String;
    with_application_type application_type : ::std::string::String;
    with_external_authentication_type external_authentication_type : crate
    ::beta::ExternalAuthenticationType; with_external_url external_url :
    ::std::string::String; with_internal_url internal_url : ::std::string::String;
    with_is_backend_certificate_validation_enabled
    is_backend_certificate_validation_enabled : bool; with_is_http_only_cookie_enabled
    is_http_only_cookie_enabled : bool; with_is_on_prem_publishing_enabled
    is_on_prem_publishing_enabled : bool; with_is_persistent_cookie_enabled
    is_persistent_cookie_enabled : bool; with_is_secure_cookie_enabled
    is_secure_cookie_enabled : bool; with_is_translate_host_header_enabled
    is_translate_host_header_enabled : bool; with_is_translate_links_in_body_enabled
    is_translate_links_in_body_enabled : bool; with_single_sign_on_settings
    single_sign_on_settings : crate ::beta::OnPremisesPublishingSingleSignOn;
    with_use_alternate_url_for_translation_and_redirect
    use_alternate_url_for_translation_and_redirect : bool;
    with_verified_custom_domain_certificates_metadata
    verified_custom_domain_certificates_metadata : crate
    ::beta::VerifiedCustomDomainCertificatesMetadata;
    with_verified_custom_domain_key_credential verified_custom_domain_key_credential :
    crate ::beta::KeyCredential; with_verified_custom_domain_password_credential
    verified_custom_domain_password_credential : crate ::beta::PasswordCredential; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnPremisesPublishing);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.onPremisesPublishingSingleSignOn`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnPremisesPublishingSingleSignOn {
    /// CSDL: property `kerberosSignOnSettings`: `microsoft.graph.kerberosSignOnSettings`, nullable.
    pub kerberos_sign_on_settings: rt::Field<crate::beta::KerberosSignOnSettings>,
    /// CSDL: property `singleSignOnMode`: `microsoft.graph.singleSignOnMode`, nullable.
    pub single_sign_on_mode: rt::Field<crate::beta::SingleSignOnMode>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for OnPremisesPublishingSingleSignOn {
    #[inline]
    fn default() -> Self {
        Self {
            kerberos_sign_on_settings: rt::Field::Absent,
            single_sign_on_mode: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for OnPremisesPublishingSingleSignOn {
    const TYPE_NAME: &'static str = "microsoft.graph.onPremisesPublishingSingleSignOn";
    const KEYS: &'static [&'static str] = &[
        "kerberosSignOnSettings",
        "singleSignOnMode",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"kerberosSignOnSettings\":       ",
        ",\"singleSignOnMode\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onPremisesPublishingSingleSignOn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "kerberos_sign_on_settings", &self.kerberos_sign_on_settings);
        v.field(1usize, "single_sign_on_mode", &self.single_sign_on_mode);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for OnPremisesPublishingSingleSignOn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.kerberos_sign_on_settings.read_from(r),
            1usize => self.single_sign_on_mode.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.kerberos_sign_on_settings);
        w.field(1usize, &self.single_sign_on_mode);
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
rt::impl_object!(OnPremisesPublishingSingleSignOn);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    OnPremisesPublishingSingleSignOn { with_kerberos_sign_on_settings
    kerberos_sign_on_settings : crate ::beta::KerberosSignOnSettings;
    with_single_sign_on_mode single_sign_on_mode : crate ::beta::SingleSignOnMode; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnPremisesPublishingSingleSignOn);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.onboardingStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OnboardingStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `inprogress` (value 1).
    Inprogress,
    /// `onboarded` (value 2).
    Onboarded,
    /// `failed` (value 3).
    Failed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for OnboardingStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.onboardingStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "inprogress",
        "onboarded",
        "failed",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "inprogress" => Self::Inprogress,
                "onboarded" => Self::Onboarded,
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
            Self::Unknown => "unknown",
            Self::Inprogress => "inprogress",
            Self::Onboarded => "onboarded",
            Self::Failed => "failed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(OnboardingStatus);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnboardingStatus);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.oneDriveActivityUserDetail`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct OneDriveActivityUserDetail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `assignedProducts`: `Collection(Edm.String)`, nullable.
    pub assigned_products: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `deletedDate`: `Edm.Date`, nullable.
    pub deleted_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `isDeleted`: `Edm.Boolean`, nullable.
    pub is_deleted: rt::Field<bool>,
    /// CSDL: property `lastActivityDate`: `Edm.Date`, nullable.
    pub last_activity_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `sharedExternallyFileCount`: `Edm.Int64`, nullable.
    pub shared_externally_file_count: rt::Field<i64>,
    /// CSDL: property `sharedInternallyFileCount`: `Edm.Int64`, nullable.
    pub shared_internally_file_count: rt::Field<i64>,
    /// CSDL: property `syncedFileCount`: `Edm.Int64`, nullable.
    pub synced_file_count: rt::Field<i64>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `viewedOrEditedFileCount`: `Edm.Int64`, nullable.
    pub viewed_or_edited_file_count: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for OneDriveActivityUserDetail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            assigned_products: rt::Field::Absent,
            deleted_date: rt::Field::Absent,
            is_deleted: rt::Field::Absent,
            last_activity_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            shared_externally_file_count: rt::Field::Absent,
            shared_internally_file_count: rt::Field::Absent,
            synced_file_count: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            viewed_or_edited_file_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for OneDriveActivityUserDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.oneDriveActivityUserDetail";
    const KEYS: &'static [&'static str] = &[
        "id",
        "assignedProducts",
        "deletedDate",
        "isDeleted",
        "lastActivityDate",
        "reportPeriod",
        "reportRefreshDate",
        "sharedExternallyFileCount",
        "sharedInternallyFileCount",
        "syncedFileCount",
        "userPrincipalName",
        "viewedOrEditedFileCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"assignedProducts\":             ",
        ",\"deletedDate\":                  ",
        ",\"isDeleted\":                    ",
        ",\"lastActivityDate\":             ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"sharedExternallyFileCount\":    ",
        ",\"sharedInternallyFileCount\":    ",
        ",\"syncedFileCount\":              ",
        ",\"userPrincipalName\":            ",
        ",\"viewedOrEditedFileCount\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.oneDriveActivityUserDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "assigned_products", &self.assigned_products);
        v.field(2usize, "deleted_date", &self.deleted_date);
        v.field(3usize, "is_deleted", &self.is_deleted);
        v.field(4usize, "last_activity_date", &self.last_activity_date);
        v.field(5usize, "report_period", &self.report_period);
        v.field(6usize, "report_refresh_date", &self.report_refresh_date);
        v.field(
            7usize,
            "shared_externally_file_count",
            &self.shared_externally_file_count,
        );
        v.field(
            8usize,
            "shared_internally_file_count",
            &self.shared_internally_file_count,
        );
        v.field(9usize, "synced_file_count", &self.synced_file_count);
        v.field(10usize, "user_principal_name", &self.user_principal_name);
        v.field(
            11usize,
            "viewed_or_edited_file_count",
            &self.viewed_or_edited_file_count,
        );
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for OneDriveActivityUserDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.assigned_products.read_from(r),
            2usize => self.deleted_date.read_from(r),
            3usize => self.is_deleted.read_from(r),
            4usize => self.last_activity_date.read_from(r),
            5usize => self.report_period.read_from(r),
            6usize => self.report_refresh_date.read_from(r),
            7usize => self.shared_externally_file_count.read_from(r),
            8usize => self.shared_internally_file_count.read_from(r),
            9usize => self.synced_file_count.read_from(r),
            10usize => self.user_principal_name.read_from(r),
            11usize => self.viewed_or_edited_file_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.assigned_products);
        w.field(2usize, &self.deleted_date);
        w.field(3usize, &self.is_deleted);
        w.field(4usize, &self.last_activity_date);
        w.field(5usize, &self.report_period);
        w.field(6usize, &self.report_refresh_date);
        w.field(7usize, &self.shared_externally_file_count);
        w.field(8usize, &self.shared_internally_file_count);
        w.field(9usize, &self.synced_file_count);
        w.field(10usize, &self.user_principal_name);
        w.field(11usize, &self.viewed_or_edited_file_count);
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
rt::impl_object!(OneDriveActivityUserDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    OneDriveActivityUserDetail { with_id id : ::std::string::String;
    with_assigned_products assigned_products : ::std::vec::Vec < ::std::string::String >;
    with_deleted_date deleted_date : rt::edm::Date; with_is_deleted is_deleted : bool;
    with_last_activity_date last_activity_date : rt::edm::Date; with_report_period
    report_period : ::std::string::String; with_report_refresh_date report_refresh_date :
    rt::edm::Date; with_shared_externally_file_count shared_externally_file_count : i64;
    with_shared_internally_file_count shared_internally_file_count : i64;
    with_synced_file_count synced_file_count : i64; with_user_principal_name
    user_principal_name : ::std::string::String; with_viewed_or_edited_file_count
    viewed_or_edited_file_count : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OneDriveActivityUserDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.oneDriveUsageAccountCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct OneDriveUsageAccountCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `active`: `Edm.Int64`, nullable.
    pub active: rt::Field<i64>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `siteType`: `Edm.String`, nullable.
    pub site_type: rt::Field<::std::string::String>,
    /// CSDL: property `total`: `Edm.Int64`, nullable.
    pub total: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for OneDriveUsageAccountCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            active: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            site_type: rt::Field::Absent,
            total: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for OneDriveUsageAccountCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.oneDriveUsageAccountCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "active",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "siteType",
        "total",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"active\":                       ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"siteType\":                     ",
        ",\"total\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.oneDriveUsageAccountCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "active", &self.active);
        v.field(2usize, "report_date", &self.report_date);
        v.field(3usize, "report_period", &self.report_period);
        v.field(4usize, "report_refresh_date", &self.report_refresh_date);
        v.field(5usize, "site_type", &self.site_type);
        v.field(6usize, "total", &self.total);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for OneDriveUsageAccountCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.active.read_from(r),
            2usize => self.report_date.read_from(r),
            3usize => self.report_period.read_from(r),
            4usize => self.report_refresh_date.read_from(r),
            5usize => self.site_type.read_from(r),
            6usize => self.total.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.active);
        w.field(2usize, &self.report_date);
        w.field(3usize, &self.report_period);
        w.field(4usize, &self.report_refresh_date);
        w.field(5usize, &self.site_type);
        w.field(6usize, &self.total);
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
rt::impl_object!(OneDriveUsageAccountCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    OneDriveUsageAccountCounts { with_id id : ::std::string::String; with_active active :
    i64; with_report_date report_date : rt::edm::Date; with_report_period report_period :
    ::std::string::String; with_report_refresh_date report_refresh_date : rt::edm::Date;
    with_site_type site_type : ::std::string::String; with_total total : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OneDriveUsageAccountCounts);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.onenote`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`OnenotePath`](requests/trait.OnenotePath.html), what a path to one (`EntityPath<Onenote, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Onenote {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `notebooks`: `Collection(microsoft.graph.notebook)`, not nullable.
    pub notebooks: rt::Field<::std::vec::Vec<crate::beta::Notebook>>,
    /// CSDL: containment navigation property `operations`: `Collection(microsoft.graph.onenoteOperation)`, not nullable.
    pub operations: rt::Field<::std::vec::Vec<crate::beta::OnenoteOperation>>,
    /// CSDL: containment navigation property `pages`: `Collection(microsoft.graph.onenotePage)`, not nullable.
    pub pages: rt::Field<::std::vec::Vec<crate::beta::OnenotePage>>,
    /// CSDL: containment navigation property `resources`: `Collection(microsoft.graph.onenoteResource)`, not nullable.
    pub resources: rt::Field<::std::vec::Vec<crate::beta::OnenoteResource>>,
    /// CSDL: containment navigation property `sectionGroups`: `Collection(microsoft.graph.sectionGroup)`, not nullable.
    pub section_groups: rt::Field<::std::vec::Vec<crate::beta::SectionGroup>>,
    /// CSDL: containment navigation property `sections`: `Collection(microsoft.graph.onenoteSection)`, not nullable.
    pub sections: rt::Field<::std::vec::Vec<crate::beta::OnenoteSection>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for Onenote {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            notebooks: rt::Field::Absent,
            operations: rt::Field::Absent,
            pages: rt::Field::Absent,
            resources: rt::Field::Absent,
            section_groups: rt::Field::Absent,
            sections: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for Onenote {
    const TYPE_NAME: &'static str = "microsoft.graph.onenote";
    const KEYS: &'static [&'static str] = &[
        "id",
        "notebooks",
        "operations",
        "pages",
        "resources",
        "sectionGroups",
        "sections",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"notebooks\":                    ",
        ",\"operations\":                   ",
        ",\"pages\":                        ",
        ",\"resources\":                    ",
        ",\"sectionGroups\":                ",
        ",\"sections\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onenote\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "notebooks", &self.notebooks);
        v.field(2usize, "operations", &self.operations);
        v.field(3usize, "pages", &self.pages);
        v.field(4usize, "resources", &self.resources);
        v.field(5usize, "section_groups", &self.section_groups);
        v.field(6usize, "sections", &self.sections);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::object::Members for Onenote {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.notebooks.read_from(r),
            2usize => self.operations.read_from(r),
            3usize => self.pages.read_from(r),
            4usize => self.resources.read_from(r),
            5usize => self.section_groups.read_from(r),
            6usize => self.sections.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.notebooks);
        w.field(2usize, &self.operations);
        w.field(3usize, &self.pages);
        w.field(4usize, &self.resources);
        w.field(5usize, &self.section_groups);
        w.field(6usize, &self.sections);
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(Onenote);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    Onenote { with_id id : ::std::string::String; with_notebooks notebooks :
    ::std::vec::Vec < crate ::beta::Notebook >; with_operations operations :
    ::std::vec::Vec < crate ::beta::OnenoteOperation >; with_pages pages :
    ::std::vec::Vec < crate ::beta::OnenotePage >; with_resources resources :
    ::std::vec::Vec < crate ::beta::OnenoteResource >; with_section_groups section_groups
    : ::std::vec::Vec < crate ::beta::SectionGroup >; with_sections sections :
    ::std::vec::Vec < crate ::beta::OnenoteSection >; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(Onenote);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.onenoteOperation`, entity type, derived from `microsoft.graph.operation`, key `id`.
///
/// Request builders: [`OnenoteOperationPath`](requests/trait.OnenoteOperationPath.html), what a path to one (`EntityPath<OnenoteOperation, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnenoteOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastActionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_action_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.operationStatus`, nullable.
    pub status: rt::Field<crate::beta::OperationStatus>,
    /// CSDL: property `error`: `microsoft.graph.onenoteOperationError`, nullable.
    pub error: rt::Field<crate::beta::OnenoteOperationError>,
    /// CSDL: property `percentComplete`: `Edm.String`, nullable.
    pub percent_complete: rt::Field<::std::string::String>,
    /// CSDL: property `resourceId`: `Edm.String`, nullable.
    pub resource_id: rt::Field<::std::string::String>,
    /// CSDL: property `resourceLocation`: `Edm.String`, nullable.
    pub resource_location: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for OnenoteOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_action_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            error: rt::Field::Absent,
            percent_complete: rt::Field::Absent,
            resource_id: rt::Field::Absent,
            resource_location: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for OnenoteOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.onenoteOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "lastActionDateTime",
        "status",
        "error",
        "percentComplete",
        "resourceId",
        "resourceLocation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"lastActionDateTime\":           ",
        ",\"status\":                       ",
        ",\"error\":                        ",
        ",\"percentComplete\":              ",
        ",\"resourceId\":                   ",
        ",\"resourceLocation\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onenoteOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "last_action_date_time", &self.last_action_date_time);
        v.field(3usize, "status", &self.status);
        v.field(4usize, "error", &self.error);
        v.field(5usize, "percent_complete", &self.percent_complete);
        v.field(6usize, "resource_id", &self.resource_id);
        v.field(7usize, "resource_location", &self.resource_location);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::object::Members for OnenoteOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.last_action_date_time.read_from(r),
            3usize => self.status.read_from(r),
            4usize => self.error.read_from(r),
            5usize => self.percent_complete.read_from(r),
            6usize => self.resource_id.read_from(r),
            7usize => self.resource_location.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.last_action_date_time);
        w.field(3usize, &self.status);
        w.field(4usize, &self.error);
        w.field(5usize, &self.percent_complete);
        w.field(6usize, &self.resource_id);
        w.field(7usize, &self.resource_location);
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(OnenoteOperation);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    OnenoteOperation { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_last_action_date_time
    last_action_date_time : rt::edm::DateTimeOffset; with_status status : crate
    ::beta::OperationStatus; with_error error : crate ::beta::OnenoteOperationError;
    with_percent_complete percent_complete : ::std::string::String; with_resource_id
    resource_id : ::std::string::String; with_resource_location resource_location :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenoteOperation);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.onenoteOperationError`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnenoteOperationError {
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for OnenoteOperationError {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            message: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for OnenoteOperationError {
    const TYPE_NAME: &'static str = "microsoft.graph.onenoteOperationError";
    const KEYS: &'static [&'static str] = &["code", "message"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"message\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onenoteOperationError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "message", &self.message);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::object::Members for OnenoteOperationError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.message.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.message);
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(OnenoteOperationError);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    OnenoteOperationError { with_code code : ::std::string::String; with_message message
    : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenoteOperationError);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.onenotePagePreview`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnenotePagePreview {
    /// CSDL: property `links`: `microsoft.graph.onenotePagePreviewLinks`, nullable.
    pub links: rt::Field<crate::beta::OnenotePagePreviewLinks>,
    /// CSDL: property `previewText`: `Edm.String`, nullable.
    pub preview_text: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for OnenotePagePreview {
    #[inline]
    fn default() -> Self {
        Self {
            links: rt::Field::Absent,
            preview_text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for OnenotePagePreview {
    const TYPE_NAME: &'static str = "microsoft.graph.onenotePagePreview";
    const KEYS: &'static [&'static str] = &["links", "previewText"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"links\":                        ",
        ",\"previewText\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onenotePagePreview\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "links", &self.links);
        v.field(1usize, "preview_text", &self.preview_text);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::object::Members for OnenotePagePreview {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.links.read_from(r),
            1usize => self.preview_text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.links);
        w.field(1usize, &self.preview_text);
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(OnenotePagePreview);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    OnenotePagePreview { with_links links : crate ::beta::OnenotePagePreviewLinks;
    with_preview_text preview_text : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenotePagePreview);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.onenotePagePreviewLinks`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnenotePagePreviewLinks {
    /// CSDL: property `previewImageUrl`: `microsoft.graph.externalLink`, nullable.
    pub preview_image_url: rt::Field<crate::beta::ExternalLink>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for OnenotePagePreviewLinks {
    #[inline]
    fn default() -> Self {
        Self {
            preview_image_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for OnenotePagePreviewLinks {
    const TYPE_NAME: &'static str = "microsoft.graph.onenotePagePreviewLinks";
    const KEYS: &'static [&'static str] = &["previewImageUrl"];
    const KEYS_JSON: &'static [&'static str] = &[",\"previewImageUrl\":              "];
    const TAG: &'static str = "\"#microsoft.graph.onenotePagePreviewLinks\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "preview_image_url", &self.preview_image_url);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::object::Members for OnenotePagePreviewLinks {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.preview_image_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.preview_image_url);
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(OnenotePagePreviewLinks);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    OnenotePagePreviewLinks { with_preview_image_url preview_image_url : crate
    ::beta::ExternalLink; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenotePagePreviewLinks);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.onenoteSourceService`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OnenoteSourceService {
    /// `Unknown` (value 0).
    Unknown,
    /// `OneDrive` (value 1).
    OneDrive,
    /// `OneDriveForBusiness` (value 2).
    OneDriveForBusiness,
    /// `OnPremOneDriveForBusiness` (value 3).
    OnPremOneDriveForBusiness,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::StrEnum for OnenoteSourceService {
    const TYPE_NAME: &'static str = "microsoft.graph.onenoteSourceService";
    const MEMBERS: &'static [&'static str] = &[
        "Unknown",
        "OneDrive",
        "OneDriveForBusiness",
        "OnPremOneDriveForBusiness",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "Unknown" => Self::Unknown,
                "OneDrive" => Self::OneDrive,
                "OneDriveForBusiness" => Self::OneDriveForBusiness,
                "OnPremOneDriveForBusiness" => Self::OnPremOneDriveForBusiness,
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
            Self::Unknown => "Unknown",
            Self::OneDrive => "OneDrive",
            Self::OneDriveForBusiness => "OneDriveForBusiness",
            Self::OnPremOneDriveForBusiness => "OnPremOneDriveForBusiness",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_enum!(OnenoteSourceService);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenoteSourceService);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.openIdConnectIdentityProvider`, entity type, derived from `microsoft.graph.identityProviderBase`, key `id`.
///
/// Request builders: [`OpenIdConnectIdentityProviderPath`](requests/trait.OpenIdConnectIdentityProviderPath.html), what a path to one (`EntityPath<OpenIdConnectIdentityProvider, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct OpenIdConnectIdentityProvider {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `claimsMapping`: `microsoft.graph.claimsMapping`, nullable.
    pub claims_mapping: rt::Field<crate::beta::ClaimsMapping>,
    /// CSDL: property `clientId`: `Edm.String`, nullable.
    pub client_id: rt::Field<::std::string::String>,
    /// CSDL: property `clientSecret`: `Edm.String`, nullable.
    pub client_secret: rt::Field<::std::string::String>,
    /// CSDL: property `domainHint`: `Edm.String`, nullable.
    pub domain_hint: rt::Field<::std::string::String>,
    /// CSDL: property `metadataUrl`: `Edm.String`, nullable.
    pub metadata_url: rt::Field<::std::string::String>,
    /// CSDL: property `responseMode`: `microsoft.graph.openIdConnectResponseMode`, not nullable.
    pub response_mode: rt::Field<crate::beta::OpenIdConnectResponseMode>,
    /// CSDL: property `responseType`: `microsoft.graph.openIdConnectResponseTypes`, not nullable.
    pub response_type: rt::Field<rt::Flags<crate::beta::OpenIdConnectResponseTypes>>,
    /// CSDL: property `scope`: `Edm.String`, nullable.
    pub scope: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::default::Default for OpenIdConnectIdentityProvider {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            claims_mapping: rt::Field::Absent,
            client_id: rt::Field::Absent,
            client_secret: rt::Field::Absent,
            domain_hint: rt::Field::Absent,
            metadata_url: rt::Field::Absent,
            response_mode: rt::Field::Absent,
            response_type: rt::Field::Absent,
            scope: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::Object for OpenIdConnectIdentityProvider {
    const TYPE_NAME: &'static str = "microsoft.graph.openIdConnectIdentityProvider";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "claimsMapping",
        "clientId",
        "clientSecret",
        "domainHint",
        "metadataUrl",
        "responseMode",
        "responseType",
        "scope",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"claimsMapping\":                ",
        ",\"clientId\":                     ",
        ",\"clientSecret\":                 ",
        ",\"domainHint\":                   ",
        ",\"metadataUrl\":                  ",
        ",\"responseMode\":                 ",
        ",\"responseType\":                 ",
        ",\"scope\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.openIdConnectIdentityProvider\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "claims_mapping", &self.claims_mapping);
        v.field(3usize, "client_id", &self.client_id);
        v.field(4usize, "client_secret", &self.client_secret);
        v.field(5usize, "domain_hint", &self.domain_hint);
        v.field(6usize, "metadata_url", &self.metadata_url);
        v.field(7usize, "response_mode", &self.response_mode);
        v.field(8usize, "response_type", &self.response_type);
        v.field(9usize, "scope", &self.scope);
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::object::Members for OpenIdConnectIdentityProvider {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.claims_mapping.read_from(r),
            3usize => self.client_id.read_from(r),
            4usize => self.client_secret.read_from(r),
            5usize => self.domain_hint.read_from(r),
            6usize => self.metadata_url.read_from(r),
            7usize => self.response_mode.read_from(r),
            8usize => self.response_type.read_from(r),
            9usize => self.scope.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.claims_mapping);
        w.field(3usize, &self.client_id);
        w.field(4usize, &self.client_secret);
        w.field(5usize, &self.domain_hint);
        w.field(6usize, &self.metadata_url);
        w.field(7usize, &self.response_mode);
        w.field(8usize, &self.response_type);
        w.field(9usize, &self.scope);
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
rt::impl_object!(OpenIdConnectIdentityProvider);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    OpenIdConnectIdentityProvider { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_claims_mapping claims_mapping : crate
    ::beta::ClaimsMapping; with_client_id client_id : ::std::string::String;
    with_client_secret client_secret : ::std::string::String; with_domain_hint
    domain_hint : ::std::string::String; with_metadata_url metadata_url :
    ::std::string::String; with_response_mode response_mode : crate
    ::beta::OpenIdConnectResponseMode; with_response_type response_type : rt::Flags <
    crate ::beta::OpenIdConnectResponseTypes >; with_scope scope : ::std::string::String;
    }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OpenIdConnectIdentityProvider);
#[cfg(msgraph_beta_identity_providers_or_search)]
/// CSDL: `microsoft.graph.openIdConnectProvider`, entity type, derived from `microsoft.graph.identityProvider`, key `id`.
///
/// Request builders: [`OpenIdConnectProviderPath`](requests/trait.OpenIdConnectProviderPath.html), what a path to one (`EntityPath<OpenIdConnectProvider, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity-providers`, `beta-search`.
#[derive(Clone)]
pub struct OpenIdConnectProvider {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `clientId`: `Edm.String`, nullable.
    pub client_id: rt::Field<::std::string::String>,
    /// CSDL: property `clientSecret`: `Edm.String`, nullable.
    pub client_secret: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `claimsMapping`: `microsoft.graph.claimsMapping`, nullable.
    pub claims_mapping: rt::Field<crate::beta::ClaimsMapping>,
    /// CSDL: property `domainHint`: `Edm.String`, nullable.
    pub domain_hint: rt::Field<::std::string::String>,
    /// CSDL: property `metadataUrl`: `Edm.String`, nullable.
    pub metadata_url: rt::Field<::std::string::String>,
    /// CSDL: property `responseMode`: `microsoft.graph.openIdConnectResponseMode`, not nullable.
    pub response_mode: rt::Field<crate::beta::OpenIdConnectResponseMode>,
    /// CSDL: property `responseType`: `microsoft.graph.openIdConnectResponseTypes`, not nullable.
    pub response_type: rt::Field<rt::Flags<crate::beta::OpenIdConnectResponseTypes>>,
    /// CSDL: property `scope`: `Edm.String`, nullable.
    pub scope: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_providers_or_search)]
impl ::std::default::Default for OpenIdConnectProvider {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            client_id: rt::Field::Absent,
            client_secret: rt::Field::Absent,
            name: rt::Field::Absent,
            type_: rt::Field::Absent,
            claims_mapping: rt::Field::Absent,
            domain_hint: rt::Field::Absent,
            metadata_url: rt::Field::Absent,
            response_mode: rt::Field::Absent,
            response_type: rt::Field::Absent,
            scope: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_providers_or_search)]
impl rt::Object for OpenIdConnectProvider {
    const TYPE_NAME: &'static str = "microsoft.graph.openIdConnectProvider";
    const KEYS: &'static [&'static str] = &[
        "id",
        "clientId",
        "clientSecret",
        "name",
        "type",
        "claimsMapping",
        "domainHint",
        "metadataUrl",
        "responseMode",
        "responseType",
        "scope",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"clientId\":                     ",
        ",\"clientSecret\":                 ",
        ",\"name\":                         ",
        ",\"type\":                         ",
        ",\"claimsMapping\":                ",
        ",\"domainHint\":                   ",
        ",\"metadataUrl\":                  ",
        ",\"responseMode\":                 ",
        ",\"responseType\":                 ",
        ",\"scope\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.openIdConnectProvider\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_id", &self.client_id);
        v.field(2usize, "client_secret", &self.client_secret);
        v.field(3usize, "name", &self.name);
        v.field(4usize, "type_", &self.type_);
        v.field(5usize, "claims_mapping", &self.claims_mapping);
        v.field(6usize, "domain_hint", &self.domain_hint);
        v.field(7usize, "metadata_url", &self.metadata_url);
        v.field(8usize, "response_mode", &self.response_mode);
        v.field(9usize, "response_type", &self.response_type);
        v.field(10usize, "scope", &self.scope);
    }
}
#[cfg(msgraph_beta_identity_providers_or_search)]
impl rt::object::Members for OpenIdConnectProvider {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.client_id.read_from(r),
            2usize => self.client_secret.read_from(r),
            3usize => self.name.read_from(r),
            4usize => self.type_.read_from(r),
            5usize => self.claims_mapping.read_from(r),
            6usize => self.domain_hint.read_from(r),
            7usize => self.metadata_url.read_from(r),
            8usize => self.response_mode.read_from(r),
            9usize => self.response_type.read_from(r),
            10usize => self.scope.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.client_id);
        w.field(2usize, &self.client_secret);
        w.field(3usize, &self.name);
        w.field(4usize, &self.type_);
        w.field(5usize, &self.claims_mapping);
        w.field(6usize, &self.domain_hint);
        w.field(7usize, &self.metadata_url);
        w.field(8usize, &self.response_mode);
        w.field(9usize, &self.response_type);
        w.field(10usize, &self.scope);
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
#[cfg(msgraph_beta_identity_providers_or_search)]
rt::impl_object!(OpenIdConnectProvider);
#[cfg(msgraph_beta_identity_providers_or_search)]
rt::impl_setters!(
    OpenIdConnectProvider { with_id id : ::std::string::String; with_client_id client_id
    : ::std::string::String; with_client_secret client_secret : ::std::string::String;
    with_name name : ::std::string::String; with_type type_ : ::std::string::String;
    with_claims_mapping claims_mapping : crate ::beta::ClaimsMapping; with_domain_hint
    domain_hint : ::std::string::String; with_metadata_url metadata_url :
    ::std::string::String; with_response_mode response_mode : crate
    ::beta::OpenIdConnectResponseMode; with_response_type response_type : rt::Flags <
    crate ::beta::OpenIdConnectResponseTypes >; with_scope scope : ::std::string::String;
    }
);
#[cfg(msgraph_beta_identity_providers_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OpenIdConnectProvider);
#[cfg(msgraph_beta_identity_or_identity_providers_or_search)]
/// CSDL: `microsoft.graph.openIdConnectResponseMode`, enum type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-identity-providers`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OpenIdConnectResponseMode {
    /// `form_post` (value 1).
    FormPost,
    /// `query` (value 2).
    Query,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_identity_or_identity_providers_or_search)]
impl rt::StrEnum for OpenIdConnectResponseMode {
    const TYPE_NAME: &'static str = "microsoft.graph.openIdConnectResponseMode";
    const MEMBERS: &'static [&'static str] = &[
        "form_post",
        "query",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "form_post" => Self::FormPost,
                "query" => Self::Query,
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
            Self::FormPost => "form_post",
            Self::Query => "query",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_identity_or_identity_providers_or_search)]
rt::impl_enum!(OpenIdConnectResponseMode);
#[cfg(msgraph_beta_identity_or_identity_providers_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OpenIdConnectResponseMode);
#[cfg(msgraph_beta_identity_or_identity_providers_or_search)]
/// CSDL: `microsoft.graph.openIdConnectResponseTypes`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-identity`, `beta-identity-providers`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OpenIdConnectResponseTypes {
    /// `code` (value 1).
    Code,
    /// `id_token` (value 2).
    IdToken,
    /// `token` (value 4).
    Token,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_identity_or_identity_providers_or_search)]
impl rt::StrEnum for OpenIdConnectResponseTypes {
    const TYPE_NAME: &'static str = "microsoft.graph.openIdConnectResponseTypes";
    const MEMBERS: &'static [&'static str] = &["code", "id_token", "token"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "code" => Self::Code,
                "id_token" => Self::IdToken,
                "token" => Self::Token,
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
            Self::Code => "code",
            Self::IdToken => "id_token",
            Self::Token => "token",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_identity_or_identity_providers_or_search)]
rt::impl_enum!(OpenIdConnectResponseTypes);
#[cfg(msgraph_beta_identity_or_identity_providers_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OpenIdConnectResponseTypes);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.operation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Operation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastActionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_action_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.operationStatus`, nullable.
    pub status: rt::Field<crate::beta::OperationStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for Operation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_action_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for Operation {
    const TYPE_NAME: &'static str = "microsoft.graph.operation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "lastActionDateTime",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"lastActionDateTime\":           ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.operation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "last_action_date_time", &self.last_action_date_time);
        v.field(3usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::object::Members for Operation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.last_action_date_time.read_from(r),
            3usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.last_action_date_time);
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(Operation);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    Operation { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_last_action_date_time
    last_action_date_time : rt::edm::DateTimeOffset; with_status status : crate
    ::beta::OperationStatus; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(Operation);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// `microsoft.graph.operation` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOperation {
    Operation(::std::boxed::Box<crate::beta::Operation>),
    OnenoteOperation(::std::boxed::Box<crate::beta::OnenoteOperation>),
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for AnyOperation {
    #[inline]
    fn default() -> Self {
        Self::Operation(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Operation> for AnyOperation {
    #[inline]
    fn from(v: crate::beta::Operation) -> Self {
        Self::Operation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OnenoteOperation> for AnyOperation {
    #[inline]
    fn from(v: crate::beta::OnenoteOperation) -> Self {
        Self::OnenoteOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
unsafe impl ::std::marker::Send for AnyOperation {}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
unsafe impl ::std::marker::Sync for AnyOperation {}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::marker::Unpin for AnyOperation {}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::panic::UnwindSafe for AnyOperation {}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::panic::RefUnwindSafe for AnyOperation {}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
const _: () = {
    rt::object::auto_traits::<crate::beta::Operation>();
    rt::object::auto_traits::<crate::beta::OnenoteOperation>();
};
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Poly for AnyOperation {
    const BASE_NAME: &'static str = "microsoft.graph.operation";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.onenoteOperation") => {
                Self::OnenoteOperation(rt::object::new_boxed())
            }
            _ => Self::Operation(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Operation(v) => &**v,
            Self::OnenoteOperation(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Operation(v) => &mut **v,
            Self::OnenoteOperation(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl AnyOperation {
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
            Self::Operation(v) => &v.id,
            Self::OnenoteOperation(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Operation(v) => &mut v.id,
            Self::OnenoteOperation(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Operation(v) => &v.created_date_time,
            Self::OnenoteOperation(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Operation(v) => &mut v.created_date_time,
            Self::OnenoteOperation(v) => &mut v.created_date_time,
        }
    }
    /// `lastActionDateTime` of any variant.
    #[inline]
    pub fn last_action_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Operation(v) => &v.last_action_date_time,
            Self::OnenoteOperation(v) => &v.last_action_date_time,
        }
    }
    /// `lastActionDateTime` of any variant.
    #[inline]
    pub fn last_action_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Operation(v) => &mut v.last_action_date_time,
            Self::OnenoteOperation(v) => &mut v.last_action_date_time,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::beta::OperationStatus> {
        match self {
            Self::Operation(v) => &v.status,
            Self::OnenoteOperation(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<crate::beta::OperationStatus> {
        match self {
            Self::Operation(v) => &mut v.status,
            Self::OnenoteOperation(v) => &mut v.status,
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_poly!(AnyOperation);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOperation);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.operationError`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OperationError {
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for OperationError {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            message: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for OperationError {
    const TYPE_NAME: &'static str = "microsoft.graph.operationError";
    const KEYS: &'static [&'static str] = &["code", "message"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"message\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.operationError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "message", &self.message);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for OperationError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.message.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.message);
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
rt::impl_object!(OperationError);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    OperationError { with_code code : ::std::string::String; with_message message :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OperationError);
#[cfg(msgraph_beta_core)]
/// The organization resource represents an instance of global settings and resources which operate and are provisioned at the tenant-level.
///
/// CSDL: `microsoft.graph.organization`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`OrganizationPath`](requests/trait.OrganizationPath.html), what a path to one (`EntityPath<Organization, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Organization {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `assignedPlans`: `Collection(microsoft.graph.assignedPlan)`, not nullable.
    pub assigned_plans: rt::Field<::std::vec::Vec<crate::beta::AssignedPlan>>,
    /// CSDL: property `businessPhones`: `Collection(Edm.String)`, not nullable.
    pub business_phones: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `city`: `Edm.String`, nullable.
    pub city: rt::Field<::std::string::String>,
    /// CSDL: property `country`: `Edm.String`, nullable.
    pub country: rt::Field<::std::string::String>,
    /// CSDL: property `countryLetterCode`: `Edm.String`, nullable.
    pub country_letter_code: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `directorySizeQuota`: `microsoft.graph.directorySizeQuota`, nullable.
    pub directory_size_quota: rt::Field<crate::beta::DirectorySizeQuota>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isMultipleDataLocationsForServicesEnabled`: `Edm.Boolean`, nullable.
    pub is_multiple_data_locations_for_services_enabled: rt::Field<bool>,
    /// CSDL: property `marketingNotificationEmails`: `Collection(Edm.String)`, not nullable.
    pub marketing_notification_emails: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `onPremisesLastSyncDateTime`: `Edm.DateTimeOffset`, nullable.
    pub on_premises_last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `onPremisesSyncEnabled`: `Edm.Boolean`, nullable.
    pub on_premises_sync_enabled: rt::Field<bool>,
    /// CSDL: property `postalCode`: `Edm.String`, nullable.
    pub postal_code: rt::Field<::std::string::String>,
    /// CSDL: property `preferredLanguage`: `Edm.String`, nullable.
    pub preferred_language: rt::Field<::std::string::String>,
    /// CSDL: property `privacyProfile`: `microsoft.graph.privacyProfile`, nullable.
    pub privacy_profile: rt::Field<crate::beta::PrivacyProfile>,
    /// CSDL: property `provisionedPlans`: `Collection(microsoft.graph.provisionedPlan)`, not nullable.
    pub provisioned_plans: rt::Field<::std::vec::Vec<crate::beta::ProvisionedPlan>>,
    /// CSDL: property `securityComplianceNotificationMails`: `Collection(Edm.String)`, not nullable.
    pub security_compliance_notification_mails: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// CSDL: property `securityComplianceNotificationPhones`: `Collection(Edm.String)`, not nullable.
    pub security_compliance_notification_phones: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// CSDL: property `street`: `Edm.String`, nullable.
    pub street: rt::Field<::std::string::String>,
    /// CSDL: property `technicalNotificationMails`: `Collection(Edm.String)`, not nullable.
    pub technical_notification_mails: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verifiedDomains`: `Collection(microsoft.graph.verifiedDomain)`, not nullable.
    pub verified_domains: rt::Field<::std::vec::Vec<crate::beta::VerifiedDomain>>,
    /// Certificate connector setting.
    ///
    /// CSDL: property `certificateConnectorSetting`: `microsoft.graph.certificateConnectorSetting`, nullable.
    pub certificate_connector_setting: rt::Field<
        crate::beta::CertificateConnectorSetting,
    >,
    /// Mobile device management authority.
    ///
    /// CSDL: property `mobileDeviceManagementAuthority`: `microsoft.graph.mdmAuthority`, not nullable.
    pub mobile_device_management_authority: rt::Field<crate::beta::MdmAuthority>,
    /// CSDL: containment navigation property `branding`: `microsoft.graph.organizationalBranding`, nullable.
    pub branding: rt::Field<crate::beta::OrganizationalBranding>,
    /// CSDL: navigation property `certificateBasedAuthConfiguration`: `Collection(microsoft.graph.certificateBasedAuthConfiguration)`, not nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
    pub certificate_based_auth_configuration: rt::Field<
        ::std::vec::Vec<crate::beta::CertificateBasedAuthConfiguration>,
    >,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::beta::AnyExtension>>,
    /// CSDL: containment navigation property `settings`: `microsoft.graph.organizationSettings`, nullable.
    pub settings: rt::Field<crate::beta::OrganizationSettings>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Organization {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            assigned_plans: rt::Field::Absent,
            business_phones: rt::Field::Absent,
            city: rt::Field::Absent,
            country: rt::Field::Absent,
            country_letter_code: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            directory_size_quota: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_multiple_data_locations_for_services_enabled: rt::Field::Absent,
            marketing_notification_emails: rt::Field::Absent,
            on_premises_last_sync_date_time: rt::Field::Absent,
            on_premises_sync_enabled: rt::Field::Absent,
            postal_code: rt::Field::Absent,
            preferred_language: rt::Field::Absent,
            privacy_profile: rt::Field::Absent,
            provisioned_plans: rt::Field::Absent,
            security_compliance_notification_mails: rt::Field::Absent,
            security_compliance_notification_phones: rt::Field::Absent,
            state: rt::Field::Absent,
            street: rt::Field::Absent,
            technical_notification_mails: rt::Field::Absent,
            verified_domains: rt::Field::Absent,
            certificate_connector_setting: rt::Field::Absent,
            mobile_device_management_authority: rt::Field::Absent,
            branding: rt::Field::Absent,
            #[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
            certificate_based_auth_configuration: rt::Field::Absent,
            extensions: rt::Field::Absent,
            settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Organization {
    const TYPE_NAME: &'static str = "microsoft.graph.organization";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "assignedPlans",
        "businessPhones",
        "city",
        "country",
        "countryLetterCode",
        "createdDateTime",
        "directorySizeQuota",
        "displayName",
        "isMultipleDataLocationsForServicesEnabled",
        "marketingNotificationEmails",
        "onPremisesLastSyncDateTime",
        "onPremisesSyncEnabled",
        "postalCode",
        "preferredLanguage",
        "privacyProfile",
        "provisionedPlans",
        "securityComplianceNotificationMails",
        "securityComplianceNotificationPhones",
        "state",
        "street",
        "technicalNotificationMails",
        "verifiedDomains",
        "certificateConnectorSetting",
        "mobileDeviceManagementAuthority",
        "branding",
        "certificateBasedAuthConfiguration",
        "extensions",
        "settings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"assignedPlans\":                ",
        ",\"businessPhones\":               ",
        ",\"city\":                         ",
        ",\"country\":                      ",
        ",\"countryLetterCode\":            ",
        ",\"createdDateTime\":              ",
        ",\"directorySizeQuota\":           ",
        ",\"displayName\":                  ",
        ",\"isMultipleDataLocationsForServicesEnabled\":",
        ",\"marketingNotificationEmails\":  ",
        ",\"onPremisesLastSyncDateTime\":   ",
        ",\"onPremisesSyncEnabled\":        ",
        ",\"postalCode\":                   ",
        ",\"preferredLanguage\":            ",
        ",\"privacyProfile\":               ",
        ",\"provisionedPlans\":             ",
        ",\"securityComplianceNotificationMails\":",
        ",\"securityComplianceNotificationPhones\":",
        ",\"state\":                        ",
        ",\"street\":                       ",
        ",\"technicalNotificationMails\":   ",
        ",\"verifiedDomains\":              ",
        ",\"certificateConnectorSetting\":  ",
        ",\"mobileDeviceManagementAuthority\":",
        ",\"branding\":                     ",
        ",\"certificateBasedAuthConfiguration\":",
        ",\"extensions\":                   ",
        ",\"settings\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.organization\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "assigned_plans", &self.assigned_plans);
        v.field(3usize, "business_phones", &self.business_phones);
        v.field(4usize, "city", &self.city);
        v.field(5usize, "country", &self.country);
        v.field(6usize, "country_letter_code", &self.country_letter_code);
        v.field(7usize, "created_date_time", &self.created_date_time);
        v.field(8usize, "directory_size_quota", &self.directory_size_quota);
        v.field(9usize, "display_name", &self.display_name);
        v.field(
            10usize,
            "is_multiple_data_locations_for_services_enabled",
            &self.is_multiple_data_locations_for_services_enabled,
        );
        v.field(
            11usize,
            "marketing_notification_emails",
            &self.marketing_notification_emails,
        );
        v.field(
            12usize,
            "on_premises_last_sync_date_time",
            &self.on_premises_last_sync_date_time,
        );
        v.field(13usize, "on_premises_sync_enabled", &self.on_premises_sync_enabled);
        v.field(14usize, "postal_code", &self.postal_code);
        v.field(15usize, "preferred_language", &self.preferred_language);
        v.field(16usize, "privacy_profile", &self.privacy_profile);
        v.field(17usize, "provisioned_plans", &self.provisioned_plans);
        v.field(
            18usize,
            "security_compliance_notification_mails",
            &self.security_compliance_notification_mails,
        );
        v.field(
            19usize,
            "security_compliance_notification_phones",
            &self.security_compliance_notification_phones,
        );
        v.field(20usize, "state", &self.state);
        v.field(21usize, "street", &self.street);
        v.field(
            22usize,
            "technical_notification_mails",
            &self.technical_notification_mails,
        );
        v.field(23usize, "verified_domains", &self.verified_domains);
        v.field(
            24usize,
            "certificate_connector_setting",
            &self.certificate_connector_setting,
        );
        v.field(
            25usize,
            "mobile_device_management_authority",
            &self.mobile_device_management_authority,
        );
        v.field(26usize, "branding", &self.branding);
        #[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
        v.field(
            27usize,
            "certificate_based_auth_configuration",
            &self.certificate_based_auth_configuration,
        );
        v.field(28usize, "extensions", &self.extensions);
        v.field(29usize, "settings", &self.settings);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Organization {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.assigned_plans.read_from(r),
            3usize => self.business_phones.read_from(r),
            4usize => self.city.read_from(r),
            5usize => self.country.read_from(r),
            6usize => self.country_letter_code.read_from(r),
            7usize => self.created_date_time.read_from(r),
            8usize => self.directory_size_quota.read_from(r),
            9usize => self.display_name.read_from(r),
            10usize => self.is_multiple_data_locations_for_services_enabled.read_from(r),
            11usize => self.marketing_notification_emails.read_from(r),
            12usize => self.on_premises_last_sync_date_time.read_from(r),
            13usize => self.on_premises_sync_enabled.read_from(r),
            14usize => self.postal_code.read_from(r),
            15usize => self.preferred_language.read_from(r),
            16usize => self.privacy_profile.read_from(r),
            17usize => self.provisioned_plans.read_from(r),
            18usize => self.security_compliance_notification_mails.read_from(r),
            19usize => self.security_compliance_notification_phones.read_from(r),
            20usize => self.state.read_from(r),
            21usize => self.street.read_from(r),
            22usize => self.technical_notification_mails.read_from(r),
            23usize => self.verified_domains.read_from(r),
            24usize => self.certificate_connector_setting.read_from(r),
            25usize => self.mobile_device_management_authority.read_from(r),
            26usize => self.branding.read_from(r),
            #[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
            27usize => self.certificate_based_auth_configuration.read_from(r),
            28usize => self.extensions.read_from(r),
            29usize => self.settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.assigned_plans);
        w.field(3usize, &self.business_phones);
        w.field(4usize, &self.city);
        w.field(5usize, &self.country);
        w.field(6usize, &self.country_letter_code);
        w.field(7usize, &self.created_date_time);
        w.field(8usize, &self.directory_size_quota);
        w.field(9usize, &self.display_name);
        w.field(10usize, &self.is_multiple_data_locations_for_services_enabled);
        w.field(11usize, &self.marketing_notification_emails);
        w.field(12usize, &self.on_premises_last_sync_date_time);
        w.field(13usize, &self.on_premises_sync_enabled);
        w.field(14usize, &self.postal_code);
        w.field(15usize, &self.preferred_language);
        w.field(16usize, &self.privacy_profile);
        w.field(17usize, &self.provisioned_plans);
        w.field(18usize, &self.security_compliance_notification_mails);
        w.field(19usize, &self.security_compliance_notification_phones);
        w.field(20usize, &self.state);
        w.field(21usize, &self.street);
        w.field(22usize, &self.technical_notification_mails);
        w.field(23usize, &self.verified_domains);
        w.field(24usize, &self.certificate_connector_setting);
        w.field(25usize, &self.mobile_device_management_authority);
        w.field(26usize, &self.branding);
        #[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
        w.field(27usize, &self.certificate_based_auth_configuration);
        w.field(28usize, &self.extensions);
        w.field(29usize, &self.settings);
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
rt::impl_object!(Organization);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Organization { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_assigned_plans assigned_plans :
    ::std::vec::Vec < crate ::beta::AssignedPlan >; with_business_phones business_phones
    : ::std::vec::Vec < ::std::string::String >; with_city city : ::std::string::String;
    with_country country : ::std::string::String; with_country_letter_code
    country_letter_code : ::std::string::String; with_created_date_time created_date_time
    : rt::edm::DateTimeOffset; with_directory_size_quota directory_size_quota : crate
    ::beta::DirectorySizeQuota; with_display_name display_name : ::std::string::String;
    with_is_multiple_data_locations_for_services_enabled
    is_multiple_data_locations_for_services_enabled : bool;
    with_marketing_notification_emails marketing_notification_emails : ::std::vec::Vec <
    ::std::string::String >; with_on_premises_last_sync_date_time
    on_premises_last_sync_date_time : rt::edm::DateTimeOffset;
    with_on_premises_sync_enabled on_premises_sync_enabled : bool; with_postal_code
    postal_code : ::std::string::String; with_preferred_language preferred_language :
    ::std::string::String; with_privacy_profile privacy_profile : crate
    ::beta::PrivacyProfile; with_provisioned_plans provisioned_plans : ::std::vec::Vec <
    crate ::beta::ProvisionedPlan >; with_security_compliance_notification_mails
    security_compliance_notification_mails : ::std::vec::Vec < ::std::string::String >;
    with_security_compliance_notification_phones security_compliance_notification_phones
    : ::std::vec::Vec < ::std::string::String >; with_state state :
    ::std::string::String; with_street street : ::std::string::String;
    with_technical_notification_mails technical_notification_mails : ::std::vec::Vec <
    ::std::string::String >; with_verified_domains verified_domains : ::std::vec::Vec <
    crate ::beta::VerifiedDomain >; with_certificate_connector_setting
    certificate_connector_setting : crate ::beta::CertificateConnectorSetting;
    with_mobile_device_management_authority mobile_device_management_authority : crate
    ::beta::MdmAuthority; with_branding branding : crate ::beta::OrganizationalBranding;
    #[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
    with_certificate_based_auth_configuration certificate_based_auth_configuration :
    ::std::vec::Vec < crate ::beta::CertificateBasedAuthConfiguration >; with_extensions
    extensions : ::std::vec::Vec < crate ::beta::AnyExtension >; with_settings settings :
    crate ::beta::OrganizationSettings; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Organization);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.organizationSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`OrganizationSettingsPath`](requests/trait.OrganizationSettingsPath.html), what a path to one (`EntityPath<OrganizationSettings, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OrganizationSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `itemInsights`: `microsoft.graph.itemInsightsSettings`, nullable.
    pub item_insights: rt::Field<crate::beta::ItemInsightsSettings>,
    /// CSDL: containment navigation property `profileCardProperties`: `Collection(microsoft.graph.profileCardProperty)`, not nullable.
    pub profile_card_properties: rt::Field<
        ::std::vec::Vec<crate::beta::ProfileCardProperty>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for OrganizationSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            item_insights: rt::Field::Absent,
            profile_card_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for OrganizationSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.organizationSettings";
    const KEYS: &'static [&'static str] = &[
        "id",
        "itemInsights",
        "profileCardProperties",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"itemInsights\":                 ",
        ",\"profileCardProperties\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.organizationSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "item_insights", &self.item_insights);
        v.field(2usize, "profile_card_properties", &self.profile_card_properties);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for OrganizationSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.item_insights.read_from(r),
            2usize => self.profile_card_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.item_insights);
        w.field(2usize, &self.profile_card_properties);
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
rt::impl_object!(OrganizationSettings);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    OrganizationSettings { with_id id : ::std::string::String; with_item_insights
    item_insights : crate ::beta::ItemInsightsSettings; with_profile_card_properties
    profile_card_properties : ::std::vec::Vec < crate ::beta::ProfileCardProperty >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OrganizationSettings);
