//! Types of `microsoft.graph` by the first letters of their names (`we_wh`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.weakAlgorithms`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WeakAlgorithms {
    /// `rsaSha1` (value 1).
    RsaSha1,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for WeakAlgorithms {
    const TYPE_NAME: &'static str = "microsoft.graph.weakAlgorithms";
    const MEMBERS: &'static [&'static str] = &["rsaSha1", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "rsaSha1" => Self::RsaSha1,
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
            Self::RsaSha1 => "rsaSha1",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(WeakAlgorithms);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WeakAlgorithms);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties and inherited properties for web apps.
///
/// CSDL: `microsoft.graph.webApp`, entity type, derived from `microsoft.graph.mobileApp`, key `id`.
///
/// Request builders: [`MobileAppPath`](requests/trait.MobileAppPath.html), what a path to one (`EntityPath<WebApp, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct WebApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created. This property is read-only.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
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
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::v1::MimeContent>,
    /// The date and time the app was last modified. This property is read-only.
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
    /// The publishing state for the app. The app cannot be assigned unless the app is published. This property is read-only.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::v1::MobileAppPublishingState>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::v1::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::v1::MobileAppCategory>>,
    /// The web app URL. This property cannot be PATCHed.
    ///
    /// CSDL: property `appUrl`: `Edm.String`, nullable.
    pub app_url: rt::Field<::std::string::String>,
    /// Whether or not to use managed browser. This property is only applicable for Android and IOS.
    ///
    /// CSDL: property `useManagedBrowser`: `Edm.Boolean`, not nullable.
    pub use_managed_browser: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for WebApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            app_url: rt::Field::Absent,
            use_managed_browser: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for WebApp {
    const TYPE_NAME: &'static str = "microsoft.graph.webApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "assignments",
        "categories",
        "appUrl",
        "useManagedBrowser",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"developer\":                    ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"isFeatured\":                   ",
        ",\"largeIcon\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notes\":                        ",
        ",\"owner\":                        ",
        ",\"privacyInformationUrl\":        ",
        ",\"publisher\":                    ",
        ",\"publishingState\":              ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"appUrl\":                       ",
        ",\"useManagedBrowser\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.webApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "developer", &self.developer);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "information_url", &self.information_url);
        v.field(6usize, "is_featured", &self.is_featured);
        v.field(7usize, "large_icon", &self.large_icon);
        v.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(9usize, "notes", &self.notes);
        v.field(10usize, "owner", &self.owner);
        v.field(11usize, "privacy_information_url", &self.privacy_information_url);
        v.field(12usize, "publisher", &self.publisher);
        v.field(13usize, "publishing_state", &self.publishing_state);
        v.field(14usize, "assignments", &self.assignments);
        v.field(15usize, "categories", &self.categories);
        v.field(16usize, "app_url", &self.app_url);
        v.field(17usize, "use_managed_browser", &self.use_managed_browser);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for WebApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.developer.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.information_url.read_from(r),
            6usize => self.is_featured.read_from(r),
            7usize => self.large_icon.read_from(r),
            8usize => self.last_modified_date_time.read_from(r),
            9usize => self.notes.read_from(r),
            10usize => self.owner.read_from(r),
            11usize => self.privacy_information_url.read_from(r),
            12usize => self.publisher.read_from(r),
            13usize => self.publishing_state.read_from(r),
            14usize => self.assignments.read_from(r),
            15usize => self.categories.read_from(r),
            16usize => self.app_url.read_from(r),
            17usize => self.use_managed_browser.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.developer);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.information_url);
        w.field(6usize, &self.is_featured);
        w.field(7usize, &self.large_icon);
        w.field(8usize, &self.last_modified_date_time);
        w.field(9usize, &self.notes);
        w.field(10usize, &self.owner);
        w.field(11usize, &self.privacy_information_url);
        w.field(12usize, &self.publisher);
        w.field(13usize, &self.publishing_state);
        w.field(14usize, &self.assignments);
        w.field(15usize, &self.categories);
        w.field(16usize, &self.app_url);
        w.field(17usize, &self.use_managed_browser);
    }
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
rt::impl_object!(WebApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    WebApp { with_id id : ::std::string::String; with_created_date_time created_date_time
    : rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_developer developer : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_information_url information_url : ::std::string::String;
    with_is_featured is_featured : bool; with_large_icon large_icon : crate
    ::v1::MimeContent; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_notes notes : ::std::string::String; with_owner owner :
    ::std::string::String; with_privacy_information_url privacy_information_url :
    ::std::string::String; with_publisher publisher : ::std::string::String;
    with_publishing_state publishing_state : crate ::v1::MobileAppPublishingState;
    with_assignments assignments : ::std::vec::Vec < crate ::v1::MobileAppAssignment >;
    with_categories categories : ::std::vec::Vec < crate ::v1::MobileAppCategory >;
    with_app_url app_url : ::std::string::String; with_use_managed_browser
    use_managed_browser : bool; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebApp);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.webApplicationFirewallDnsConfiguration`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct WebApplicationFirewallDnsConfiguration {
    /// CSDL: property `isDomainVerified`: `Edm.Boolean`, not nullable.
    pub is_domain_verified: rt::Field<bool>,
    /// CSDL: property `isProxied`: `Edm.Boolean`, not nullable.
    pub is_proxied: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `recordType`: `microsoft.graph.webApplicationFirewallDnsRecordType`, not nullable.
    pub record_type: rt::Field<crate::v1::WebApplicationFirewallDnsRecordType>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for WebApplicationFirewallDnsConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            is_domain_verified: rt::Field::Absent,
            is_proxied: rt::Field::Absent,
            name: rt::Field::Absent,
            record_type: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for WebApplicationFirewallDnsConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.webApplicationFirewallDnsConfiguration";
    const KEYS: &'static [&'static str] = &[
        "isDomainVerified",
        "isProxied",
        "name",
        "recordType",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isDomainVerified\":             ",
        ",\"isProxied\":                    ",
        ",\"name\":                         ",
        ",\"recordType\":                   ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.webApplicationFirewallDnsConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_domain_verified", &self.is_domain_verified);
        v.field(1usize, "is_proxied", &self.is_proxied);
        v.field(2usize, "name", &self.name);
        v.field(3usize, "record_type", &self.record_type);
        v.field(4usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for WebApplicationFirewallDnsConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_domain_verified.read_from(r),
            1usize => self.is_proxied.read_from(r),
            2usize => self.name.read_from(r),
            3usize => self.record_type.read_from(r),
            4usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_domain_verified);
        w.field(1usize, &self.is_proxied);
        w.field(2usize, &self.name);
        w.field(3usize, &self.record_type);
        w.field(4usize, &self.value);
    }
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
rt::impl_object!(WebApplicationFirewallDnsConfiguration);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    WebApplicationFirewallDnsConfiguration { with_is_domain_verified is_domain_verified :
    bool; with_is_proxied is_proxied : bool; with_name name : ::std::string::String;
    with_record_type record_type : crate ::v1::WebApplicationFirewallDnsRecordType;
    with_value value : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebApplicationFirewallDnsConfiguration);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.webApplicationFirewallDnsRecordType`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WebApplicationFirewallDnsRecordType {
    /// `cname` (value 0).
    Cname,
    /// `unknownFutureValue` (value 1).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::StrEnum for WebApplicationFirewallDnsRecordType {
    const TYPE_NAME: &'static str = "microsoft.graph.webApplicationFirewallDnsRecordType";
    const MEMBERS: &'static [&'static str] = &["cname", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "cname" => Self::Cname,
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
            Self::Cname => "cname",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_enum!(WebApplicationFirewallDnsRecordType);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebApplicationFirewallDnsRecordType);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.webApplicationFirewallProvider`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`WebApplicationFirewallProviderPath`](requests/trait.WebApplicationFirewallProviderPath.html), what a path to one (`EntityPath<AnyWebApplicationFirewallProvider, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct WebApplicationFirewallProvider {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for WebApplicationFirewallProvider {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for WebApplicationFirewallProvider {
    const TYPE_NAME: &'static str = "microsoft.graph.webApplicationFirewallProvider";
    const KEYS: &'static [&'static str] = &["id", "displayName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.webApplicationFirewallProvider\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for WebApplicationFirewallProvider {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(WebApplicationFirewallProvider);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    WebApplicationFirewallProvider { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebApplicationFirewallProvider);
#[cfg(msgraph_v1_identity_or_search)]
/// `microsoft.graph.webApplicationFirewallProvider` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWebApplicationFirewallProvider {
    WebApplicationFirewallProvider(
        ::std::boxed::Box<crate::v1::WebApplicationFirewallProvider>,
    ),
    AkamaiWebApplicationFirewallProvider(
        ::std::boxed::Box<crate::v1::AkamaiWebApplicationFirewallProvider>,
    ),
    CloudFlareWebApplicationFirewallProvider(
        ::std::boxed::Box<crate::v1::CloudFlareWebApplicationFirewallProvider>,
    ),
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AnyWebApplicationFirewallProvider {
    #[inline]
    fn default() -> Self {
        Self::WebApplicationFirewallProvider(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WebApplicationFirewallProvider>
for AnyWebApplicationFirewallProvider {
    #[inline]
    fn from(v: crate::v1::WebApplicationFirewallProvider) -> Self {
        Self::WebApplicationFirewallProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AkamaiWebApplicationFirewallProvider>
for AnyWebApplicationFirewallProvider {
    #[inline]
    fn from(v: crate::v1::AkamaiWebApplicationFirewallProvider) -> Self {
        Self::AkamaiWebApplicationFirewallProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CloudFlareWebApplicationFirewallProvider>
for AnyWebApplicationFirewallProvider {
    #[inline]
    fn from(v: crate::v1::CloudFlareWebApplicationFirewallProvider) -> Self {
        Self::CloudFlareWebApplicationFirewallProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Send for AnyWebApplicationFirewallProvider {}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyWebApplicationFirewallProvider {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::marker::Unpin for AnyWebApplicationFirewallProvider {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyWebApplicationFirewallProvider {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyWebApplicationFirewallProvider {}
#[cfg(msgraph_v1_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::WebApplicationFirewallProvider>();
    rt::object::auto_traits::<crate::v1::AkamaiWebApplicationFirewallProvider>();
    rt::object::auto_traits::<crate::v1::CloudFlareWebApplicationFirewallProvider>();
};
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Poly for AnyWebApplicationFirewallProvider {
    const BASE_NAME: &'static str = "microsoft.graph.webApplicationFirewallProvider";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.akamaiWebApplicationFirewallProvider",
            ) => Self::AkamaiWebApplicationFirewallProvider(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.cloudFlareWebApplicationFirewallProvider",
            ) => Self::CloudFlareWebApplicationFirewallProvider(rt::object::new_boxed()),
            _ => Self::WebApplicationFirewallProvider(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::WebApplicationFirewallProvider(v) => &**v,
            Self::AkamaiWebApplicationFirewallProvider(v) => &**v,
            Self::CloudFlareWebApplicationFirewallProvider(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::WebApplicationFirewallProvider(v) => &mut **v,
            Self::AkamaiWebApplicationFirewallProvider(v) => &mut **v,
            Self::CloudFlareWebApplicationFirewallProvider(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl AnyWebApplicationFirewallProvider {
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
            Self::WebApplicationFirewallProvider(v) => &v.id,
            Self::AkamaiWebApplicationFirewallProvider(v) => &v.id,
            Self::CloudFlareWebApplicationFirewallProvider(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WebApplicationFirewallProvider(v) => &mut v.id,
            Self::AkamaiWebApplicationFirewallProvider(v) => &mut v.id,
            Self::CloudFlareWebApplicationFirewallProvider(v) => &mut v.id,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WebApplicationFirewallProvider(v) => &v.display_name,
            Self::AkamaiWebApplicationFirewallProvider(v) => &v.display_name,
            Self::CloudFlareWebApplicationFirewallProvider(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WebApplicationFirewallProvider(v) => &mut v.display_name,
            Self::AkamaiWebApplicationFirewallProvider(v) => &mut v.display_name,
            Self::CloudFlareWebApplicationFirewallProvider(v) => &mut v.display_name,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_poly!(AnyWebApplicationFirewallProvider);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWebApplicationFirewallProvider);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.webApplicationFirewallProviderType`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WebApplicationFirewallProviderType {
    /// `akamai` (value 0).
    Akamai,
    /// `cloudflare` (value 1).
    Cloudflare,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::StrEnum for WebApplicationFirewallProviderType {
    const TYPE_NAME: &'static str = "microsoft.graph.webApplicationFirewallProviderType";
    const MEMBERS: &'static [&'static str] = &[
        "akamai",
        "cloudflare",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "akamai" => Self::Akamai,
                "cloudflare" => Self::Cloudflare,
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
            Self::Akamai => "akamai",
            Self::Cloudflare => "cloudflare",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_enum!(WebApplicationFirewallProviderType);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebApplicationFirewallProviderType);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.webApplicationFirewallVerificationModel`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WebApplicationFirewallVerificationModelPath`](requests/trait.WebApplicationFirewallVerificationModelPath.html), what a path to one (`EntityPath<WebApplicationFirewallVerificationModel, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct WebApplicationFirewallVerificationModel {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `providerType`: `microsoft.graph.webApplicationFirewallProviderType`, not nullable.
    pub provider_type: rt::Field<crate::v1::WebApplicationFirewallProviderType>,
    /// CSDL: property `verificationResult`: `microsoft.graph.webApplicationFirewallVerificationResult`, nullable.
    pub verification_result: rt::Field<
        crate::v1::WebApplicationFirewallVerificationResult,
    >,
    /// CSDL: property `verifiedDetails`: `microsoft.graph.webApplicationFirewallVerifiedDetails`, nullable.
    pub verified_details: rt::Field<crate::v1::AnyWebApplicationFirewallVerifiedDetails>,
    /// CSDL: property `verifiedHost`: `Edm.String`, nullable.
    pub verified_host: rt::Field<::std::string::String>,
    /// CSDL: navigation property `provider`: `microsoft.graph.webApplicationFirewallProvider`, nullable.
    pub provider: rt::Field<crate::v1::AnyWebApplicationFirewallProvider>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for WebApplicationFirewallVerificationModel {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            provider_type: rt::Field::Absent,
            verification_result: rt::Field::Absent,
            verified_details: rt::Field::Absent,
            verified_host: rt::Field::Absent,
            provider: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for WebApplicationFirewallVerificationModel {
    const TYPE_NAME: &'static str = "microsoft.graph.webApplicationFirewallVerificationModel";
    const KEYS: &'static [&'static str] = &[
        "id",
        "providerType",
        "verificationResult",
        "verifiedDetails",
        "verifiedHost",
        "provider",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"providerType\":                 ",
        ",\"verificationResult\":           ",
        ",\"verifiedDetails\":              ",
        ",\"verifiedHost\":                 ",
        ",\"provider\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.webApplicationFirewallVerificationModel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "provider_type", &self.provider_type);
        v.field(2usize, "verification_result", &self.verification_result);
        v.field(3usize, "verified_details", &self.verified_details);
        v.field(4usize, "verified_host", &self.verified_host);
        v.field(5usize, "provider", &self.provider);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for WebApplicationFirewallVerificationModel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.provider_type.read_from(r),
            2usize => self.verification_result.read_from(r),
            3usize => self.verified_details.read_from(r),
            4usize => self.verified_host.read_from(r),
            5usize => self.provider.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.provider_type);
        w.field(2usize, &self.verification_result);
        w.field(3usize, &self.verified_details);
        w.field(4usize, &self.verified_host);
        w.field(5usize, &self.provider);
    }
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
rt::impl_object!(WebApplicationFirewallVerificationModel);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    WebApplicationFirewallVerificationModel { with_id id : ::std::string::String;
    with_provider_type provider_type : crate ::v1::WebApplicationFirewallProviderType;
    with_verification_result verification_result : crate
    ::v1::WebApplicationFirewallVerificationResult; with_verified_details
    verified_details : crate ::v1::AnyWebApplicationFirewallVerifiedDetails;
    with_verified_host verified_host : ::std::string::String; with_provider provider :
    crate ::v1::AnyWebApplicationFirewallProvider; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebApplicationFirewallVerificationModel);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.webApplicationFirewallVerificationResult`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct WebApplicationFirewallVerificationResult {
    /// CSDL: property `errors`: `Collection(microsoft.graph.genericError)`, not nullable.
    pub errors: rt::Field<::std::vec::Vec<crate::v1::GenericError>>,
    /// CSDL: property `status`: `microsoft.graph.webApplicationFirewallVerificationStatus`, not nullable.
    pub status: rt::Field<crate::v1::WebApplicationFirewallVerificationStatus>,
    /// CSDL: property `verifiedOnDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub verified_on_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `warnings`: `Collection(microsoft.graph.genericError)`, not nullable.
    pub warnings: rt::Field<::std::vec::Vec<crate::v1::GenericError>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for WebApplicationFirewallVerificationResult {
    #[inline]
    fn default() -> Self {
        Self {
            errors: rt::Field::Absent,
            status: rt::Field::Absent,
            verified_on_date_time: rt::Field::Absent,
            warnings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for WebApplicationFirewallVerificationResult {
    const TYPE_NAME: &'static str = "microsoft.graph.webApplicationFirewallVerificationResult";
    const KEYS: &'static [&'static str] = &[
        "errors",
        "status",
        "verifiedOnDateTime",
        "warnings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"errors\":                       ",
        ",\"status\":                       ",
        ",\"verifiedOnDateTime\":           ",
        ",\"warnings\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.webApplicationFirewallVerificationResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "errors", &self.errors);
        v.field(1usize, "status", &self.status);
        v.field(2usize, "verified_on_date_time", &self.verified_on_date_time);
        v.field(3usize, "warnings", &self.warnings);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for WebApplicationFirewallVerificationResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.errors.read_from(r),
            1usize => self.status.read_from(r),
            2usize => self.verified_on_date_time.read_from(r),
            3usize => self.warnings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.errors);
        w.field(1usize, &self.status);
        w.field(2usize, &self.verified_on_date_time);
        w.field(3usize, &self.warnings);
    }
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
rt::impl_object!(WebApplicationFirewallVerificationResult);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    WebApplicationFirewallVerificationResult { with_errors errors : ::std::vec::Vec <
    crate ::v1::GenericError >; with_status status : crate
    ::v1::WebApplicationFirewallVerificationStatus; with_verified_on_date_time
    verified_on_date_time : rt::edm::DateTimeOffset; with_warnings warnings :
    ::std::vec::Vec < crate ::v1::GenericError >; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebApplicationFirewallVerificationResult);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.webApplicationFirewallVerificationStatus`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WebApplicationFirewallVerificationStatus {
    /// `success` (value 0).
    Success,
    /// `warning` (value 1).
    Warning,
    /// `failure` (value 2).
    Failure,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::StrEnum for WebApplicationFirewallVerificationStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.webApplicationFirewallVerificationStatus";
    const MEMBERS: &'static [&'static str] = &[
        "success",
        "warning",
        "failure",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "success" => Self::Success,
                "warning" => Self::Warning,
                "failure" => Self::Failure,
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
            Self::Success => "success",
            Self::Warning => "warning",
            Self::Failure => "failure",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_enum!(WebApplicationFirewallVerificationStatus);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebApplicationFirewallVerificationStatus);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.webApplicationFirewallVerifiedDetails`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct WebApplicationFirewallVerifiedDetails {
    /// CSDL: property `dnsConfiguration`: `microsoft.graph.webApplicationFirewallDnsConfiguration`, nullable.
    pub dns_configuration: rt::Field<crate::v1::WebApplicationFirewallDnsConfiguration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for WebApplicationFirewallVerifiedDetails {
    #[inline]
    fn default() -> Self {
        Self {
            dns_configuration: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for WebApplicationFirewallVerifiedDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.webApplicationFirewallVerifiedDetails";
    const KEYS: &'static [&'static str] = &["dnsConfiguration"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dnsConfiguration\":             "];
    const TAG: &'static str = "\"#microsoft.graph.webApplicationFirewallVerifiedDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dns_configuration", &self.dns_configuration);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for WebApplicationFirewallVerifiedDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dns_configuration.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dns_configuration);
    }
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
rt::impl_object!(WebApplicationFirewallVerifiedDetails);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    WebApplicationFirewallVerifiedDetails { with_dns_configuration dns_configuration :
    crate ::v1::WebApplicationFirewallDnsConfiguration; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebApplicationFirewallVerifiedDetails);
#[cfg(msgraph_v1_identity_or_search)]
/// `microsoft.graph.webApplicationFirewallVerifiedDetails` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWebApplicationFirewallVerifiedDetails {
    WebApplicationFirewallVerifiedDetails(
        ::std::boxed::Box<crate::v1::WebApplicationFirewallVerifiedDetails>,
    ),
    AkamaiVerifiedDetailsModel(::std::boxed::Box<crate::v1::AkamaiVerifiedDetailsModel>),
    CloudFlareVerifiedDetailsModel(
        ::std::boxed::Box<crate::v1::CloudFlareVerifiedDetailsModel>,
    ),
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AnyWebApplicationFirewallVerifiedDetails {
    #[inline]
    fn default() -> Self {
        Self::WebApplicationFirewallVerifiedDetails(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WebApplicationFirewallVerifiedDetails>
for AnyWebApplicationFirewallVerifiedDetails {
    #[inline]
    fn from(v: crate::v1::WebApplicationFirewallVerifiedDetails) -> Self {
        Self::WebApplicationFirewallVerifiedDetails(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AkamaiVerifiedDetailsModel>
for AnyWebApplicationFirewallVerifiedDetails {
    #[inline]
    fn from(v: crate::v1::AkamaiVerifiedDetailsModel) -> Self {
        Self::AkamaiVerifiedDetailsModel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CloudFlareVerifiedDetailsModel>
for AnyWebApplicationFirewallVerifiedDetails {
    #[inline]
    fn from(v: crate::v1::CloudFlareVerifiedDetailsModel) -> Self {
        Self::CloudFlareVerifiedDetailsModel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Send for AnyWebApplicationFirewallVerifiedDetails {}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyWebApplicationFirewallVerifiedDetails {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::marker::Unpin for AnyWebApplicationFirewallVerifiedDetails {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyWebApplicationFirewallVerifiedDetails {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyWebApplicationFirewallVerifiedDetails {}
#[cfg(msgraph_v1_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::WebApplicationFirewallVerifiedDetails>();
    rt::object::auto_traits::<crate::v1::AkamaiVerifiedDetailsModel>();
    rt::object::auto_traits::<crate::v1::CloudFlareVerifiedDetailsModel>();
};
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Poly for AnyWebApplicationFirewallVerifiedDetails {
    const BASE_NAME: &'static str = "microsoft.graph.webApplicationFirewallVerifiedDetails";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.akamaiVerifiedDetailsModel") => {
                Self::AkamaiVerifiedDetailsModel(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.cloudFlareVerifiedDetailsModel",
            ) => Self::CloudFlareVerifiedDetailsModel(rt::object::new_boxed()),
            _ => Self::WebApplicationFirewallVerifiedDetails(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::WebApplicationFirewallVerifiedDetails(v) => &**v,
            Self::AkamaiVerifiedDetailsModel(v) => &**v,
            Self::CloudFlareVerifiedDetailsModel(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::WebApplicationFirewallVerifiedDetails(v) => &mut **v,
            Self::AkamaiVerifiedDetailsModel(v) => &mut **v,
            Self::CloudFlareVerifiedDetailsModel(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl AnyWebApplicationFirewallVerifiedDetails {
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
    /// `dnsConfiguration` of any variant.
    #[inline]
    pub fn dns_configuration(
        &self,
    ) -> &rt::Field<crate::v1::WebApplicationFirewallDnsConfiguration> {
        match self {
            Self::WebApplicationFirewallVerifiedDetails(v) => &v.dns_configuration,
            Self::AkamaiVerifiedDetailsModel(v) => &v.dns_configuration,
            Self::CloudFlareVerifiedDetailsModel(v) => &v.dns_configuration,
        }
    }
    /// `dnsConfiguration` of any variant.
    #[inline]
    pub fn dns_configuration_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::WebApplicationFirewallDnsConfiguration> {
        match self {
            Self::WebApplicationFirewallVerifiedDetails(v) => &mut v.dns_configuration,
            Self::AkamaiVerifiedDetailsModel(v) => &mut v.dns_configuration,
            Self::CloudFlareVerifiedDetailsModel(v) => &mut v.dns_configuration,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_poly!(AnyWebApplicationFirewallVerifiedDetails);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWebApplicationFirewallVerifiedDetails);
#[cfg(msgraph_v1_device_management_or_search)]
/// Web Browser Cookie Settings.
///
/// CSDL: `microsoft.graph.webBrowserCookieSettings`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WebBrowserCookieSettings {
    /// Browser default value, no intent.
    ///
    /// `browserDefault` (value 0).
    BrowserDefault,
    /// Always block cookies.
    ///
    /// `blockAlways` (value 1).
    BlockAlways,
    /// Allow cookies from current Web site.
    ///
    /// `allowCurrentWebSite` (value 2).
    AllowCurrentWebSite,
    /// Allow Cookies from websites visited.
    ///
    /// `allowFromWebsitesVisited` (value 3).
    AllowFromWebsitesVisited,
    /// Always allow cookies.
    ///
    /// `allowAlways` (value 4).
    AllowAlways,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for WebBrowserCookieSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.webBrowserCookieSettings";
    const MEMBERS: &'static [&'static str] = &[
        "browserDefault",
        "blockAlways",
        "allowCurrentWebSite",
        "allowFromWebsitesVisited",
        "allowAlways",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "browserDefault" => Self::BrowserDefault,
                "blockAlways" => Self::BlockAlways,
                "allowCurrentWebSite" => Self::AllowCurrentWebSite,
                "allowFromWebsitesVisited" => Self::AllowFromWebsitesVisited,
                "allowAlways" => Self::AllowAlways,
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
            Self::BrowserDefault => "browserDefault",
            Self::BlockAlways => "blockAlways",
            Self::AllowCurrentWebSite => "allowCurrentWebSite",
            Self::AllowFromWebsitesVisited => "allowFromWebsitesVisited",
            Self::AllowAlways => "allowAlways",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(WebBrowserCookieSettings);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebBrowserCookieSettings);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.webauthnAuthenticationExtensionsClientInputs`, complex type, open.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WebauthnAuthenticationExtensionsClientInputs {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for WebauthnAuthenticationExtensionsClientInputs {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for WebauthnAuthenticationExtensionsClientInputs {
    const TYPE_NAME: &'static str = "microsoft.graph.webauthnAuthenticationExtensionsClientInputs";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.webauthnAuthenticationExtensionsClientInputs\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for WebauthnAuthenticationExtensionsClientInputs {
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(WebauthnAuthenticationExtensionsClientInputs);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebauthnAuthenticationExtensionsClientInputs);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.webauthnAuthenticationExtensionsClientOutputs`, complex type, open.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WebauthnAuthenticationExtensionsClientOutputs {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for WebauthnAuthenticationExtensionsClientOutputs {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for WebauthnAuthenticationExtensionsClientOutputs {
    const TYPE_NAME: &'static str = "microsoft.graph.webauthnAuthenticationExtensionsClientOutputs";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.webauthnAuthenticationExtensionsClientOutputs\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for WebauthnAuthenticationExtensionsClientOutputs {
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(WebauthnAuthenticationExtensionsClientOutputs);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebauthnAuthenticationExtensionsClientOutputs);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.webauthnAuthenticatorAttestationResponse`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WebauthnAuthenticatorAttestationResponse {
    /// CSDL: property `attestationObject`: `Edm.String`, nullable.
    pub attestation_object: rt::Field<::std::string::String>,
    /// CSDL: property `clientDataJSON`: `Edm.String`, nullable.
    pub client_data_json: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for WebauthnAuthenticatorAttestationResponse {
    #[inline]
    fn default() -> Self {
        Self {
            attestation_object: rt::Field::Absent,
            client_data_json: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for WebauthnAuthenticatorAttestationResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.webauthnAuthenticatorAttestationResponse";
    const KEYS: &'static [&'static str] = &["attestationObject", "clientDataJSON"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attestationObject\":            ",
        ",\"clientDataJSON\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.webauthnAuthenticatorAttestationResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attestation_object", &self.attestation_object);
        v.field(1usize, "client_data_json", &self.client_data_json);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for WebauthnAuthenticatorAttestationResponse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attestation_object.read_from(r),
            1usize => self.client_data_json.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attestation_object);
        w.field(1usize, &self.client_data_json);
    }
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
rt::impl_object!(WebauthnAuthenticatorAttestationResponse);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    WebauthnAuthenticatorAttestationResponse { with_attestation_object attestation_object
    : ::std::string::String; with_client_data_json client_data_json :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebauthnAuthenticatorAttestationResponse);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.webauthnAuthenticatorSelectionCriteria`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WebauthnAuthenticatorSelectionCriteria {
    /// CSDL: property `authenticatorAttachment`: `Edm.String`, nullable.
    pub authenticator_attachment: rt::Field<::std::string::String>,
    /// CSDL: property `requireResidentKey`: `Edm.Boolean`, nullable.
    pub require_resident_key: rt::Field<bool>,
    /// CSDL: property `userVerification`: `Edm.String`, nullable.
    pub user_verification: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for WebauthnAuthenticatorSelectionCriteria {
    #[inline]
    fn default() -> Self {
        Self {
            authenticator_attachment: rt::Field::Absent,
            require_resident_key: rt::Field::Absent,
            user_verification: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for WebauthnAuthenticatorSelectionCriteria {
    const TYPE_NAME: &'static str = "microsoft.graph.webauthnAuthenticatorSelectionCriteria";
    const KEYS: &'static [&'static str] = &[
        "authenticatorAttachment",
        "requireResidentKey",
        "userVerification",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"authenticatorAttachment\":      ",
        ",\"requireResidentKey\":           ",
        ",\"userVerification\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.webauthnAuthenticatorSelectionCriteria\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "authenticator_attachment", &self.authenticator_attachment);
        v.field(1usize, "require_resident_key", &self.require_resident_key);
        v.field(2usize, "user_verification", &self.user_verification);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for WebauthnAuthenticatorSelectionCriteria {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.authenticator_attachment.read_from(r),
            1usize => self.require_resident_key.read_from(r),
            2usize => self.user_verification.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.authenticator_attachment);
        w.field(1usize, &self.require_resident_key);
        w.field(2usize, &self.user_verification);
    }
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
rt::impl_object!(WebauthnAuthenticatorSelectionCriteria);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    WebauthnAuthenticatorSelectionCriteria { with_authenticator_attachment
    authenticator_attachment : ::std::string::String; with_require_resident_key
    require_resident_key : bool; with_user_verification user_verification :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebauthnAuthenticatorSelectionCriteria);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.webauthnCredentialCreationOptions`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WebauthnCredentialCreationOptions {
    /// CSDL: property `challengeTimeoutDateTime`: `Edm.DateTimeOffset`, nullable.
    pub challenge_timeout_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `publicKey`: `microsoft.graph.webauthnPublicKeyCredentialCreationOptions`, nullable.
    pub public_key: rt::Field<crate::v1::WebauthnPublicKeyCredentialCreationOptions>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for WebauthnCredentialCreationOptions {
    #[inline]
    fn default() -> Self {
        Self {
            challenge_timeout_date_time: rt::Field::Absent,
            public_key: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for WebauthnCredentialCreationOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.webauthnCredentialCreationOptions";
    const KEYS: &'static [&'static str] = &["challengeTimeoutDateTime", "publicKey"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"challengeTimeoutDateTime\":     ",
        ",\"publicKey\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.webauthnCredentialCreationOptions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "challenge_timeout_date_time",
            &self.challenge_timeout_date_time,
        );
        v.field(1usize, "public_key", &self.public_key);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for WebauthnCredentialCreationOptions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.challenge_timeout_date_time.read_from(r),
            1usize => self.public_key.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.challenge_timeout_date_time);
        w.field(1usize, &self.public_key);
    }
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
rt::impl_object!(WebauthnCredentialCreationOptions);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    WebauthnCredentialCreationOptions { with_challenge_timeout_date_time
    challenge_timeout_date_time : rt::edm::DateTimeOffset; with_public_key public_key :
    crate ::v1::WebauthnPublicKeyCredentialCreationOptions; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebauthnCredentialCreationOptions);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.webauthnPublicKeyCredential`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WebauthnPublicKeyCredential {
    /// CSDL: property `clientExtensionResults`: `microsoft.graph.webauthnAuthenticationExtensionsClientOutputs`, nullable.
    pub client_extension_results: rt::Field<
        crate::v1::WebauthnAuthenticationExtensionsClientOutputs,
    >,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `response`: `microsoft.graph.webauthnAuthenticatorAttestationResponse`, nullable.
    pub response: rt::Field<crate::v1::WebauthnAuthenticatorAttestationResponse>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for WebauthnPublicKeyCredential {
    #[inline]
    fn default() -> Self {
        Self {
            client_extension_results: rt::Field::Absent,
            id: rt::Field::Absent,
            response: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for WebauthnPublicKeyCredential {
    const TYPE_NAME: &'static str = "microsoft.graph.webauthnPublicKeyCredential";
    const KEYS: &'static [&'static str] = &["clientExtensionResults", "id", "response"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"clientExtensionResults\":       ",
        ",\"id\":                           ",
        ",\"response\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.webauthnPublicKeyCredential\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "client_extension_results", &self.client_extension_results);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "response", &self.response);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for WebauthnPublicKeyCredential {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.client_extension_results.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.response.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.client_extension_results);
        w.field(1usize, &self.id);
        w.field(2usize, &self.response);
    }
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
rt::impl_object!(WebauthnPublicKeyCredential);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    WebauthnPublicKeyCredential { with_client_extension_results client_extension_results
    : crate ::v1::WebauthnAuthenticationExtensionsClientOutputs; with_id id :
    ::std::string::String; with_response response : crate
    ::v1::WebauthnAuthenticatorAttestationResponse; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebauthnPublicKeyCredential);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.webauthnPublicKeyCredentialCreationOptions`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WebauthnPublicKeyCredentialCreationOptions {
    /// CSDL: property `attestation`: `Edm.String`, nullable.
    pub attestation: rt::Field<::std::string::String>,
    /// CSDL: property `authenticatorSelection`: `microsoft.graph.webauthnAuthenticatorSelectionCriteria`, nullable.
    pub authenticator_selection: rt::Field<
        crate::v1::WebauthnAuthenticatorSelectionCriteria,
    >,
    /// CSDL: property `challenge`: `Edm.String`, nullable.
    pub challenge: rt::Field<::std::string::String>,
    /// CSDL: property `excludeCredentials`: `Collection(microsoft.graph.webauthnPublicKeyCredentialDescriptor)`, nullable.
    pub exclude_credentials: rt::Field<
        ::std::vec::Vec<crate::v1::WebauthnPublicKeyCredentialDescriptor>,
    >,
    /// CSDL: property `extensions`: `microsoft.graph.webauthnAuthenticationExtensionsClientInputs`, nullable.
    pub extensions: rt::Field<crate::v1::WebauthnAuthenticationExtensionsClientInputs>,
    /// CSDL: property `pubKeyCredParams`: `Collection(microsoft.graph.webauthnPublicKeyCredentialParameters)`, nullable.
    pub pub_key_cred_params: rt::Field<
        ::std::vec::Vec<crate::v1::WebauthnPublicKeyCredentialParameters>,
    >,
    /// CSDL: property `rp`: `microsoft.graph.webauthnPublicKeyCredentialRpEntity`, nullable.
    pub rp: rt::Field<crate::v1::WebauthnPublicKeyCredentialRpEntity>,
    /// CSDL: property `timeout`: `Edm.Int32`, nullable.
    pub timeout: rt::Field<i32>,
    /// CSDL: property `user`: `microsoft.graph.webauthnPublicKeyCredentialUserEntity`, nullable.
    pub user: rt::Field<crate::v1::WebauthnPublicKeyCredentialUserEntity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for WebauthnPublicKeyCredentialCreationOptions {
    #[inline]
    fn default() -> Self {
        Self {
            attestation: rt::Field::Absent,
            authenticator_selection: rt::Field::Absent,
            challenge: rt::Field::Absent,
            exclude_credentials: rt::Field::Absent,
            extensions: rt::Field::Absent,
            pub_key_cred_params: rt::Field::Absent,
            rp: rt::Field::Absent,
            timeout: rt::Field::Absent,
            user: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for WebauthnPublicKeyCredentialCreationOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.webauthnPublicKeyCredentialCreationOptions";
    const KEYS: &'static [&'static str] = &[
        "attestation",
        "authenticatorSelection",
        "challenge",
        "excludeCredentials",
        "extensions",
        "pubKeyCredParams",
        "rp",
        "timeout",
        "user",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attestation\":                  ",
        ",\"authenticatorSelection\":       ",
        ",\"challenge\":                    ",
        ",\"excludeCredentials\":           ",
        ",\"extensions\":                   ",
        ",\"pubKeyCredParams\":             ",
        ",\"rp\":                           ",
        ",\"timeout\":                      ",
        ",\"user\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.webauthnPublicKeyCredentialCreationOptions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attestation", &self.attestation);
        v.field(1usize, "authenticator_selection", &self.authenticator_selection);
        v.field(2usize, "challenge", &self.challenge);
        v.field(3usize, "exclude_credentials", &self.exclude_credentials);
        v.field(4usize, "extensions", &self.extensions);
        v.field(5usize, "pub_key_cred_params", &self.pub_key_cred_params);
        v.field(6usize, "rp", &self.rp);
        v.field(7usize, "timeout", &self.timeout);
        v.field(8usize, "user", &self.user);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for WebauthnPublicKeyCredentialCreationOptions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attestation.read_from(r),
            1usize => self.authenticator_selection.read_from(r),
            2usize => self.challenge.read_from(r),
            3usize => self.exclude_credentials.read_from(r),
            4usize => self.extensions.read_from(r),
            5usize => self.pub_key_cred_params.read_from(r),
            6usize => self.rp.read_from(r),
            7usize => self.timeout.read_from(r),
            8usize => self.user.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attestation);
        w.field(1usize, &self.authenticator_selection);
        w.field(2usize, &self.challenge);
        w.field(3usize, &self.exclude_credentials);
        w.field(4usize, &self.extensions);
        w.field(5usize, &self.pub_key_cred_params);
        w.field(6usize, &self.rp);
        w.field(7usize, &self.timeout);
        w.field(8usize, &self.user);
    }
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
rt::impl_object!(WebauthnPublicKeyCredentialCreationOptions);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    WebauthnPublicKeyCredentialCreationOptions { with_attestation attestation :
    ::std::string::String; with_authenticator_selection authenticator_selection : crate
    ::v1::WebauthnAuthenticatorSelectionCriteria; with_challenge challenge :
    ::std::string::String; with_exclude_credentials exclude_credentials : ::std::vec::Vec
    < crate ::v1::WebauthnPublicKeyCredentialDescriptor >; with_extensions extensions :
    crate ::v1::WebauthnAuthenticationExtensionsClientInputs; with_pub_key_cred_params
    pub_key_cred_params : ::std::vec::Vec < crate
    ::v1::WebauthnPublicKeyCredentialParameters >; with_rp rp : crate
    ::v1::WebauthnPublicKeyCredentialRpEntity; with_timeout timeout : i32; with_user user
    : crate ::v1::WebauthnPublicKeyCredentialUserEntity; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebauthnPublicKeyCredentialCreationOptions);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.webauthnPublicKeyCredentialDescriptor`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WebauthnPublicKeyCredentialDescriptor {
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `transports`: `Collection(Edm.String)`, nullable.
    pub transports: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for WebauthnPublicKeyCredentialDescriptor {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            transports: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for WebauthnPublicKeyCredentialDescriptor {
    const TYPE_NAME: &'static str = "microsoft.graph.webauthnPublicKeyCredentialDescriptor";
    const KEYS: &'static [&'static str] = &["id", "transports", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"transports\":                   ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.webauthnPublicKeyCredentialDescriptor\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "transports", &self.transports);
        v.field(2usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for WebauthnPublicKeyCredentialDescriptor {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.transports.read_from(r),
            2usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.transports);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(WebauthnPublicKeyCredentialDescriptor);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    WebauthnPublicKeyCredentialDescriptor { with_id id : ::std::string::String;
    with_transports transports : ::std::vec::Vec < ::std::string::String >; with_type
    type_ : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebauthnPublicKeyCredentialDescriptor);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.webauthnPublicKeyCredentialParameters`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WebauthnPublicKeyCredentialParameters {
    /// CSDL: property `alg`: `Edm.Int32`, nullable.
    pub alg: rt::Field<i32>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for WebauthnPublicKeyCredentialParameters {
    #[inline]
    fn default() -> Self {
        Self {
            alg: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for WebauthnPublicKeyCredentialParameters {
    const TYPE_NAME: &'static str = "microsoft.graph.webauthnPublicKeyCredentialParameters";
    const KEYS: &'static [&'static str] = &["alg", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"alg\":                          ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.webauthnPublicKeyCredentialParameters\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "alg", &self.alg);
        v.field(1usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for WebauthnPublicKeyCredentialParameters {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.alg.read_from(r),
            1usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.alg);
        w.field(1usize, &self.type_);
    }
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
rt::impl_object!(WebauthnPublicKeyCredentialParameters);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    WebauthnPublicKeyCredentialParameters { with_alg alg : i32; with_type type_ :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebauthnPublicKeyCredentialParameters);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.webauthnPublicKeyCredentialRpEntity`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WebauthnPublicKeyCredentialRpEntity {
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for WebauthnPublicKeyCredentialRpEntity {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for WebauthnPublicKeyCredentialRpEntity {
    const TYPE_NAME: &'static str = "microsoft.graph.webauthnPublicKeyCredentialRpEntity";
    const KEYS: &'static [&'static str] = &["id", "name"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.webauthnPublicKeyCredentialRpEntity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "name", &self.name);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for WebauthnPublicKeyCredentialRpEntity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(WebauthnPublicKeyCredentialRpEntity);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    WebauthnPublicKeyCredentialRpEntity { with_id id : ::std::string::String; with_name
    name : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebauthnPublicKeyCredentialRpEntity);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.webauthnPublicKeyCredentialUserEntity`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WebauthnPublicKeyCredentialUserEntity {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for WebauthnPublicKeyCredentialUserEntity {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for WebauthnPublicKeyCredentialUserEntity {
    const TYPE_NAME: &'static str = "microsoft.graph.webauthnPublicKeyCredentialUserEntity";
    const KEYS: &'static [&'static str] = &["displayName", "id", "name"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.webauthnPublicKeyCredentialUserEntity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "name", &self.name);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for WebauthnPublicKeyCredentialUserEntity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
        w.field(2usize, &self.name);
    }
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
rt::impl_object!(WebauthnPublicKeyCredentialUserEntity);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    WebauthnPublicKeyCredentialUserEntity { with_display_name display_name :
    ::std::string::String; with_id id : ::std::string::String; with_name name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebauthnPublicKeyCredentialUserEntity);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.website`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Website {
    /// CSDL: property `address`: `Edm.String`, nullable.
    pub address: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `microsoft.graph.websiteType`, nullable.
    pub type_: rt::Field<crate::v1::WebsiteType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Website {
    #[inline]
    fn default() -> Self {
        Self {
            address: rt::Field::Absent,
            display_name: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Website {
    const TYPE_NAME: &'static str = "microsoft.graph.website";
    const KEYS: &'static [&'static str] = &["address", "displayName", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"address\":                      ",
        ",\"displayName\":                  ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.website\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "address", &self.address);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Website {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.address.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.address);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(Website);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Website { with_address address : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_type type_ : crate ::v1::WebsiteType; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Website);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.websiteType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WebsiteType {
    /// `other` (value 0).
    Other,
    /// `home` (value 1).
    Home,
    /// `work` (value 2).
    Work,
    /// `blog` (value 3).
    Blog,
    /// `profile` (value 4).
    Profile,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for WebsiteType {
    const TYPE_NAME: &'static str = "microsoft.graph.websiteType";
    const MEMBERS: &'static [&'static str] = &[
        "other",
        "home",
        "work",
        "blog",
        "profile",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "other" => Self::Other,
                "home" => Self::Home,
                "work" => Self::Work,
                "blog" => Self::Blog,
                "profile" => Self::Profile,
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
            Self::Other => "other",
            Self::Home => "home",
            Self::Work => "work",
            Self::Blog => "blog",
            Self::Profile => "profile",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(WebsiteType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebsiteType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Possible values for a weekly schedule.
///
/// CSDL: `microsoft.graph.weeklySchedule`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WeeklySchedule {
    /// User Defined, default value, no intent.
    ///
    /// `userDefined` (value 0).
    UserDefined,
    /// Everyday.
    ///
    /// `everyday` (value 1).
    Everyday,
    /// Sunday.
    ///
    /// `sunday` (value 2).
    Sunday,
    /// Monday.
    ///
    /// `monday` (value 3).
    Monday,
    /// Tuesday.
    ///
    /// `tuesday` (value 4).
    Tuesday,
    /// Wednesday.
    ///
    /// `wednesday` (value 5).
    Wednesday,
    /// Thursday.
    ///
    /// `thursday` (value 6).
    Thursday,
    /// Friday.
    ///
    /// `friday` (value 7).
    Friday,
    /// Saturday.
    ///
    /// `saturday` (value 8).
    Saturday,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for WeeklySchedule {
    const TYPE_NAME: &'static str = "microsoft.graph.weeklySchedule";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "everyday",
        "sunday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "everyday" => Self::Everyday,
                "sunday" => Self::Sunday,
                "monday" => Self::Monday,
                "tuesday" => Self::Tuesday,
                "wednesday" => Self::Wednesday,
                "thursday" => Self::Thursday,
                "friday" => Self::Friday,
                "saturday" => Self::Saturday,
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
            Self::Everyday => "everyday",
            Self::Sunday => "sunday",
            Self::Monday => "monday",
            Self::Tuesday => "tuesday",
            Self::Wednesday => "wednesday",
            Self::Thursday => "thursday",
            Self::Friday => "friday",
            Self::Saturday => "saturday",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(WeeklySchedule);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WeeklySchedule);
#[cfg(msgraph_v1_device_management_or_search)]
/// Possible values for welcome screen meeting information.
///
/// CSDL: `microsoft.graph.welcomeScreenMeetingInformation`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WelcomeScreenMeetingInformation {
    /// User Defined, default value, no intent.
    ///
    /// `userDefined` (value 0).
    UserDefined,
    /// Show organizer and time only.
    ///
    /// `showOrganizerAndTimeOnly` (value 1).
    ShowOrganizerAndTimeOnly,
    /// Show organizer, time and subject (subject is hidden for private meetings).
    ///
    /// `showOrganizerAndTimeAndSubject` (value 2).
    ShowOrganizerAndTimeAndSubject,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for WelcomeScreenMeetingInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.welcomeScreenMeetingInformation";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "showOrganizerAndTimeOnly",
        "showOrganizerAndTimeAndSubject",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "showOrganizerAndTimeOnly" => Self::ShowOrganizerAndTimeOnly,
                "showOrganizerAndTimeAndSubject" => Self::ShowOrganizerAndTimeAndSubject,
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
            Self::ShowOrganizerAndTimeOnly => "showOrganizerAndTimeOnly",
            Self::ShowOrganizerAndTimeAndSubject => "showOrganizerAndTimeAndSubject",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(WelcomeScreenMeetingInformation);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WelcomeScreenMeetingInformation);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.wellknownListName`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WellknownListName {
    /// `none` (value 0).
    None,
    /// `defaultList` (value 1).
    DefaultList,
    /// `flaggedEmails` (value 2).
    FlaggedEmails,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for WellknownListName {
    const TYPE_NAME: &'static str = "microsoft.graph.wellknownListName";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "defaultList",
        "flaggedEmails",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "defaultList" => Self::DefaultList,
                "flaggedEmails" => Self::FlaggedEmails,
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
            Self::None => "none",
            Self::DefaultList => "defaultList",
            Self::FlaggedEmails => "flaggedEmails",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(WellknownListName);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WellknownListName);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.whatIfAnalysisReasons`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WhatIfAnalysisReasons {
    /// `notSet` (value 0).
    NotSet,
    /// `notEnoughInformation` (value 1).
    NotEnoughInformation,
    /// `invalidCondition` (value 2).
    InvalidCondition,
    /// `users` (value 4).
    Users,
    /// `workloadIdentities` (value 8).
    WorkloadIdentities,
    /// `application` (value 16).
    Application,
    /// `userActions` (value 32).
    UserActions,
    /// `authenticationContext` (value 64).
    AuthenticationContext,
    /// `devicePlatform` (value 128).
    DevicePlatform,
    /// `devices` (value 256).
    Devices,
    /// `clientApps` (value 512).
    ClientApps,
    /// `location` (value 1024).
    Location,
    /// `signInRisk` (value 2048).
    SignInRisk,
    /// `emptyPolicy` (value 4096).
    EmptyPolicy,
    /// `invalidPolicy` (value 8192).
    InvalidPolicy,
    /// `policyNotEnabled` (value 16384).
    PolicyNotEnabled,
    /// `userRisk` (value 32768).
    UserRisk,
    /// `time` (value 65536).
    Time,
    /// `insiderRisk` (value 131072).
    InsiderRisk,
    /// `authenticationFlow` (value 262144).
    AuthenticationFlow,
    /// `unknownFutureValue` (value 524288).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::StrEnum for WhatIfAnalysisReasons {
    const TYPE_NAME: &'static str = "microsoft.graph.whatIfAnalysisReasons";
    const MEMBERS: &'static [&'static str] = &[
        "notSet",
        "notEnoughInformation",
        "invalidCondition",
        "users",
        "workloadIdentities",
        "application",
        "userActions",
        "authenticationContext",
        "devicePlatform",
        "devices",
        "clientApps",
        "location",
        "signInRisk",
        "emptyPolicy",
        "invalidPolicy",
        "policyNotEnabled",
        "userRisk",
        "time",
        "insiderRisk",
        "authenticationFlow",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notSet" => Self::NotSet,
                "notEnoughInformation" => Self::NotEnoughInformation,
                "invalidCondition" => Self::InvalidCondition,
                "users" => Self::Users,
                "workloadIdentities" => Self::WorkloadIdentities,
                "application" => Self::Application,
                "userActions" => Self::UserActions,
                "authenticationContext" => Self::AuthenticationContext,
                "devicePlatform" => Self::DevicePlatform,
                "devices" => Self::Devices,
                "clientApps" => Self::ClientApps,
                "location" => Self::Location,
                "signInRisk" => Self::SignInRisk,
                "emptyPolicy" => Self::EmptyPolicy,
                "invalidPolicy" => Self::InvalidPolicy,
                "policyNotEnabled" => Self::PolicyNotEnabled,
                "userRisk" => Self::UserRisk,
                "time" => Self::Time,
                "insiderRisk" => Self::InsiderRisk,
                "authenticationFlow" => Self::AuthenticationFlow,
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
            Self::NotSet => "notSet",
            Self::NotEnoughInformation => "notEnoughInformation",
            Self::InvalidCondition => "invalidCondition",
            Self::Users => "users",
            Self::WorkloadIdentities => "workloadIdentities",
            Self::Application => "application",
            Self::UserActions => "userActions",
            Self::AuthenticationContext => "authenticationContext",
            Self::DevicePlatform => "devicePlatform",
            Self::Devices => "devices",
            Self::ClientApps => "clientApps",
            Self::Location => "location",
            Self::SignInRisk => "signInRisk",
            Self::EmptyPolicy => "emptyPolicy",
            Self::InvalidPolicy => "invalidPolicy",
            Self::PolicyNotEnabled => "policyNotEnabled",
            Self::UserRisk => "userRisk",
            Self::Time => "time",
            Self::InsiderRisk => "insiderRisk",
            Self::AuthenticationFlow => "authenticationFlow",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_enum!(WhatIfAnalysisReasons);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WhatIfAnalysisReasons);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.whatIfAnalysisResult`, entity type, derived from `microsoft.graph.conditionalAccessPolicy`, key `id`.
///
/// Request builders: [`ConditionalAccessPolicyPath`](requests/trait.ConditionalAccessPolicyPath.html), what a path to one (`EntityPath<WhatIfAnalysisResult, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct WhatIfAnalysisResult {
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `conditions`: `microsoft.graph.conditionalAccessConditionSet`, not nullable.
    pub conditions: rt::Field<crate::v1::ConditionalAccessConditionSet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `grantControls`: `microsoft.graph.conditionalAccessGrantControls`, nullable.
    pub grant_controls: rt::Field<crate::v1::ConditionalAccessGrantControls>,
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `sessionControls`: `microsoft.graph.conditionalAccessSessionControls`, nullable.
    pub session_controls: rt::Field<crate::v1::ConditionalAccessSessionControls>,
    /// CSDL: property `state`: `microsoft.graph.conditionalAccessPolicyState`, not nullable.
    pub state: rt::Field<crate::v1::ConditionalAccessPolicyState>,
    /// CSDL: property `templateId`: `Edm.String`, nullable.
    pub template_id: rt::Field<::std::string::String>,
    /// CSDL: property `analysisReasons`: `microsoft.graph.whatIfAnalysisReasons`, not nullable.
    pub analysis_reasons: rt::Field<rt::Flags<crate::v1::WhatIfAnalysisReasons>>,
    /// CSDL: property `policyApplies`: `Edm.Boolean`, not nullable.
    pub policy_applies: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for WhatIfAnalysisResult {
    #[inline]
    fn default() -> Self {
        Self {
            deleted_date_time: rt::Field::Absent,
            conditions: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            grant_controls: rt::Field::Absent,
            id: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            session_controls: rt::Field::Absent,
            state: rt::Field::Absent,
            template_id: rt::Field::Absent,
            analysis_reasons: rt::Field::Absent,
            policy_applies: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for WhatIfAnalysisResult {
    const TYPE_NAME: &'static str = "microsoft.graph.whatIfAnalysisResult";
    const KEYS: &'static [&'static str] = &[
        "deletedDateTime",
        "conditions",
        "createdDateTime",
        "description",
        "displayName",
        "grantControls",
        "id",
        "modifiedDateTime",
        "sessionControls",
        "state",
        "templateId",
        "analysisReasons",
        "policyApplies",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deletedDateTime\":              ",
        ",\"conditions\":                   ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"grantControls\":                ",
        ",\"id\":                           ",
        ",\"modifiedDateTime\":             ",
        ",\"sessionControls\":              ",
        ",\"state\":                        ",
        ",\"templateId\":                   ",
        ",\"analysisReasons\":              ",
        ",\"policyApplies\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.whatIfAnalysisResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "deleted_date_time", &self.deleted_date_time);
        v.field(1usize, "conditions", &self.conditions);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "grant_controls", &self.grant_controls);
        v.field(6usize, "id", &self.id);
        v.field(7usize, "modified_date_time", &self.modified_date_time);
        v.field(8usize, "session_controls", &self.session_controls);
        v.field(9usize, "state", &self.state);
        v.field(10usize, "template_id", &self.template_id);
        v.field(11usize, "analysis_reasons", &self.analysis_reasons);
        v.field(12usize, "policy_applies", &self.policy_applies);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for WhatIfAnalysisResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.deleted_date_time.read_from(r),
            1usize => self.conditions.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.grant_controls.read_from(r),
            6usize => self.id.read_from(r),
            7usize => self.modified_date_time.read_from(r),
            8usize => self.session_controls.read_from(r),
            9usize => self.state.read_from(r),
            10usize => self.template_id.read_from(r),
            11usize => self.analysis_reasons.read_from(r),
            12usize => self.policy_applies.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.deleted_date_time);
        w.field(1usize, &self.conditions);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.grant_controls);
        w.field(6usize, &self.id);
        w.field(7usize, &self.modified_date_time);
        w.field(8usize, &self.session_controls);
        w.field(9usize, &self.state);
        w.field(10usize, &self.template_id);
        w.field(11usize, &self.analysis_reasons);
        w.field(12usize, &self.policy_applies);
    }
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
rt::impl_object!(WhatIfAnalysisResult);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    WhatIfAnalysisResult { with_deleted_date_time deleted_date_time :
    rt::edm::DateTimeOffset; with_conditions conditions : crate
    ::v1::ConditionalAccessConditionSet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_grant_controls
    grant_controls : crate ::v1::ConditionalAccessGrantControls; with_id id :
    ::std::string::String; with_modified_date_time modified_date_time :
    rt::edm::DateTimeOffset; with_session_controls session_controls : crate
    ::v1::ConditionalAccessSessionControls; with_state state : crate
    ::v1::ConditionalAccessPolicyState; with_template_id template_id :
    ::std::string::String; with_analysis_reasons analysis_reasons : rt::Flags < crate
    ::v1::WhatIfAnalysisReasons >; with_policy_applies policy_applies : bool; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WhatIfAnalysisResult);
