//! Types of `microsoft.graph` by the first letters of their names (`managedm`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core_or_device_app_management)]
/// The identifier for the deployment an app.
///
/// CSDL: `microsoft.graph.managedMobileApp`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ManagedMobileAppPath`](requests/struct.ManagedMobileAppPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct ManagedMobileApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The identifier for an app with it's operating system type.
    ///
    /// CSDL: property `mobileAppIdentifier`: `microsoft.graph.mobileAppIdentifier`, nullable.
    pub mobile_app_identifier: rt::Field<crate::v1::AnyMobileAppIdentifier>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for ManagedMobileApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            mobile_app_identifier: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for ManagedMobileApp {
    const TYPE_NAME: &'static str = "microsoft.graph.managedMobileApp";
    const KEYS: &'static [&'static str] = &["id", "mobileAppIdentifier", "version"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"mobileAppIdentifier\":",
        ",\"version\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedMobileApp\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.mobile_app_identifier.read_from(r),
            2usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.mobile_app_identifier);
        w.field(2usize, &self.version);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.mobile_app_identifier),
            2usize => ::std::option::Option::Some(&self.version),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "mobile_app_identifier", &self.mobile_app_identifier);
        d.field(2usize, "version", &self.version);
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
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_object!(ManagedMobileApp);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    ManagedMobileApp { with_id id : ::std::string::String; with_mobile_app_identifier
    mobile_app_identifier : crate ::v1::AnyMobileAppIdentifier; with_version version :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedMobileApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// An abstract base class containing properties for all managed mobile line-of-business apps.
///
/// CSDL: `microsoft.graph.managedMobileLobApp`, entity type, derived from `microsoft.graph.managedApp`, abstract, key `id`.
///
/// Request builders: [`ManagedMobileLobAppPath`](requests/struct.ManagedMobileLobAppPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct ManagedMobileLobApp {
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
    /// The Application's availability. This property is read-only.
    ///
    /// CSDL: property `appAvailability`: `microsoft.graph.managedAppAvailability`, not nullable.
    pub app_availability: rt::Field<crate::v1::ManagedAppAvailability>,
    /// The Application's version.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// The internal committed content version.
    ///
    /// CSDL: property `committedContentVersion`: `Edm.String`, nullable.
    pub committed_content_version: rt::Field<::std::string::String>,
    /// The name of the main LOB application file.
    ///
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// The total size, including all uploaded files. This property is read-only.
    ///
    /// CSDL: property `size`: `Edm.Int64`, not nullable.
    pub size: rt::Field<i64>,
    /// The list of content versions for this app. This property is read-only.
    ///
    /// CSDL: containment navigation property `contentVersions`: `Collection(microsoft.graph.mobileAppContent)`, not nullable.
    pub content_versions: rt::Field<::std::vec::Vec<crate::v1::MobileAppContent>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for ManagedMobileLobApp {
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
            app_availability: rt::Field::Absent,
            version: rt::Field::Absent,
            committed_content_version: rt::Field::Absent,
            file_name: rt::Field::Absent,
            size: rt::Field::Absent,
            content_versions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for ManagedMobileLobApp {
    const TYPE_NAME: &'static str = "microsoft.graph.managedMobileLobApp";
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
        "appAvailability",
        "version",
        "committedContentVersion",
        "fileName",
        "size",
        "contentVersions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdDateTime\":",
        ",\"description\":",
        ",\"developer\":",
        ",\"displayName\":",
        ",\"informationUrl\":",
        ",\"isFeatured\":",
        ",\"largeIcon\":",
        ",\"lastModifiedDateTime\":",
        ",\"notes\":",
        ",\"owner\":",
        ",\"privacyInformationUrl\":",
        ",\"publisher\":",
        ",\"publishingState\":",
        ",\"assignments\":",
        ",\"categories\":",
        ",\"appAvailability\":",
        ",\"version\":",
        ",\"committedContentVersion\":",
        ",\"fileName\":",
        ",\"size\":",
        ",\"contentVersions\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedMobileLobApp\"";
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
            16usize => self.app_availability.read_from(r),
            17usize => self.version.read_from(r),
            18usize => self.committed_content_version.read_from(r),
            19usize => self.file_name.read_from(r),
            20usize => self.size.read_from(r),
            21usize => self.content_versions.read_from(r),
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
        w.field(16usize, &self.app_availability);
        w.field(17usize, &self.version);
        w.field(18usize, &self.committed_content_version);
        w.field(19usize, &self.file_name);
        w.field(20usize, &self.size);
        w.field(21usize, &self.content_versions);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_date_time),
            2usize => ::std::option::Option::Some(&self.description),
            3usize => ::std::option::Option::Some(&self.developer),
            4usize => ::std::option::Option::Some(&self.display_name),
            5usize => ::std::option::Option::Some(&self.information_url),
            6usize => ::std::option::Option::Some(&self.is_featured),
            7usize => ::std::option::Option::Some(&self.large_icon),
            8usize => ::std::option::Option::Some(&self.last_modified_date_time),
            9usize => ::std::option::Option::Some(&self.notes),
            10usize => ::std::option::Option::Some(&self.owner),
            11usize => ::std::option::Option::Some(&self.privacy_information_url),
            12usize => ::std::option::Option::Some(&self.publisher),
            13usize => ::std::option::Option::Some(&self.publishing_state),
            14usize => ::std::option::Option::Some(&self.assignments),
            15usize => ::std::option::Option::Some(&self.categories),
            16usize => ::std::option::Option::Some(&self.app_availability),
            17usize => ::std::option::Option::Some(&self.version),
            18usize => ::std::option::Option::Some(&self.committed_content_version),
            19usize => ::std::option::Option::Some(&self.file_name),
            20usize => ::std::option::Option::Some(&self.size),
            21usize => ::std::option::Option::Some(&self.content_versions),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_date_time", &self.created_date_time);
        d.field(2usize, "description", &self.description);
        d.field(3usize, "developer", &self.developer);
        d.field(4usize, "display_name", &self.display_name);
        d.field(5usize, "information_url", &self.information_url);
        d.field(6usize, "is_featured", &self.is_featured);
        d.field(7usize, "large_icon", &self.large_icon);
        d.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        d.field(9usize, "notes", &self.notes);
        d.field(10usize, "owner", &self.owner);
        d.field(11usize, "privacy_information_url", &self.privacy_information_url);
        d.field(12usize, "publisher", &self.publisher);
        d.field(13usize, "publishing_state", &self.publishing_state);
        d.field(14usize, "assignments", &self.assignments);
        d.field(15usize, "categories", &self.categories);
        d.field(16usize, "app_availability", &self.app_availability);
        d.field(17usize, "version", &self.version);
        d.field(18usize, "committed_content_version", &self.committed_content_version);
        d.field(19usize, "file_name", &self.file_name);
        d.field(20usize, "size", &self.size);
        d.field(21usize, "content_versions", &self.content_versions);
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(ManagedMobileLobApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    ManagedMobileLobApp { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_developer developer : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_information_url
    information_url : ::std::string::String; with_is_featured is_featured : bool;
    with_large_icon large_icon : crate ::v1::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notes notes :
    ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::v1::MobileAppPublishingState; with_assignments assignments
    : ::std::vec::Vec < crate ::v1::MobileAppAssignment >; with_categories categories :
    ::std::vec::Vec < crate ::v1::MobileAppCategory >; with_app_availability
    app_availability : crate ::v1::ManagedAppAvailability; with_version version :
    ::std::string::String; with_committed_content_version committed_content_version :
    ::std::string::String; with_file_name file_name : ::std::string::String; with_size
    size : i64; with_content_versions content_versions : ::std::vec::Vec < crate
    ::v1::MobileAppContent >; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedMobileLobApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// `microsoft.graph.managedMobileLobApp` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyManagedMobileLobApp {
    ManagedMobileLobApp(::std::boxed::Box<crate::v1::ManagedMobileLobApp>),
    ManagedAndroidLobApp(::std::boxed::Box<crate::v1::ManagedAndroidLobApp>),
    ManagedIosLobApp(::std::boxed::Box<crate::v1::ManagedIosLobApp>),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for AnyManagedMobileLobApp {
    #[inline]
    fn default() -> Self {
        Self::ManagedMobileLobApp(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedMobileLobApp> for AnyManagedMobileLobApp {
    #[inline]
    fn from(v: crate::v1::ManagedMobileLobApp) -> Self {
        Self::ManagedMobileLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedAndroidLobApp> for AnyManagedMobileLobApp {
    #[inline]
    fn from(v: crate::v1::ManagedAndroidLobApp) -> Self {
        Self::ManagedAndroidLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedIosLobApp> for AnyManagedMobileLobApp {
    #[inline]
    fn from(v: crate::v1::ManagedIosLobApp) -> Self {
        Self::ManagedIosLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Poly for AnyManagedMobileLobApp {
    const BASE_NAME: &'static str = "microsoft.graph.managedMobileLobApp";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            ::std::option::Option::Some("microsoft.graph.managedAndroidLobApp") => {
                rt::object::read_boxed(r).map(Self::ManagedAndroidLobApp)
            }
            ::std::option::Option::Some("microsoft.graph.managedIOSLobApp") => {
                rt::object::read_boxed(r).map(Self::ManagedIosLobApp)
            }
            _ => rt::object::read_boxed(r).map(Self::ManagedMobileLobApp),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::ManagedMobileLobApp(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            Self::ManagedAndroidLobApp(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedAndroidLobApp"),
                )
            }
            Self::ManagedIosLobApp(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedIOSLobApp"),
                )
            }
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl AnyManagedMobileLobApp {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::ManagedMobileLobApp(_) => "microsoft.graph.managedMobileLobApp",
            Self::ManagedAndroidLobApp(_) => "microsoft.graph.managedAndroidLobApp",
            Self::ManagedIosLobApp(_) => "microsoft.graph.managedIOSLobApp",
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::ManagedMobileLobApp(v) => &v.extra,
            Self::ManagedAndroidLobApp(v) => &v.extra,
            Self::ManagedIosLobApp(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.extra,
            Self::ManagedAndroidLobApp(v) => &mut v.extra,
            Self::ManagedIosLobApp(v) => &mut v.extra,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.id,
            Self::ManagedAndroidLobApp(v) => &v.id,
            Self::ManagedIosLobApp(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.id,
            Self::ManagedAndroidLobApp(v) => &mut v.id,
            Self::ManagedIosLobApp(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.created_date_time,
            Self::ManagedAndroidLobApp(v) => &v.created_date_time,
            Self::ManagedIosLobApp(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.created_date_time,
            Self::ManagedAndroidLobApp(v) => &mut v.created_date_time,
            Self::ManagedIosLobApp(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.description,
            Self::ManagedAndroidLobApp(v) => &v.description,
            Self::ManagedIosLobApp(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.description,
            Self::ManagedAndroidLobApp(v) => &mut v.description,
            Self::ManagedIosLobApp(v) => &mut v.description,
        }
    }
    /// `developer` of any variant.
    #[inline]
    pub fn developer(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.developer,
            Self::ManagedAndroidLobApp(v) => &v.developer,
            Self::ManagedIosLobApp(v) => &v.developer,
        }
    }
    /// `developer` of any variant.
    #[inline]
    pub fn developer_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.developer,
            Self::ManagedAndroidLobApp(v) => &mut v.developer,
            Self::ManagedIosLobApp(v) => &mut v.developer,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.display_name,
            Self::ManagedAndroidLobApp(v) => &v.display_name,
            Self::ManagedIosLobApp(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.display_name,
            Self::ManagedAndroidLobApp(v) => &mut v.display_name,
            Self::ManagedIosLobApp(v) => &mut v.display_name,
        }
    }
    /// `informationUrl` of any variant.
    #[inline]
    pub fn information_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.information_url,
            Self::ManagedAndroidLobApp(v) => &v.information_url,
            Self::ManagedIosLobApp(v) => &v.information_url,
        }
    }
    /// `informationUrl` of any variant.
    #[inline]
    pub fn information_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.information_url,
            Self::ManagedAndroidLobApp(v) => &mut v.information_url,
            Self::ManagedIosLobApp(v) => &mut v.information_url,
        }
    }
    /// `isFeatured` of any variant.
    #[inline]
    pub fn is_featured(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.is_featured,
            Self::ManagedAndroidLobApp(v) => &v.is_featured,
            Self::ManagedIosLobApp(v) => &v.is_featured,
        }
    }
    /// `isFeatured` of any variant.
    #[inline]
    pub fn is_featured_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.is_featured,
            Self::ManagedAndroidLobApp(v) => &mut v.is_featured,
            Self::ManagedIosLobApp(v) => &mut v.is_featured,
        }
    }
    /// `largeIcon` of any variant.
    #[inline]
    pub fn large_icon(&self) -> &rt::Field<crate::v1::MimeContent> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.large_icon,
            Self::ManagedAndroidLobApp(v) => &v.large_icon,
            Self::ManagedIosLobApp(v) => &v.large_icon,
        }
    }
    /// `largeIcon` of any variant.
    #[inline]
    pub fn large_icon_mut(&mut self) -> &mut rt::Field<crate::v1::MimeContent> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.large_icon,
            Self::ManagedAndroidLobApp(v) => &mut v.large_icon,
            Self::ManagedIosLobApp(v) => &mut v.large_icon,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.last_modified_date_time,
            Self::ManagedAndroidLobApp(v) => &v.last_modified_date_time,
            Self::ManagedIosLobApp(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.last_modified_date_time,
            Self::ManagedAndroidLobApp(v) => &mut v.last_modified_date_time,
            Self::ManagedIosLobApp(v) => &mut v.last_modified_date_time,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.notes,
            Self::ManagedAndroidLobApp(v) => &v.notes,
            Self::ManagedIosLobApp(v) => &v.notes,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.notes,
            Self::ManagedAndroidLobApp(v) => &mut v.notes,
            Self::ManagedIosLobApp(v) => &mut v.notes,
        }
    }
    /// `owner` of any variant.
    #[inline]
    pub fn owner(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.owner,
            Self::ManagedAndroidLobApp(v) => &v.owner,
            Self::ManagedIosLobApp(v) => &v.owner,
        }
    }
    /// `owner` of any variant.
    #[inline]
    pub fn owner_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.owner,
            Self::ManagedAndroidLobApp(v) => &mut v.owner,
            Self::ManagedIosLobApp(v) => &mut v.owner,
        }
    }
    /// `privacyInformationUrl` of any variant.
    #[inline]
    pub fn privacy_information_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.privacy_information_url,
            Self::ManagedAndroidLobApp(v) => &v.privacy_information_url,
            Self::ManagedIosLobApp(v) => &v.privacy_information_url,
        }
    }
    /// `privacyInformationUrl` of any variant.
    #[inline]
    pub fn privacy_information_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.privacy_information_url,
            Self::ManagedAndroidLobApp(v) => &mut v.privacy_information_url,
            Self::ManagedIosLobApp(v) => &mut v.privacy_information_url,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.publisher,
            Self::ManagedAndroidLobApp(v) => &v.publisher,
            Self::ManagedIosLobApp(v) => &v.publisher,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.publisher,
            Self::ManagedAndroidLobApp(v) => &mut v.publisher,
            Self::ManagedIosLobApp(v) => &mut v.publisher,
        }
    }
    /// `publishingState` of any variant.
    #[inline]
    pub fn publishing_state(&self) -> &rt::Field<crate::v1::MobileAppPublishingState> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.publishing_state,
            Self::ManagedAndroidLobApp(v) => &v.publishing_state,
            Self::ManagedIosLobApp(v) => &v.publishing_state,
        }
    }
    /// `publishingState` of any variant.
    #[inline]
    pub fn publishing_state_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::MobileAppPublishingState> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.publishing_state,
            Self::ManagedAndroidLobApp(v) => &mut v.publishing_state,
            Self::ManagedIosLobApp(v) => &mut v.publishing_state,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::MobileAppAssignment>> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.assignments,
            Self::ManagedAndroidLobApp(v) => &v.assignments,
            Self::ManagedIosLobApp(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::MobileAppAssignment>> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.assignments,
            Self::ManagedAndroidLobApp(v) => &mut v.assignments,
            Self::ManagedIosLobApp(v) => &mut v.assignments,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::MobileAppCategory>> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.categories,
            Self::ManagedAndroidLobApp(v) => &v.categories,
            Self::ManagedIosLobApp(v) => &v.categories,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::MobileAppCategory>> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.categories,
            Self::ManagedAndroidLobApp(v) => &mut v.categories,
            Self::ManagedIosLobApp(v) => &mut v.categories,
        }
    }
    /// `appAvailability` of any variant.
    #[inline]
    pub fn app_availability(&self) -> &rt::Field<crate::v1::ManagedAppAvailability> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.app_availability,
            Self::ManagedAndroidLobApp(v) => &v.app_availability,
            Self::ManagedIosLobApp(v) => &v.app_availability,
        }
    }
    /// `appAvailability` of any variant.
    #[inline]
    pub fn app_availability_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ManagedAppAvailability> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.app_availability,
            Self::ManagedAndroidLobApp(v) => &mut v.app_availability,
            Self::ManagedIosLobApp(v) => &mut v.app_availability,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.version,
            Self::ManagedAndroidLobApp(v) => &v.version,
            Self::ManagedIosLobApp(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.version,
            Self::ManagedAndroidLobApp(v) => &mut v.version,
            Self::ManagedIosLobApp(v) => &mut v.version,
        }
    }
    /// `committedContentVersion` of any variant.
    #[inline]
    pub fn committed_content_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.committed_content_version,
            Self::ManagedAndroidLobApp(v) => &v.committed_content_version,
            Self::ManagedIosLobApp(v) => &v.committed_content_version,
        }
    }
    /// `committedContentVersion` of any variant.
    #[inline]
    pub fn committed_content_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.committed_content_version,
            Self::ManagedAndroidLobApp(v) => &mut v.committed_content_version,
            Self::ManagedIosLobApp(v) => &mut v.committed_content_version,
        }
    }
    /// `fileName` of any variant.
    #[inline]
    pub fn file_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.file_name,
            Self::ManagedAndroidLobApp(v) => &v.file_name,
            Self::ManagedIosLobApp(v) => &v.file_name,
        }
    }
    /// `fileName` of any variant.
    #[inline]
    pub fn file_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.file_name,
            Self::ManagedAndroidLobApp(v) => &mut v.file_name,
            Self::ManagedIosLobApp(v) => &mut v.file_name,
        }
    }
    /// `size` of any variant.
    #[inline]
    pub fn size(&self) -> &rt::Field<i64> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.size,
            Self::ManagedAndroidLobApp(v) => &v.size,
            Self::ManagedIosLobApp(v) => &v.size,
        }
    }
    /// `size` of any variant.
    #[inline]
    pub fn size_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.size,
            Self::ManagedAndroidLobApp(v) => &mut v.size,
            Self::ManagedIosLobApp(v) => &mut v.size,
        }
    }
    /// `contentVersions` of any variant.
    #[inline]
    pub fn content_versions(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::MobileAppContent>> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.content_versions,
            Self::ManagedAndroidLobApp(v) => &v.content_versions,
            Self::ManagedIosLobApp(v) => &v.content_versions,
        }
    }
    /// `contentVersions` of any variant.
    #[inline]
    pub fn content_versions_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::MobileAppContent>> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.content_versions,
            Self::ManagedAndroidLobApp(v) => &mut v.content_versions,
            Self::ManagedIosLobApp(v) => &mut v.content_versions,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_poly!(AnyManagedMobileLobApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyManagedMobileLobApp);
