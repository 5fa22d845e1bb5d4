//! Types of `microsoft.graph` by the first letters of their names (`pa_po`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.package`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct Package {
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for Package {
    #[inline]
    fn default() -> Self {
        Self {
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for Package {
    const TYPE_NAME: &'static str = "microsoft.graph.package";
    const KEYS: &'static [&'static str] = &["type"];
    const KEYS_JSON: &'static [&'static str] = &[",\"type\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.package\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for Package {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.type_);
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
rt::impl_object!(Package);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(Package { with_type type_ : ::std::string::String; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Package);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.pageLinks`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PageLinks {
    /// CSDL: property `oneNoteClientUrl`: `microsoft.graph.externalLink`, nullable.
    pub one_note_client_url: rt::Field<crate::v1::ExternalLink>,
    /// CSDL: property `oneNoteWebUrl`: `microsoft.graph.externalLink`, nullable.
    pub one_note_web_url: rt::Field<crate::v1::ExternalLink>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for PageLinks {
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
impl rt::Object for PageLinks {
    const TYPE_NAME: &'static str = "microsoft.graph.pageLinks";
    const KEYS: &'static [&'static str] = &["oneNoteClientUrl", "oneNoteWebUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"oneNoteClientUrl\":             ",
        ",\"oneNoteWebUrl\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.pageLinks\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "one_note_client_url", &self.one_note_client_url);
        v.field(1usize, "one_note_web_url", &self.one_note_web_url);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for PageLinks {
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
rt::impl_object!(PageLinks);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    PageLinks { with_one_note_client_url one_note_client_url : crate ::v1::ExternalLink;
    with_one_note_web_url one_note_web_url : crate ::v1::ExternalLink; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(PageLinks);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.pagePromotionType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PagePromotionType {
    /// `microsoftReserved` (value 0).
    MicrosoftReserved,
    /// `page` (value 1).
    Page,
    /// `newsPost` (value 2).
    NewsPost,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::StrEnum for PagePromotionType {
    const TYPE_NAME: &'static str = "microsoft.graph.pagePromotionType";
    const MEMBERS: &'static [&'static str] = &[
        "microsoftReserved",
        "page",
        "newsPost",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "microsoftReserved" => Self::MicrosoftReserved,
                "page" => Self::Page,
                "newsPost" => Self::NewsPost,
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
            Self::MicrosoftReserved => "microsoftReserved",
            Self::Page => "page",
            Self::NewsPost => "newsPost",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_enum!(PagePromotionType);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(PagePromotionType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.partnerTenantType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PartnerTenantType {
    /// `microsoftSupport` (value 1).
    MicrosoftSupport,
    /// `syndicatePartner` (value 2).
    SyndicatePartner,
    /// `breadthPartner` (value 3).
    BreadthPartner,
    /// `breadthPartnerDelegatedAdmin` (value 4).
    BreadthPartnerDelegatedAdmin,
    /// `resellerPartnerDelegatedAdmin` (value 5).
    ResellerPartnerDelegatedAdmin,
    /// `valueAddedResellerPartnerDelegatedAdmin` (value 6).
    ValueAddedResellerPartnerDelegatedAdmin,
    /// `unknownFutureValue` (value 7).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for PartnerTenantType {
    const TYPE_NAME: &'static str = "microsoft.graph.partnerTenantType";
    const MEMBERS: &'static [&'static str] = &[
        "microsoftSupport",
        "syndicatePartner",
        "breadthPartner",
        "breadthPartnerDelegatedAdmin",
        "resellerPartnerDelegatedAdmin",
        "valueAddedResellerPartnerDelegatedAdmin",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "microsoftSupport" => Self::MicrosoftSupport,
                "syndicatePartner" => Self::SyndicatePartner,
                "breadthPartner" => Self::BreadthPartner,
                "breadthPartnerDelegatedAdmin" => Self::BreadthPartnerDelegatedAdmin,
                "resellerPartnerDelegatedAdmin" => Self::ResellerPartnerDelegatedAdmin,
                "valueAddedResellerPartnerDelegatedAdmin" => {
                    Self::ValueAddedResellerPartnerDelegatedAdmin
                }
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
            Self::MicrosoftSupport => "microsoftSupport",
            Self::SyndicatePartner => "syndicatePartner",
            Self::BreadthPartner => "breadthPartner",
            Self::BreadthPartnerDelegatedAdmin => "breadthPartnerDelegatedAdmin",
            Self::ResellerPartnerDelegatedAdmin => "resellerPartnerDelegatedAdmin",
            Self::ValueAddedResellerPartnerDelegatedAdmin => {
                "valueAddedResellerPartnerDelegatedAdmin"
            }
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(PartnerTenantType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PartnerTenantType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.passkeyType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PasskeyType {
    /// `deviceBound` (value 0).
    DeviceBound,
    /// `synced` (value 1).
    Synced,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for PasskeyType {
    const TYPE_NAME: &'static str = "microsoft.graph.passkeyType";
    const MEMBERS: &'static [&'static str] = &[
        "deviceBound",
        "synced",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceBound" => Self::DeviceBound,
                "synced" => Self::Synced,
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
            Self::DeviceBound => "deviceBound",
            Self::Synced => "synced",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(PasskeyType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PasskeyType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.passwordAuthenticationMethod`, entity type, derived from `microsoft.graph.authenticationMethod`, key `id`.
///
/// Request builders: [`AuthenticationMethodPath`](requests/trait.AuthenticationMethodPath.html), what a path to one (`EntityPath<PasswordAuthenticationMethod, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PasswordAuthenticationMethod {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `password`: `Edm.String`, nullable.
    pub password: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for PasswordAuthenticationMethod {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            password: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for PasswordAuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.passwordAuthenticationMethod";
    const KEYS: &'static [&'static str] = &["id", "createdDateTime", "password"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"password\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.passwordAuthenticationMethod\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "password", &self.password);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for PasswordAuthenticationMethod {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.password.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.password);
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
rt::impl_object!(PasswordAuthenticationMethod);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    PasswordAuthenticationMethod { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_password
    password : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PasswordAuthenticationMethod);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.passwordCredential`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PasswordCredential {
    /// CSDL: property `customKeyIdentifier`: `Edm.Binary`, nullable.
    pub custom_key_identifier: rt::Field<rt::edm::Binary>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `hint`: `Edm.String`, nullable.
    pub hint: rt::Field<::std::string::String>,
    /// CSDL: property `keyId`: `Edm.Guid`, nullable.
    pub key_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `secretText`: `Edm.String`, nullable.
    pub secret_text: rt::Field<::std::string::String>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for PasswordCredential {
    #[inline]
    fn default() -> Self {
        Self {
            custom_key_identifier: rt::Field::Absent,
            display_name: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            hint: rt::Field::Absent,
            key_id: rt::Field::Absent,
            secret_text: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for PasswordCredential {
    const TYPE_NAME: &'static str = "microsoft.graph.passwordCredential";
    const KEYS: &'static [&'static str] = &[
        "customKeyIdentifier",
        "displayName",
        "endDateTime",
        "hint",
        "keyId",
        "secretText",
        "startDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"customKeyIdentifier\":          ",
        ",\"displayName\":                  ",
        ",\"endDateTime\":                  ",
        ",\"hint\":                         ",
        ",\"keyId\":                        ",
        ",\"secretText\":                   ",
        ",\"startDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.passwordCredential\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "custom_key_identifier", &self.custom_key_identifier);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "end_date_time", &self.end_date_time);
        v.field(3usize, "hint", &self.hint);
        v.field(4usize, "key_id", &self.key_id);
        v.field(5usize, "secret_text", &self.secret_text);
        v.field(6usize, "start_date_time", &self.start_date_time);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for PasswordCredential {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.custom_key_identifier.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.end_date_time.read_from(r),
            3usize => self.hint.read_from(r),
            4usize => self.key_id.read_from(r),
            5usize => self.secret_text.read_from(r),
            6usize => self.start_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.custom_key_identifier);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.end_date_time);
        w.field(3usize, &self.hint);
        w.field(4usize, &self.key_id);
        w.field(5usize, &self.secret_text);
        w.field(6usize, &self.start_date_time);
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
rt::impl_object!(PasswordCredential);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    PasswordCredential { with_custom_key_identifier custom_key_identifier :
    rt::edm::Binary; with_display_name display_name : ::std::string::String;
    with_end_date_time end_date_time : rt::edm::DateTimeOffset; with_hint hint :
    ::std::string::String; with_key_id key_id : rt::edm::Guid; with_secret_text
    secret_text : ::std::string::String; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PasswordCredential);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.passwordCredentialConfiguration`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PasswordCredentialConfiguration {
    /// CSDL: property `excludeActors`: `microsoft.graph.appManagementPolicyActorExemptions`, nullable.
    pub exclude_actors: rt::Field<crate::v1::AppManagementPolicyActorExemptions>,
    /// CSDL: property `maxLifetime`: `Edm.Duration`, nullable.
    pub max_lifetime: rt::Field<rt::edm::Duration>,
    /// CSDL: property `restrictForAppsCreatedAfterDateTime`: `Edm.DateTimeOffset`, nullable.
    pub restrict_for_apps_created_after_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `restrictionType`: `microsoft.graph.appCredentialRestrictionType`, nullable.
    pub restriction_type: rt::Field<crate::v1::AppCredentialRestrictionType>,
    /// CSDL: property `state`: `microsoft.graph.appManagementRestrictionState`, not nullable.
    pub state: rt::Field<crate::v1::AppManagementRestrictionState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for PasswordCredentialConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            exclude_actors: rt::Field::Absent,
            max_lifetime: rt::Field::Absent,
            restrict_for_apps_created_after_date_time: rt::Field::Absent,
            restriction_type: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for PasswordCredentialConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.passwordCredentialConfiguration";
    const KEYS: &'static [&'static str] = &[
        "excludeActors",
        "maxLifetime",
        "restrictForAppsCreatedAfterDateTime",
        "restrictionType",
        "state",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"excludeActors\":                ",
        ",\"maxLifetime\":                  ",
        ",\"restrictForAppsCreatedAfterDateTime\":",
        ",\"restrictionType\":              ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.passwordCredentialConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "exclude_actors", &self.exclude_actors);
        v.field(1usize, "max_lifetime", &self.max_lifetime);
        v.field(
            2usize,
            "restrict_for_apps_created_after_date_time",
            &self.restrict_for_apps_created_after_date_time,
        );
        v.field(3usize, "restriction_type", &self.restriction_type);
        v.field(4usize, "state", &self.state);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for PasswordCredentialConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.exclude_actors.read_from(r),
            1usize => self.max_lifetime.read_from(r),
            2usize => self.restrict_for_apps_created_after_date_time.read_from(r),
            3usize => self.restriction_type.read_from(r),
            4usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.exclude_actors);
        w.field(1usize, &self.max_lifetime);
        w.field(2usize, &self.restrict_for_apps_created_after_date_time);
        w.field(3usize, &self.restriction_type);
        w.field(4usize, &self.state);
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
rt::impl_object!(PasswordCredentialConfiguration);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    PasswordCredentialConfiguration { with_exclude_actors exclude_actors : crate
    ::v1::AppManagementPolicyActorExemptions; with_max_lifetime max_lifetime :
    rt::edm::Duration; with_restrict_for_apps_created_after_date_time
    restrict_for_apps_created_after_date_time : rt::edm::DateTimeOffset;
    with_restriction_type restriction_type : crate ::v1::AppCredentialRestrictionType;
    with_state state : crate ::v1::AppManagementRestrictionState; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PasswordCredentialConfiguration);
#[cfg(msgraph_v1_core_or_education)]
/// CSDL: `microsoft.graph.passwordProfile`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-education`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PasswordProfile {
    /// CSDL: property `forceChangePasswordNextSignIn`: `Edm.Boolean`, nullable.
    pub force_change_password_next_sign_in: rt::Field<bool>,
    /// CSDL: property `forceChangePasswordNextSignInWithMfa`: `Edm.Boolean`, nullable.
    pub force_change_password_next_sign_in_with_mfa: rt::Field<bool>,
    /// CSDL: property `password`: `Edm.String`, nullable.
    pub password: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_education)]
impl ::std::default::Default for PasswordProfile {
    #[inline]
    fn default() -> Self {
        Self {
            force_change_password_next_sign_in: rt::Field::Absent,
            force_change_password_next_sign_in_with_mfa: rt::Field::Absent,
            password: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_education)]
impl rt::Object for PasswordProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.passwordProfile";
    const KEYS: &'static [&'static str] = &[
        "forceChangePasswordNextSignIn",
        "forceChangePasswordNextSignInWithMfa",
        "password",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"forceChangePasswordNextSignIn\":",
        ",\"forceChangePasswordNextSignInWithMfa\":",
        ",\"password\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.passwordProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "force_change_password_next_sign_in",
            &self.force_change_password_next_sign_in,
        );
        v.field(
            1usize,
            "force_change_password_next_sign_in_with_mfa",
            &self.force_change_password_next_sign_in_with_mfa,
        );
        v.field(2usize, "password", &self.password);
    }
}
#[cfg(msgraph_v1_core_or_education)]
impl rt::object::Members for PasswordProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.force_change_password_next_sign_in.read_from(r),
            1usize => self.force_change_password_next_sign_in_with_mfa.read_from(r),
            2usize => self.password.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.force_change_password_next_sign_in);
        w.field(1usize, &self.force_change_password_next_sign_in_with_mfa);
        w.field(2usize, &self.password);
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
rt::impl_object!(PasswordProfile);
#[cfg(msgraph_v1_core_or_education)]
rt::impl_setters!(
    PasswordProfile { with_force_change_password_next_sign_in
    force_change_password_next_sign_in : bool;
    with_force_change_password_next_sign_in_with_mfa
    force_change_password_next_sign_in_with_mfa : bool; with_password password :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_education)]
#[cfg(feature = "serde")]
rt::impl_serde!(PasswordProfile);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.passwordResetResponse`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PasswordResetResponse {
    /// CSDL: property `newPassword`: `Edm.String`, nullable.
    pub new_password: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for PasswordResetResponse {
    #[inline]
    fn default() -> Self {
        Self {
            new_password: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for PasswordResetResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.passwordResetResponse";
    const KEYS: &'static [&'static str] = &["newPassword"];
    const KEYS_JSON: &'static [&'static str] = &[",\"newPassword\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.passwordResetResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "new_password", &self.new_password);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for PasswordResetResponse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.new_password.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.new_password);
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
rt::impl_object!(PasswordResetResponse);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    PasswordResetResponse { with_new_password new_password : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PasswordResetResponse);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.payload`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PayloadPath`](requests/trait.PayloadPath.html), what a path to one (`EntityPath<Payload, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct Payload {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `brand`: `microsoft.graph.payloadBrand`, nullable.
    pub brand: rt::Field<crate::v1::PayloadBrand>,
    /// CSDL: property `complexity`: `microsoft.graph.payloadComplexity`, nullable.
    pub complexity: rt::Field<crate::v1::PayloadComplexity>,
    /// CSDL: property `createdBy`: `microsoft.graph.emailIdentity`, nullable.
    pub created_by: rt::Field<crate::v1::EmailIdentity>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `detail`: `microsoft.graph.payloadDetail`, nullable.
    pub detail: rt::Field<crate::v1::AnyPayloadDetail>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `industry`: `microsoft.graph.payloadIndustry`, nullable.
    pub industry: rt::Field<crate::v1::PayloadIndustry>,
    /// CSDL: property `isAutomated`: `Edm.Boolean`, nullable.
    pub is_automated: rt::Field<bool>,
    /// CSDL: property `isControversial`: `Edm.Boolean`, nullable.
    pub is_controversial: rt::Field<bool>,
    /// CSDL: property `isCurrentEvent`: `Edm.Boolean`, nullable.
    pub is_current_event: rt::Field<bool>,
    /// CSDL: property `language`: `Edm.String`, nullable.
    pub language: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.emailIdentity`, nullable.
    pub last_modified_by: rt::Field<crate::v1::EmailIdentity>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `payloadTags`: `Collection(Edm.String)`, nullable.
    pub payload_tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `platform`: `microsoft.graph.payloadDeliveryPlatform`, nullable.
    pub platform: rt::Field<crate::v1::PayloadDeliveryPlatform>,
    /// CSDL: property `predictedCompromiseRate`: `Edm.Double`, nullable.
    pub predicted_compromise_rate: rt::Field<f64>,
    /// CSDL: property `simulationAttackType`: `microsoft.graph.simulationAttackType`, nullable.
    pub simulation_attack_type: rt::Field<crate::v1::SimulationAttackType>,
    /// CSDL: property `source`: `microsoft.graph.simulationContentSource`, not nullable.
    pub source: rt::Field<crate::v1::SimulationContentSource>,
    /// CSDL: property `status`: `microsoft.graph.simulationContentStatus`, nullable.
    pub status: rt::Field<crate::v1::SimulationContentStatus>,
    /// CSDL: property `technique`: `microsoft.graph.simulationAttackTechnique`, nullable.
    pub technique: rt::Field<crate::v1::SimulationAttackTechnique>,
    /// CSDL: property `theme`: `microsoft.graph.payloadTheme`, nullable.
    pub theme: rt::Field<crate::v1::PayloadTheme>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for Payload {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            brand: rt::Field::Absent,
            complexity: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            detail: rt::Field::Absent,
            display_name: rt::Field::Absent,
            industry: rt::Field::Absent,
            is_automated: rt::Field::Absent,
            is_controversial: rt::Field::Absent,
            is_current_event: rt::Field::Absent,
            language: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            payload_tags: rt::Field::Absent,
            platform: rt::Field::Absent,
            predicted_compromise_rate: rt::Field::Absent,
            simulation_attack_type: rt::Field::Absent,
            source: rt::Field::Absent,
            status: rt::Field::Absent,
            technique: rt::Field::Absent,
            theme: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for Payload {
    const TYPE_NAME: &'static str = "microsoft.graph.payload";
    const KEYS: &'static [&'static str] = &[
        "id",
        "brand",
        "complexity",
        "createdBy",
        "createdDateTime",
        "description",
        "detail",
        "displayName",
        "industry",
        "isAutomated",
        "isControversial",
        "isCurrentEvent",
        "language",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "payloadTags",
        "platform",
        "predictedCompromiseRate",
        "simulationAttackType",
        "source",
        "status",
        "technique",
        "theme",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"brand\":                        ",
        ",\"complexity\":                   ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"detail\":                       ",
        ",\"displayName\":                  ",
        ",\"industry\":                     ",
        ",\"isAutomated\":                  ",
        ",\"isControversial\":              ",
        ",\"isCurrentEvent\":               ",
        ",\"language\":                     ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"payloadTags\":                  ",
        ",\"platform\":                     ",
        ",\"predictedCompromiseRate\":      ",
        ",\"simulationAttackType\":         ",
        ",\"source\":                       ",
        ",\"status\":                       ",
        ",\"technique\":                    ",
        ",\"theme\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.payload\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "brand", &self.brand);
        v.field(2usize, "complexity", &self.complexity);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "description", &self.description);
        v.field(6usize, "detail", &self.detail);
        v.field(7usize, "display_name", &self.display_name);
        v.field(8usize, "industry", &self.industry);
        v.field(9usize, "is_automated", &self.is_automated);
        v.field(10usize, "is_controversial", &self.is_controversial);
        v.field(11usize, "is_current_event", &self.is_current_event);
        v.field(12usize, "language", &self.language);
        v.field(13usize, "last_modified_by", &self.last_modified_by);
        v.field(14usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(15usize, "payload_tags", &self.payload_tags);
        v.field(16usize, "platform", &self.platform);
        v.field(17usize, "predicted_compromise_rate", &self.predicted_compromise_rate);
        v.field(18usize, "simulation_attack_type", &self.simulation_attack_type);
        v.field(19usize, "source", &self.source);
        v.field(20usize, "status", &self.status);
        v.field(21usize, "technique", &self.technique);
        v.field(22usize, "theme", &self.theme);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for Payload {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.brand.read_from(r),
            2usize => self.complexity.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.description.read_from(r),
            6usize => self.detail.read_from(r),
            7usize => self.display_name.read_from(r),
            8usize => self.industry.read_from(r),
            9usize => self.is_automated.read_from(r),
            10usize => self.is_controversial.read_from(r),
            11usize => self.is_current_event.read_from(r),
            12usize => self.language.read_from(r),
            13usize => self.last_modified_by.read_from(r),
            14usize => self.last_modified_date_time.read_from(r),
            15usize => self.payload_tags.read_from(r),
            16usize => self.platform.read_from(r),
            17usize => self.predicted_compromise_rate.read_from(r),
            18usize => self.simulation_attack_type.read_from(r),
            19usize => self.source.read_from(r),
            20usize => self.status.read_from(r),
            21usize => self.technique.read_from(r),
            22usize => self.theme.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.brand);
        w.field(2usize, &self.complexity);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.description);
        w.field(6usize, &self.detail);
        w.field(7usize, &self.display_name);
        w.field(8usize, &self.industry);
        w.field(9usize, &self.is_automated);
        w.field(10usize, &self.is_controversial);
        w.field(11usize, &self.is_current_event);
        w.field(12usize, &self.language);
        w.field(13usize, &self.last_modified_by);
        w.field(14usize, &self.last_modified_date_time);
        w.field(15usize, &self.payload_tags);
        w.field(16usize, &self.platform);
        w.field(17usize, &self.predicted_compromise_rate);
        w.field(18usize, &self.simulation_attack_type);
        w.field(19usize, &self.source);
        w.field(20usize, &self.status);
        w.field(21usize, &self.technique);
        w.field(22usize, &self.theme);
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
rt::impl_object!(Payload);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    Payload { with_id id : ::std::string::String; with_brand brand : crate
    ::v1::PayloadBrand; with_complexity complexity : crate ::v1::PayloadComplexity;
    with_created_by created_by : crate ::v1::EmailIdentity; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_detail detail : crate ::v1::AnyPayloadDetail;
    with_display_name display_name : ::std::string::String; with_industry industry :
    crate ::v1::PayloadIndustry; with_is_automated is_automated : bool;
    with_is_controversial is_controversial : bool; with_is_current_event is_current_event
    : bool; with_language language : ::std::string::String; with_last_modified_by
    last_modified_by : crate ::v1::EmailIdentity; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_payload_tags payload_tags :
    ::std::vec::Vec < ::std::string::String >; with_platform platform : crate
    ::v1::PayloadDeliveryPlatform; with_predicted_compromise_rate
    predicted_compromise_rate : f64; with_simulation_attack_type simulation_attack_type :
    crate ::v1::SimulationAttackType; with_source source : crate
    ::v1::SimulationContentSource; with_status status : crate
    ::v1::SimulationContentStatus; with_technique technique : crate
    ::v1::SimulationAttackTechnique; with_theme theme : crate ::v1::PayloadTheme; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Payload);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.payloadBrand`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PayloadBrand {
    /// `unknown` (value 0).
    Unknown,
    /// `other` (value 1).
    Other,
    /// `americanExpress` (value 2).
    AmericanExpress,
    /// `capitalOne` (value 3).
    CapitalOne,
    /// `dhl` (value 4).
    Dhl,
    /// `docuSign` (value 5).
    DocuSign,
    /// `dropbox` (value 6).
    Dropbox,
    /// `facebook` (value 7).
    Facebook,
    /// `firstAmerican` (value 8).
    FirstAmerican,
    /// `microsoft` (value 9).
    Microsoft,
    /// `netflix` (value 10).
    Netflix,
    /// `scotiabank` (value 11).
    Scotiabank,
    /// `sendGrid` (value 12).
    SendGrid,
    /// `stewartTitle` (value 13).
    StewartTitle,
    /// `tesco` (value 14).
    Tesco,
    /// `wellsFargo` (value 15).
    WellsFargo,
    /// `syrinxCloud` (value 16).
    SyrinxCloud,
    /// `adobe` (value 17).
    Adobe,
    /// `teams` (value 18).
    Teams,
    /// `zoom` (value 19).
    Zoom,
    /// `unknownFutureValue` (value 20).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for PayloadBrand {
    const TYPE_NAME: &'static str = "microsoft.graph.payloadBrand";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "other",
        "americanExpress",
        "capitalOne",
        "dhl",
        "docuSign",
        "dropbox",
        "facebook",
        "firstAmerican",
        "microsoft",
        "netflix",
        "scotiabank",
        "sendGrid",
        "stewartTitle",
        "tesco",
        "wellsFargo",
        "syrinxCloud",
        "adobe",
        "teams",
        "zoom",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "other" => Self::Other,
                "americanExpress" => Self::AmericanExpress,
                "capitalOne" => Self::CapitalOne,
                "dhl" => Self::Dhl,
                "docuSign" => Self::DocuSign,
                "dropbox" => Self::Dropbox,
                "facebook" => Self::Facebook,
                "firstAmerican" => Self::FirstAmerican,
                "microsoft" => Self::Microsoft,
                "netflix" => Self::Netflix,
                "scotiabank" => Self::Scotiabank,
                "sendGrid" => Self::SendGrid,
                "stewartTitle" => Self::StewartTitle,
                "tesco" => Self::Tesco,
                "wellsFargo" => Self::WellsFargo,
                "syrinxCloud" => Self::SyrinxCloud,
                "adobe" => Self::Adobe,
                "teams" => Self::Teams,
                "zoom" => Self::Zoom,
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
            Self::Other => "other",
            Self::AmericanExpress => "americanExpress",
            Self::CapitalOne => "capitalOne",
            Self::Dhl => "dhl",
            Self::DocuSign => "docuSign",
            Self::Dropbox => "dropbox",
            Self::Facebook => "facebook",
            Self::FirstAmerican => "firstAmerican",
            Self::Microsoft => "microsoft",
            Self::Netflix => "netflix",
            Self::Scotiabank => "scotiabank",
            Self::SendGrid => "sendGrid",
            Self::StewartTitle => "stewartTitle",
            Self::Tesco => "tesco",
            Self::WellsFargo => "wellsFargo",
            Self::SyrinxCloud => "syrinxCloud",
            Self::Adobe => "adobe",
            Self::Teams => "teams",
            Self::Zoom => "zoom",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(PayloadBrand);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PayloadBrand);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.payloadCoachmark`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PayloadCoachmark {
    /// CSDL: property `coachmarkLocation`: `microsoft.graph.coachmarkLocation`, nullable.
    pub coachmark_location: rt::Field<crate::v1::CoachmarkLocation>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `indicator`: `Edm.String`, nullable.
    pub indicator: rt::Field<::std::string::String>,
    /// CSDL: property `isValid`: `Edm.Boolean`, nullable.
    pub is_valid: rt::Field<bool>,
    /// CSDL: property `language`: `Edm.String`, nullable.
    pub language: rt::Field<::std::string::String>,
    /// CSDL: property `order`: `Edm.String`, nullable.
    pub order: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PayloadCoachmark {
    #[inline]
    fn default() -> Self {
        Self {
            coachmark_location: rt::Field::Absent,
            description: rt::Field::Absent,
            indicator: rt::Field::Absent,
            is_valid: rt::Field::Absent,
            language: rt::Field::Absent,
            order: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PayloadCoachmark {
    const TYPE_NAME: &'static str = "microsoft.graph.payloadCoachmark";
    const KEYS: &'static [&'static str] = &[
        "coachmarkLocation",
        "description",
        "indicator",
        "isValid",
        "language",
        "order",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"coachmarkLocation\":            ",
        ",\"description\":                  ",
        ",\"indicator\":                    ",
        ",\"isValid\":                      ",
        ",\"language\":                     ",
        ",\"order\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.payloadCoachmark\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "coachmark_location", &self.coachmark_location);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "indicator", &self.indicator);
        v.field(3usize, "is_valid", &self.is_valid);
        v.field(4usize, "language", &self.language);
        v.field(5usize, "order", &self.order);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PayloadCoachmark {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.coachmark_location.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.indicator.read_from(r),
            3usize => self.is_valid.read_from(r),
            4usize => self.language.read_from(r),
            5usize => self.order.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.coachmark_location);
        w.field(1usize, &self.description);
        w.field(2usize, &self.indicator);
        w.field(3usize, &self.is_valid);
        w.field(4usize, &self.language);
        w.field(5usize, &self.order);
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
rt::impl_object!(PayloadCoachmark);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PayloadCoachmark { with_coachmark_location coachmark_location : crate
    ::v1::CoachmarkLocation; with_description description : ::std::string::String;
    with_indicator indicator : ::std::string::String; with_is_valid is_valid : bool;
    with_language language : ::std::string::String; with_order order :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PayloadCoachmark);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.payloadComplexity`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PayloadComplexity {
    /// `unknown` (value 0).
    Unknown,
    /// `low` (value 1).
    Low,
    /// `medium` (value 2).
    Medium,
    /// `high` (value 3).
    High,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for PayloadComplexity {
    const TYPE_NAME: &'static str = "microsoft.graph.payloadComplexity";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "low",
        "medium",
        "high",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "low" => Self::Low,
                "medium" => Self::Medium,
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
            Self::Unknown => "unknown",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(PayloadComplexity);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PayloadComplexity);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.payloadDeliveryPlatform`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PayloadDeliveryPlatform {
    /// `unknown` (value 0).
    Unknown,
    /// `sms` (value 1).
    Sms,
    /// `email` (value 2).
    Email,
    /// `teams` (value 3).
    Teams,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for PayloadDeliveryPlatform {
    const TYPE_NAME: &'static str = "microsoft.graph.payloadDeliveryPlatform";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "sms",
        "email",
        "teams",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "sms" => Self::Sms,
                "email" => Self::Email,
                "teams" => Self::Teams,
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
            Self::Sms => "sms",
            Self::Email => "email",
            Self::Teams => "teams",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(PayloadDeliveryPlatform);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PayloadDeliveryPlatform);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.payloadDetail`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PayloadDetail {
    /// CSDL: property `coachmarks`: `Collection(microsoft.graph.payloadCoachmark)`, nullable.
    pub coachmarks: rt::Field<::std::vec::Vec<crate::v1::PayloadCoachmark>>,
    /// CSDL: property `content`: `Edm.String`, nullable.
    pub content: rt::Field<::std::string::String>,
    /// CSDL: property `phishingUrl`: `Edm.String`, nullable.
    pub phishing_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PayloadDetail {
    #[inline]
    fn default() -> Self {
        Self {
            coachmarks: rt::Field::Absent,
            content: rt::Field::Absent,
            phishing_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PayloadDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.payloadDetail";
    const KEYS: &'static [&'static str] = &["coachmarks", "content", "phishingUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"coachmarks\":                   ",
        ",\"content\":                      ",
        ",\"phishingUrl\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.payloadDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "coachmarks", &self.coachmarks);
        v.field(1usize, "content", &self.content);
        v.field(2usize, "phishing_url", &self.phishing_url);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PayloadDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.coachmarks.read_from(r),
            1usize => self.content.read_from(r),
            2usize => self.phishing_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.coachmarks);
        w.field(1usize, &self.content);
        w.field(2usize, &self.phishing_url);
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
rt::impl_object!(PayloadDetail);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PayloadDetail { with_coachmarks coachmarks : ::std::vec::Vec < crate
    ::v1::PayloadCoachmark >; with_content content : ::std::string::String;
    with_phishing_url phishing_url : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PayloadDetail);
#[cfg(msgraph_v1_search_or_security)]
/// `microsoft.graph.payloadDetail` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPayloadDetail {
    PayloadDetail(::std::boxed::Box<crate::v1::PayloadDetail>),
    EmailPayloadDetail(::std::boxed::Box<crate::v1::EmailPayloadDetail>),
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AnyPayloadDetail {
    #[inline]
    fn default() -> Self {
        Self::PayloadDetail(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PayloadDetail> for AnyPayloadDetail {
    #[inline]
    fn from(v: crate::v1::PayloadDetail) -> Self {
        Self::PayloadDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EmailPayloadDetail> for AnyPayloadDetail {
    #[inline]
    fn from(v: crate::v1::EmailPayloadDetail) -> Self {
        Self::EmailPayloadDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
unsafe impl ::std::marker::Send for AnyPayloadDetail {}
#[cfg(msgraph_v1_search_or_security)]
unsafe impl ::std::marker::Sync for AnyPayloadDetail {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::marker::Unpin for AnyPayloadDetail {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::panic::UnwindSafe for AnyPayloadDetail {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::panic::RefUnwindSafe for AnyPayloadDetail {}
#[cfg(msgraph_v1_search_or_security)]
const _: () = {
    rt::object::auto_traits::<crate::v1::PayloadDetail>();
    rt::object::auto_traits::<crate::v1::EmailPayloadDetail>();
};
#[cfg(msgraph_v1_search_or_security)]
impl rt::Poly for AnyPayloadDetail {
    const BASE_NAME: &'static str = "microsoft.graph.payloadDetail";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.emailPayloadDetail") => {
                Self::EmailPayloadDetail(rt::object::new_boxed())
            }
            _ => Self::PayloadDetail(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::PayloadDetail(v) => &**v,
            Self::EmailPayloadDetail(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::PayloadDetail(v) => &mut **v,
            Self::EmailPayloadDetail(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl AnyPayloadDetail {
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
    /// `coachmarks` of any variant.
    #[inline]
    pub fn coachmarks(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::PayloadCoachmark>> {
        match self {
            Self::PayloadDetail(v) => &v.coachmarks,
            Self::EmailPayloadDetail(v) => &v.coachmarks,
        }
    }
    /// `coachmarks` of any variant.
    #[inline]
    pub fn coachmarks_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::PayloadCoachmark>> {
        match self {
            Self::PayloadDetail(v) => &mut v.coachmarks,
            Self::EmailPayloadDetail(v) => &mut v.coachmarks,
        }
    }
    /// `content` of any variant.
    #[inline]
    pub fn content(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PayloadDetail(v) => &v.content,
            Self::EmailPayloadDetail(v) => &v.content,
        }
    }
    /// `content` of any variant.
    #[inline]
    pub fn content_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PayloadDetail(v) => &mut v.content,
            Self::EmailPayloadDetail(v) => &mut v.content,
        }
    }
    /// `phishingUrl` of any variant.
    #[inline]
    pub fn phishing_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PayloadDetail(v) => &v.phishing_url,
            Self::EmailPayloadDetail(v) => &v.phishing_url,
        }
    }
    /// `phishingUrl` of any variant.
    #[inline]
    pub fn phishing_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PayloadDetail(v) => &mut v.phishing_url,
            Self::EmailPayloadDetail(v) => &mut v.phishing_url,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_poly!(AnyPayloadDetail);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPayloadDetail);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.payloadIndustry`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PayloadIndustry {
    /// `unknown` (value 0).
    Unknown,
    /// `other` (value 1).
    Other,
    /// `banking` (value 2).
    Banking,
    /// `businessServices` (value 3).
    BusinessServices,
    /// `consumerServices` (value 4).
    ConsumerServices,
    /// `education` (value 5).
    Education,
    /// `energy` (value 6).
    Energy,
    /// `construction` (value 7).
    Construction,
    /// `consulting` (value 8).
    Consulting,
    /// `financialServices` (value 9).
    FinancialServices,
    /// `government` (value 10).
    Government,
    /// `hospitality` (value 11).
    Hospitality,
    /// `insurance` (value 12).
    Insurance,
    /// `legal` (value 13).
    Legal,
    /// `courierServices` (value 14).
    CourierServices,
    /// `IT` (value 15).
    It,
    /// `healthcare` (value 16).
    Healthcare,
    /// `manufacturing` (value 17).
    Manufacturing,
    /// `retail` (value 18).
    Retail,
    /// `telecom` (value 19).
    Telecom,
    /// `realEstate` (value 20).
    RealEstate,
    /// `unknownFutureValue` (value 21).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for PayloadIndustry {
    const TYPE_NAME: &'static str = "microsoft.graph.payloadIndustry";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "other",
        "banking",
        "businessServices",
        "consumerServices",
        "education",
        "energy",
        "construction",
        "consulting",
        "financialServices",
        "government",
        "hospitality",
        "insurance",
        "legal",
        "courierServices",
        "IT",
        "healthcare",
        "manufacturing",
        "retail",
        "telecom",
        "realEstate",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "other" => Self::Other,
                "banking" => Self::Banking,
                "businessServices" => Self::BusinessServices,
                "consumerServices" => Self::ConsumerServices,
                "education" => Self::Education,
                "energy" => Self::Energy,
                "construction" => Self::Construction,
                "consulting" => Self::Consulting,
                "financialServices" => Self::FinancialServices,
                "government" => Self::Government,
                "hospitality" => Self::Hospitality,
                "insurance" => Self::Insurance,
                "legal" => Self::Legal,
                "courierServices" => Self::CourierServices,
                "IT" => Self::It,
                "healthcare" => Self::Healthcare,
                "manufacturing" => Self::Manufacturing,
                "retail" => Self::Retail,
                "telecom" => Self::Telecom,
                "realEstate" => Self::RealEstate,
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
            Self::Other => "other",
            Self::Banking => "banking",
            Self::BusinessServices => "businessServices",
            Self::ConsumerServices => "consumerServices",
            Self::Education => "education",
            Self::Energy => "energy",
            Self::Construction => "construction",
            Self::Consulting => "consulting",
            Self::FinancialServices => "financialServices",
            Self::Government => "government",
            Self::Hospitality => "hospitality",
            Self::Insurance => "insurance",
            Self::Legal => "legal",
            Self::CourierServices => "courierServices",
            Self::It => "IT",
            Self::Healthcare => "healthcare",
            Self::Manufacturing => "manufacturing",
            Self::Retail => "retail",
            Self::Telecom => "telecom",
            Self::RealEstate => "realEstate",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(PayloadIndustry);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PayloadIndustry);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.payloadTheme`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PayloadTheme {
    /// `unknown` (value 0).
    Unknown,
    /// `other` (value 1).
    Other,
    /// `accountActivation` (value 2).
    AccountActivation,
    /// `accountVerification` (value 3).
    AccountVerification,
    /// `billing` (value 4).
    Billing,
    /// `cleanUpMail` (value 5).
    CleanUpMail,
    /// `controversial` (value 6).
    Controversial,
    /// `documentReceived` (value 7).
    DocumentReceived,
    /// `expense` (value 8).
    Expense,
    /// `fax` (value 9).
    Fax,
    /// `financeReport` (value 10).
    FinanceReport,
    /// `incomingMessages` (value 11).
    IncomingMessages,
    /// `invoice` (value 12).
    Invoice,
    /// `itemReceived` (value 13).
    ItemReceived,
    /// `loginAlert` (value 14).
    LoginAlert,
    /// `mailReceived` (value 15).
    MailReceived,
    /// `password` (value 16).
    Password,
    /// `payment` (value 17).
    Payment,
    /// `payroll` (value 18).
    Payroll,
    /// `personalizedOffer` (value 19).
    PersonalizedOffer,
    /// `quarantine` (value 20).
    Quarantine,
    /// `remoteWork` (value 21).
    RemoteWork,
    /// `reviewMessage` (value 22).
    ReviewMessage,
    /// `securityUpdate` (value 23).
    SecurityUpdate,
    /// `serviceSuspended` (value 24).
    ServiceSuspended,
    /// `signatureRequired` (value 25).
    SignatureRequired,
    /// `upgradeMailboxStorage` (value 26).
    UpgradeMailboxStorage,
    /// `verifyMailbox` (value 27).
    VerifyMailbox,
    /// `voicemail` (value 28).
    Voicemail,
    /// `advertisement` (value 29).
    Advertisement,
    /// `employeeEngagement` (value 30).
    EmployeeEngagement,
    /// `unknownFutureValue` (value 31).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for PayloadTheme {
    const TYPE_NAME: &'static str = "microsoft.graph.payloadTheme";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "other",
        "accountActivation",
        "accountVerification",
        "billing",
        "cleanUpMail",
        "controversial",
        "documentReceived",
        "expense",
        "fax",
        "financeReport",
        "incomingMessages",
        "invoice",
        "itemReceived",
        "loginAlert",
        "mailReceived",
        "password",
        "payment",
        "payroll",
        "personalizedOffer",
        "quarantine",
        "remoteWork",
        "reviewMessage",
        "securityUpdate",
        "serviceSuspended",
        "signatureRequired",
        "upgradeMailboxStorage",
        "verifyMailbox",
        "voicemail",
        "advertisement",
        "employeeEngagement",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "other" => Self::Other,
                "accountActivation" => Self::AccountActivation,
                "accountVerification" => Self::AccountVerification,
                "billing" => Self::Billing,
                "cleanUpMail" => Self::CleanUpMail,
                "controversial" => Self::Controversial,
                "documentReceived" => Self::DocumentReceived,
                "expense" => Self::Expense,
                "fax" => Self::Fax,
                "financeReport" => Self::FinanceReport,
                "incomingMessages" => Self::IncomingMessages,
                "invoice" => Self::Invoice,
                "itemReceived" => Self::ItemReceived,
                "loginAlert" => Self::LoginAlert,
                "mailReceived" => Self::MailReceived,
                "password" => Self::Password,
                "payment" => Self::Payment,
                "payroll" => Self::Payroll,
                "personalizedOffer" => Self::PersonalizedOffer,
                "quarantine" => Self::Quarantine,
                "remoteWork" => Self::RemoteWork,
                "reviewMessage" => Self::ReviewMessage,
                "securityUpdate" => Self::SecurityUpdate,
                "serviceSuspended" => Self::ServiceSuspended,
                "signatureRequired" => Self::SignatureRequired,
                "upgradeMailboxStorage" => Self::UpgradeMailboxStorage,
                "verifyMailbox" => Self::VerifyMailbox,
                "voicemail" => Self::Voicemail,
                "advertisement" => Self::Advertisement,
                "employeeEngagement" => Self::EmployeeEngagement,
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
            Self::Other => "other",
            Self::AccountActivation => "accountActivation",
            Self::AccountVerification => "accountVerification",
            Self::Billing => "billing",
            Self::CleanUpMail => "cleanUpMail",
            Self::Controversial => "controversial",
            Self::DocumentReceived => "documentReceived",
            Self::Expense => "expense",
            Self::Fax => "fax",
            Self::FinanceReport => "financeReport",
            Self::IncomingMessages => "incomingMessages",
            Self::Invoice => "invoice",
            Self::ItemReceived => "itemReceived",
            Self::LoginAlert => "loginAlert",
            Self::MailReceived => "mailReceived",
            Self::Password => "password",
            Self::Payment => "payment",
            Self::Payroll => "payroll",
            Self::PersonalizedOffer => "personalizedOffer",
            Self::Quarantine => "quarantine",
            Self::RemoteWork => "remoteWork",
            Self::ReviewMessage => "reviewMessage",
            Self::SecurityUpdate => "securityUpdate",
            Self::ServiceSuspended => "serviceSuspended",
            Self::SignatureRequired => "signatureRequired",
            Self::UpgradeMailboxStorage => "upgradeMailboxStorage",
            Self::VerifyMailbox => "verifyMailbox",
            Self::Voicemail => "voicemail",
            Self::Advertisement => "advertisement",
            Self::EmployeeEngagement => "employeeEngagement",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(PayloadTheme);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PayloadTheme);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.peopleAdminSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PeopleAdminSettingsPath`](requests/trait.PeopleAdminSettingsPath.html), what a path to one (`EntityPath<PeopleAdminSettings, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct PeopleAdminSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `itemInsights`: `microsoft.graph.insightsSettings`, nullable.
    pub item_insights: rt::Field<crate::v1::InsightsSettings>,
    /// CSDL: containment navigation property `profileCardProperties`: `Collection(microsoft.graph.profileCardProperty)`, not nullable.
    pub profile_card_properties: rt::Field<
        ::std::vec::Vec<crate::v1::ProfileCardProperty>,
    >,
    /// CSDL: containment navigation property `profilePropertySettings`: `Collection(microsoft.graph.profilePropertySetting)`, not nullable.
    pub profile_property_settings: rt::Field<
        ::std::vec::Vec<crate::v1::ProfilePropertySetting>,
    >,
    /// CSDL: containment navigation property `profileSources`: `Collection(microsoft.graph.profileSource)`, not nullable.
    pub profile_sources: rt::Field<::std::vec::Vec<crate::v1::ProfileSource>>,
    /// CSDL: containment navigation property `pronouns`: `microsoft.graph.pronounsSettings`, nullable.
    pub pronouns: rt::Field<crate::v1::PronounsSettings>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for PeopleAdminSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            item_insights: rt::Field::Absent,
            profile_card_properties: rt::Field::Absent,
            profile_property_settings: rt::Field::Absent,
            profile_sources: rt::Field::Absent,
            pronouns: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for PeopleAdminSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.peopleAdminSettings";
    const KEYS: &'static [&'static str] = &[
        "id",
        "itemInsights",
        "profileCardProperties",
        "profilePropertySettings",
        "profileSources",
        "pronouns",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"itemInsights\":                 ",
        ",\"profileCardProperties\":        ",
        ",\"profilePropertySettings\":      ",
        ",\"profileSources\":               ",
        ",\"pronouns\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.peopleAdminSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "item_insights", &self.item_insights);
        v.field(2usize, "profile_card_properties", &self.profile_card_properties);
        v.field(3usize, "profile_property_settings", &self.profile_property_settings);
        v.field(4usize, "profile_sources", &self.profile_sources);
        v.field(5usize, "pronouns", &self.pronouns);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for PeopleAdminSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.item_insights.read_from(r),
            2usize => self.profile_card_properties.read_from(r),
            3usize => self.profile_property_settings.read_from(r),
            4usize => self.profile_sources.read_from(r),
            5usize => self.pronouns.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.item_insights);
        w.field(2usize, &self.profile_card_properties);
        w.field(3usize, &self.profile_property_settings);
        w.field(4usize, &self.profile_sources);
        w.field(5usize, &self.pronouns);
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
rt::impl_object!(PeopleAdminSettings);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    PeopleAdminSettings { with_id id : ::std::string::String; with_item_insights
    item_insights : crate ::v1::InsightsSettings; with_profile_card_properties
    profile_card_properties : ::std::vec::Vec < crate ::v1::ProfileCardProperty >;
    with_profile_property_settings profile_property_settings : ::std::vec::Vec < crate
    ::v1::ProfilePropertySetting >; with_profile_sources profile_sources :
    ::std::vec::Vec < crate ::v1::ProfileSource >; with_pronouns pronouns : crate
    ::v1::PronounsSettings; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PeopleAdminSettings);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.permission`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PermissionPath`](requests/trait.PermissionPath.html), what a path to one (`EntityPath<Permission, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Permission {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `grantedTo`: `microsoft.graph.identitySet`, nullable.
    pub granted_to: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `grantedToIdentities`: `Collection(microsoft.graph.identitySet)`, nullable.
    pub granted_to_identities: rt::Field<::std::vec::Vec<crate::v1::AnyIdentitySet>>,
    /// CSDL: property `grantedToIdentitiesV2`: `Collection(microsoft.graph.sharePointIdentitySet)`, nullable.
    pub granted_to_identities_v2: rt::Field<
        ::std::vec::Vec<crate::v1::SharePointIdentitySet>,
    >,
    /// CSDL: property `grantedToV2`: `microsoft.graph.sharePointIdentitySet`, nullable.
    pub granted_to_v2: rt::Field<crate::v1::SharePointIdentitySet>,
    /// CSDL: property `hasPassword`: `Edm.Boolean`, nullable.
    pub has_password: rt::Field<bool>,
    /// CSDL: property `inheritedFrom`: `microsoft.graph.itemReference`, nullable.
    pub inherited_from: rt::Field<crate::v1::ItemReference>,
    /// CSDL: property `invitation`: `microsoft.graph.sharingInvitation`, nullable.
    pub invitation: rt::Field<crate::v1::SharingInvitation>,
    /// CSDL: property `link`: `microsoft.graph.sharingLink`, nullable.
    pub link: rt::Field<crate::v1::SharingLink>,
    /// CSDL: property `roles`: `Collection(Edm.String)`, nullable.
    pub roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `shareId`: `Edm.String`, nullable.
    pub share_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for Permission {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            granted_to: rt::Field::Absent,
            granted_to_identities: rt::Field::Absent,
            granted_to_identities_v2: rt::Field::Absent,
            granted_to_v2: rt::Field::Absent,
            has_password: rt::Field::Absent,
            inherited_from: rt::Field::Absent,
            invitation: rt::Field::Absent,
            link: rt::Field::Absent,
            roles: rt::Field::Absent,
            share_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for Permission {
    const TYPE_NAME: &'static str = "microsoft.graph.permission";
    const KEYS: &'static [&'static str] = &[
        "id",
        "expirationDateTime",
        "grantedTo",
        "grantedToIdentities",
        "grantedToIdentitiesV2",
        "grantedToV2",
        "hasPassword",
        "inheritedFrom",
        "invitation",
        "link",
        "roles",
        "shareId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"expirationDateTime\":           ",
        ",\"grantedTo\":                    ",
        ",\"grantedToIdentities\":          ",
        ",\"grantedToIdentitiesV2\":        ",
        ",\"grantedToV2\":                  ",
        ",\"hasPassword\":                  ",
        ",\"inheritedFrom\":                ",
        ",\"invitation\":                   ",
        ",\"link\":                         ",
        ",\"roles\":                        ",
        ",\"shareId\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.permission\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "expiration_date_time", &self.expiration_date_time);
        v.field(2usize, "granted_to", &self.granted_to);
        v.field(3usize, "granted_to_identities", &self.granted_to_identities);
        v.field(4usize, "granted_to_identities_v2", &self.granted_to_identities_v2);
        v.field(5usize, "granted_to_v2", &self.granted_to_v2);
        v.field(6usize, "has_password", &self.has_password);
        v.field(7usize, "inherited_from", &self.inherited_from);
        v.field(8usize, "invitation", &self.invitation);
        v.field(9usize, "link", &self.link);
        v.field(10usize, "roles", &self.roles);
        v.field(11usize, "share_id", &self.share_id);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for Permission {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.expiration_date_time.read_from(r),
            2usize => self.granted_to.read_from(r),
            3usize => self.granted_to_identities.read_from(r),
            4usize => self.granted_to_identities_v2.read_from(r),
            5usize => self.granted_to_v2.read_from(r),
            6usize => self.has_password.read_from(r),
            7usize => self.inherited_from.read_from(r),
            8usize => self.invitation.read_from(r),
            9usize => self.link.read_from(r),
            10usize => self.roles.read_from(r),
            11usize => self.share_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.expiration_date_time);
        w.field(2usize, &self.granted_to);
        w.field(3usize, &self.granted_to_identities);
        w.field(4usize, &self.granted_to_identities_v2);
        w.field(5usize, &self.granted_to_v2);
        w.field(6usize, &self.has_password);
        w.field(7usize, &self.inherited_from);
        w.field(8usize, &self.invitation);
        w.field(9usize, &self.link);
        w.field(10usize, &self.roles);
        w.field(11usize, &self.share_id);
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
rt::impl_object!(Permission);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_setters!(
    Permission { with_id id : ::std::string::String; with_expiration_date_time
    expiration_date_time : rt::edm::DateTimeOffset; with_granted_to granted_to : crate
    ::v1::AnyIdentitySet; with_granted_to_identities granted_to_identities :
    ::std::vec::Vec < crate ::v1::AnyIdentitySet >; with_granted_to_identities_v2
    granted_to_identities_v2 : ::std::vec::Vec < crate ::v1::SharePointIdentitySet >;
    with_granted_to_v2 granted_to_v2 : crate ::v1::SharePointIdentitySet;
    with_has_password has_password : bool; with_inherited_from inherited_from : crate
    ::v1::ItemReference; with_invitation invitation : crate ::v1::SharingInvitation;
    with_link link : crate ::v1::SharingLink; with_roles roles : ::std::vec::Vec <
    ::std::string::String >; with_share_id share_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(Permission);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.permissionClassificationType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PermissionClassificationType {
    /// `low` (value 1).
    Low,
    /// `medium` (value 2).
    Medium,
    /// `high` (value 3).
    High,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for PermissionClassificationType {
    const TYPE_NAME: &'static str = "microsoft.graph.permissionClassificationType";
    const MEMBERS: &'static [&'static str] = &[
        "low",
        "medium",
        "high",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "low" => Self::Low,
                "medium" => Self::Medium,
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
            Self::Medium => "medium",
            Self::High => "high",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(PermissionClassificationType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PermissionClassificationType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.permissionGrantConditionSet`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PermissionGrantConditionSet {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `clientApplicationIds`: `Collection(Edm.String)`, nullable.
    pub client_application_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `clientApplicationPublisherIds`: `Collection(Edm.String)`, nullable.
    pub client_application_publisher_ids: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// CSDL: property `clientApplicationsFromVerifiedPublisherOnly`: `Edm.Boolean`, nullable.
    pub client_applications_from_verified_publisher_only: rt::Field<bool>,
    /// CSDL: property `clientApplicationTenantIds`: `Collection(Edm.String)`, nullable.
    pub client_application_tenant_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `permissionClassification`: `Edm.String`, nullable.
    pub permission_classification: rt::Field<::std::string::String>,
    /// CSDL: property `permissions`: `Collection(Edm.String)`, nullable.
    pub permissions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `permissionType`: `microsoft.graph.permissionType`, nullable.
    pub permission_type: rt::Field<crate::v1::PermissionType>,
    /// CSDL: property `resourceApplication`: `Edm.String`, nullable.
    pub resource_application: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for PermissionGrantConditionSet {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            client_application_ids: rt::Field::Absent,
            client_application_publisher_ids: rt::Field::Absent,
            client_applications_from_verified_publisher_only: rt::Field::Absent,
            client_application_tenant_ids: rt::Field::Absent,
            permission_classification: rt::Field::Absent,
            permissions: rt::Field::Absent,
            permission_type: rt::Field::Absent,
            resource_application: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for PermissionGrantConditionSet {
    const TYPE_NAME: &'static str = "microsoft.graph.permissionGrantConditionSet";
    const KEYS: &'static [&'static str] = &[
        "id",
        "clientApplicationIds",
        "clientApplicationPublisherIds",
        "clientApplicationsFromVerifiedPublisherOnly",
        "clientApplicationTenantIds",
        "permissionClassification",
        "permissions",
        "permissionType",
        "resourceApplication",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"clientApplicationIds\":         ",
        ",\"clientApplicationPublisherIds\":",
        ",\"clientApplicationsFromVerifiedPublisherOnly\":",
        ",\"clientApplicationTenantIds\":   ",
        ",\"permissionClassification\":     ",
        ",\"permissions\":                  ",
        ",\"permissionType\":               ",
        ",\"resourceApplication\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.permissionGrantConditionSet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_application_ids", &self.client_application_ids);
        v.field(
            2usize,
            "client_application_publisher_ids",
            &self.client_application_publisher_ids,
        );
        v.field(
            3usize,
            "client_applications_from_verified_publisher_only",
            &self.client_applications_from_verified_publisher_only,
        );
        v.field(
            4usize,
            "client_application_tenant_ids",
            &self.client_application_tenant_ids,
        );
        v.field(5usize, "permission_classification", &self.permission_classification);
        v.field(6usize, "permissions", &self.permissions);
        v.field(7usize, "permission_type", &self.permission_type);
        v.field(8usize, "resource_application", &self.resource_application);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for PermissionGrantConditionSet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.client_application_ids.read_from(r),
            2usize => self.client_application_publisher_ids.read_from(r),
            3usize => self.client_applications_from_verified_publisher_only.read_from(r),
            4usize => self.client_application_tenant_ids.read_from(r),
            5usize => self.permission_classification.read_from(r),
            6usize => self.permissions.read_from(r),
            7usize => self.permission_type.read_from(r),
            8usize => self.resource_application.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.client_application_ids);
        w.field(2usize, &self.client_application_publisher_ids);
        w.field(3usize, &self.client_applications_from_verified_publisher_only);
        w.field(4usize, &self.client_application_tenant_ids);
        w.field(5usize, &self.permission_classification);
        w.field(6usize, &self.permissions);
        w.field(7usize, &self.permission_type);
        w.field(8usize, &self.resource_application);
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
rt::impl_object!(PermissionGrantConditionSet);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    PermissionGrantConditionSet { with_id id : ::std::string::String;
    with_client_application_ids client_application_ids : ::std::vec::Vec <
    ::std::string::String >; with_client_application_publisher_ids
    client_application_publisher_ids : ::std::vec::Vec < ::std::string::String >;
    with_client_applications_from_verified_publisher_only
    client_applications_from_verified_publisher_only : bool;
    with_client_application_tenant_ids client_application_tenant_ids : ::std::vec::Vec <
    ::std::string::String >; with_permission_classification permission_classification :
    ::std::string::String; with_permissions permissions : ::std::vec::Vec <
    ::std::string::String >; with_permission_type permission_type : crate
    ::v1::PermissionType; with_resource_application resource_application :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PermissionGrantConditionSet);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.permissionGrantPolicy`, entity type, derived from `microsoft.graph.policyBase`, key `id`.
///
/// Request builders: [`PermissionGrantPolicyPath`](requests/trait.PermissionGrantPolicyPath.html), what a path to one (`EntityPath<PermissionGrantPolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PermissionGrantPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `excludes`: `Collection(microsoft.graph.permissionGrantConditionSet)`, not nullable.
    pub excludes: rt::Field<::std::vec::Vec<crate::v1::PermissionGrantConditionSet>>,
    /// CSDL: containment navigation property `includes`: `Collection(microsoft.graph.permissionGrantConditionSet)`, not nullable.
    pub includes: rt::Field<::std::vec::Vec<crate::v1::PermissionGrantConditionSet>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for PermissionGrantPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            excludes: rt::Field::Absent,
            includes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for PermissionGrantPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.permissionGrantPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
        "excludes",
        "includes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"excludes\":                     ",
        ",\"includes\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.permissionGrantPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "excludes", &self.excludes);
        v.field(5usize, "includes", &self.includes);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for PermissionGrantPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.excludes.read_from(r),
            5usize => self.includes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.excludes);
        w.field(5usize, &self.includes);
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
rt::impl_object!(PermissionGrantPolicy);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    PermissionGrantPolicy { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_excludes excludes : ::std::vec::Vec < crate ::v1::PermissionGrantConditionSet >;
    with_includes includes : ::std::vec::Vec < crate ::v1::PermissionGrantConditionSet >;
    }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PermissionGrantPolicy);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.permissionScope`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PermissionScope {
    /// CSDL: property `adminConsentDescription`: `Edm.String`, nullable.
    pub admin_consent_description: rt::Field<::std::string::String>,
    /// CSDL: property `adminConsentDisplayName`: `Edm.String`, nullable.
    pub admin_consent_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.Guid`, not nullable.
    pub id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `origin`: `Edm.String`, nullable.
    pub origin: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `userConsentDescription`: `Edm.String`, nullable.
    pub user_consent_description: rt::Field<::std::string::String>,
    /// CSDL: property `userConsentDisplayName`: `Edm.String`, nullable.
    pub user_consent_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for PermissionScope {
    #[inline]
    fn default() -> Self {
        Self {
            admin_consent_description: rt::Field::Absent,
            admin_consent_display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            origin: rt::Field::Absent,
            type_: rt::Field::Absent,
            user_consent_description: rt::Field::Absent,
            user_consent_display_name: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for PermissionScope {
    const TYPE_NAME: &'static str = "microsoft.graph.permissionScope";
    const KEYS: &'static [&'static str] = &[
        "adminConsentDescription",
        "adminConsentDisplayName",
        "id",
        "isEnabled",
        "origin",
        "type",
        "userConsentDescription",
        "userConsentDisplayName",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"adminConsentDescription\":      ",
        ",\"adminConsentDisplayName\":      ",
        ",\"id\":                           ",
        ",\"isEnabled\":                    ",
        ",\"origin\":                       ",
        ",\"type\":                         ",
        ",\"userConsentDescription\":       ",
        ",\"userConsentDisplayName\":       ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.permissionScope\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "admin_consent_description", &self.admin_consent_description);
        v.field(1usize, "admin_consent_display_name", &self.admin_consent_display_name);
        v.field(2usize, "id", &self.id);
        v.field(3usize, "is_enabled", &self.is_enabled);
        v.field(4usize, "origin", &self.origin);
        v.field(5usize, "type_", &self.type_);
        v.field(6usize, "user_consent_description", &self.user_consent_description);
        v.field(7usize, "user_consent_display_name", &self.user_consent_display_name);
        v.field(8usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for PermissionScope {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.admin_consent_description.read_from(r),
            1usize => self.admin_consent_display_name.read_from(r),
            2usize => self.id.read_from(r),
            3usize => self.is_enabled.read_from(r),
            4usize => self.origin.read_from(r),
            5usize => self.type_.read_from(r),
            6usize => self.user_consent_description.read_from(r),
            7usize => self.user_consent_display_name.read_from(r),
            8usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.admin_consent_description);
        w.field(1usize, &self.admin_consent_display_name);
        w.field(2usize, &self.id);
        w.field(3usize, &self.is_enabled);
        w.field(4usize, &self.origin);
        w.field(5usize, &self.type_);
        w.field(6usize, &self.user_consent_description);
        w.field(7usize, &self.user_consent_display_name);
        w.field(8usize, &self.value);
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
rt::impl_object!(PermissionScope);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    PermissionScope { with_admin_consent_description admin_consent_description :
    ::std::string::String; with_admin_consent_display_name admin_consent_display_name :
    ::std::string::String; with_id id : rt::edm::Guid; with_is_enabled is_enabled : bool;
    with_origin origin : ::std::string::String; with_type type_ : ::std::string::String;
    with_user_consent_description user_consent_description : ::std::string::String;
    with_user_consent_display_name user_consent_display_name : ::std::string::String;
    with_value value : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PermissionScope);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.permissionType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PermissionType {
    /// `delegatedUserConsentable` (value 1).
    DelegatedUserConsentable,
    /// `delegated` (value 2).
    Delegated,
    /// `application` (value 3).
    Application,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for PermissionType {
    const TYPE_NAME: &'static str = "microsoft.graph.permissionType";
    const MEMBERS: &'static [&'static str] = &[
        "delegatedUserConsentable",
        "delegated",
        "application",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "delegatedUserConsentable" => Self::DelegatedUserConsentable,
                "delegated" => Self::Delegated,
                "application" => Self::Application,
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
            Self::DelegatedUserConsentable => "delegatedUserConsentable",
            Self::Delegated => "delegated",
            Self::Application => "application",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(PermissionType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PermissionType);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.persistentBrowserSessionControl`, complex type, derived from `microsoft.graph.conditionalAccessSessionControl`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct PersistentBrowserSessionControl {
    /// CSDL: property `isEnabled`: `Edm.Boolean`, nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `mode`: `microsoft.graph.persistentBrowserSessionMode`, nullable.
    pub mode: rt::Field<crate::v1::PersistentBrowserSessionMode>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for PersistentBrowserSessionControl {
    #[inline]
    fn default() -> Self {
        Self {
            is_enabled: rt::Field::Absent,
            mode: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for PersistentBrowserSessionControl {
    const TYPE_NAME: &'static str = "microsoft.graph.persistentBrowserSessionControl";
    const KEYS: &'static [&'static str] = &["isEnabled", "mode"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isEnabled\":                    ",
        ",\"mode\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.persistentBrowserSessionControl\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_enabled", &self.is_enabled);
        v.field(1usize, "mode", &self.mode);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for PersistentBrowserSessionControl {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_enabled.read_from(r),
            1usize => self.mode.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_enabled);
        w.field(1usize, &self.mode);
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
rt::impl_object!(PersistentBrowserSessionControl);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    PersistentBrowserSessionControl { with_is_enabled is_enabled : bool; with_mode mode :
    crate ::v1::PersistentBrowserSessionMode; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PersistentBrowserSessionControl);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.persistentBrowserSessionMode`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PersistentBrowserSessionMode {
    /// `always` (value 0).
    Always,
    /// `never` (value 1).
    Never,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::StrEnum for PersistentBrowserSessionMode {
    const TYPE_NAME: &'static str = "microsoft.graph.persistentBrowserSessionMode";
    const MEMBERS: &'static [&'static str] = &["always", "never"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "always" => Self::Always,
                "never" => Self::Never,
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
            Self::Always => "always",
            Self::Never => "never",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_enum!(PersistentBrowserSessionMode);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PersistentBrowserSessionMode);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.person`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PersonPath`](requests/trait.PersonPath.html), what a path to one (`EntityPath<Person, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Person {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `birthday`: `Edm.String`, nullable.
    pub birthday: rt::Field<::std::string::String>,
    /// CSDL: property `companyName`: `Edm.String`, nullable.
    pub company_name: rt::Field<::std::string::String>,
    /// CSDL: property `department`: `Edm.String`, nullable.
    pub department: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `givenName`: `Edm.String`, nullable.
    pub given_name: rt::Field<::std::string::String>,
    /// CSDL: property `imAddress`: `Edm.String`, nullable.
    pub im_address: rt::Field<::std::string::String>,
    /// CSDL: property `isFavorite`: `Edm.Boolean`, nullable.
    pub is_favorite: rt::Field<bool>,
    /// CSDL: property `jobTitle`: `Edm.String`, nullable.
    pub job_title: rt::Field<::std::string::String>,
    /// CSDL: property `officeLocation`: `Edm.String`, nullable.
    pub office_location: rt::Field<::std::string::String>,
    /// CSDL: property `personNotes`: `Edm.String`, nullable.
    pub person_notes: rt::Field<::std::string::String>,
    /// CSDL: property `personType`: `microsoft.graph.personType`, nullable.
    pub person_type: rt::Field<crate::v1::PersonType>,
    /// CSDL: property `phones`: `Collection(microsoft.graph.phone)`, nullable.
    pub phones: rt::Field<::std::vec::Vec<crate::v1::Phone>>,
    /// CSDL: property `postalAddresses`: `Collection(microsoft.graph.location)`, nullable.
    pub postal_addresses: rt::Field<::std::vec::Vec<crate::v1::AnyLocation>>,
    /// CSDL: property `profession`: `Edm.String`, nullable.
    pub profession: rt::Field<::std::string::String>,
    /// CSDL: property `scoredEmailAddresses`: `Collection(microsoft.graph.scoredEmailAddress)`, nullable.
    pub scored_email_addresses: rt::Field<
        ::std::vec::Vec<crate::v1::ScoredEmailAddress>,
    >,
    /// CSDL: property `surname`: `Edm.String`, nullable.
    pub surname: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `websites`: `Collection(microsoft.graph.website)`, nullable.
    pub websites: rt::Field<::std::vec::Vec<crate::v1::Website>>,
    /// CSDL: property `yomiCompany`: `Edm.String`, nullable.
    pub yomi_company: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Person {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            birthday: rt::Field::Absent,
            company_name: rt::Field::Absent,
            department: rt::Field::Absent,
            display_name: rt::Field::Absent,
            given_name: rt::Field::Absent,
            im_address: rt::Field::Absent,
            is_favorite: rt::Field::Absent,
            job_title: rt::Field::Absent,
            office_location: rt::Field::Absent,
            person_notes: rt::Field::Absent,
            person_type: rt::Field::Absent,
            phones: rt::Field::Absent,
            postal_addresses: rt::Field::Absent,
            profession: rt::Field::Absent,
            scored_email_addresses: rt::Field::Absent,
            surname: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            websites: rt::Field::Absent,
            yomi_company: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Person {
    const TYPE_NAME: &'static str = "microsoft.graph.person";
    const KEYS: &'static [&'static str] = &[
        "id",
        "birthday",
        "companyName",
        "department",
        "displayName",
        "givenName",
        "imAddress",
        "isFavorite",
        "jobTitle",
        "officeLocation",
        "personNotes",
        "personType",
        "phones",
        "postalAddresses",
        "profession",
        "scoredEmailAddresses",
        "surname",
        "userPrincipalName",
        "websites",
        "yomiCompany",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"birthday\":                     ",
        ",\"companyName\":                  ",
        ",\"department\":                   ",
        ",\"displayName\":                  ",
        ",\"givenName\":                    ",
        ",\"imAddress\":                    ",
        ",\"isFavorite\":                   ",
        ",\"jobTitle\":                     ",
        ",\"officeLocation\":               ",
        ",\"personNotes\":                  ",
        ",\"personType\":                   ",
        ",\"phones\":                       ",
        ",\"postalAddresses\":              ",
        ",\"profession\":                   ",
        ",\"scoredEmailAddresses\":         ",
        ",\"surname\":                      ",
        ",\"userPrincipalName\":            ",
        ",\"websites\":                     ",
        ",\"yomiCompany\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.person\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "birthday", &self.birthday);
        v.field(2usize, "company_name", &self.company_name);
        v.field(3usize, "department", &self.department);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "given_name", &self.given_name);
        v.field(6usize, "im_address", &self.im_address);
        v.field(7usize, "is_favorite", &self.is_favorite);
        v.field(8usize, "job_title", &self.job_title);
        v.field(9usize, "office_location", &self.office_location);
        v.field(10usize, "person_notes", &self.person_notes);
        v.field(11usize, "person_type", &self.person_type);
        v.field(12usize, "phones", &self.phones);
        v.field(13usize, "postal_addresses", &self.postal_addresses);
        v.field(14usize, "profession", &self.profession);
        v.field(15usize, "scored_email_addresses", &self.scored_email_addresses);
        v.field(16usize, "surname", &self.surname);
        v.field(17usize, "user_principal_name", &self.user_principal_name);
        v.field(18usize, "websites", &self.websites);
        v.field(19usize, "yomi_company", &self.yomi_company);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Person {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.birthday.read_from(r),
            2usize => self.company_name.read_from(r),
            3usize => self.department.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.given_name.read_from(r),
            6usize => self.im_address.read_from(r),
            7usize => self.is_favorite.read_from(r),
            8usize => self.job_title.read_from(r),
            9usize => self.office_location.read_from(r),
            10usize => self.person_notes.read_from(r),
            11usize => self.person_type.read_from(r),
            12usize => self.phones.read_from(r),
            13usize => self.postal_addresses.read_from(r),
            14usize => self.profession.read_from(r),
            15usize => self.scored_email_addresses.read_from(r),
            16usize => self.surname.read_from(r),
            17usize => self.user_principal_name.read_from(r),
            18usize => self.websites.read_from(r),
            19usize => self.yomi_company.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.birthday);
        w.field(2usize, &self.company_name);
        w.field(3usize, &self.department);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.given_name);
        w.field(6usize, &self.im_address);
        w.field(7usize, &self.is_favorite);
        w.field(8usize, &self.job_title);
        w.field(9usize, &self.office_location);
        w.field(10usize, &self.person_notes);
        w.field(11usize, &self.person_type);
        w.field(12usize, &self.phones);
        w.field(13usize, &self.postal_addresses);
        w.field(14usize, &self.profession);
        w.field(15usize, &self.scored_email_addresses);
        w.field(16usize, &self.surname);
        w.field(17usize, &self.user_principal_name);
        w.field(18usize, &self.websites);
        w.field(19usize, &self.yomi_company);
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
rt::impl_object!(Person);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Person { with_id id : ::std::string::String; with_birthday birthday :
    ::std::string::String; with_company_name company_name : ::std::string::String;
    with_department department : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_given_name given_name : ::std::string::String;
    with_im_address im_address : ::std::string::String; with_is_favorite is_favorite :
    bool; with_job_title job_title : ::std::string::String; with_office_location
    office_location : ::std::string::String; with_person_notes person_notes :
    ::std::string::String; with_person_type person_type : crate ::v1::PersonType;
    with_phones phones : ::std::vec::Vec < crate ::v1::Phone >; with_postal_addresses
    postal_addresses : ::std::vec::Vec < crate ::v1::AnyLocation >; with_profession
    profession : ::std::string::String; with_scored_email_addresses
    scored_email_addresses : ::std::vec::Vec < crate ::v1::ScoredEmailAddress >;
    with_surname surname : ::std::string::String; with_user_principal_name
    user_principal_name : ::std::string::String; with_websites websites : ::std::vec::Vec
    < crate ::v1::Website >; with_yomi_company yomi_company : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Person);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.personType`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PersonType {
    /// CSDL: property `class`: `Edm.String`, nullable.
    pub class: rt::Field<::std::string::String>,
    /// CSDL: property `subclass`: `Edm.String`, nullable.
    pub subclass: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for PersonType {
    #[inline]
    fn default() -> Self {
        Self {
            class: rt::Field::Absent,
            subclass: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for PersonType {
    const TYPE_NAME: &'static str = "microsoft.graph.personType";
    const KEYS: &'static [&'static str] = &["class", "subclass"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"class\":                        ",
        ",\"subclass\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.personType\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "class", &self.class);
        v.field(1usize, "subclass", &self.subclass);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for PersonType {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.class.read_from(r),
            1usize => self.subclass.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.class);
        w.field(1usize, &self.subclass);
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
rt::impl_object!(PersonType);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    PersonType { with_class class : ::std::string::String; with_subclass subclass :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PersonType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.phoneAuthenticationMethod`, entity type, derived from `microsoft.graph.authenticationMethod`, key `id`.
///
/// Request builders: [`PhoneAuthenticationMethodPath`](requests/trait.PhoneAuthenticationMethodPath.html), what a path to one (`EntityPath<PhoneAuthenticationMethod, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PhoneAuthenticationMethod {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `phoneNumber`: `Edm.String`, nullable.
    pub phone_number: rt::Field<::std::string::String>,
    /// CSDL: property `phoneType`: `microsoft.graph.authenticationPhoneType`, nullable.
    pub phone_type: rt::Field<crate::v1::AuthenticationPhoneType>,
    /// CSDL: property `smsSignInState`: `microsoft.graph.authenticationMethodSignInState`, nullable.
    pub sms_sign_in_state: rt::Field<crate::v1::AuthenticationMethodSignInState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for PhoneAuthenticationMethod {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            phone_number: rt::Field::Absent,
            phone_type: rt::Field::Absent,
            sms_sign_in_state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for PhoneAuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.phoneAuthenticationMethod";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "phoneNumber",
        "phoneType",
        "smsSignInState",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"phoneNumber\":                  ",
        ",\"phoneType\":                    ",
        ",\"smsSignInState\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.phoneAuthenticationMethod\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "phone_number", &self.phone_number);
        v.field(3usize, "phone_type", &self.phone_type);
        v.field(4usize, "sms_sign_in_state", &self.sms_sign_in_state);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for PhoneAuthenticationMethod {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.phone_number.read_from(r),
            3usize => self.phone_type.read_from(r),
            4usize => self.sms_sign_in_state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.phone_number);
        w.field(3usize, &self.phone_type);
        w.field(4usize, &self.sms_sign_in_state);
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
rt::impl_object!(PhoneAuthenticationMethod);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    PhoneAuthenticationMethod { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_phone_number
    phone_number : ::std::string::String; with_phone_type phone_type : crate
    ::v1::AuthenticationPhoneType; with_sms_sign_in_state sms_sign_in_state : crate
    ::v1::AuthenticationMethodSignInState; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PhoneAuthenticationMethod);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.physicalAddressType`, enum type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PhysicalAddressType {
    /// `unknown` (value 0).
    Unknown,
    /// `home` (value 1).
    Home,
    /// `business` (value 2).
    Business,
    /// `other` (value 3).
    Other,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_any_area)]
impl rt::StrEnum for PhysicalAddressType {
    const TYPE_NAME: &'static str = "microsoft.graph.physicalAddressType";
    const MEMBERS: &'static [&'static str] = &["unknown", "home", "business", "other"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "home" => Self::Home,
                "business" => Self::Business,
                "other" => Self::Other,
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
            Self::Home => "home",
            Self::Business => "business",
            Self::Other => "other",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_enum!(PhysicalAddressType);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(PhysicalAddressType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.physicalOfficeAddress`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PhysicalOfficeAddress {
    /// CSDL: property `city`: `Edm.String`, nullable.
    pub city: rt::Field<::std::string::String>,
    /// CSDL: property `countryOrRegion`: `Edm.String`, nullable.
    pub country_or_region: rt::Field<::std::string::String>,
    /// CSDL: property `officeLocation`: `Edm.String`, nullable.
    pub office_location: rt::Field<::std::string::String>,
    /// CSDL: property `postalCode`: `Edm.String`, nullable.
    pub postal_code: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// CSDL: property `street`: `Edm.String`, nullable.
    pub street: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for PhysicalOfficeAddress {
    #[inline]
    fn default() -> Self {
        Self {
            city: rt::Field::Absent,
            country_or_region: rt::Field::Absent,
            office_location: rt::Field::Absent,
            postal_code: rt::Field::Absent,
            state: rt::Field::Absent,
            street: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for PhysicalOfficeAddress {
    const TYPE_NAME: &'static str = "microsoft.graph.physicalOfficeAddress";
    const KEYS: &'static [&'static str] = &[
        "city",
        "countryOrRegion",
        "officeLocation",
        "postalCode",
        "state",
        "street",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"city\":                         ",
        ",\"countryOrRegion\":              ",
        ",\"officeLocation\":               ",
        ",\"postalCode\":                   ",
        ",\"state\":                        ",
        ",\"street\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.physicalOfficeAddress\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "city", &self.city);
        v.field(1usize, "country_or_region", &self.country_or_region);
        v.field(2usize, "office_location", &self.office_location);
        v.field(3usize, "postal_code", &self.postal_code);
        v.field(4usize, "state", &self.state);
        v.field(5usize, "street", &self.street);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for PhysicalOfficeAddress {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.city.read_from(r),
            1usize => self.country_or_region.read_from(r),
            2usize => self.office_location.read_from(r),
            3usize => self.postal_code.read_from(r),
            4usize => self.state.read_from(r),
            5usize => self.street.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.city);
        w.field(1usize, &self.country_or_region);
        w.field(2usize, &self.office_location);
        w.field(3usize, &self.postal_code);
        w.field(4usize, &self.state);
        w.field(5usize, &self.street);
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
rt::impl_object!(PhysicalOfficeAddress);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    PhysicalOfficeAddress { with_city city : ::std::string::String;
    with_country_or_region country_or_region : ::std::string::String;
    with_office_location office_location : ::std::string::String; with_postal_code
    postal_code : ::std::string::String; with_state state : ::std::string::String;
    with_street street : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PhysicalOfficeAddress);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.pkcs12Certificate`, complex type, derived from `microsoft.graph.apiAuthenticationConfigurationBase`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct Pkcs12Certificate {
    /// CSDL: property `password`: `Edm.String`, nullable.
    pub password: rt::Field<::std::string::String>,
    /// CSDL: property `pkcs12Value`: `Edm.String`, nullable.
    pub pkcs12_value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for Pkcs12Certificate {
    #[inline]
    fn default() -> Self {
        Self {
            password: rt::Field::Absent,
            pkcs12_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for Pkcs12Certificate {
    const TYPE_NAME: &'static str = "microsoft.graph.pkcs12Certificate";
    const KEYS: &'static [&'static str] = &["password", "pkcs12Value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"password\":                     ",
        ",\"pkcs12Value\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.pkcs12Certificate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "password", &self.password);
        v.field(1usize, "pkcs12_value", &self.pkcs12_value);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for Pkcs12Certificate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.password.read_from(r),
            1usize => self.pkcs12_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.password);
        w.field(1usize, &self.pkcs12_value);
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
rt::impl_object!(Pkcs12Certificate);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    Pkcs12Certificate { with_password password : ::std::string::String; with_pkcs12_value
    pkcs12_value : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Pkcs12Certificate);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.pkcs12CertificateInformation`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct Pkcs12CertificateInformation {
    /// CSDL: property `isActive`: `Edm.Boolean`, not nullable.
    pub is_active: rt::Field<bool>,
    /// CSDL: property `notAfter`: `Edm.Int64`, not nullable.
    pub not_after: rt::Field<i64>,
    /// CSDL: property `notBefore`: `Edm.Int64`, not nullable.
    pub not_before: rt::Field<i64>,
    /// CSDL: property `thumbprint`: `Edm.String`, nullable.
    pub thumbprint: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for Pkcs12CertificateInformation {
    #[inline]
    fn default() -> Self {
        Self {
            is_active: rt::Field::Absent,
            not_after: rt::Field::Absent,
            not_before: rt::Field::Absent,
            thumbprint: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for Pkcs12CertificateInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.pkcs12CertificateInformation";
    const KEYS: &'static [&'static str] = &[
        "isActive",
        "notAfter",
        "notBefore",
        "thumbprint",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isActive\":                     ",
        ",\"notAfter\":                     ",
        ",\"notBefore\":                    ",
        ",\"thumbprint\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.pkcs12CertificateInformation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_active", &self.is_active);
        v.field(1usize, "not_after", &self.not_after);
        v.field(2usize, "not_before", &self.not_before);
        v.field(3usize, "thumbprint", &self.thumbprint);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for Pkcs12CertificateInformation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_active.read_from(r),
            1usize => self.not_after.read_from(r),
            2usize => self.not_before.read_from(r),
            3usize => self.thumbprint.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_active);
        w.field(1usize, &self.not_after);
        w.field(2usize, &self.not_before);
        w.field(3usize, &self.thumbprint);
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
rt::impl_object!(Pkcs12CertificateInformation);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    Pkcs12CertificateInformation { with_is_active is_active : bool; with_not_after
    not_after : i64; with_not_before not_before : i64; with_thumbprint thumbprint :
    ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Pkcs12CertificateInformation);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.place`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`PlacePath`](requests/trait.PlacePath.html), what a path to one (`EntityPath<AnyPlace, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone)]
pub struct Place {
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
impl ::std::default::Default for Place {
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
impl rt::Object for Place {
    const TYPE_NAME: &'static str = "microsoft.graph.place";
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
    const TAG: &'static str = "\"#microsoft.graph.place\"";
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
impl rt::object::Members for Place {
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
rt::impl_object!(Place);
#[cfg(msgraph_v1_places_or_search)]
rt::impl_setters!(
    Place { with_id id : ::std::string::String; with_address address : crate
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
rt::impl_serde!(Place);
#[cfg(msgraph_v1_places_or_search)]
/// `microsoft.graph.place` or any type derived from it, selected by `@odata.type` (8 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPlace {
    Place(::std::boxed::Box<crate::v1::Place>),
    Building(::std::boxed::Box<crate::v1::Building>),
    Desk(::std::boxed::Box<crate::v1::Desk>),
    Floor(::std::boxed::Box<crate::v1::Floor>),
    Room(::std::boxed::Box<crate::v1::Room>),
    RoomList(::std::boxed::Box<crate::v1::RoomList>),
    Section(::std::boxed::Box<crate::v1::Section>),
    Workspace(::std::boxed::Box<crate::v1::Workspace>),
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for AnyPlace {
    #[inline]
    fn default() -> Self {
        Self::Place(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Place> for AnyPlace {
    #[inline]
    fn from(v: crate::v1::Place) -> Self {
        Self::Place(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Building> for AnyPlace {
    #[inline]
    fn from(v: crate::v1::Building) -> Self {
        Self::Building(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Desk> for AnyPlace {
    #[inline]
    fn from(v: crate::v1::Desk) -> Self {
        Self::Desk(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Floor> for AnyPlace {
    #[inline]
    fn from(v: crate::v1::Floor) -> Self {
        Self::Floor(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Room> for AnyPlace {
    #[inline]
    fn from(v: crate::v1::Room) -> Self {
        Self::Room(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RoomList> for AnyPlace {
    #[inline]
    fn from(v: crate::v1::RoomList) -> Self {
        Self::RoomList(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Section> for AnyPlace {
    #[inline]
    fn from(v: crate::v1::Section) -> Self {
        Self::Section(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Workspace> for AnyPlace {
    #[inline]
    fn from(v: crate::v1::Workspace) -> Self {
        Self::Workspace(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_places_or_search)]
unsafe impl ::std::marker::Send for AnyPlace {}
#[cfg(msgraph_v1_places_or_search)]
unsafe impl ::std::marker::Sync for AnyPlace {}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::marker::Unpin for AnyPlace {}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::panic::UnwindSafe for AnyPlace {}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::panic::RefUnwindSafe for AnyPlace {}
#[cfg(msgraph_v1_places_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::Place>();
    rt::object::auto_traits::<crate::v1::Building>();
    rt::object::auto_traits::<crate::v1::Desk>();
    rt::object::auto_traits::<crate::v1::Floor>();
    rt::object::auto_traits::<crate::v1::Room>();
    rt::object::auto_traits::<crate::v1::RoomList>();
    rt::object::auto_traits::<crate::v1::Section>();
    rt::object::auto_traits::<crate::v1::Workspace>();
};
#[cfg(msgraph_v1_places_or_search)]
impl rt::Poly for AnyPlace {
    const BASE_NAME: &'static str = "microsoft.graph.place";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.building") => {
                Self::Building(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.desk") => {
                Self::Desk(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.floor") => {
                Self::Floor(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.room") => {
                Self::Room(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.roomList") => {
                Self::RoomList(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.section") => {
                Self::Section(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.workspace") => {
                Self::Workspace(rt::object::new_boxed())
            }
            _ => Self::Place(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Place(v) => &**v,
            Self::Building(v) => &**v,
            Self::Desk(v) => &**v,
            Self::Floor(v) => &**v,
            Self::Room(v) => &**v,
            Self::RoomList(v) => &**v,
            Self::Section(v) => &**v,
            Self::Workspace(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Place(v) => &mut **v,
            Self::Building(v) => &mut **v,
            Self::Desk(v) => &mut **v,
            Self::Floor(v) => &mut **v,
            Self::Room(v) => &mut **v,
            Self::RoomList(v) => &mut **v,
            Self::Section(v) => &mut **v,
            Self::Workspace(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl AnyPlace {
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
            Self::Place(v) => &v.id,
            Self::Building(v) => &v.id,
            Self::Desk(v) => &v.id,
            Self::Floor(v) => &v.id,
            Self::Room(v) => &v.id,
            Self::RoomList(v) => &v.id,
            Self::Section(v) => &v.id,
            Self::Workspace(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Place(v) => &mut v.id,
            Self::Building(v) => &mut v.id,
            Self::Desk(v) => &mut v.id,
            Self::Floor(v) => &mut v.id,
            Self::Room(v) => &mut v.id,
            Self::RoomList(v) => &mut v.id,
            Self::Section(v) => &mut v.id,
            Self::Workspace(v) => &mut v.id,
        }
    }
    /// `address` of any variant.
    #[inline]
    pub fn address(&self) -> &rt::Field<crate::v1::PhysicalAddress> {
        match self {
            Self::Place(v) => &v.address,
            Self::Building(v) => &v.address,
            Self::Desk(v) => &v.address,
            Self::Floor(v) => &v.address,
            Self::Room(v) => &v.address,
            Self::RoomList(v) => &v.address,
            Self::Section(v) => &v.address,
            Self::Workspace(v) => &v.address,
        }
    }
    /// `address` of any variant.
    #[inline]
    pub fn address_mut(&mut self) -> &mut rt::Field<crate::v1::PhysicalAddress> {
        match self {
            Self::Place(v) => &mut v.address,
            Self::Building(v) => &mut v.address,
            Self::Desk(v) => &mut v.address,
            Self::Floor(v) => &mut v.address,
            Self::Room(v) => &mut v.address,
            Self::RoomList(v) => &mut v.address,
            Self::Section(v) => &mut v.address,
            Self::Workspace(v) => &mut v.address,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Place(v) => &v.display_name,
            Self::Building(v) => &v.display_name,
            Self::Desk(v) => &v.display_name,
            Self::Floor(v) => &v.display_name,
            Self::Room(v) => &v.display_name,
            Self::RoomList(v) => &v.display_name,
            Self::Section(v) => &v.display_name,
            Self::Workspace(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Place(v) => &mut v.display_name,
            Self::Building(v) => &mut v.display_name,
            Self::Desk(v) => &mut v.display_name,
            Self::Floor(v) => &mut v.display_name,
            Self::Room(v) => &mut v.display_name,
            Self::RoomList(v) => &mut v.display_name,
            Self::Section(v) => &mut v.display_name,
            Self::Workspace(v) => &mut v.display_name,
        }
    }
    /// `geoCoordinates` of any variant.
    #[inline]
    pub fn geo_coordinates(&self) -> &rt::Field<crate::v1::OutlookGeoCoordinates> {
        match self {
            Self::Place(v) => &v.geo_coordinates,
            Self::Building(v) => &v.geo_coordinates,
            Self::Desk(v) => &v.geo_coordinates,
            Self::Floor(v) => &v.geo_coordinates,
            Self::Room(v) => &v.geo_coordinates,
            Self::RoomList(v) => &v.geo_coordinates,
            Self::Section(v) => &v.geo_coordinates,
            Self::Workspace(v) => &v.geo_coordinates,
        }
    }
    /// `geoCoordinates` of any variant.
    #[inline]
    pub fn geo_coordinates_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::OutlookGeoCoordinates> {
        match self {
            Self::Place(v) => &mut v.geo_coordinates,
            Self::Building(v) => &mut v.geo_coordinates,
            Self::Desk(v) => &mut v.geo_coordinates,
            Self::Floor(v) => &mut v.geo_coordinates,
            Self::Room(v) => &mut v.geo_coordinates,
            Self::RoomList(v) => &mut v.geo_coordinates,
            Self::Section(v) => &mut v.geo_coordinates,
            Self::Workspace(v) => &mut v.geo_coordinates,
        }
    }
    /// `isWheelChairAccessible` of any variant.
    #[inline]
    pub fn is_wheel_chair_accessible(&self) -> &rt::Field<bool> {
        match self {
            Self::Place(v) => &v.is_wheel_chair_accessible,
            Self::Building(v) => &v.is_wheel_chair_accessible,
            Self::Desk(v) => &v.is_wheel_chair_accessible,
            Self::Floor(v) => &v.is_wheel_chair_accessible,
            Self::Room(v) => &v.is_wheel_chair_accessible,
            Self::RoomList(v) => &v.is_wheel_chair_accessible,
            Self::Section(v) => &v.is_wheel_chair_accessible,
            Self::Workspace(v) => &v.is_wheel_chair_accessible,
        }
    }
    /// `isWheelChairAccessible` of any variant.
    #[inline]
    pub fn is_wheel_chair_accessible_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::Place(v) => &mut v.is_wheel_chair_accessible,
            Self::Building(v) => &mut v.is_wheel_chair_accessible,
            Self::Desk(v) => &mut v.is_wheel_chair_accessible,
            Self::Floor(v) => &mut v.is_wheel_chair_accessible,
            Self::Room(v) => &mut v.is_wheel_chair_accessible,
            Self::RoomList(v) => &mut v.is_wheel_chair_accessible,
            Self::Section(v) => &mut v.is_wheel_chair_accessible,
            Self::Workspace(v) => &mut v.is_wheel_chair_accessible,
        }
    }
    /// `label` of any variant.
    #[inline]
    pub fn label(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Place(v) => &v.label,
            Self::Building(v) => &v.label,
            Self::Desk(v) => &v.label,
            Self::Floor(v) => &v.label,
            Self::Room(v) => &v.label,
            Self::RoomList(v) => &v.label,
            Self::Section(v) => &v.label,
            Self::Workspace(v) => &v.label,
        }
    }
    /// `label` of any variant.
    #[inline]
    pub fn label_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Place(v) => &mut v.label,
            Self::Building(v) => &mut v.label,
            Self::Desk(v) => &mut v.label,
            Self::Floor(v) => &mut v.label,
            Self::Room(v) => &mut v.label,
            Self::RoomList(v) => &mut v.label,
            Self::Section(v) => &mut v.label,
            Self::Workspace(v) => &mut v.label,
        }
    }
    /// `parentId` of any variant.
    #[inline]
    pub fn parent_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Place(v) => &v.parent_id,
            Self::Building(v) => &v.parent_id,
            Self::Desk(v) => &v.parent_id,
            Self::Floor(v) => &v.parent_id,
            Self::Room(v) => &v.parent_id,
            Self::RoomList(v) => &v.parent_id,
            Self::Section(v) => &v.parent_id,
            Self::Workspace(v) => &v.parent_id,
        }
    }
    /// `parentId` of any variant.
    #[inline]
    pub fn parent_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Place(v) => &mut v.parent_id,
            Self::Building(v) => &mut v.parent_id,
            Self::Desk(v) => &mut v.parent_id,
            Self::Floor(v) => &mut v.parent_id,
            Self::Room(v) => &mut v.parent_id,
            Self::RoomList(v) => &mut v.parent_id,
            Self::Section(v) => &mut v.parent_id,
            Self::Workspace(v) => &mut v.parent_id,
        }
    }
    /// `phone` of any variant.
    #[inline]
    pub fn phone(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Place(v) => &v.phone,
            Self::Building(v) => &v.phone,
            Self::Desk(v) => &v.phone,
            Self::Floor(v) => &v.phone,
            Self::Room(v) => &v.phone,
            Self::RoomList(v) => &v.phone,
            Self::Section(v) => &v.phone,
            Self::Workspace(v) => &v.phone,
        }
    }
    /// `phone` of any variant.
    #[inline]
    pub fn phone_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Place(v) => &mut v.phone,
            Self::Building(v) => &mut v.phone,
            Self::Desk(v) => &mut v.phone,
            Self::Floor(v) => &mut v.phone,
            Self::Room(v) => &mut v.phone,
            Self::RoomList(v) => &mut v.phone,
            Self::Section(v) => &mut v.phone,
            Self::Workspace(v) => &mut v.phone,
        }
    }
    /// `placeId` of any variant.
    #[inline]
    pub fn place_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Place(v) => &v.place_id,
            Self::Building(v) => &v.place_id,
            Self::Desk(v) => &v.place_id,
            Self::Floor(v) => &v.place_id,
            Self::Room(v) => &v.place_id,
            Self::RoomList(v) => &v.place_id,
            Self::Section(v) => &v.place_id,
            Self::Workspace(v) => &v.place_id,
        }
    }
    /// `placeId` of any variant.
    #[inline]
    pub fn place_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Place(v) => &mut v.place_id,
            Self::Building(v) => &mut v.place_id,
            Self::Desk(v) => &mut v.place_id,
            Self::Floor(v) => &mut v.place_id,
            Self::Room(v) => &mut v.place_id,
            Self::RoomList(v) => &mut v.place_id,
            Self::Section(v) => &mut v.place_id,
            Self::Workspace(v) => &mut v.place_id,
        }
    }
    /// `tags` of any variant.
    #[inline]
    pub fn tags(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::Place(v) => &v.tags,
            Self::Building(v) => &v.tags,
            Self::Desk(v) => &v.tags,
            Self::Floor(v) => &v.tags,
            Self::Room(v) => &v.tags,
            Self::RoomList(v) => &v.tags,
            Self::Section(v) => &v.tags,
            Self::Workspace(v) => &v.tags,
        }
    }
    /// `tags` of any variant.
    #[inline]
    pub fn tags_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::Place(v) => &mut v.tags,
            Self::Building(v) => &mut v.tags,
            Self::Desk(v) => &mut v.tags,
            Self::Floor(v) => &mut v.tags,
            Self::Room(v) => &mut v.tags,
            Self::RoomList(v) => &mut v.tags,
            Self::Section(v) => &mut v.tags,
            Self::Workspace(v) => &mut v.tags,
        }
    }
    /// `checkIns` of any variant.
    #[inline]
    pub fn check_ins(&self) -> &rt::Field<::std::vec::Vec<crate::v1::CheckInClaim>> {
        match self {
            Self::Place(v) => &v.check_ins,
            Self::Building(v) => &v.check_ins,
            Self::Desk(v) => &v.check_ins,
            Self::Floor(v) => &v.check_ins,
            Self::Room(v) => &v.check_ins,
            Self::RoomList(v) => &v.check_ins,
            Self::Section(v) => &v.check_ins,
            Self::Workspace(v) => &v.check_ins,
        }
    }
    /// `checkIns` of any variant.
    #[inline]
    pub fn check_ins_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::CheckInClaim>> {
        match self {
            Self::Place(v) => &mut v.check_ins,
            Self::Building(v) => &mut v.check_ins,
            Self::Desk(v) => &mut v.check_ins,
            Self::Floor(v) => &mut v.check_ins,
            Self::Room(v) => &mut v.check_ins,
            Self::RoomList(v) => &mut v.check_ins,
            Self::Section(v) => &mut v.check_ins,
            Self::Workspace(v) => &mut v.check_ins,
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
rt::impl_poly!(AnyPlace);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPlace);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.placeFeatureEnablement`, enum type.
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PlaceFeatureEnablement {
    /// `unknown` (value 0).
    Unknown,
    /// `enabled` (value 1).
    Enabled,
    /// `disabled` (value 2).
    Disabled,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::StrEnum for PlaceFeatureEnablement {
    const TYPE_NAME: &'static str = "microsoft.graph.placeFeatureEnablement";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "enabled",
        "disabled",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
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
            Self::Unknown => "unknown",
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
rt::impl_enum!(PlaceFeatureEnablement);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlaceFeatureEnablement);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.placeMode`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone)]
pub struct PlaceMode {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for PlaceMode {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::Object for PlaceMode {
    const TYPE_NAME: &'static str = "microsoft.graph.placeMode";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.placeMode\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::object::Members for PlaceMode {
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
#[cfg(msgraph_v1_places_or_search)]
rt::impl_object!(PlaceMode);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlaceMode);
#[cfg(msgraph_v1_places_or_search)]
/// `microsoft.graph.placeMode` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPlaceMode {
    PlaceMode(::std::boxed::Box<crate::v1::PlaceMode>),
    AssignedPlaceMode(::std::boxed::Box<crate::v1::AssignedPlaceMode>),
    DropInPlaceMode(::std::boxed::Box<crate::v1::DropInPlaceMode>),
    ReservablePlaceMode(::std::boxed::Box<crate::v1::ReservablePlaceMode>),
    UnavailablePlaceMode(::std::boxed::Box<crate::v1::UnavailablePlaceMode>),
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for AnyPlaceMode {
    #[inline]
    fn default() -> Self {
        Self::PlaceMode(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PlaceMode> for AnyPlaceMode {
    #[inline]
    fn from(v: crate::v1::PlaceMode) -> Self {
        Self::PlaceMode(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AssignedPlaceMode> for AnyPlaceMode {
    #[inline]
    fn from(v: crate::v1::AssignedPlaceMode) -> Self {
        Self::AssignedPlaceMode(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DropInPlaceMode> for AnyPlaceMode {
    #[inline]
    fn from(v: crate::v1::DropInPlaceMode) -> Self {
        Self::DropInPlaceMode(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ReservablePlaceMode> for AnyPlaceMode {
    #[inline]
    fn from(v: crate::v1::ReservablePlaceMode) -> Self {
        Self::ReservablePlaceMode(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnavailablePlaceMode> for AnyPlaceMode {
    #[inline]
    fn from(v: crate::v1::UnavailablePlaceMode) -> Self {
        Self::UnavailablePlaceMode(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_places_or_search)]
unsafe impl ::std::marker::Send for AnyPlaceMode {}
#[cfg(msgraph_v1_places_or_search)]
unsafe impl ::std::marker::Sync for AnyPlaceMode {}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::marker::Unpin for AnyPlaceMode {}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::panic::UnwindSafe for AnyPlaceMode {}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::panic::RefUnwindSafe for AnyPlaceMode {}
#[cfg(msgraph_v1_places_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::PlaceMode>();
    rt::object::auto_traits::<crate::v1::AssignedPlaceMode>();
    rt::object::auto_traits::<crate::v1::DropInPlaceMode>();
    rt::object::auto_traits::<crate::v1::ReservablePlaceMode>();
    rt::object::auto_traits::<crate::v1::UnavailablePlaceMode>();
};
#[cfg(msgraph_v1_places_or_search)]
impl rt::Poly for AnyPlaceMode {
    const BASE_NAME: &'static str = "microsoft.graph.placeMode";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.assignedPlaceMode") => {
                Self::AssignedPlaceMode(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.dropInPlaceMode") => {
                Self::DropInPlaceMode(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.reservablePlaceMode") => {
                Self::ReservablePlaceMode(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.unavailablePlaceMode") => {
                Self::UnavailablePlaceMode(rt::object::new_boxed())
            }
            _ => Self::PlaceMode(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::PlaceMode(v) => &**v,
            Self::AssignedPlaceMode(v) => &**v,
            Self::DropInPlaceMode(v) => &**v,
            Self::ReservablePlaceMode(v) => &**v,
            Self::UnavailablePlaceMode(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::PlaceMode(v) => &mut **v,
            Self::AssignedPlaceMode(v) => &mut **v,
            Self::DropInPlaceMode(v) => &mut **v,
            Self::ReservablePlaceMode(v) => &mut **v,
            Self::UnavailablePlaceMode(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl AnyPlaceMode {
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
#[cfg(msgraph_v1_places_or_search)]
rt::impl_poly!(AnyPlaceMode);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPlaceMode);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.placeServicePlanInfo`, complex type.
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone)]
pub struct PlaceServicePlanInfo {
    /// CSDL: property `servicePlanId`: `Edm.String`, nullable.
    pub service_plan_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for PlaceServicePlanInfo {
    #[inline]
    fn default() -> Self {
        Self {
            service_plan_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::Object for PlaceServicePlanInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.placeServicePlanInfo";
    const KEYS: &'static [&'static str] = &["servicePlanId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"servicePlanId\":                "];
    const TAG: &'static str = "\"#microsoft.graph.placeServicePlanInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "service_plan_id", &self.service_plan_id);
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::object::Members for PlaceServicePlanInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.service_plan_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.service_plan_id);
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
rt::impl_object!(PlaceServicePlanInfo);
#[cfg(msgraph_v1_places_or_search)]
rt::impl_setters!(
    PlaceServicePlanInfo { with_service_plan_id service_plan_id : ::std::string::String;
    }
);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlaceServicePlanInfo);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.plannerAssignment`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct PlannerAssignment {
    /// CSDL: property `assignedBy`: `microsoft.graph.identitySet`, nullable.
    pub assigned_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `assignedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub assigned_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `orderHint`: `Edm.String`, nullable.
    pub order_hint: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for PlannerAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            assigned_by: rt::Field::Absent,
            assigned_date_time: rt::Field::Absent,
            order_hint: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for PlannerAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerAssignment";
    const KEYS: &'static [&'static str] = &[
        "assignedBy",
        "assignedDateTime",
        "orderHint",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"assignedBy\":                   ",
        ",\"assignedDateTime\":             ",
        ",\"orderHint\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.plannerAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assigned_by", &self.assigned_by);
        v.field(1usize, "assigned_date_time", &self.assigned_date_time);
        v.field(2usize, "order_hint", &self.order_hint);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for PlannerAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assigned_by.read_from(r),
            1usize => self.assigned_date_time.read_from(r),
            2usize => self.order_hint.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assigned_by);
        w.field(1usize, &self.assigned_date_time);
        w.field(2usize, &self.order_hint);
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
rt::impl_object!(PlannerAssignment);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    PlannerAssignment { with_assigned_by assigned_by : crate ::v1::AnyIdentitySet;
    with_assigned_date_time assigned_date_time : rt::edm::DateTimeOffset; with_order_hint
    order_hint : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerAssignment);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.plannerChecklistItem`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct PlannerChecklistItem {
    /// CSDL: property `isChecked`: `Edm.Boolean`, nullable.
    pub is_checked: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `orderHint`: `Edm.String`, nullable.
    pub order_hint: rt::Field<::std::string::String>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for PlannerChecklistItem {
    #[inline]
    fn default() -> Self {
        Self {
            is_checked: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            order_hint: rt::Field::Absent,
            title: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for PlannerChecklistItem {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerChecklistItem";
    const KEYS: &'static [&'static str] = &[
        "isChecked",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "orderHint",
        "title",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isChecked\":                    ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"orderHint\":                    ",
        ",\"title\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.plannerChecklistItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_checked", &self.is_checked);
        v.field(1usize, "last_modified_by", &self.last_modified_by);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "order_hint", &self.order_hint);
        v.field(4usize, "title", &self.title);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for PlannerChecklistItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_checked.read_from(r),
            1usize => self.last_modified_by.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.order_hint.read_from(r),
            4usize => self.title.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_checked);
        w.field(1usize, &self.last_modified_by);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.order_hint);
        w.field(4usize, &self.title);
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
rt::impl_object!(PlannerChecklistItem);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    PlannerChecklistItem { with_is_checked is_checked : bool; with_last_modified_by
    last_modified_by : crate ::v1::AnyIdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_order_hint order_hint :
    ::std::string::String; with_title title : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerChecklistItem);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.plannerExternalReference`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct PlannerExternalReference {
    /// CSDL: property `alias`: `Edm.String`, nullable.
    pub alias: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `previewPriority`: `Edm.String`, nullable.
    pub preview_priority: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for PlannerExternalReference {
    #[inline]
    fn default() -> Self {
        Self {
            alias: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            preview_priority: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for PlannerExternalReference {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerExternalReference";
    const KEYS: &'static [&'static str] = &[
        "alias",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "previewPriority",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"alias\":                        ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"previewPriority\":              ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.plannerExternalReference\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "alias", &self.alias);
        v.field(1usize, "last_modified_by", &self.last_modified_by);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "preview_priority", &self.preview_priority);
        v.field(4usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for PlannerExternalReference {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.alias.read_from(r),
            1usize => self.last_modified_by.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.preview_priority.read_from(r),
            4usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.alias);
        w.field(1usize, &self.last_modified_by);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.preview_priority);
        w.field(4usize, &self.type_);
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
rt::impl_object!(PlannerExternalReference);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    PlannerExternalReference { with_alias alias : ::std::string::String;
    with_last_modified_by last_modified_by : crate ::v1::AnyIdentitySet;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_preview_priority preview_priority : ::std::string::String; with_type type_ :
    ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerExternalReference);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.policyDeletableItem`, entity type, abstract.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct PolicyDeletableItem {
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for PolicyDeletableItem {
    #[inline]
    fn default() -> Self {
        Self {
            deleted_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for PolicyDeletableItem {
    const TYPE_NAME: &'static str = "microsoft.graph.policyDeletableItem";
    const KEYS: &'static [&'static str] = &["deletedDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[",\"deletedDateTime\":              "];
    const TAG: &'static str = "\"#microsoft.graph.policyDeletableItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "deleted_date_time", &self.deleted_date_time);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for PolicyDeletableItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.deleted_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.deleted_date_time);
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
rt::impl_object!(PolicyDeletableItem);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    PolicyDeletableItem { with_deleted_date_time deleted_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PolicyDeletableItem);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// `microsoft.graph.policyDeletableItem` or any type derived from it, selected by `@odata.type` (6 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPolicyDeletableItem {
    PolicyDeletableItem(::std::boxed::Box<crate::v1::PolicyDeletableItem>),
    ConditionalAccessPolicy(::std::boxed::Box<crate::v1::ConditionalAccessPolicy>),
    #[cfg(msgraph_v1_identity_or_search)]
    CountryNamedLocation(::std::boxed::Box<crate::v1::CountryNamedLocation>),
    #[cfg(msgraph_v1_identity_or_search)]
    IpNamedLocation(::std::boxed::Box<crate::v1::IpNamedLocation>),
    #[cfg(msgraph_v1_identity_or_search)]
    NamedLocation(::std::boxed::Box<crate::v1::NamedLocation>),
    WhatIfAnalysisResult(::std::boxed::Box<crate::v1::WhatIfAnalysisResult>),
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for AnyPolicyDeletableItem {
    #[inline]
    fn default() -> Self {
        Self::PolicyDeletableItem(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PolicyDeletableItem> for AnyPolicyDeletableItem {
    #[inline]
    fn from(v: crate::v1::PolicyDeletableItem) -> Self {
        Self::PolicyDeletableItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ConditionalAccessPolicy>
for AnyPolicyDeletableItem {
    #[inline]
    fn from(v: crate::v1::ConditionalAccessPolicy) -> Self {
        Self::ConditionalAccessPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CountryNamedLocation> for AnyPolicyDeletableItem {
    #[inline]
    fn from(v: crate::v1::CountryNamedLocation) -> Self {
        Self::CountryNamedLocation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IpNamedLocation> for AnyPolicyDeletableItem {
    #[inline]
    fn from(v: crate::v1::IpNamedLocation) -> Self {
        Self::IpNamedLocation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::NamedLocation> for AnyPolicyDeletableItem {
    #[inline]
    fn from(v: crate::v1::NamedLocation) -> Self {
        Self::NamedLocation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WhatIfAnalysisResult> for AnyPolicyDeletableItem {
    #[inline]
    fn from(v: crate::v1::WhatIfAnalysisResult) -> Self {
        Self::WhatIfAnalysisResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
unsafe impl ::std::marker::Send for AnyPolicyDeletableItem {}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
unsafe impl ::std::marker::Sync for AnyPolicyDeletableItem {}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::marker::Unpin for AnyPolicyDeletableItem {}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::panic::UnwindSafe for AnyPolicyDeletableItem {}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::panic::RefUnwindSafe for AnyPolicyDeletableItem {}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::PolicyDeletableItem>();
    rt::object::auto_traits::<crate::v1::ConditionalAccessPolicy>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::CountryNamedLocation>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::IpNamedLocation>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::NamedLocation>();
    rt::object::auto_traits::<crate::v1::WhatIfAnalysisResult>();
};
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Poly for AnyPolicyDeletableItem {
    const BASE_NAME: &'static str = "microsoft.graph.policyDeletableItem";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.conditionalAccessPolicy") => {
                Self::ConditionalAccessPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.countryNamedLocation") => {
                Self::CountryNamedLocation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.ipNamedLocation") => {
                Self::IpNamedLocation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.namedLocation") => {
                Self::NamedLocation(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.whatIfAnalysisResult") => {
                Self::WhatIfAnalysisResult(rt::object::new_boxed())
            }
            _ => Self::PolicyDeletableItem(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::PolicyDeletableItem(v) => &**v,
            Self::ConditionalAccessPolicy(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::CountryNamedLocation(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IpNamedLocation(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::NamedLocation(v) => &**v,
            Self::WhatIfAnalysisResult(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::PolicyDeletableItem(v) => &mut **v,
            Self::ConditionalAccessPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::CountryNamedLocation(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IpNamedLocation(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::NamedLocation(v) => &mut **v,
            Self::WhatIfAnalysisResult(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl AnyPolicyDeletableItem {
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
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PolicyDeletableItem(v) => &v.deleted_date_time,
            Self::ConditionalAccessPolicy(v) => &v.deleted_date_time,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::CountryNamedLocation(v) => &v.deleted_date_time,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IpNamedLocation(v) => &v.deleted_date_time,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::NamedLocation(v) => &v.deleted_date_time,
            Self::WhatIfAnalysisResult(v) => &v.deleted_date_time,
        }
    }
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PolicyDeletableItem(v) => &mut v.deleted_date_time,
            Self::ConditionalAccessPolicy(v) => &mut v.deleted_date_time,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::CountryNamedLocation(v) => &mut v.deleted_date_time,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IpNamedLocation(v) => &mut v.deleted_date_time,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::NamedLocation(v) => &mut v.deleted_date_time,
            Self::WhatIfAnalysisResult(v) => &mut v.deleted_date_time,
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_poly!(AnyPolicyDeletableItem);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPolicyDeletableItem);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.policyTemplate`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PolicyTemplatePath`](requests/trait.PolicyTemplatePath.html), what a path to one (`EntityPath<PolicyTemplate, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PolicyTemplate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `multiTenantOrganizationIdentitySynchronization`: `microsoft.graph.multiTenantOrganizationIdentitySyncPolicyTemplate`, nullable.
    pub multi_tenant_organization_identity_synchronization: rt::Field<
        crate::v1::MultiTenantOrganizationIdentitySyncPolicyTemplate,
    >,
    /// CSDL: containment navigation property `multiTenantOrganizationPartnerConfiguration`: `microsoft.graph.multiTenantOrganizationPartnerConfigurationTemplate`, nullable.
    pub multi_tenant_organization_partner_configuration: rt::Field<
        crate::v1::MultiTenantOrganizationPartnerConfigurationTemplate,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for PolicyTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            multi_tenant_organization_identity_synchronization: rt::Field::Absent,
            multi_tenant_organization_partner_configuration: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for PolicyTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.policyTemplate";
    const KEYS: &'static [&'static str] = &[
        "id",
        "multiTenantOrganizationIdentitySynchronization",
        "multiTenantOrganizationPartnerConfiguration",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"multiTenantOrganizationIdentitySynchronization\":",
        ",\"multiTenantOrganizationPartnerConfiguration\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.policyTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "multi_tenant_organization_identity_synchronization",
            &self.multi_tenant_organization_identity_synchronization,
        );
        v.field(
            2usize,
            "multi_tenant_organization_partner_configuration",
            &self.multi_tenant_organization_partner_configuration,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for PolicyTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => {
                self.multi_tenant_organization_identity_synchronization.read_from(r)
            }
            2usize => self.multi_tenant_organization_partner_configuration.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.multi_tenant_organization_identity_synchronization);
        w.field(2usize, &self.multi_tenant_organization_partner_configuration);
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
rt::impl_object!(PolicyTemplate);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    PolicyTemplate { with_id id : ::std::string::String;
    with_multi_tenant_organization_identity_synchronization
    multi_tenant_organization_identity_synchronization : crate
    ::v1::MultiTenantOrganizationIdentitySyncPolicyTemplate;
    with_multi_tenant_organization_partner_configuration
    multi_tenant_organization_partner_configuration : crate
    ::v1::MultiTenantOrganizationPartnerConfigurationTemplate; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PolicyTemplate);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.positiveReinforcementNotification`, complex type, derived from `microsoft.graph.baseEndUserNotification`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PositiveReinforcementNotification {
    /// CSDL: property `defaultLanguage`: `Edm.String`, nullable.
    pub default_language: rt::Field<::std::string::String>,
    /// CSDL: navigation property `endUserNotification`: `microsoft.graph.endUserNotification`, nullable.
    pub end_user_notification: rt::Field<crate::v1::EndUserNotification>,
    /// CSDL: property `deliveryPreference`: `microsoft.graph.notificationDeliveryPreference`, nullable.
    pub delivery_preference: rt::Field<crate::v1::NotificationDeliveryPreference>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PositiveReinforcementNotification {
    #[inline]
    fn default() -> Self {
        Self {
            default_language: rt::Field::Absent,
            end_user_notification: rt::Field::Absent,
            delivery_preference: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PositiveReinforcementNotification {
    const TYPE_NAME: &'static str = "microsoft.graph.positiveReinforcementNotification";
    const KEYS: &'static [&'static str] = &[
        "defaultLanguage",
        "endUserNotification",
        "deliveryPreference",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"defaultLanguage\":              ",
        ",\"endUserNotification\":          ",
        ",\"deliveryPreference\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.positiveReinforcementNotification\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "default_language", &self.default_language);
        v.field(1usize, "end_user_notification", &self.end_user_notification);
        v.field(2usize, "delivery_preference", &self.delivery_preference);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PositiveReinforcementNotification {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.default_language.read_from(r),
            1usize => self.end_user_notification.read_from(r),
            2usize => self.delivery_preference.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.default_language);
        w.field(1usize, &self.end_user_notification);
        w.field(2usize, &self.delivery_preference);
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
rt::impl_object!(PositiveReinforcementNotification);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PositiveReinforcementNotification { with_default_language default_language :
    ::std::string::String; with_end_user_notification end_user_notification : crate
    ::v1::EndUserNotification; with_delivery_preference delivery_preference : crate
    ::v1::NotificationDeliveryPreference; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PositiveReinforcementNotification);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.post`, entity type, derived from `microsoft.graph.outlookItem`, open, key `id`.
///
/// Request builders: [`PostPath`](requests/trait.PostPath.html), what a path to one (`EntityPath<Post, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Post {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `categories`: `Collection(Edm.String)`, nullable.
    pub categories: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `changeKey`: `Edm.String`, nullable.
    pub change_key: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `body`: `microsoft.graph.itemBody`, nullable.
    pub body: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `conversationId`: `Edm.String`, nullable.
    pub conversation_id: rt::Field<::std::string::String>,
    /// CSDL: property `conversationThreadId`: `Edm.String`, nullable.
    pub conversation_thread_id: rt::Field<::std::string::String>,
    /// CSDL: property `from`: `microsoft.graph.recipient`, not nullable.
    pub from: rt::Field<crate::v1::AnyRecipient>,
    /// CSDL: property `hasAttachments`: `Edm.Boolean`, not nullable.
    pub has_attachments: rt::Field<bool>,
    /// CSDL: property `newParticipants`: `Collection(microsoft.graph.recipient)`, not nullable.
    pub new_participants: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `receivedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub received_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `sender`: `microsoft.graph.recipient`, nullable.
    pub sender: rt::Field<crate::v1::AnyRecipient>,
    /// CSDL: containment navigation property `attachments`: `Collection(microsoft.graph.attachment)`, not nullable.
    pub attachments: rt::Field<::std::vec::Vec<crate::v1::AnyAttachment>>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::v1::AnyExtension>>,
    /// CSDL: containment navigation property `inReplyTo`: `microsoft.graph.post`, nullable.
    pub in_reply_to: rt::Field<::std::boxed::Box<crate::v1::Post>>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::v1::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::v1::SingleValueLegacyExtendedProperty>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Post {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            categories: rt::Field::Absent,
            change_key: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            body: rt::Field::Absent,
            conversation_id: rt::Field::Absent,
            conversation_thread_id: rt::Field::Absent,
            from: rt::Field::Absent,
            has_attachments: rt::Field::Absent,
            new_participants: rt::Field::Absent,
            received_date_time: rt::Field::Absent,
            sender: rt::Field::Absent,
            attachments: rt::Field::Absent,
            extensions: rt::Field::Absent,
            in_reply_to: rt::Field::Absent,
            multi_value_extended_properties: rt::Field::Absent,
            single_value_extended_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Post {
    const TYPE_NAME: &'static str = "microsoft.graph.post";
    const KEYS: &'static [&'static str] = &[
        "id",
        "categories",
        "changeKey",
        "createdDateTime",
        "lastModifiedDateTime",
        "body",
        "conversationId",
        "conversationThreadId",
        "from",
        "hasAttachments",
        "newParticipants",
        "receivedDateTime",
        "sender",
        "attachments",
        "extensions",
        "inReplyTo",
        "multiValueExtendedProperties",
        "singleValueExtendedProperties",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"categories\":                   ",
        ",\"changeKey\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
        ",\"body\":                         ",
        ",\"conversationId\":               ",
        ",\"conversationThreadId\":         ",
        ",\"from\":                         ",
        ",\"hasAttachments\":               ",
        ",\"newParticipants\":              ",
        ",\"receivedDateTime\":             ",
        ",\"sender\":                       ",
        ",\"attachments\":                  ",
        ",\"extensions\":                   ",
        ",\"inReplyTo\":                    ",
        ",\"multiValueExtendedProperties\": ",
        ",\"singleValueExtendedProperties\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.post\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "categories", &self.categories);
        v.field(2usize, "change_key", &self.change_key);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "body", &self.body);
        v.field(6usize, "conversation_id", &self.conversation_id);
        v.field(7usize, "conversation_thread_id", &self.conversation_thread_id);
        v.field(8usize, "from", &self.from);
        v.field(9usize, "has_attachments", &self.has_attachments);
        v.field(10usize, "new_participants", &self.new_participants);
        v.field(11usize, "received_date_time", &self.received_date_time);
        v.field(12usize, "sender", &self.sender);
        v.field(13usize, "attachments", &self.attachments);
        v.field(14usize, "extensions", &self.extensions);
        v.field(15usize, "in_reply_to", &self.in_reply_to);
        v.field(
            16usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(
            17usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Post {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.categories.read_from(r),
            2usize => self.change_key.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.body.read_from(r),
            6usize => self.conversation_id.read_from(r),
            7usize => self.conversation_thread_id.read_from(r),
            8usize => self.from.read_from(r),
            9usize => self.has_attachments.read_from(r),
            10usize => self.new_participants.read_from(r),
            11usize => self.received_date_time.read_from(r),
            12usize => self.sender.read_from(r),
            13usize => self.attachments.read_from(r),
            14usize => self.extensions.read_from(r),
            15usize => self.in_reply_to.read_from(r),
            16usize => self.multi_value_extended_properties.read_from(r),
            17usize => self.single_value_extended_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.categories);
        w.field(2usize, &self.change_key);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.body);
        w.field(6usize, &self.conversation_id);
        w.field(7usize, &self.conversation_thread_id);
        w.field(8usize, &self.from);
        w.field(9usize, &self.has_attachments);
        w.field(10usize, &self.new_participants);
        w.field(11usize, &self.received_date_time);
        w.field(12usize, &self.sender);
        w.field(13usize, &self.attachments);
        w.field(14usize, &self.extensions);
        w.field(15usize, &self.in_reply_to);
        w.field(16usize, &self.multi_value_extended_properties);
        w.field(17usize, &self.single_value_extended_properties);
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
rt::impl_object!(Post);
#[cfg(msgraph_v1_core)]
rt::impl_boxed!(Post);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Post { with_id id : ::std::string::String; with_categories categories :
    ::std::vec::Vec < ::std::string::String >; with_change_key change_key :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_body body : crate ::v1::ItemBody; with_conversation_id
    conversation_id : ::std::string::String; with_conversation_thread_id
    conversation_thread_id : ::std::string::String; with_from from : crate
    ::v1::AnyRecipient; with_has_attachments has_attachments : bool;
    with_new_participants new_participants : ::std::vec::Vec < crate ::v1::AnyRecipient
    >; with_received_date_time received_date_time : rt::edm::DateTimeOffset; with_sender
    sender : crate ::v1::AnyRecipient; with_attachments attachments : ::std::vec::Vec <
    crate ::v1::AnyAttachment >; with_extensions extensions : ::std::vec::Vec < crate
    ::v1::AnyExtension >; with_in_reply_to in_reply_to : ::std::boxed::Box < crate
    ::v1::Post >; with_multi_value_extended_properties multi_value_extended_properties :
    ::std::vec::Vec < crate ::v1::MultiValueLegacyExtendedProperty >;
    with_single_value_extended_properties single_value_extended_properties :
    ::std::vec::Vec < crate ::v1::SingleValueLegacyExtendedProperty >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Post);
