//! Types of `microsoft.graph` by the first letters of their names (`man_mat`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties and inherited properties for Managed Android Line Of Business apps.
///
/// CSDL: `microsoft.graph.managedAndroidLobApp`, entity type, derived from `microsoft.graph.managedMobileLobApp`, key `id`.
///
/// Request builders: [`ManagedAndroidLobAppPath`](requests/trait.ManagedAndroidLobAppPath.html), what a path to one (`EntityPath<ManagedAndroidLobApp, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct ManagedAndroidLobApp {
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
    /// The value for the minimum applicable operating system.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.androidMinimumOperatingSystem`, nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::v1::AndroidMinimumOperatingSystem,
    >,
    /// The package identifier.
    ///
    /// CSDL: property `packageId`: `Edm.String`, nullable.
    pub package_id: rt::Field<::std::string::String>,
    /// The version code of managed Android Line of Business (LoB) app.
    ///
    /// CSDL: property `versionCode`: `Edm.String`, nullable.
    pub version_code: rt::Field<::std::string::String>,
    /// The version name of managed Android Line of Business (LoB) app.
    ///
    /// CSDL: property `versionName`: `Edm.String`, nullable.
    pub version_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for ManagedAndroidLobApp {
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
            minimum_supported_operating_system: rt::Field::Absent,
            package_id: rt::Field::Absent,
            version_code: rt::Field::Absent,
            version_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for ManagedAndroidLobApp {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAndroidLobApp";
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
        "minimumSupportedOperatingSystem",
        "packageId",
        "versionCode",
        "versionName",
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
        ",\"appAvailability\":              ",
        ",\"version\":                      ",
        ",\"committedContentVersion\":      ",
        ",\"fileName\":                     ",
        ",\"size\":                         ",
        ",\"contentVersions\":              ",
        ",\"minimumSupportedOperatingSystem\":",
        ",\"packageId\":                    ",
        ",\"versionCode\":                  ",
        ",\"versionName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedAndroidLobApp\"";
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
        v.field(16usize, "app_availability", &self.app_availability);
        v.field(17usize, "version", &self.version);
        v.field(18usize, "committed_content_version", &self.committed_content_version);
        v.field(19usize, "file_name", &self.file_name);
        v.field(20usize, "size", &self.size);
        v.field(21usize, "content_versions", &self.content_versions);
        v.field(
            22usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
        v.field(23usize, "package_id", &self.package_id);
        v.field(24usize, "version_code", &self.version_code);
        v.field(25usize, "version_name", &self.version_name);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for ManagedAndroidLobApp {
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
            22usize => self.minimum_supported_operating_system.read_from(r),
            23usize => self.package_id.read_from(r),
            24usize => self.version_code.read_from(r),
            25usize => self.version_name.read_from(r),
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
        w.field(22usize, &self.minimum_supported_operating_system);
        w.field(23usize, &self.package_id);
        w.field(24usize, &self.version_code);
        w.field(25usize, &self.version_name);
    }
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
rt::impl_object!(ManagedAndroidLobApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    ManagedAndroidLobApp { with_id id : ::std::string::String; with_created_date_time
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
    ::v1::MobileAppContent >; with_minimum_supported_operating_system
    minimum_supported_operating_system : crate ::v1::AndroidMinimumOperatingSystem;
    with_package_id package_id : ::std::string::String; with_version_code version_code :
    ::std::string::String; with_version_name version_name : ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAndroidLobApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties and inherited properties for Android store apps that you can manage with an Intune app protection policy.
///
/// CSDL: `microsoft.graph.managedAndroidStoreApp`, entity type, derived from `microsoft.graph.managedApp`, key `id`.
///
/// Request builders: [`ManagedAndroidStoreAppPath`](requests/trait.ManagedAndroidStoreAppPath.html), what a path to one (`EntityPath<ManagedAndroidStoreApp, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct ManagedAndroidStoreApp {
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
    /// The Android AppStoreUrl.
    ///
    /// CSDL: property `appStoreUrl`: `Edm.String`, not nullable.
    pub app_store_url: rt::Field<::std::string::String>,
    /// The value for the minimum supported operating system.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.androidMinimumOperatingSystem`, not nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::v1::AndroidMinimumOperatingSystem,
    >,
    /// The app's package ID.
    ///
    /// CSDL: property `packageId`: `Edm.String`, nullable.
    pub package_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for ManagedAndroidStoreApp {
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
            app_store_url: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            package_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for ManagedAndroidStoreApp {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAndroidStoreApp";
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
        "appStoreUrl",
        "minimumSupportedOperatingSystem",
        "packageId",
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
        ",\"appAvailability\":              ",
        ",\"version\":                      ",
        ",\"appStoreUrl\":                  ",
        ",\"minimumSupportedOperatingSystem\":",
        ",\"packageId\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedAndroidStoreApp\"";
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
        v.field(16usize, "app_availability", &self.app_availability);
        v.field(17usize, "version", &self.version);
        v.field(18usize, "app_store_url", &self.app_store_url);
        v.field(
            19usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
        v.field(20usize, "package_id", &self.package_id);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for ManagedAndroidStoreApp {
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
            18usize => self.app_store_url.read_from(r),
            19usize => self.minimum_supported_operating_system.read_from(r),
            20usize => self.package_id.read_from(r),
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
        w.field(18usize, &self.app_store_url);
        w.field(19usize, &self.minimum_supported_operating_system);
        w.field(20usize, &self.package_id);
    }
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
rt::impl_object!(ManagedAndroidStoreApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    ManagedAndroidStoreApp { with_id id : ::std::string::String; with_created_date_time
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
    ::std::string::String; with_app_store_url app_store_url : ::std::string::String;
    with_minimum_supported_operating_system minimum_supported_operating_system : crate
    ::v1::AndroidMinimumOperatingSystem; with_package_id package_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAndroidStoreApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Abstract class that contains properties and inherited properties for apps that you can manage with an Intune app protection policy.
///
/// CSDL: `microsoft.graph.managedApp`, entity type, derived from `microsoft.graph.mobileApp`, abstract, key `id`.
///
/// Request builders: [`MobileAppPath`](requests/trait.MobileAppPath.html), what a path to one (`EntityPath<AnyManagedApp, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct ManagedApp {
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
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for ManagedApp {
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
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for ManagedApp {
    const TYPE_NAME: &'static str = "microsoft.graph.managedApp";
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
        ",\"appAvailability\":              ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedApp\"";
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
        v.field(16usize, "app_availability", &self.app_availability);
        v.field(17usize, "version", &self.version);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for ManagedApp {
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
    }
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
rt::impl_object!(ManagedApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    ManagedApp { with_id id : ::std::string::String; with_created_date_time
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
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// `microsoft.graph.managedApp` or any type derived from it, selected by `@odata.type` (6 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyManagedApp {
    ManagedApp(::std::boxed::Box<crate::v1::ManagedApp>),
    ManagedAndroidLobApp(::std::boxed::Box<crate::v1::ManagedAndroidLobApp>),
    ManagedAndroidStoreApp(::std::boxed::Box<crate::v1::ManagedAndroidStoreApp>),
    ManagedIosLobApp(::std::boxed::Box<crate::v1::ManagedIosLobApp>),
    ManagedIosStoreApp(::std::boxed::Box<crate::v1::ManagedIosStoreApp>),
    ManagedMobileLobApp(::std::boxed::Box<crate::v1::ManagedMobileLobApp>),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for AnyManagedApp {
    #[inline]
    fn default() -> Self {
        Self::ManagedApp(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedApp> for AnyManagedApp {
    #[inline]
    fn from(v: crate::v1::ManagedApp) -> Self {
        Self::ManagedApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedAndroidLobApp> for AnyManagedApp {
    #[inline]
    fn from(v: crate::v1::ManagedAndroidLobApp) -> Self {
        Self::ManagedAndroidLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedAndroidStoreApp> for AnyManagedApp {
    #[inline]
    fn from(v: crate::v1::ManagedAndroidStoreApp) -> Self {
        Self::ManagedAndroidStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedIosLobApp> for AnyManagedApp {
    #[inline]
    fn from(v: crate::v1::ManagedIosLobApp) -> Self {
        Self::ManagedIosLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedIosStoreApp> for AnyManagedApp {
    #[inline]
    fn from(v: crate::v1::ManagedIosStoreApp) -> Self {
        Self::ManagedIosStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedMobileLobApp> for AnyManagedApp {
    #[inline]
    fn from(v: crate::v1::ManagedMobileLobApp) -> Self {
        Self::ManagedMobileLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyManagedApp {}
#[cfg(msgraph_v1_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyManagedApp {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyManagedApp {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyManagedApp {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyManagedApp {}
#[cfg(msgraph_v1_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ManagedApp>();
    rt::object::auto_traits::<crate::v1::ManagedAndroidLobApp>();
    rt::object::auto_traits::<crate::v1::ManagedAndroidStoreApp>();
    rt::object::auto_traits::<crate::v1::ManagedIosLobApp>();
    rt::object::auto_traits::<crate::v1::ManagedIosStoreApp>();
    rt::object::auto_traits::<crate::v1::ManagedMobileLobApp>();
};
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Poly for AnyManagedApp {
    const BASE_NAME: &'static str = "microsoft.graph.managedApp";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.managedAndroidLobApp") => {
                Self::ManagedAndroidLobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.managedAndroidStoreApp") => {
                Self::ManagedAndroidStoreApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.managedIOSLobApp") => {
                Self::ManagedIosLobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.managedIOSStoreApp") => {
                Self::ManagedIosStoreApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.managedMobileLobApp") => {
                Self::ManagedMobileLobApp(rt::object::new_boxed())
            }
            _ => Self::ManagedApp(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ManagedApp(v) => &**v,
            Self::ManagedAndroidLobApp(v) => &**v,
            Self::ManagedAndroidStoreApp(v) => &**v,
            Self::ManagedIosLobApp(v) => &**v,
            Self::ManagedIosStoreApp(v) => &**v,
            Self::ManagedMobileLobApp(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ManagedApp(v) => &mut **v,
            Self::ManagedAndroidLobApp(v) => &mut **v,
            Self::ManagedAndroidStoreApp(v) => &mut **v,
            Self::ManagedIosLobApp(v) => &mut **v,
            Self::ManagedIosStoreApp(v) => &mut **v,
            Self::ManagedMobileLobApp(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl AnyManagedApp {
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
            Self::ManagedApp(v) => &v.id,
            Self::ManagedAndroidLobApp(v) => &v.id,
            Self::ManagedAndroidStoreApp(v) => &v.id,
            Self::ManagedIosLobApp(v) => &v.id,
            Self::ManagedIosStoreApp(v) => &v.id,
            Self::ManagedMobileLobApp(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &mut v.id,
            Self::ManagedAndroidLobApp(v) => &mut v.id,
            Self::ManagedAndroidStoreApp(v) => &mut v.id,
            Self::ManagedIosLobApp(v) => &mut v.id,
            Self::ManagedIosStoreApp(v) => &mut v.id,
            Self::ManagedMobileLobApp(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedApp(v) => &v.created_date_time,
            Self::ManagedAndroidLobApp(v) => &v.created_date_time,
            Self::ManagedAndroidStoreApp(v) => &v.created_date_time,
            Self::ManagedIosLobApp(v) => &v.created_date_time,
            Self::ManagedIosStoreApp(v) => &v.created_date_time,
            Self::ManagedMobileLobApp(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedApp(v) => &mut v.created_date_time,
            Self::ManagedAndroidLobApp(v) => &mut v.created_date_time,
            Self::ManagedAndroidStoreApp(v) => &mut v.created_date_time,
            Self::ManagedIosLobApp(v) => &mut v.created_date_time,
            Self::ManagedIosStoreApp(v) => &mut v.created_date_time,
            Self::ManagedMobileLobApp(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &v.description,
            Self::ManagedAndroidLobApp(v) => &v.description,
            Self::ManagedAndroidStoreApp(v) => &v.description,
            Self::ManagedIosLobApp(v) => &v.description,
            Self::ManagedIosStoreApp(v) => &v.description,
            Self::ManagedMobileLobApp(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &mut v.description,
            Self::ManagedAndroidLobApp(v) => &mut v.description,
            Self::ManagedAndroidStoreApp(v) => &mut v.description,
            Self::ManagedIosLobApp(v) => &mut v.description,
            Self::ManagedIosStoreApp(v) => &mut v.description,
            Self::ManagedMobileLobApp(v) => &mut v.description,
        }
    }
    /// `developer` of any variant.
    #[inline]
    pub fn developer(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &v.developer,
            Self::ManagedAndroidLobApp(v) => &v.developer,
            Self::ManagedAndroidStoreApp(v) => &v.developer,
            Self::ManagedIosLobApp(v) => &v.developer,
            Self::ManagedIosStoreApp(v) => &v.developer,
            Self::ManagedMobileLobApp(v) => &v.developer,
        }
    }
    /// `developer` of any variant.
    #[inline]
    pub fn developer_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &mut v.developer,
            Self::ManagedAndroidLobApp(v) => &mut v.developer,
            Self::ManagedAndroidStoreApp(v) => &mut v.developer,
            Self::ManagedIosLobApp(v) => &mut v.developer,
            Self::ManagedIosStoreApp(v) => &mut v.developer,
            Self::ManagedMobileLobApp(v) => &mut v.developer,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &v.display_name,
            Self::ManagedAndroidLobApp(v) => &v.display_name,
            Self::ManagedAndroidStoreApp(v) => &v.display_name,
            Self::ManagedIosLobApp(v) => &v.display_name,
            Self::ManagedIosStoreApp(v) => &v.display_name,
            Self::ManagedMobileLobApp(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &mut v.display_name,
            Self::ManagedAndroidLobApp(v) => &mut v.display_name,
            Self::ManagedAndroidStoreApp(v) => &mut v.display_name,
            Self::ManagedIosLobApp(v) => &mut v.display_name,
            Self::ManagedIosStoreApp(v) => &mut v.display_name,
            Self::ManagedMobileLobApp(v) => &mut v.display_name,
        }
    }
    /// `informationUrl` of any variant.
    #[inline]
    pub fn information_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &v.information_url,
            Self::ManagedAndroidLobApp(v) => &v.information_url,
            Self::ManagedAndroidStoreApp(v) => &v.information_url,
            Self::ManagedIosLobApp(v) => &v.information_url,
            Self::ManagedIosStoreApp(v) => &v.information_url,
            Self::ManagedMobileLobApp(v) => &v.information_url,
        }
    }
    /// `informationUrl` of any variant.
    #[inline]
    pub fn information_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &mut v.information_url,
            Self::ManagedAndroidLobApp(v) => &mut v.information_url,
            Self::ManagedAndroidStoreApp(v) => &mut v.information_url,
            Self::ManagedIosLobApp(v) => &mut v.information_url,
            Self::ManagedIosStoreApp(v) => &mut v.information_url,
            Self::ManagedMobileLobApp(v) => &mut v.information_url,
        }
    }
    /// `isFeatured` of any variant.
    #[inline]
    pub fn is_featured(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedApp(v) => &v.is_featured,
            Self::ManagedAndroidLobApp(v) => &v.is_featured,
            Self::ManagedAndroidStoreApp(v) => &v.is_featured,
            Self::ManagedIosLobApp(v) => &v.is_featured,
            Self::ManagedIosStoreApp(v) => &v.is_featured,
            Self::ManagedMobileLobApp(v) => &v.is_featured,
        }
    }
    /// `isFeatured` of any variant.
    #[inline]
    pub fn is_featured_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedApp(v) => &mut v.is_featured,
            Self::ManagedAndroidLobApp(v) => &mut v.is_featured,
            Self::ManagedAndroidStoreApp(v) => &mut v.is_featured,
            Self::ManagedIosLobApp(v) => &mut v.is_featured,
            Self::ManagedIosStoreApp(v) => &mut v.is_featured,
            Self::ManagedMobileLobApp(v) => &mut v.is_featured,
        }
    }
    /// `largeIcon` of any variant.
    #[inline]
    pub fn large_icon(&self) -> &rt::Field<crate::v1::MimeContent> {
        match self {
            Self::ManagedApp(v) => &v.large_icon,
            Self::ManagedAndroidLobApp(v) => &v.large_icon,
            Self::ManagedAndroidStoreApp(v) => &v.large_icon,
            Self::ManagedIosLobApp(v) => &v.large_icon,
            Self::ManagedIosStoreApp(v) => &v.large_icon,
            Self::ManagedMobileLobApp(v) => &v.large_icon,
        }
    }
    /// `largeIcon` of any variant.
    #[inline]
    pub fn large_icon_mut(&mut self) -> &mut rt::Field<crate::v1::MimeContent> {
        match self {
            Self::ManagedApp(v) => &mut v.large_icon,
            Self::ManagedAndroidLobApp(v) => &mut v.large_icon,
            Self::ManagedAndroidStoreApp(v) => &mut v.large_icon,
            Self::ManagedIosLobApp(v) => &mut v.large_icon,
            Self::ManagedIosStoreApp(v) => &mut v.large_icon,
            Self::ManagedMobileLobApp(v) => &mut v.large_icon,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedApp(v) => &v.last_modified_date_time,
            Self::ManagedAndroidLobApp(v) => &v.last_modified_date_time,
            Self::ManagedAndroidStoreApp(v) => &v.last_modified_date_time,
            Self::ManagedIosLobApp(v) => &v.last_modified_date_time,
            Self::ManagedIosStoreApp(v) => &v.last_modified_date_time,
            Self::ManagedMobileLobApp(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedApp(v) => &mut v.last_modified_date_time,
            Self::ManagedAndroidLobApp(v) => &mut v.last_modified_date_time,
            Self::ManagedAndroidStoreApp(v) => &mut v.last_modified_date_time,
            Self::ManagedIosLobApp(v) => &mut v.last_modified_date_time,
            Self::ManagedIosStoreApp(v) => &mut v.last_modified_date_time,
            Self::ManagedMobileLobApp(v) => &mut v.last_modified_date_time,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &v.notes,
            Self::ManagedAndroidLobApp(v) => &v.notes,
            Self::ManagedAndroidStoreApp(v) => &v.notes,
            Self::ManagedIosLobApp(v) => &v.notes,
            Self::ManagedIosStoreApp(v) => &v.notes,
            Self::ManagedMobileLobApp(v) => &v.notes,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &mut v.notes,
            Self::ManagedAndroidLobApp(v) => &mut v.notes,
            Self::ManagedAndroidStoreApp(v) => &mut v.notes,
            Self::ManagedIosLobApp(v) => &mut v.notes,
            Self::ManagedIosStoreApp(v) => &mut v.notes,
            Self::ManagedMobileLobApp(v) => &mut v.notes,
        }
    }
    /// `owner` of any variant.
    #[inline]
    pub fn owner(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &v.owner,
            Self::ManagedAndroidLobApp(v) => &v.owner,
            Self::ManagedAndroidStoreApp(v) => &v.owner,
            Self::ManagedIosLobApp(v) => &v.owner,
            Self::ManagedIosStoreApp(v) => &v.owner,
            Self::ManagedMobileLobApp(v) => &v.owner,
        }
    }
    /// `owner` of any variant.
    #[inline]
    pub fn owner_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &mut v.owner,
            Self::ManagedAndroidLobApp(v) => &mut v.owner,
            Self::ManagedAndroidStoreApp(v) => &mut v.owner,
            Self::ManagedIosLobApp(v) => &mut v.owner,
            Self::ManagedIosStoreApp(v) => &mut v.owner,
            Self::ManagedMobileLobApp(v) => &mut v.owner,
        }
    }
    /// `privacyInformationUrl` of any variant.
    #[inline]
    pub fn privacy_information_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &v.privacy_information_url,
            Self::ManagedAndroidLobApp(v) => &v.privacy_information_url,
            Self::ManagedAndroidStoreApp(v) => &v.privacy_information_url,
            Self::ManagedIosLobApp(v) => &v.privacy_information_url,
            Self::ManagedIosStoreApp(v) => &v.privacy_information_url,
            Self::ManagedMobileLobApp(v) => &v.privacy_information_url,
        }
    }
    /// `privacyInformationUrl` of any variant.
    #[inline]
    pub fn privacy_information_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &mut v.privacy_information_url,
            Self::ManagedAndroidLobApp(v) => &mut v.privacy_information_url,
            Self::ManagedAndroidStoreApp(v) => &mut v.privacy_information_url,
            Self::ManagedIosLobApp(v) => &mut v.privacy_information_url,
            Self::ManagedIosStoreApp(v) => &mut v.privacy_information_url,
            Self::ManagedMobileLobApp(v) => &mut v.privacy_information_url,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &v.publisher,
            Self::ManagedAndroidLobApp(v) => &v.publisher,
            Self::ManagedAndroidStoreApp(v) => &v.publisher,
            Self::ManagedIosLobApp(v) => &v.publisher,
            Self::ManagedIosStoreApp(v) => &v.publisher,
            Self::ManagedMobileLobApp(v) => &v.publisher,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &mut v.publisher,
            Self::ManagedAndroidLobApp(v) => &mut v.publisher,
            Self::ManagedAndroidStoreApp(v) => &mut v.publisher,
            Self::ManagedIosLobApp(v) => &mut v.publisher,
            Self::ManagedIosStoreApp(v) => &mut v.publisher,
            Self::ManagedMobileLobApp(v) => &mut v.publisher,
        }
    }
    /// `publishingState` of any variant.
    #[inline]
    pub fn publishing_state(&self) -> &rt::Field<crate::v1::MobileAppPublishingState> {
        match self {
            Self::ManagedApp(v) => &v.publishing_state,
            Self::ManagedAndroidLobApp(v) => &v.publishing_state,
            Self::ManagedAndroidStoreApp(v) => &v.publishing_state,
            Self::ManagedIosLobApp(v) => &v.publishing_state,
            Self::ManagedIosStoreApp(v) => &v.publishing_state,
            Self::ManagedMobileLobApp(v) => &v.publishing_state,
        }
    }
    /// `publishingState` of any variant.
    #[inline]
    pub fn publishing_state_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::MobileAppPublishingState> {
        match self {
            Self::ManagedApp(v) => &mut v.publishing_state,
            Self::ManagedAndroidLobApp(v) => &mut v.publishing_state,
            Self::ManagedAndroidStoreApp(v) => &mut v.publishing_state,
            Self::ManagedIosLobApp(v) => &mut v.publishing_state,
            Self::ManagedIosStoreApp(v) => &mut v.publishing_state,
            Self::ManagedMobileLobApp(v) => &mut v.publishing_state,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::MobileAppAssignment>> {
        match self {
            Self::ManagedApp(v) => &v.assignments,
            Self::ManagedAndroidLobApp(v) => &v.assignments,
            Self::ManagedAndroidStoreApp(v) => &v.assignments,
            Self::ManagedIosLobApp(v) => &v.assignments,
            Self::ManagedIosStoreApp(v) => &v.assignments,
            Self::ManagedMobileLobApp(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::MobileAppAssignment>> {
        match self {
            Self::ManagedApp(v) => &mut v.assignments,
            Self::ManagedAndroidLobApp(v) => &mut v.assignments,
            Self::ManagedAndroidStoreApp(v) => &mut v.assignments,
            Self::ManagedIosLobApp(v) => &mut v.assignments,
            Self::ManagedIosStoreApp(v) => &mut v.assignments,
            Self::ManagedMobileLobApp(v) => &mut v.assignments,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::MobileAppCategory>> {
        match self {
            Self::ManagedApp(v) => &v.categories,
            Self::ManagedAndroidLobApp(v) => &v.categories,
            Self::ManagedAndroidStoreApp(v) => &v.categories,
            Self::ManagedIosLobApp(v) => &v.categories,
            Self::ManagedIosStoreApp(v) => &v.categories,
            Self::ManagedMobileLobApp(v) => &v.categories,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::MobileAppCategory>> {
        match self {
            Self::ManagedApp(v) => &mut v.categories,
            Self::ManagedAndroidLobApp(v) => &mut v.categories,
            Self::ManagedAndroidStoreApp(v) => &mut v.categories,
            Self::ManagedIosLobApp(v) => &mut v.categories,
            Self::ManagedIosStoreApp(v) => &mut v.categories,
            Self::ManagedMobileLobApp(v) => &mut v.categories,
        }
    }
    /// `appAvailability` of any variant.
    #[inline]
    pub fn app_availability(&self) -> &rt::Field<crate::v1::ManagedAppAvailability> {
        match self {
            Self::ManagedApp(v) => &v.app_availability,
            Self::ManagedAndroidLobApp(v) => &v.app_availability,
            Self::ManagedAndroidStoreApp(v) => &v.app_availability,
            Self::ManagedIosLobApp(v) => &v.app_availability,
            Self::ManagedIosStoreApp(v) => &v.app_availability,
            Self::ManagedMobileLobApp(v) => &v.app_availability,
        }
    }
    /// `appAvailability` of any variant.
    #[inline]
    pub fn app_availability_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ManagedAppAvailability> {
        match self {
            Self::ManagedApp(v) => &mut v.app_availability,
            Self::ManagedAndroidLobApp(v) => &mut v.app_availability,
            Self::ManagedAndroidStoreApp(v) => &mut v.app_availability,
            Self::ManagedIosLobApp(v) => &mut v.app_availability,
            Self::ManagedIosStoreApp(v) => &mut v.app_availability,
            Self::ManagedMobileLobApp(v) => &mut v.app_availability,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &v.version,
            Self::ManagedAndroidLobApp(v) => &v.version,
            Self::ManagedAndroidStoreApp(v) => &v.version,
            Self::ManagedIosLobApp(v) => &v.version,
            Self::ManagedIosStoreApp(v) => &v.version,
            Self::ManagedMobileLobApp(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &mut v.version,
            Self::ManagedAndroidLobApp(v) => &mut v.version,
            Self::ManagedAndroidStoreApp(v) => &mut v.version,
            Self::ManagedIosLobApp(v) => &mut v.version,
            Self::ManagedIosStoreApp(v) => &mut v.version,
            Self::ManagedMobileLobApp(v) => &mut v.version,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_poly!(AnyManagedApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyManagedApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// A managed (MAM) application's availability.
///
/// CSDL: `microsoft.graph.managedAppAvailability`, enum type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedAppAvailability {
    /// A globally available app to all tenants.
    ///
    /// `global` (value 0).
    Global,
    /// A line-of-business apps private to an organization.
    ///
    /// `lineOfBusiness` (value 1).
    LineOfBusiness,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::StrEnum for ManagedAppAvailability {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppAvailability";
    const MEMBERS: &'static [&'static str] = &["global", "lineOfBusiness"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "global" => Self::Global,
                "lineOfBusiness" => Self::LineOfBusiness,
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
            Self::Global => "global",
            Self::LineOfBusiness => "lineOfBusiness",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_enum!(ManagedAppAvailability);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppAvailability);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Represents the level to which the device's clipboard may be shared between apps
///
/// CSDL: `microsoft.graph.managedAppClipboardSharingLevel`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedAppClipboardSharingLevel {
    /// Sharing is allowed between all apps, managed or not
    ///
    /// `allApps` (value 0).
    AllApps,
    /// Sharing is allowed between all managed apps with paste in enabled
    ///
    /// `managedAppsWithPasteIn` (value 1).
    ManagedAppsWithPasteIn,
    /// Sharing is allowed between all managed apps
    ///
    /// `managedApps` (value 2).
    ManagedApps,
    /// Sharing between apps is disabled
    ///
    /// `blocked` (value 3).
    Blocked,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::StrEnum for ManagedAppClipboardSharingLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppClipboardSharingLevel";
    const MEMBERS: &'static [&'static str] = &[
        "allApps",
        "managedAppsWithPasteIn",
        "managedApps",
        "blocked",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allApps" => Self::AllApps,
                "managedAppsWithPasteIn" => Self::ManagedAppsWithPasteIn,
                "managedApps" => Self::ManagedApps,
                "blocked" => Self::Blocked,
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
            Self::AllApps => "allApps",
            Self::ManagedAppsWithPasteIn => "managedAppsWithPasteIn",
            Self::ManagedApps => "managedApps",
            Self::Blocked => "blocked",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_enum!(ManagedAppClipboardSharingLevel);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppClipboardSharingLevel);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Configuration used to deliver a set of custom settings as-is to apps for users to whom the configuration is scoped
///
/// CSDL: `microsoft.graph.managedAppConfiguration`, entity type, derived from `microsoft.graph.managedAppPolicy`, abstract, key `id`.
///
/// Request builders: [`ManagedAppPolicyPath`](requests/trait.ManagedAppPolicyPath.html), what a path to one (`EntityPath<AnyManagedAppConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedAppConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the policy was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The policy's description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Policy display name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last time the policy was modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// A set of string key and string value pairs to be sent to apps for users to whom the configuration is scoped, unalterned by this service
    ///
    /// CSDL: property `customSettings`: `Collection(microsoft.graph.keyValuePair)`, not nullable.
    pub custom_settings: rt::Field<::std::vec::Vec<crate::v1::KeyValuePair>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for ManagedAppConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            custom_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for ManagedAppConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
        "customSettings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"customSettings\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedAppConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(6usize, "custom_settings", &self.custom_settings);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for ManagedAppConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.custom_settings.read_from(r),
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
        w.field(6usize, &self.custom_settings);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_object!(ManagedAppConfiguration);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    ManagedAppConfiguration { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_version version : ::std::string::String; with_custom_settings custom_settings :
    ::std::vec::Vec < crate ::v1::KeyValuePair >; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppConfiguration);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// `microsoft.graph.managedAppConfiguration` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyManagedAppConfiguration {
    ManagedAppConfiguration(::std::boxed::Box<crate::v1::ManagedAppConfiguration>),
    TargetedManagedAppConfiguration(
        ::std::boxed::Box<crate::v1::TargetedManagedAppConfiguration>,
    ),
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for AnyManagedAppConfiguration {
    #[inline]
    fn default() -> Self {
        Self::ManagedAppConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedAppConfiguration>
for AnyManagedAppConfiguration {
    #[inline]
    fn from(v: crate::v1::ManagedAppConfiguration) -> Self {
        Self::ManagedAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TargetedManagedAppConfiguration>
for AnyManagedAppConfiguration {
    #[inline]
    fn from(v: crate::v1::TargetedManagedAppConfiguration) -> Self {
        Self::TargetedManagedAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
unsafe impl ::std::marker::Send for AnyManagedAppConfiguration {}
#[cfg(msgraph_v1_core_or_device_app_management)]
unsafe impl ::std::marker::Sync for AnyManagedAppConfiguration {}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::marker::Unpin for AnyManagedAppConfiguration {}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::panic::UnwindSafe for AnyManagedAppConfiguration {}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::panic::RefUnwindSafe for AnyManagedAppConfiguration {}
#[cfg(msgraph_v1_core_or_device_app_management)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ManagedAppConfiguration>();
    rt::object::auto_traits::<crate::v1::TargetedManagedAppConfiguration>();
};
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Poly for AnyManagedAppConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.managedAppConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.targetedManagedAppConfiguration",
            ) => Self::TargetedManagedAppConfiguration(rt::object::new_boxed()),
            _ => Self::ManagedAppConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ManagedAppConfiguration(v) => &**v,
            Self::TargetedManagedAppConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ManagedAppConfiguration(v) => &mut **v,
            Self::TargetedManagedAppConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl AnyManagedAppConfiguration {
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
            Self::ManagedAppConfiguration(v) => &v.id,
            Self::TargetedManagedAppConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppConfiguration(v) => &mut v.id,
            Self::TargetedManagedAppConfiguration(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppConfiguration(v) => &v.created_date_time,
            Self::TargetedManagedAppConfiguration(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppConfiguration(v) => &mut v.created_date_time,
            Self::TargetedManagedAppConfiguration(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppConfiguration(v) => &v.description,
            Self::TargetedManagedAppConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppConfiguration(v) => &mut v.description,
            Self::TargetedManagedAppConfiguration(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppConfiguration(v) => &v.display_name,
            Self::TargetedManagedAppConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppConfiguration(v) => &mut v.display_name,
            Self::TargetedManagedAppConfiguration(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppConfiguration(v) => &v.last_modified_date_time,
            Self::TargetedManagedAppConfiguration(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppConfiguration(v) => &mut v.last_modified_date_time,
            Self::TargetedManagedAppConfiguration(v) => &mut v.last_modified_date_time,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppConfiguration(v) => &v.version,
            Self::TargetedManagedAppConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppConfiguration(v) => &mut v.version,
            Self::TargetedManagedAppConfiguration(v) => &mut v.version,
        }
    }
    /// `customSettings` of any variant.
    #[inline]
    pub fn custom_settings(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::KeyValuePair>> {
        match self {
            Self::ManagedAppConfiguration(v) => &v.custom_settings,
            Self::TargetedManagedAppConfiguration(v) => &v.custom_settings,
        }
    }
    /// `customSettings` of any variant.
    #[inline]
    pub fn custom_settings_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::KeyValuePair>> {
        match self {
            Self::ManagedAppConfiguration(v) => &mut v.custom_settings,
            Self::TargetedManagedAppConfiguration(v) => &mut v.custom_settings,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_poly!(AnyManagedAppConfiguration);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyManagedAppConfiguration);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Represents the level to which app data is encrypted for managed apps
///
/// CSDL: `microsoft.graph.managedAppDataEncryptionType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedAppDataEncryptionType {
    /// App data is encrypted based on the default settings on the device.
    ///
    /// `useDeviceSettings` (value 0).
    UseDeviceSettings,
    /// App data is encrypted when the device is restarted.
    ///
    /// `afterDeviceRestart` (value 1).
    AfterDeviceRestart,
    /// App data associated with this policy is encrypted when the device is locked, except data in files that are open
    ///
    /// `whenDeviceLockedExceptOpenFiles` (value 2).
    WhenDeviceLockedExceptOpenFiles,
    /// App data associated with this policy is encrypted when the device is locked
    ///
    /// `whenDeviceLocked` (value 3).
    WhenDeviceLocked,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::StrEnum for ManagedAppDataEncryptionType {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppDataEncryptionType";
    const MEMBERS: &'static [&'static str] = &[
        "useDeviceSettings",
        "afterDeviceRestart",
        "whenDeviceLockedExceptOpenFiles",
        "whenDeviceLocked",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "useDeviceSettings" => Self::UseDeviceSettings,
                "afterDeviceRestart" => Self::AfterDeviceRestart,
                "whenDeviceLockedExceptOpenFiles" => {
                    Self::WhenDeviceLockedExceptOpenFiles
                }
                "whenDeviceLocked" => Self::WhenDeviceLocked,
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
            Self::UseDeviceSettings => "useDeviceSettings",
            Self::AfterDeviceRestart => "afterDeviceRestart",
            Self::WhenDeviceLockedExceptOpenFiles => "whenDeviceLockedExceptOpenFiles",
            Self::WhenDeviceLocked => "whenDeviceLocked",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_enum!(ManagedAppDataEncryptionType);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppDataEncryptionType);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// The storage locations where managed apps can potentially store their data.
///
/// CSDL: `microsoft.graph.managedAppDataStorageLocation`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedAppDataStorageLocation {
    /// Indicates allowed storage location for the managed app to save files is 'OneDrive for Business'.
    ///
    /// `oneDriveForBusiness` (value 1).
    OneDriveForBusiness,
    /// Indicates allowed storage location for the managed app to save files is 'Sharepoint'.
    ///
    /// `sharePoint` (value 2).
    SharePoint,
    /// Indicates that the allowed storage location for a managed app to save files is to 'Box'. Box is a non-Microsoft solution that enables cloud-based file storage capabilities.
    ///
    /// `box` (value 3).
    Box,
    /// Indicates allowed storage location for the managed app to save files is local storage on the device.
    ///
    /// `localStorage` (value 6).
    LocalStorage,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::StrEnum for ManagedAppDataStorageLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppDataStorageLocation";
    const MEMBERS: &'static [&'static str] = &[
        "oneDriveForBusiness",
        "sharePoint",
        "box",
        "localStorage",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "oneDriveForBusiness" => Self::OneDriveForBusiness,
                "sharePoint" => Self::SharePoint,
                "box" => Self::Box,
                "localStorage" => Self::LocalStorage,
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
            Self::OneDriveForBusiness => "oneDriveForBusiness",
            Self::SharePoint => "sharePoint",
            Self::Box => "box",
            Self::LocalStorage => "localStorage",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_enum!(ManagedAppDataStorageLocation);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppDataStorageLocation);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Data can be transferred from/to these classes of apps
///
/// CSDL: `microsoft.graph.managedAppDataTransferLevel`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedAppDataTransferLevel {
    /// All apps.
    ///
    /// `allApps` (value 0).
    AllApps,
    /// Managed apps.
    ///
    /// `managedApps` (value 1).
    ManagedApps,
    /// No apps.
    ///
    /// `none` (value 2).
    None,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::StrEnum for ManagedAppDataTransferLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppDataTransferLevel";
    const MEMBERS: &'static [&'static str] = &["allApps", "managedApps", "none"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allApps" => Self::AllApps,
                "managedApps" => Self::ManagedApps,
                "none" => Self::None,
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
            Self::AllApps => "allApps",
            Self::ManagedApps => "managedApps",
            Self::None => "none",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_enum!(ManagedAppDataTransferLevel);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppDataTransferLevel);
#[cfg(msgraph_v1_core)]
/// Represents diagnostics status.
///
/// CSDL: `microsoft.graph.managedAppDiagnosticStatus`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedAppDiagnosticStatus {
    /// Instruction on how to mitigate a failed validation
    ///
    /// CSDL: property `mitigationInstruction`: `Edm.String`, nullable.
    pub mitigation_instruction: rt::Field<::std::string::String>,
    /// The state of the operation
    ///
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// The validation friendly name
    ///
    /// CSDL: property `validationName`: `Edm.String`, nullable.
    pub validation_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ManagedAppDiagnosticStatus {
    #[inline]
    fn default() -> Self {
        Self {
            mitigation_instruction: rt::Field::Absent,
            state: rt::Field::Absent,
            validation_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ManagedAppDiagnosticStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppDiagnosticStatus";
    const KEYS: &'static [&'static str] = &[
        "mitigationInstruction",
        "state",
        "validationName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"mitigationInstruction\":        ",
        ",\"state\":                        ",
        ",\"validationName\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedAppDiagnosticStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "mitigation_instruction", &self.mitigation_instruction);
        v.field(1usize, "state", &self.state);
        v.field(2usize, "validation_name", &self.validation_name);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ManagedAppDiagnosticStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.mitigation_instruction.read_from(r),
            1usize => self.state.read_from(r),
            2usize => self.validation_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.mitigation_instruction);
        w.field(1usize, &self.state);
        w.field(2usize, &self.validation_name);
    }
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
rt::impl_object!(ManagedAppDiagnosticStatus);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ManagedAppDiagnosticStatus { with_mitigation_instruction mitigation_instruction :
    ::std::string::String; with_state state : ::std::string::String; with_validation_name
    validation_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppDiagnosticStatus);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// The reason for which a user has been flagged
///
/// CSDL: `microsoft.graph.managedAppFlaggedReason`, enum type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedAppFlaggedReason {
    /// No issue.
    ///
    /// `none` (value 0).
    None,
    /// The app registration is running on a rooted/unlocked device.
    ///
    /// `rootedDevice` (value 1).
    RootedDevice,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::StrEnum for ManagedAppFlaggedReason {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppFlaggedReason";
    const MEMBERS: &'static [&'static str] = &["none", "rootedDevice"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "rootedDevice" => Self::RootedDevice,
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
            Self::RootedDevice => "rootedDevice",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_enum!(ManagedAppFlaggedReason);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppFlaggedReason);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Represents an operation applied against an app registration.
///
/// CSDL: `microsoft.graph.managedAppOperation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct ManagedAppOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The operation name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The last time the app operation was modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The current state of the operation
    ///
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for ManagedAppOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            state: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for ManagedAppOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "lastModifiedDateTime",
        "state",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"state\":                        ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedAppOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "state", &self.state);
        v.field(4usize, "version", &self.version);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for ManagedAppOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.state.read_from(r),
            4usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.state);
        w.field(4usize, &self.version);
    }
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
rt::impl_object!(ManagedAppOperation);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    ManagedAppOperation { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_state state :
    ::std::string::String; with_version version : ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppOperation);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Character set which is to be used for a user's app PIN
///
/// CSDL: `microsoft.graph.managedAppPinCharacterSet`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedAppPinCharacterSet {
    /// Numeric characters
    ///
    /// `numeric` (value 0).
    Numeric,
    /// Alphanumeric and symbolic characters
    ///
    /// `alphanumericAndSymbol` (value 1).
    AlphanumericAndSymbol,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::StrEnum for ManagedAppPinCharacterSet {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppPinCharacterSet";
    const MEMBERS: &'static [&'static str] = &["numeric", "alphanumericAndSymbol"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "numeric" => Self::Numeric,
                "alphanumericAndSymbol" => Self::AlphanumericAndSymbol,
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
            Self::Numeric => "numeric",
            Self::AlphanumericAndSymbol => "alphanumericAndSymbol",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_enum!(ManagedAppPinCharacterSet);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppPinCharacterSet);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// The ManagedAppPolicy resource represents a base type for platform specific policies.
///
/// CSDL: `microsoft.graph.managedAppPolicy`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`ManagedAppPolicyPath`](requests/trait.ManagedAppPolicyPath.html), what a path to one (`EntityPath<AnyManagedAppPolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedAppPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the policy was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The policy's description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Policy display name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last time the policy was modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for ManagedAppPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for ManagedAppPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedAppPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for ManagedAppPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
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
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_object!(ManagedAppPolicy);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    ManagedAppPolicy { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_version version : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppPolicy);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// `microsoft.graph.managedAppPolicy` or any type derived from it, selected by `@odata.type` (11 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyManagedAppPolicy {
    ManagedAppPolicy(::std::boxed::Box<crate::v1::ManagedAppPolicy>),
    AndroidManagedAppProtection(
        ::std::boxed::Box<crate::v1::AndroidManagedAppProtection>,
    ),
    DefaultManagedAppProtection(
        ::std::boxed::Box<crate::v1::DefaultManagedAppProtection>,
    ),
    IosManagedAppProtection(::std::boxed::Box<crate::v1::IosManagedAppProtection>),
    ManagedAppConfiguration(::std::boxed::Box<crate::v1::ManagedAppConfiguration>),
    ManagedAppProtection(::std::boxed::Box<crate::v1::ManagedAppProtection>),
    MdmWindowsInformationProtectionPolicy(
        ::std::boxed::Box<crate::v1::MdmWindowsInformationProtectionPolicy>,
    ),
    TargetedManagedAppConfiguration(
        ::std::boxed::Box<crate::v1::TargetedManagedAppConfiguration>,
    ),
    TargetedManagedAppProtection(
        ::std::boxed::Box<crate::v1::TargetedManagedAppProtection>,
    ),
    WindowsInformationProtection(
        ::std::boxed::Box<crate::v1::WindowsInformationProtection>,
    ),
    WindowsInformationProtectionPolicy(
        ::std::boxed::Box<crate::v1::WindowsInformationProtectionPolicy>,
    ),
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for AnyManagedAppPolicy {
    #[inline]
    fn default() -> Self {
        Self::ManagedAppPolicy(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedAppPolicy> for AnyManagedAppPolicy {
    #[inline]
    fn from(v: crate::v1::ManagedAppPolicy) -> Self {
        Self::ManagedAppPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AndroidManagedAppProtection>
for AnyManagedAppPolicy {
    #[inline]
    fn from(v: crate::v1::AndroidManagedAppProtection) -> Self {
        Self::AndroidManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DefaultManagedAppProtection>
for AnyManagedAppPolicy {
    #[inline]
    fn from(v: crate::v1::DefaultManagedAppProtection) -> Self {
        Self::DefaultManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosManagedAppProtection> for AnyManagedAppPolicy {
    #[inline]
    fn from(v: crate::v1::IosManagedAppProtection) -> Self {
        Self::IosManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedAppConfiguration> for AnyManagedAppPolicy {
    #[inline]
    fn from(v: crate::v1::ManagedAppConfiguration) -> Self {
        Self::ManagedAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedAppProtection> for AnyManagedAppPolicy {
    #[inline]
    fn from(v: crate::v1::ManagedAppProtection) -> Self {
        Self::ManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MdmWindowsInformationProtectionPolicy>
for AnyManagedAppPolicy {
    #[inline]
    fn from(v: crate::v1::MdmWindowsInformationProtectionPolicy) -> Self {
        Self::MdmWindowsInformationProtectionPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TargetedManagedAppConfiguration>
for AnyManagedAppPolicy {
    #[inline]
    fn from(v: crate::v1::TargetedManagedAppConfiguration) -> Self {
        Self::TargetedManagedAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TargetedManagedAppProtection>
for AnyManagedAppPolicy {
    #[inline]
    fn from(v: crate::v1::TargetedManagedAppProtection) -> Self {
        Self::TargetedManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsInformationProtection>
for AnyManagedAppPolicy {
    #[inline]
    fn from(v: crate::v1::WindowsInformationProtection) -> Self {
        Self::WindowsInformationProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsInformationProtectionPolicy>
for AnyManagedAppPolicy {
    #[inline]
    fn from(v: crate::v1::WindowsInformationProtectionPolicy) -> Self {
        Self::WindowsInformationProtectionPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
unsafe impl ::std::marker::Send for AnyManagedAppPolicy {}
#[cfg(msgraph_v1_core_or_device_app_management)]
unsafe impl ::std::marker::Sync for AnyManagedAppPolicy {}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::marker::Unpin for AnyManagedAppPolicy {}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::panic::UnwindSafe for AnyManagedAppPolicy {}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::panic::RefUnwindSafe for AnyManagedAppPolicy {}
#[cfg(msgraph_v1_core_or_device_app_management)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ManagedAppPolicy>();
    rt::object::auto_traits::<crate::v1::AndroidManagedAppProtection>();
    rt::object::auto_traits::<crate::v1::DefaultManagedAppProtection>();
    rt::object::auto_traits::<crate::v1::IosManagedAppProtection>();
    rt::object::auto_traits::<crate::v1::ManagedAppConfiguration>();
    rt::object::auto_traits::<crate::v1::ManagedAppProtection>();
    rt::object::auto_traits::<crate::v1::MdmWindowsInformationProtectionPolicy>();
    rt::object::auto_traits::<crate::v1::TargetedManagedAppConfiguration>();
    rt::object::auto_traits::<crate::v1::TargetedManagedAppProtection>();
    rt::object::auto_traits::<crate::v1::WindowsInformationProtection>();
    rt::object::auto_traits::<crate::v1::WindowsInformationProtectionPolicy>();
};
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Poly for AnyManagedAppPolicy {
    const BASE_NAME: &'static str = "microsoft.graph.managedAppPolicy";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.androidManagedAppProtection",
            ) => Self::AndroidManagedAppProtection(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.defaultManagedAppProtection",
            ) => Self::DefaultManagedAppProtection(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.iosManagedAppProtection") => {
                Self::IosManagedAppProtection(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.managedAppConfiguration") => {
                Self::ManagedAppConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.managedAppProtection") => {
                Self::ManagedAppProtection(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.mdmWindowsInformationProtectionPolicy",
            ) => Self::MdmWindowsInformationProtectionPolicy(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.targetedManagedAppConfiguration",
            ) => Self::TargetedManagedAppConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.targetedManagedAppProtection",
            ) => Self::TargetedManagedAppProtection(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtection",
            ) => Self::WindowsInformationProtection(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionPolicy",
            ) => Self::WindowsInformationProtectionPolicy(rt::object::new_boxed()),
            _ => Self::ManagedAppPolicy(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ManagedAppPolicy(v) => &**v,
            Self::AndroidManagedAppProtection(v) => &**v,
            Self::DefaultManagedAppProtection(v) => &**v,
            Self::IosManagedAppProtection(v) => &**v,
            Self::ManagedAppConfiguration(v) => &**v,
            Self::ManagedAppProtection(v) => &**v,
            Self::MdmWindowsInformationProtectionPolicy(v) => &**v,
            Self::TargetedManagedAppConfiguration(v) => &**v,
            Self::TargetedManagedAppProtection(v) => &**v,
            Self::WindowsInformationProtection(v) => &**v,
            Self::WindowsInformationProtectionPolicy(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ManagedAppPolicy(v) => &mut **v,
            Self::AndroidManagedAppProtection(v) => &mut **v,
            Self::DefaultManagedAppProtection(v) => &mut **v,
            Self::IosManagedAppProtection(v) => &mut **v,
            Self::ManagedAppConfiguration(v) => &mut **v,
            Self::ManagedAppProtection(v) => &mut **v,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut **v,
            Self::TargetedManagedAppConfiguration(v) => &mut **v,
            Self::TargetedManagedAppProtection(v) => &mut **v,
            Self::WindowsInformationProtection(v) => &mut **v,
            Self::WindowsInformationProtectionPolicy(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl AnyManagedAppPolicy {
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
            Self::ManagedAppPolicy(v) => &v.id,
            Self::AndroidManagedAppProtection(v) => &v.id,
            Self::DefaultManagedAppProtection(v) => &v.id,
            Self::IosManagedAppProtection(v) => &v.id,
            Self::ManagedAppConfiguration(v) => &v.id,
            Self::ManagedAppProtection(v) => &v.id,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.id,
            Self::TargetedManagedAppConfiguration(v) => &v.id,
            Self::TargetedManagedAppProtection(v) => &v.id,
            Self::WindowsInformationProtection(v) => &v.id,
            Self::WindowsInformationProtectionPolicy(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppPolicy(v) => &mut v.id,
            Self::AndroidManagedAppProtection(v) => &mut v.id,
            Self::DefaultManagedAppProtection(v) => &mut v.id,
            Self::IosManagedAppProtection(v) => &mut v.id,
            Self::ManagedAppConfiguration(v) => &mut v.id,
            Self::ManagedAppProtection(v) => &mut v.id,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.id,
            Self::TargetedManagedAppConfiguration(v) => &mut v.id,
            Self::TargetedManagedAppProtection(v) => &mut v.id,
            Self::WindowsInformationProtection(v) => &mut v.id,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppPolicy(v) => &v.created_date_time,
            Self::AndroidManagedAppProtection(v) => &v.created_date_time,
            Self::DefaultManagedAppProtection(v) => &v.created_date_time,
            Self::IosManagedAppProtection(v) => &v.created_date_time,
            Self::ManagedAppConfiguration(v) => &v.created_date_time,
            Self::ManagedAppProtection(v) => &v.created_date_time,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.created_date_time,
            Self::TargetedManagedAppConfiguration(v) => &v.created_date_time,
            Self::TargetedManagedAppProtection(v) => &v.created_date_time,
            Self::WindowsInformationProtection(v) => &v.created_date_time,
            Self::WindowsInformationProtectionPolicy(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppPolicy(v) => &mut v.created_date_time,
            Self::AndroidManagedAppProtection(v) => &mut v.created_date_time,
            Self::DefaultManagedAppProtection(v) => &mut v.created_date_time,
            Self::IosManagedAppProtection(v) => &mut v.created_date_time,
            Self::ManagedAppConfiguration(v) => &mut v.created_date_time,
            Self::ManagedAppProtection(v) => &mut v.created_date_time,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.created_date_time,
            Self::TargetedManagedAppConfiguration(v) => &mut v.created_date_time,
            Self::TargetedManagedAppProtection(v) => &mut v.created_date_time,
            Self::WindowsInformationProtection(v) => &mut v.created_date_time,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppPolicy(v) => &v.description,
            Self::AndroidManagedAppProtection(v) => &v.description,
            Self::DefaultManagedAppProtection(v) => &v.description,
            Self::IosManagedAppProtection(v) => &v.description,
            Self::ManagedAppConfiguration(v) => &v.description,
            Self::ManagedAppProtection(v) => &v.description,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.description,
            Self::TargetedManagedAppConfiguration(v) => &v.description,
            Self::TargetedManagedAppProtection(v) => &v.description,
            Self::WindowsInformationProtection(v) => &v.description,
            Self::WindowsInformationProtectionPolicy(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppPolicy(v) => &mut v.description,
            Self::AndroidManagedAppProtection(v) => &mut v.description,
            Self::DefaultManagedAppProtection(v) => &mut v.description,
            Self::IosManagedAppProtection(v) => &mut v.description,
            Self::ManagedAppConfiguration(v) => &mut v.description,
            Self::ManagedAppProtection(v) => &mut v.description,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.description,
            Self::TargetedManagedAppConfiguration(v) => &mut v.description,
            Self::TargetedManagedAppProtection(v) => &mut v.description,
            Self::WindowsInformationProtection(v) => &mut v.description,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppPolicy(v) => &v.display_name,
            Self::AndroidManagedAppProtection(v) => &v.display_name,
            Self::DefaultManagedAppProtection(v) => &v.display_name,
            Self::IosManagedAppProtection(v) => &v.display_name,
            Self::ManagedAppConfiguration(v) => &v.display_name,
            Self::ManagedAppProtection(v) => &v.display_name,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.display_name,
            Self::TargetedManagedAppConfiguration(v) => &v.display_name,
            Self::TargetedManagedAppProtection(v) => &v.display_name,
            Self::WindowsInformationProtection(v) => &v.display_name,
            Self::WindowsInformationProtectionPolicy(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppPolicy(v) => &mut v.display_name,
            Self::AndroidManagedAppProtection(v) => &mut v.display_name,
            Self::DefaultManagedAppProtection(v) => &mut v.display_name,
            Self::IosManagedAppProtection(v) => &mut v.display_name,
            Self::ManagedAppConfiguration(v) => &mut v.display_name,
            Self::ManagedAppProtection(v) => &mut v.display_name,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.display_name,
            Self::TargetedManagedAppConfiguration(v) => &mut v.display_name,
            Self::TargetedManagedAppProtection(v) => &mut v.display_name,
            Self::WindowsInformationProtection(v) => &mut v.display_name,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppPolicy(v) => &v.last_modified_date_time,
            Self::AndroidManagedAppProtection(v) => &v.last_modified_date_time,
            Self::DefaultManagedAppProtection(v) => &v.last_modified_date_time,
            Self::IosManagedAppProtection(v) => &v.last_modified_date_time,
            Self::ManagedAppConfiguration(v) => &v.last_modified_date_time,
            Self::ManagedAppProtection(v) => &v.last_modified_date_time,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.last_modified_date_time,
            Self::TargetedManagedAppConfiguration(v) => &v.last_modified_date_time,
            Self::TargetedManagedAppProtection(v) => &v.last_modified_date_time,
            Self::WindowsInformationProtection(v) => &v.last_modified_date_time,
            Self::WindowsInformationProtectionPolicy(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppPolicy(v) => &mut v.last_modified_date_time,
            Self::AndroidManagedAppProtection(v) => &mut v.last_modified_date_time,
            Self::DefaultManagedAppProtection(v) => &mut v.last_modified_date_time,
            Self::IosManagedAppProtection(v) => &mut v.last_modified_date_time,
            Self::ManagedAppConfiguration(v) => &mut v.last_modified_date_time,
            Self::ManagedAppProtection(v) => &mut v.last_modified_date_time,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.last_modified_date_time
            }
            Self::TargetedManagedAppConfiguration(v) => &mut v.last_modified_date_time,
            Self::TargetedManagedAppProtection(v) => &mut v.last_modified_date_time,
            Self::WindowsInformationProtection(v) => &mut v.last_modified_date_time,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.last_modified_date_time,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppPolicy(v) => &v.version,
            Self::AndroidManagedAppProtection(v) => &v.version,
            Self::DefaultManagedAppProtection(v) => &v.version,
            Self::IosManagedAppProtection(v) => &v.version,
            Self::ManagedAppConfiguration(v) => &v.version,
            Self::ManagedAppProtection(v) => &v.version,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.version,
            Self::TargetedManagedAppConfiguration(v) => &v.version,
            Self::TargetedManagedAppProtection(v) => &v.version,
            Self::WindowsInformationProtection(v) => &v.version,
            Self::WindowsInformationProtectionPolicy(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppPolicy(v) => &mut v.version,
            Self::AndroidManagedAppProtection(v) => &mut v.version,
            Self::DefaultManagedAppProtection(v) => &mut v.version,
            Self::IosManagedAppProtection(v) => &mut v.version,
            Self::ManagedAppConfiguration(v) => &mut v.version,
            Self::ManagedAppProtection(v) => &mut v.version,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.version,
            Self::TargetedManagedAppConfiguration(v) => &mut v.version,
            Self::TargetedManagedAppProtection(v) => &mut v.version,
            Self::WindowsInformationProtection(v) => &mut v.version,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.version,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_poly!(AnyManagedAppPolicy);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyManagedAppPolicy);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// The ManagedAppEntity is the base entity type for all other entity types under app management workflow.
///
/// CSDL: `microsoft.graph.managedAppPolicyDeploymentSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedAppPolicyDeploymentSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `configurationDeployedUserCount`: `Edm.Int32`, not nullable.
    pub configuration_deployed_user_count: rt::Field<i32>,
    /// CSDL: property `configurationDeploymentSummaryPerApp`: `Collection(microsoft.graph.managedAppPolicyDeploymentSummaryPerApp)`, nullable.
    pub configuration_deployment_summary_per_app: rt::Field<
        ::std::vec::Vec<crate::v1::ManagedAppPolicyDeploymentSummaryPerApp>,
    >,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastRefreshTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_refresh_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for ManagedAppPolicyDeploymentSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            configuration_deployed_user_count: rt::Field::Absent,
            configuration_deployment_summary_per_app: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_refresh_time: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for ManagedAppPolicyDeploymentSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppPolicyDeploymentSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "configurationDeployedUserCount",
        "configurationDeploymentSummaryPerApp",
        "displayName",
        "lastRefreshTime",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"configurationDeployedUserCount\":",
        ",\"configurationDeploymentSummaryPerApp\":",
        ",\"displayName\":                  ",
        ",\"lastRefreshTime\":              ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedAppPolicyDeploymentSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "configuration_deployed_user_count",
            &self.configuration_deployed_user_count,
        );
        v.field(
            2usize,
            "configuration_deployment_summary_per_app",
            &self.configuration_deployment_summary_per_app,
        );
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_refresh_time", &self.last_refresh_time);
        v.field(5usize, "version", &self.version);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for ManagedAppPolicyDeploymentSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.configuration_deployed_user_count.read_from(r),
            2usize => self.configuration_deployment_summary_per_app.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_refresh_time.read_from(r),
            5usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.configuration_deployed_user_count);
        w.field(2usize, &self.configuration_deployment_summary_per_app);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_refresh_time);
        w.field(5usize, &self.version);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_object!(ManagedAppPolicyDeploymentSummary);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    ManagedAppPolicyDeploymentSummary { with_id id : ::std::string::String;
    with_configuration_deployed_user_count configuration_deployed_user_count : i32;
    with_configuration_deployment_summary_per_app
    configuration_deployment_summary_per_app : ::std::vec::Vec < crate
    ::v1::ManagedAppPolicyDeploymentSummaryPerApp >; with_display_name display_name :
    ::std::string::String; with_last_refresh_time last_refresh_time :
    rt::edm::DateTimeOffset; with_version version : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppPolicyDeploymentSummary);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Represents policy deployment summary per app.
///
/// CSDL: `microsoft.graph.managedAppPolicyDeploymentSummaryPerApp`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedAppPolicyDeploymentSummaryPerApp {
    /// Number of users the policy is applied.
    ///
    /// CSDL: property `configurationAppliedUserCount`: `Edm.Int32`, not nullable.
    pub configuration_applied_user_count: rt::Field<i32>,
    /// Deployment of an app.
    ///
    /// CSDL: property `mobileAppIdentifier`: `microsoft.graph.mobileAppIdentifier`, nullable.
    pub mobile_app_identifier: rt::Field<crate::v1::AnyMobileAppIdentifier>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for ManagedAppPolicyDeploymentSummaryPerApp {
    #[inline]
    fn default() -> Self {
        Self {
            configuration_applied_user_count: rt::Field::Absent,
            mobile_app_identifier: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for ManagedAppPolicyDeploymentSummaryPerApp {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppPolicyDeploymentSummaryPerApp";
    const KEYS: &'static [&'static str] = &[
        "configurationAppliedUserCount",
        "mobileAppIdentifier",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"configurationAppliedUserCount\":",
        ",\"mobileAppIdentifier\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedAppPolicyDeploymentSummaryPerApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "configuration_applied_user_count",
            &self.configuration_applied_user_count,
        );
        v.field(1usize, "mobile_app_identifier", &self.mobile_app_identifier);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for ManagedAppPolicyDeploymentSummaryPerApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.configuration_applied_user_count.read_from(r),
            1usize => self.mobile_app_identifier.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.configuration_applied_user_count);
        w.field(1usize, &self.mobile_app_identifier);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_object!(ManagedAppPolicyDeploymentSummaryPerApp);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    ManagedAppPolicyDeploymentSummaryPerApp { with_configuration_applied_user_count
    configuration_applied_user_count : i32; with_mobile_app_identifier
    mobile_app_identifier : crate ::v1::AnyMobileAppIdentifier; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppPolicyDeploymentSummaryPerApp);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Policy used to configure detailed management settings for a specified set of apps
///
/// CSDL: `microsoft.graph.managedAppProtection`, entity type, derived from `microsoft.graph.managedAppPolicy`, abstract, key `id`.
///
/// Request builders: [`ManagedAppProtectionPath`](requests/trait.ManagedAppProtectionPath.html), what a path to one (`EntityPath<AnyManagedAppProtection, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedAppProtection {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the policy was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The policy's description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Policy display name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last time the policy was modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Data storage locations where a user may store managed data.
    ///
    /// CSDL: property `allowedDataStorageLocations`: `Collection(microsoft.graph.managedAppDataStorageLocation)`, not nullable.
    pub allowed_data_storage_locations: rt::Field<
        ::std::vec::Vec<crate::v1::ManagedAppDataStorageLocation>,
    >,
    /// Sources from which data is allowed to be transferred.
    ///
    /// CSDL: property `allowedInboundDataTransferSources`: `microsoft.graph.managedAppDataTransferLevel`, not nullable.
    pub allowed_inbound_data_transfer_sources: rt::Field<
        crate::v1::ManagedAppDataTransferLevel,
    >,
    /// The level to which the clipboard may be shared between apps on the managed device.
    ///
    /// CSDL: property `allowedOutboundClipboardSharingLevel`: `microsoft.graph.managedAppClipboardSharingLevel`, not nullable.
    pub allowed_outbound_clipboard_sharing_level: rt::Field<
        crate::v1::ManagedAppClipboardSharingLevel,
    >,
    /// Destinations to which data is allowed to be transferred.
    ///
    /// CSDL: property `allowedOutboundDataTransferDestinations`: `microsoft.graph.managedAppDataTransferLevel`, not nullable.
    pub allowed_outbound_data_transfer_destinations: rt::Field<
        crate::v1::ManagedAppDataTransferLevel,
    >,
    /// Indicates whether contacts can be synced to the user's device.
    ///
    /// CSDL: property `contactSyncBlocked`: `Edm.Boolean`, not nullable.
    pub contact_sync_blocked: rt::Field<bool>,
    /// Indicates whether the backup of a managed app's data is blocked.
    ///
    /// CSDL: property `dataBackupBlocked`: `Edm.Boolean`, not nullable.
    pub data_backup_blocked: rt::Field<bool>,
    /// Indicates whether device compliance is required.
    ///
    /// CSDL: property `deviceComplianceRequired`: `Edm.Boolean`, not nullable.
    pub device_compliance_required: rt::Field<bool>,
    /// Indicates whether use of the app pin is required if the device pin is set.
    ///
    /// CSDL: property `disableAppPinIfDevicePinIsSet`: `Edm.Boolean`, not nullable.
    pub disable_app_pin_if_device_pin_is_set: rt::Field<bool>,
    /// Indicates whether use of the fingerprint reader is allowed in place of a pin if PinRequired is set to True.
    ///
    /// CSDL: property `fingerprintBlocked`: `Edm.Boolean`, not nullable.
    pub fingerprint_blocked: rt::Field<bool>,
    /// Indicates in which managed browser(s) that internet links should be opened. When this property is configured, ManagedBrowserToOpenLinksRequired should be true.
    ///
    /// CSDL: property `managedBrowser`: `microsoft.graph.managedBrowserType`, not nullable.
    pub managed_browser: rt::Field<rt::Flags<crate::v1::ManagedBrowserType>>,
    /// Indicates whether internet links should be opened in the managed browser app, or any custom browser specified by CustomBrowserProtocol (for iOS) or CustomBrowserPackageId/CustomBrowserDisplayName (for Android)
    ///
    /// CSDL: property `managedBrowserToOpenLinksRequired`: `Edm.Boolean`, not nullable.
    pub managed_browser_to_open_links_required: rt::Field<bool>,
    /// Maximum number of incorrect pin retry attempts before the managed app is either blocked or wiped. Valid values 1 to 65535
    ///
    /// CSDL: property `maximumPinRetries`: `Edm.Int32`, not nullable.
    pub maximum_pin_retries: rt::Field<i32>,
    /// Minimum pin length required for an app-level pin if PinRequired is set to True
    ///
    /// CSDL: property `minimumPinLength`: `Edm.Int32`, not nullable.
    pub minimum_pin_length: rt::Field<i32>,
    /// Versions less than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `minimumRequiredAppVersion`: `Edm.String`, nullable.
    pub minimum_required_app_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `minimumRequiredOsVersion`: `Edm.String`, nullable.
    pub minimum_required_os_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will result in warning message on the managed app.
    ///
    /// CSDL: property `minimumWarningAppVersion`: `Edm.String`, nullable.
    pub minimum_warning_app_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will result in warning message on the managed app from accessing company data.
    ///
    /// CSDL: property `minimumWarningOsVersion`: `Edm.String`, nullable.
    pub minimum_warning_os_version: rt::Field<::std::string::String>,
    /// Indicates whether organizational credentials are required for app use.
    ///
    /// CSDL: property `organizationalCredentialsRequired`: `Edm.Boolean`, not nullable.
    pub organizational_credentials_required: rt::Field<bool>,
    /// TimePeriod before the all-level pin must be reset if PinRequired is set to True.
    ///
    /// CSDL: property `periodBeforePinReset`: `Edm.Duration`, not nullable.
    pub period_before_pin_reset: rt::Field<rt::edm::Duration>,
    /// The period after which access is checked when the device is not connected to the internet.
    ///
    /// CSDL: property `periodOfflineBeforeAccessCheck`: `Edm.Duration`, not nullable.
    pub period_offline_before_access_check: rt::Field<rt::edm::Duration>,
    /// The amount of time an app is allowed to remain disconnected from the internet before all managed data it is wiped.
    ///
    /// CSDL: property `periodOfflineBeforeWipeIsEnforced`: `Edm.Duration`, not nullable.
    pub period_offline_before_wipe_is_enforced: rt::Field<rt::edm::Duration>,
    /// The period after which access is checked when the device is connected to the internet.
    ///
    /// CSDL: property `periodOnlineBeforeAccessCheck`: `Edm.Duration`, not nullable.
    pub period_online_before_access_check: rt::Field<rt::edm::Duration>,
    /// Character set which may be used for an app-level pin if PinRequired is set to True.
    ///
    /// CSDL: property `pinCharacterSet`: `microsoft.graph.managedAppPinCharacterSet`, not nullable.
    pub pin_character_set: rt::Field<crate::v1::ManagedAppPinCharacterSet>,
    /// Indicates whether an app-level pin is required.
    ///
    /// CSDL: property `pinRequired`: `Edm.Boolean`, not nullable.
    pub pin_required: rt::Field<bool>,
    /// Indicates whether printing is allowed from managed apps.
    ///
    /// CSDL: property `printBlocked`: `Edm.Boolean`, not nullable.
    pub print_blocked: rt::Field<bool>,
    /// Indicates whether users may use the "Save As" menu item to save a copy of protected files.
    ///
    /// CSDL: property `saveAsBlocked`: `Edm.Boolean`, not nullable.
    pub save_as_blocked: rt::Field<bool>,
    /// Indicates whether simplePin is blocked.
    ///
    /// CSDL: property `simplePinBlocked`: `Edm.Boolean`, not nullable.
    pub simple_pin_blocked: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for ManagedAppProtection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            allowed_data_storage_locations: rt::Field::Absent,
            allowed_inbound_data_transfer_sources: rt::Field::Absent,
            allowed_outbound_clipboard_sharing_level: rt::Field::Absent,
            allowed_outbound_data_transfer_destinations: rt::Field::Absent,
            contact_sync_blocked: rt::Field::Absent,
            data_backup_blocked: rt::Field::Absent,
            device_compliance_required: rt::Field::Absent,
            disable_app_pin_if_device_pin_is_set: rt::Field::Absent,
            fingerprint_blocked: rt::Field::Absent,
            managed_browser: rt::Field::Absent,
            managed_browser_to_open_links_required: rt::Field::Absent,
            maximum_pin_retries: rt::Field::Absent,
            minimum_pin_length: rt::Field::Absent,
            minimum_required_app_version: rt::Field::Absent,
            minimum_required_os_version: rt::Field::Absent,
            minimum_warning_app_version: rt::Field::Absent,
            minimum_warning_os_version: rt::Field::Absent,
            organizational_credentials_required: rt::Field::Absent,
            period_before_pin_reset: rt::Field::Absent,
            period_offline_before_access_check: rt::Field::Absent,
            period_offline_before_wipe_is_enforced: rt::Field::Absent,
            period_online_before_access_check: rt::Field::Absent,
            pin_character_set: rt::Field::Absent,
            pin_required: rt::Field::Absent,
            print_blocked: rt::Field::Absent,
            save_as_blocked: rt::Field::Absent,
            simple_pin_blocked: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for ManagedAppProtection {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppProtection";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
        "allowedDataStorageLocations",
        "allowedInboundDataTransferSources",
        "allowedOutboundClipboardSharingLevel",
        "allowedOutboundDataTransferDestinations",
        "contactSyncBlocked",
        "dataBackupBlocked",
        "deviceComplianceRequired",
        "disableAppPinIfDevicePinIsSet",
        "fingerprintBlocked",
        "managedBrowser",
        "managedBrowserToOpenLinksRequired",
        "maximumPinRetries",
        "minimumPinLength",
        "minimumRequiredAppVersion",
        "minimumRequiredOsVersion",
        "minimumWarningAppVersion",
        "minimumWarningOsVersion",
        "organizationalCredentialsRequired",
        "periodBeforePinReset",
        "periodOfflineBeforeAccessCheck",
        "periodOfflineBeforeWipeIsEnforced",
        "periodOnlineBeforeAccessCheck",
        "pinCharacterSet",
        "pinRequired",
        "printBlocked",
        "saveAsBlocked",
        "simplePinBlocked",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"allowedDataStorageLocations\":  ",
        ",\"allowedInboundDataTransferSources\":",
        ",\"allowedOutboundClipboardSharingLevel\":",
        ",\"allowedOutboundDataTransferDestinations\":",
        ",\"contactSyncBlocked\":           ",
        ",\"dataBackupBlocked\":            ",
        ",\"deviceComplianceRequired\":     ",
        ",\"disableAppPinIfDevicePinIsSet\":",
        ",\"fingerprintBlocked\":           ",
        ",\"managedBrowser\":               ",
        ",\"managedBrowserToOpenLinksRequired\":",
        ",\"maximumPinRetries\":            ",
        ",\"minimumPinLength\":             ",
        ",\"minimumRequiredAppVersion\":    ",
        ",\"minimumRequiredOsVersion\":     ",
        ",\"minimumWarningAppVersion\":     ",
        ",\"minimumWarningOsVersion\":      ",
        ",\"organizationalCredentialsRequired\":",
        ",\"periodBeforePinReset\":         ",
        ",\"periodOfflineBeforeAccessCheck\":",
        ",\"periodOfflineBeforeWipeIsEnforced\":",
        ",\"periodOnlineBeforeAccessCheck\":",
        ",\"pinCharacterSet\":              ",
        ",\"pinRequired\":                  ",
        ",\"printBlocked\":                 ",
        ",\"saveAsBlocked\":                ",
        ",\"simplePinBlocked\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedAppProtection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(
            6usize,
            "allowed_data_storage_locations",
            &self.allowed_data_storage_locations,
        );
        v.field(
            7usize,
            "allowed_inbound_data_transfer_sources",
            &self.allowed_inbound_data_transfer_sources,
        );
        v.field(
            8usize,
            "allowed_outbound_clipboard_sharing_level",
            &self.allowed_outbound_clipboard_sharing_level,
        );
        v.field(
            9usize,
            "allowed_outbound_data_transfer_destinations",
            &self.allowed_outbound_data_transfer_destinations,
        );
        v.field(10usize, "contact_sync_blocked", &self.contact_sync_blocked);
        v.field(11usize, "data_backup_blocked", &self.data_backup_blocked);
        v.field(12usize, "device_compliance_required", &self.device_compliance_required);
        v.field(
            13usize,
            "disable_app_pin_if_device_pin_is_set",
            &self.disable_app_pin_if_device_pin_is_set,
        );
        v.field(14usize, "fingerprint_blocked", &self.fingerprint_blocked);
        v.field(15usize, "managed_browser", &self.managed_browser);
        v.field(
            16usize,
            "managed_browser_to_open_links_required",
            &self.managed_browser_to_open_links_required,
        );
        v.field(17usize, "maximum_pin_retries", &self.maximum_pin_retries);
        v.field(18usize, "minimum_pin_length", &self.minimum_pin_length);
        v.field(
            19usize,
            "minimum_required_app_version",
            &self.minimum_required_app_version,
        );
        v.field(
            20usize,
            "minimum_required_os_version",
            &self.minimum_required_os_version,
        );
        v.field(
            21usize,
            "minimum_warning_app_version",
            &self.minimum_warning_app_version,
        );
        v.field(22usize, "minimum_warning_os_version", &self.minimum_warning_os_version);
        v.field(
            23usize,
            "organizational_credentials_required",
            &self.organizational_credentials_required,
        );
        v.field(24usize, "period_before_pin_reset", &self.period_before_pin_reset);
        v.field(
            25usize,
            "period_offline_before_access_check",
            &self.period_offline_before_access_check,
        );
        v.field(
            26usize,
            "period_offline_before_wipe_is_enforced",
            &self.period_offline_before_wipe_is_enforced,
        );
        v.field(
            27usize,
            "period_online_before_access_check",
            &self.period_online_before_access_check,
        );
        v.field(28usize, "pin_character_set", &self.pin_character_set);
        v.field(29usize, "pin_required", &self.pin_required);
        v.field(30usize, "print_blocked", &self.print_blocked);
        v.field(31usize, "save_as_blocked", &self.save_as_blocked);
        v.field(32usize, "simple_pin_blocked", &self.simple_pin_blocked);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for ManagedAppProtection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.allowed_data_storage_locations.read_from(r),
            7usize => self.allowed_inbound_data_transfer_sources.read_from(r),
            8usize => self.allowed_outbound_clipboard_sharing_level.read_from(r),
            9usize => self.allowed_outbound_data_transfer_destinations.read_from(r),
            10usize => self.contact_sync_blocked.read_from(r),
            11usize => self.data_backup_blocked.read_from(r),
            12usize => self.device_compliance_required.read_from(r),
            13usize => self.disable_app_pin_if_device_pin_is_set.read_from(r),
            14usize => self.fingerprint_blocked.read_from(r),
            15usize => self.managed_browser.read_from(r),
            16usize => self.managed_browser_to_open_links_required.read_from(r),
            17usize => self.maximum_pin_retries.read_from(r),
            18usize => self.minimum_pin_length.read_from(r),
            19usize => self.minimum_required_app_version.read_from(r),
            20usize => self.minimum_required_os_version.read_from(r),
            21usize => self.minimum_warning_app_version.read_from(r),
            22usize => self.minimum_warning_os_version.read_from(r),
            23usize => self.organizational_credentials_required.read_from(r),
            24usize => self.period_before_pin_reset.read_from(r),
            25usize => self.period_offline_before_access_check.read_from(r),
            26usize => self.period_offline_before_wipe_is_enforced.read_from(r),
            27usize => self.period_online_before_access_check.read_from(r),
            28usize => self.pin_character_set.read_from(r),
            29usize => self.pin_required.read_from(r),
            30usize => self.print_blocked.read_from(r),
            31usize => self.save_as_blocked.read_from(r),
            32usize => self.simple_pin_blocked.read_from(r),
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
        w.field(6usize, &self.allowed_data_storage_locations);
        w.field(7usize, &self.allowed_inbound_data_transfer_sources);
        w.field(8usize, &self.allowed_outbound_clipboard_sharing_level);
        w.field(9usize, &self.allowed_outbound_data_transfer_destinations);
        w.field(10usize, &self.contact_sync_blocked);
        w.field(11usize, &self.data_backup_blocked);
        w.field(12usize, &self.device_compliance_required);
        w.field(13usize, &self.disable_app_pin_if_device_pin_is_set);
        w.field(14usize, &self.fingerprint_blocked);
        w.field(15usize, &self.managed_browser);
        w.field(16usize, &self.managed_browser_to_open_links_required);
        w.field(17usize, &self.maximum_pin_retries);
        w.field(18usize, &self.minimum_pin_length);
        w.field(19usize, &self.minimum_required_app_version);
        w.field(20usize, &self.minimum_required_os_version);
        w.field(21usize, &self.minimum_warning_app_version);
        w.field(22usize, &self.minimum_warning_os_version);
        w.field(23usize, &self.organizational_credentials_required);
        w.field(24usize, &self.period_before_pin_reset);
        w.field(25usize, &self.period_offline_before_access_check);
        w.field(26usize, &self.period_offline_before_wipe_is_enforced);
        w.field(27usize, &self.period_online_before_access_check);
        w.field(28usize, &self.pin_character_set);
        w.field(29usize, &self.pin_required);
        w.field(30usize, &self.print_blocked);
        w.field(31usize, &self.save_as_blocked);
        w.field(32usize, &self.simple_pin_blocked);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_object!(ManagedAppProtection);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    ManagedAppProtection { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_version version : ::std::string::String; with_allowed_data_storage_locations
    allowed_data_storage_locations : ::std::vec::Vec < crate
    ::v1::ManagedAppDataStorageLocation >; with_allowed_inbound_data_transfer_sources
    allowed_inbound_data_transfer_sources : crate ::v1::ManagedAppDataTransferLevel;
    with_allowed_outbound_clipboard_sharing_level
    allowed_outbound_clipboard_sharing_level : crate
    ::v1::ManagedAppClipboardSharingLevel;
    with_allowed_outbound_data_transfer_destinations
    allowed_outbound_data_transfer_destinations : crate
    ::v1::ManagedAppDataTransferLevel; with_contact_sync_blocked contact_sync_blocked :
    bool; with_data_backup_blocked data_backup_blocked : bool;
    with_device_compliance_required device_compliance_required : bool;
    with_disable_app_pin_if_device_pin_is_set disable_app_pin_if_device_pin_is_set :
    bool; with_fingerprint_blocked fingerprint_blocked : bool; with_managed_browser
    managed_browser : rt::Flags < crate ::v1::ManagedBrowserType >;
    with_managed_browser_to_open_links_required managed_browser_to_open_links_required :
    bool; with_maximum_pin_retries maximum_pin_retries : i32; with_minimum_pin_length
    minimum_pin_length : i32; with_minimum_required_app_version
    minimum_required_app_version : ::std::string::String;
    with_minimum_required_os_version minimum_required_os_version : ::std::string::String;
    with_minimum_warning_app_version minimum_warning_app_version : ::std::string::String;
    with_minimum_warning_os_version minimum_warning_os_version : ::std::string::String;
    with_organizational_credentials_required organizational_credentials_required : bool;
    with_period_before_pin_reset period_before_pin_reset : rt::edm::Duration;
    with_period_offline_before_access_check period_offline_before_access_check :
    rt::edm::Duration; with_period_offline_before_wipe_is_enforced
    period_offline_before_wipe_is_enforced : rt::edm::Duration;
    with_period_online_before_access_check period_online_before_access_check :
    rt::edm::Duration; with_pin_character_set pin_character_set : crate
    ::v1::ManagedAppPinCharacterSet; with_pin_required pin_required : bool;
    with_print_blocked print_blocked : bool; with_save_as_blocked save_as_blocked : bool;
    with_simple_pin_blocked simple_pin_blocked : bool; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppProtection);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// `microsoft.graph.managedAppProtection` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyManagedAppProtection {
    ManagedAppProtection(::std::boxed::Box<crate::v1::ManagedAppProtection>),
    AndroidManagedAppProtection(
        ::std::boxed::Box<crate::v1::AndroidManagedAppProtection>,
    ),
    DefaultManagedAppProtection(
        ::std::boxed::Box<crate::v1::DefaultManagedAppProtection>,
    ),
    IosManagedAppProtection(::std::boxed::Box<crate::v1::IosManagedAppProtection>),
    TargetedManagedAppProtection(
        ::std::boxed::Box<crate::v1::TargetedManagedAppProtection>,
    ),
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for AnyManagedAppProtection {
    #[inline]
    fn default() -> Self {
        Self::ManagedAppProtection(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedAppProtection> for AnyManagedAppProtection {
    #[inline]
    fn from(v: crate::v1::ManagedAppProtection) -> Self {
        Self::ManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AndroidManagedAppProtection>
for AnyManagedAppProtection {
    #[inline]
    fn from(v: crate::v1::AndroidManagedAppProtection) -> Self {
        Self::AndroidManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DefaultManagedAppProtection>
for AnyManagedAppProtection {
    #[inline]
    fn from(v: crate::v1::DefaultManagedAppProtection) -> Self {
        Self::DefaultManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosManagedAppProtection>
for AnyManagedAppProtection {
    #[inline]
    fn from(v: crate::v1::IosManagedAppProtection) -> Self {
        Self::IosManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TargetedManagedAppProtection>
for AnyManagedAppProtection {
    #[inline]
    fn from(v: crate::v1::TargetedManagedAppProtection) -> Self {
        Self::TargetedManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
unsafe impl ::std::marker::Send for AnyManagedAppProtection {}
#[cfg(msgraph_v1_core_or_device_app_management)]
unsafe impl ::std::marker::Sync for AnyManagedAppProtection {}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::marker::Unpin for AnyManagedAppProtection {}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::panic::UnwindSafe for AnyManagedAppProtection {}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::panic::RefUnwindSafe for AnyManagedAppProtection {}
#[cfg(msgraph_v1_core_or_device_app_management)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ManagedAppProtection>();
    rt::object::auto_traits::<crate::v1::AndroidManagedAppProtection>();
    rt::object::auto_traits::<crate::v1::DefaultManagedAppProtection>();
    rt::object::auto_traits::<crate::v1::IosManagedAppProtection>();
    rt::object::auto_traits::<crate::v1::TargetedManagedAppProtection>();
};
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Poly for AnyManagedAppProtection {
    const BASE_NAME: &'static str = "microsoft.graph.managedAppProtection";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.androidManagedAppProtection",
            ) => Self::AndroidManagedAppProtection(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.defaultManagedAppProtection",
            ) => Self::DefaultManagedAppProtection(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.iosManagedAppProtection") => {
                Self::IosManagedAppProtection(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.targetedManagedAppProtection",
            ) => Self::TargetedManagedAppProtection(rt::object::new_boxed()),
            _ => Self::ManagedAppProtection(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ManagedAppProtection(v) => &**v,
            Self::AndroidManagedAppProtection(v) => &**v,
            Self::DefaultManagedAppProtection(v) => &**v,
            Self::IosManagedAppProtection(v) => &**v,
            Self::TargetedManagedAppProtection(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ManagedAppProtection(v) => &mut **v,
            Self::AndroidManagedAppProtection(v) => &mut **v,
            Self::DefaultManagedAppProtection(v) => &mut **v,
            Self::IosManagedAppProtection(v) => &mut **v,
            Self::TargetedManagedAppProtection(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl AnyManagedAppProtection {
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
            Self::ManagedAppProtection(v) => &v.id,
            Self::AndroidManagedAppProtection(v) => &v.id,
            Self::DefaultManagedAppProtection(v) => &v.id,
            Self::IosManagedAppProtection(v) => &v.id,
            Self::TargetedManagedAppProtection(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.id,
            Self::AndroidManagedAppProtection(v) => &mut v.id,
            Self::DefaultManagedAppProtection(v) => &mut v.id,
            Self::IosManagedAppProtection(v) => &mut v.id,
            Self::TargetedManagedAppProtection(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppProtection(v) => &v.created_date_time,
            Self::AndroidManagedAppProtection(v) => &v.created_date_time,
            Self::DefaultManagedAppProtection(v) => &v.created_date_time,
            Self::IosManagedAppProtection(v) => &v.created_date_time,
            Self::TargetedManagedAppProtection(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.created_date_time,
            Self::AndroidManagedAppProtection(v) => &mut v.created_date_time,
            Self::DefaultManagedAppProtection(v) => &mut v.created_date_time,
            Self::IosManagedAppProtection(v) => &mut v.created_date_time,
            Self::TargetedManagedAppProtection(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &v.description,
            Self::AndroidManagedAppProtection(v) => &v.description,
            Self::DefaultManagedAppProtection(v) => &v.description,
            Self::IosManagedAppProtection(v) => &v.description,
            Self::TargetedManagedAppProtection(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.description,
            Self::AndroidManagedAppProtection(v) => &mut v.description,
            Self::DefaultManagedAppProtection(v) => &mut v.description,
            Self::IosManagedAppProtection(v) => &mut v.description,
            Self::TargetedManagedAppProtection(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &v.display_name,
            Self::AndroidManagedAppProtection(v) => &v.display_name,
            Self::DefaultManagedAppProtection(v) => &v.display_name,
            Self::IosManagedAppProtection(v) => &v.display_name,
            Self::TargetedManagedAppProtection(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.display_name,
            Self::AndroidManagedAppProtection(v) => &mut v.display_name,
            Self::DefaultManagedAppProtection(v) => &mut v.display_name,
            Self::IosManagedAppProtection(v) => &mut v.display_name,
            Self::TargetedManagedAppProtection(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppProtection(v) => &v.last_modified_date_time,
            Self::AndroidManagedAppProtection(v) => &v.last_modified_date_time,
            Self::DefaultManagedAppProtection(v) => &v.last_modified_date_time,
            Self::IosManagedAppProtection(v) => &v.last_modified_date_time,
            Self::TargetedManagedAppProtection(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.last_modified_date_time,
            Self::AndroidManagedAppProtection(v) => &mut v.last_modified_date_time,
            Self::DefaultManagedAppProtection(v) => &mut v.last_modified_date_time,
            Self::IosManagedAppProtection(v) => &mut v.last_modified_date_time,
            Self::TargetedManagedAppProtection(v) => &mut v.last_modified_date_time,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &v.version,
            Self::AndroidManagedAppProtection(v) => &v.version,
            Self::DefaultManagedAppProtection(v) => &v.version,
            Self::IosManagedAppProtection(v) => &v.version,
            Self::TargetedManagedAppProtection(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.version,
            Self::AndroidManagedAppProtection(v) => &mut v.version,
            Self::DefaultManagedAppProtection(v) => &mut v.version,
            Self::IosManagedAppProtection(v) => &mut v.version,
            Self::TargetedManagedAppProtection(v) => &mut v.version,
        }
    }
    /// `allowedDataStorageLocations` of any variant.
    #[inline]
    pub fn allowed_data_storage_locations(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::ManagedAppDataStorageLocation>> {
        match self {
            Self::ManagedAppProtection(v) => &v.allowed_data_storage_locations,
            Self::AndroidManagedAppProtection(v) => &v.allowed_data_storage_locations,
            Self::DefaultManagedAppProtection(v) => &v.allowed_data_storage_locations,
            Self::IosManagedAppProtection(v) => &v.allowed_data_storage_locations,
            Self::TargetedManagedAppProtection(v) => &v.allowed_data_storage_locations,
        }
    }
    /// `allowedDataStorageLocations` of any variant.
    #[inline]
    pub fn allowed_data_storage_locations_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::ManagedAppDataStorageLocation>> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.allowed_data_storage_locations,
            Self::AndroidManagedAppProtection(v) => &mut v.allowed_data_storage_locations,
            Self::DefaultManagedAppProtection(v) => &mut v.allowed_data_storage_locations,
            Self::IosManagedAppProtection(v) => &mut v.allowed_data_storage_locations,
            Self::TargetedManagedAppProtection(v) => {
                &mut v.allowed_data_storage_locations
            }
        }
    }
    /// `allowedInboundDataTransferSources` of any variant.
    #[inline]
    pub fn allowed_inbound_data_transfer_sources(
        &self,
    ) -> &rt::Field<crate::v1::ManagedAppDataTransferLevel> {
        match self {
            Self::ManagedAppProtection(v) => &v.allowed_inbound_data_transfer_sources,
            Self::AndroidManagedAppProtection(v) => {
                &v.allowed_inbound_data_transfer_sources
            }
            Self::DefaultManagedAppProtection(v) => {
                &v.allowed_inbound_data_transfer_sources
            }
            Self::IosManagedAppProtection(v) => &v.allowed_inbound_data_transfer_sources,
            Self::TargetedManagedAppProtection(v) => {
                &v.allowed_inbound_data_transfer_sources
            }
        }
    }
    /// `allowedInboundDataTransferSources` of any variant.
    #[inline]
    pub fn allowed_inbound_data_transfer_sources_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ManagedAppDataTransferLevel> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.allowed_inbound_data_transfer_sources,
            Self::AndroidManagedAppProtection(v) => {
                &mut v.allowed_inbound_data_transfer_sources
            }
            Self::DefaultManagedAppProtection(v) => {
                &mut v.allowed_inbound_data_transfer_sources
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.allowed_inbound_data_transfer_sources
            }
            Self::TargetedManagedAppProtection(v) => {
                &mut v.allowed_inbound_data_transfer_sources
            }
        }
    }
    /// `allowedOutboundClipboardSharingLevel` of any variant.
    #[inline]
    pub fn allowed_outbound_clipboard_sharing_level(
        &self,
    ) -> &rt::Field<crate::v1::ManagedAppClipboardSharingLevel> {
        match self {
            Self::ManagedAppProtection(v) => &v.allowed_outbound_clipboard_sharing_level,
            Self::AndroidManagedAppProtection(v) => {
                &v.allowed_outbound_clipboard_sharing_level
            }
            Self::DefaultManagedAppProtection(v) => {
                &v.allowed_outbound_clipboard_sharing_level
            }
            Self::IosManagedAppProtection(v) => {
                &v.allowed_outbound_clipboard_sharing_level
            }
            Self::TargetedManagedAppProtection(v) => {
                &v.allowed_outbound_clipboard_sharing_level
            }
        }
    }
    /// `allowedOutboundClipboardSharingLevel` of any variant.
    #[inline]
    pub fn allowed_outbound_clipboard_sharing_level_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ManagedAppClipboardSharingLevel> {
        match self {
            Self::ManagedAppProtection(v) => {
                &mut v.allowed_outbound_clipboard_sharing_level
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.allowed_outbound_clipboard_sharing_level
            }
            Self::DefaultManagedAppProtection(v) => {
                &mut v.allowed_outbound_clipboard_sharing_level
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.allowed_outbound_clipboard_sharing_level
            }
            Self::TargetedManagedAppProtection(v) => {
                &mut v.allowed_outbound_clipboard_sharing_level
            }
        }
    }
    /// `allowedOutboundDataTransferDestinations` of any variant.
    #[inline]
    pub fn allowed_outbound_data_transfer_destinations(
        &self,
    ) -> &rt::Field<crate::v1::ManagedAppDataTransferLevel> {
        match self {
            Self::ManagedAppProtection(v) => {
                &v.allowed_outbound_data_transfer_destinations
            }
            Self::AndroidManagedAppProtection(v) => {
                &v.allowed_outbound_data_transfer_destinations
            }
            Self::DefaultManagedAppProtection(v) => {
                &v.allowed_outbound_data_transfer_destinations
            }
            Self::IosManagedAppProtection(v) => {
                &v.allowed_outbound_data_transfer_destinations
            }
            Self::TargetedManagedAppProtection(v) => {
                &v.allowed_outbound_data_transfer_destinations
            }
        }
    }
    /// `allowedOutboundDataTransferDestinations` of any variant.
    #[inline]
    pub fn allowed_outbound_data_transfer_destinations_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ManagedAppDataTransferLevel> {
        match self {
            Self::ManagedAppProtection(v) => {
                &mut v.allowed_outbound_data_transfer_destinations
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.allowed_outbound_data_transfer_destinations
            }
            Self::DefaultManagedAppProtection(v) => {
                &mut v.allowed_outbound_data_transfer_destinations
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.allowed_outbound_data_transfer_destinations
            }
            Self::TargetedManagedAppProtection(v) => {
                &mut v.allowed_outbound_data_transfer_destinations
            }
        }
    }
    /// `contactSyncBlocked` of any variant.
    #[inline]
    pub fn contact_sync_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &v.contact_sync_blocked,
            Self::AndroidManagedAppProtection(v) => &v.contact_sync_blocked,
            Self::DefaultManagedAppProtection(v) => &v.contact_sync_blocked,
            Self::IosManagedAppProtection(v) => &v.contact_sync_blocked,
            Self::TargetedManagedAppProtection(v) => &v.contact_sync_blocked,
        }
    }
    /// `contactSyncBlocked` of any variant.
    #[inline]
    pub fn contact_sync_blocked_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.contact_sync_blocked,
            Self::AndroidManagedAppProtection(v) => &mut v.contact_sync_blocked,
            Self::DefaultManagedAppProtection(v) => &mut v.contact_sync_blocked,
            Self::IosManagedAppProtection(v) => &mut v.contact_sync_blocked,
            Self::TargetedManagedAppProtection(v) => &mut v.contact_sync_blocked,
        }
    }
    /// `dataBackupBlocked` of any variant.
    #[inline]
    pub fn data_backup_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &v.data_backup_blocked,
            Self::AndroidManagedAppProtection(v) => &v.data_backup_blocked,
            Self::DefaultManagedAppProtection(v) => &v.data_backup_blocked,
            Self::IosManagedAppProtection(v) => &v.data_backup_blocked,
            Self::TargetedManagedAppProtection(v) => &v.data_backup_blocked,
        }
    }
    /// `dataBackupBlocked` of any variant.
    #[inline]
    pub fn data_backup_blocked_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.data_backup_blocked,
            Self::AndroidManagedAppProtection(v) => &mut v.data_backup_blocked,
            Self::DefaultManagedAppProtection(v) => &mut v.data_backup_blocked,
            Self::IosManagedAppProtection(v) => &mut v.data_backup_blocked,
            Self::TargetedManagedAppProtection(v) => &mut v.data_backup_blocked,
        }
    }
    /// `deviceComplianceRequired` of any variant.
    #[inline]
    pub fn device_compliance_required(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &v.device_compliance_required,
            Self::AndroidManagedAppProtection(v) => &v.device_compliance_required,
            Self::DefaultManagedAppProtection(v) => &v.device_compliance_required,
            Self::IosManagedAppProtection(v) => &v.device_compliance_required,
            Self::TargetedManagedAppProtection(v) => &v.device_compliance_required,
        }
    }
    /// `deviceComplianceRequired` of any variant.
    #[inline]
    pub fn device_compliance_required_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.device_compliance_required,
            Self::AndroidManagedAppProtection(v) => &mut v.device_compliance_required,
            Self::DefaultManagedAppProtection(v) => &mut v.device_compliance_required,
            Self::IosManagedAppProtection(v) => &mut v.device_compliance_required,
            Self::TargetedManagedAppProtection(v) => &mut v.device_compliance_required,
        }
    }
    /// `disableAppPinIfDevicePinIsSet` of any variant.
    #[inline]
    pub fn disable_app_pin_if_device_pin_is_set(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &v.disable_app_pin_if_device_pin_is_set,
            Self::AndroidManagedAppProtection(v) => {
                &v.disable_app_pin_if_device_pin_is_set
            }
            Self::DefaultManagedAppProtection(v) => {
                &v.disable_app_pin_if_device_pin_is_set
            }
            Self::IosManagedAppProtection(v) => &v.disable_app_pin_if_device_pin_is_set,
            Self::TargetedManagedAppProtection(v) => {
                &v.disable_app_pin_if_device_pin_is_set
            }
        }
    }
    /// `disableAppPinIfDevicePinIsSet` of any variant.
    #[inline]
    pub fn disable_app_pin_if_device_pin_is_set_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.disable_app_pin_if_device_pin_is_set,
            Self::AndroidManagedAppProtection(v) => {
                &mut v.disable_app_pin_if_device_pin_is_set
            }
            Self::DefaultManagedAppProtection(v) => {
                &mut v.disable_app_pin_if_device_pin_is_set
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.disable_app_pin_if_device_pin_is_set
            }
            Self::TargetedManagedAppProtection(v) => {
                &mut v.disable_app_pin_if_device_pin_is_set
            }
        }
    }
    /// `fingerprintBlocked` of any variant.
    #[inline]
    pub fn fingerprint_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &v.fingerprint_blocked,
            Self::AndroidManagedAppProtection(v) => &v.fingerprint_blocked,
            Self::DefaultManagedAppProtection(v) => &v.fingerprint_blocked,
            Self::IosManagedAppProtection(v) => &v.fingerprint_blocked,
            Self::TargetedManagedAppProtection(v) => &v.fingerprint_blocked,
        }
    }
    /// `fingerprintBlocked` of any variant.
    #[inline]
    pub fn fingerprint_blocked_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.fingerprint_blocked,
            Self::AndroidManagedAppProtection(v) => &mut v.fingerprint_blocked,
            Self::DefaultManagedAppProtection(v) => &mut v.fingerprint_blocked,
            Self::IosManagedAppProtection(v) => &mut v.fingerprint_blocked,
            Self::TargetedManagedAppProtection(v) => &mut v.fingerprint_blocked,
        }
    }
    /// `managedBrowser` of any variant.
    #[inline]
    pub fn managed_browser(
        &self,
    ) -> &rt::Field<rt::Flags<crate::v1::ManagedBrowserType>> {
        match self {
            Self::ManagedAppProtection(v) => &v.managed_browser,
            Self::AndroidManagedAppProtection(v) => &v.managed_browser,
            Self::DefaultManagedAppProtection(v) => &v.managed_browser,
            Self::IosManagedAppProtection(v) => &v.managed_browser,
            Self::TargetedManagedAppProtection(v) => &v.managed_browser,
        }
    }
    /// `managedBrowser` of any variant.
    #[inline]
    pub fn managed_browser_mut(
        &mut self,
    ) -> &mut rt::Field<rt::Flags<crate::v1::ManagedBrowserType>> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.managed_browser,
            Self::AndroidManagedAppProtection(v) => &mut v.managed_browser,
            Self::DefaultManagedAppProtection(v) => &mut v.managed_browser,
            Self::IosManagedAppProtection(v) => &mut v.managed_browser,
            Self::TargetedManagedAppProtection(v) => &mut v.managed_browser,
        }
    }
    /// `managedBrowserToOpenLinksRequired` of any variant.
    #[inline]
    pub fn managed_browser_to_open_links_required(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &v.managed_browser_to_open_links_required,
            Self::AndroidManagedAppProtection(v) => {
                &v.managed_browser_to_open_links_required
            }
            Self::DefaultManagedAppProtection(v) => {
                &v.managed_browser_to_open_links_required
            }
            Self::IosManagedAppProtection(v) => &v.managed_browser_to_open_links_required,
            Self::TargetedManagedAppProtection(v) => {
                &v.managed_browser_to_open_links_required
            }
        }
    }
    /// `managedBrowserToOpenLinksRequired` of any variant.
    #[inline]
    pub fn managed_browser_to_open_links_required_mut(
        &mut self,
    ) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => {
                &mut v.managed_browser_to_open_links_required
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.managed_browser_to_open_links_required
            }
            Self::DefaultManagedAppProtection(v) => {
                &mut v.managed_browser_to_open_links_required
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.managed_browser_to_open_links_required
            }
            Self::TargetedManagedAppProtection(v) => {
                &mut v.managed_browser_to_open_links_required
            }
        }
    }
    /// `maximumPinRetries` of any variant.
    #[inline]
    pub fn maximum_pin_retries(&self) -> &rt::Field<i32> {
        match self {
            Self::ManagedAppProtection(v) => &v.maximum_pin_retries,
            Self::AndroidManagedAppProtection(v) => &v.maximum_pin_retries,
            Self::DefaultManagedAppProtection(v) => &v.maximum_pin_retries,
            Self::IosManagedAppProtection(v) => &v.maximum_pin_retries,
            Self::TargetedManagedAppProtection(v) => &v.maximum_pin_retries,
        }
    }
    /// `maximumPinRetries` of any variant.
    #[inline]
    pub fn maximum_pin_retries_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.maximum_pin_retries,
            Self::AndroidManagedAppProtection(v) => &mut v.maximum_pin_retries,
            Self::DefaultManagedAppProtection(v) => &mut v.maximum_pin_retries,
            Self::IosManagedAppProtection(v) => &mut v.maximum_pin_retries,
            Self::TargetedManagedAppProtection(v) => &mut v.maximum_pin_retries,
        }
    }
    /// `minimumPinLength` of any variant.
    #[inline]
    pub fn minimum_pin_length(&self) -> &rt::Field<i32> {
        match self {
            Self::ManagedAppProtection(v) => &v.minimum_pin_length,
            Self::AndroidManagedAppProtection(v) => &v.minimum_pin_length,
            Self::DefaultManagedAppProtection(v) => &v.minimum_pin_length,
            Self::IosManagedAppProtection(v) => &v.minimum_pin_length,
            Self::TargetedManagedAppProtection(v) => &v.minimum_pin_length,
        }
    }
    /// `minimumPinLength` of any variant.
    #[inline]
    pub fn minimum_pin_length_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.minimum_pin_length,
            Self::AndroidManagedAppProtection(v) => &mut v.minimum_pin_length,
            Self::DefaultManagedAppProtection(v) => &mut v.minimum_pin_length,
            Self::IosManagedAppProtection(v) => &mut v.minimum_pin_length,
            Self::TargetedManagedAppProtection(v) => &mut v.minimum_pin_length,
        }
    }
    /// `minimumRequiredAppVersion` of any variant.
    #[inline]
    pub fn minimum_required_app_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &v.minimum_required_app_version,
            Self::AndroidManagedAppProtection(v) => &v.minimum_required_app_version,
            Self::DefaultManagedAppProtection(v) => &v.minimum_required_app_version,
            Self::IosManagedAppProtection(v) => &v.minimum_required_app_version,
            Self::TargetedManagedAppProtection(v) => &v.minimum_required_app_version,
        }
    }
    /// `minimumRequiredAppVersion` of any variant.
    #[inline]
    pub fn minimum_required_app_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.minimum_required_app_version,
            Self::AndroidManagedAppProtection(v) => &mut v.minimum_required_app_version,
            Self::DefaultManagedAppProtection(v) => &mut v.minimum_required_app_version,
            Self::IosManagedAppProtection(v) => &mut v.minimum_required_app_version,
            Self::TargetedManagedAppProtection(v) => &mut v.minimum_required_app_version,
        }
    }
    /// `minimumRequiredOsVersion` of any variant.
    #[inline]
    pub fn minimum_required_os_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &v.minimum_required_os_version,
            Self::AndroidManagedAppProtection(v) => &v.minimum_required_os_version,
            Self::DefaultManagedAppProtection(v) => &v.minimum_required_os_version,
            Self::IosManagedAppProtection(v) => &v.minimum_required_os_version,
            Self::TargetedManagedAppProtection(v) => &v.minimum_required_os_version,
        }
    }
    /// `minimumRequiredOsVersion` of any variant.
    #[inline]
    pub fn minimum_required_os_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.minimum_required_os_version,
            Self::AndroidManagedAppProtection(v) => &mut v.minimum_required_os_version,
            Self::DefaultManagedAppProtection(v) => &mut v.minimum_required_os_version,
            Self::IosManagedAppProtection(v) => &mut v.minimum_required_os_version,
            Self::TargetedManagedAppProtection(v) => &mut v.minimum_required_os_version,
        }
    }
    /// `minimumWarningAppVersion` of any variant.
    #[inline]
    pub fn minimum_warning_app_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &v.minimum_warning_app_version,
            Self::AndroidManagedAppProtection(v) => &v.minimum_warning_app_version,
            Self::DefaultManagedAppProtection(v) => &v.minimum_warning_app_version,
            Self::IosManagedAppProtection(v) => &v.minimum_warning_app_version,
            Self::TargetedManagedAppProtection(v) => &v.minimum_warning_app_version,
        }
    }
    /// `minimumWarningAppVersion` of any variant.
    #[inline]
    pub fn minimum_warning_app_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.minimum_warning_app_version,
            Self::AndroidManagedAppProtection(v) => &mut v.minimum_warning_app_version,
            Self::DefaultManagedAppProtection(v) => &mut v.minimum_warning_app_version,
            Self::IosManagedAppProtection(v) => &mut v.minimum_warning_app_version,
            Self::TargetedManagedAppProtection(v) => &mut v.minimum_warning_app_version,
        }
    }
    /// `minimumWarningOsVersion` of any variant.
    #[inline]
    pub fn minimum_warning_os_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &v.minimum_warning_os_version,
            Self::AndroidManagedAppProtection(v) => &v.minimum_warning_os_version,
            Self::DefaultManagedAppProtection(v) => &v.minimum_warning_os_version,
            Self::IosManagedAppProtection(v) => &v.minimum_warning_os_version,
            Self::TargetedManagedAppProtection(v) => &v.minimum_warning_os_version,
        }
    }
    /// `minimumWarningOsVersion` of any variant.
    #[inline]
    pub fn minimum_warning_os_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.minimum_warning_os_version,
            Self::AndroidManagedAppProtection(v) => &mut v.minimum_warning_os_version,
            Self::DefaultManagedAppProtection(v) => &mut v.minimum_warning_os_version,
            Self::IosManagedAppProtection(v) => &mut v.minimum_warning_os_version,
            Self::TargetedManagedAppProtection(v) => &mut v.minimum_warning_os_version,
        }
    }
    /// `organizationalCredentialsRequired` of any variant.
    #[inline]
    pub fn organizational_credentials_required(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &v.organizational_credentials_required,
            Self::AndroidManagedAppProtection(v) => {
                &v.organizational_credentials_required
            }
            Self::DefaultManagedAppProtection(v) => {
                &v.organizational_credentials_required
            }
            Self::IosManagedAppProtection(v) => &v.organizational_credentials_required,
            Self::TargetedManagedAppProtection(v) => {
                &v.organizational_credentials_required
            }
        }
    }
    /// `organizationalCredentialsRequired` of any variant.
    #[inline]
    pub fn organizational_credentials_required_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.organizational_credentials_required,
            Self::AndroidManagedAppProtection(v) => {
                &mut v.organizational_credentials_required
            }
            Self::DefaultManagedAppProtection(v) => {
                &mut v.organizational_credentials_required
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.organizational_credentials_required
            }
            Self::TargetedManagedAppProtection(v) => {
                &mut v.organizational_credentials_required
            }
        }
    }
    /// `periodBeforePinReset` of any variant.
    #[inline]
    pub fn period_before_pin_reset(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::ManagedAppProtection(v) => &v.period_before_pin_reset,
            Self::AndroidManagedAppProtection(v) => &v.period_before_pin_reset,
            Self::DefaultManagedAppProtection(v) => &v.period_before_pin_reset,
            Self::IosManagedAppProtection(v) => &v.period_before_pin_reset,
            Self::TargetedManagedAppProtection(v) => &v.period_before_pin_reset,
        }
    }
    /// `periodBeforePinReset` of any variant.
    #[inline]
    pub fn period_before_pin_reset_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.period_before_pin_reset,
            Self::AndroidManagedAppProtection(v) => &mut v.period_before_pin_reset,
            Self::DefaultManagedAppProtection(v) => &mut v.period_before_pin_reset,
            Self::IosManagedAppProtection(v) => &mut v.period_before_pin_reset,
            Self::TargetedManagedAppProtection(v) => &mut v.period_before_pin_reset,
        }
    }
    /// `periodOfflineBeforeAccessCheck` of any variant.
    #[inline]
    pub fn period_offline_before_access_check(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::ManagedAppProtection(v) => &v.period_offline_before_access_check,
            Self::AndroidManagedAppProtection(v) => &v.period_offline_before_access_check,
            Self::DefaultManagedAppProtection(v) => &v.period_offline_before_access_check,
            Self::IosManagedAppProtection(v) => &v.period_offline_before_access_check,
            Self::TargetedManagedAppProtection(v) => {
                &v.period_offline_before_access_check
            }
        }
    }
    /// `periodOfflineBeforeAccessCheck` of any variant.
    #[inline]
    pub fn period_offline_before_access_check_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.period_offline_before_access_check,
            Self::AndroidManagedAppProtection(v) => {
                &mut v.period_offline_before_access_check
            }
            Self::DefaultManagedAppProtection(v) => {
                &mut v.period_offline_before_access_check
            }
            Self::IosManagedAppProtection(v) => &mut v.period_offline_before_access_check,
            Self::TargetedManagedAppProtection(v) => {
                &mut v.period_offline_before_access_check
            }
        }
    }
    /// `periodOfflineBeforeWipeIsEnforced` of any variant.
    #[inline]
    pub fn period_offline_before_wipe_is_enforced(
        &self,
    ) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::ManagedAppProtection(v) => &v.period_offline_before_wipe_is_enforced,
            Self::AndroidManagedAppProtection(v) => {
                &v.period_offline_before_wipe_is_enforced
            }
            Self::DefaultManagedAppProtection(v) => {
                &v.period_offline_before_wipe_is_enforced
            }
            Self::IosManagedAppProtection(v) => &v.period_offline_before_wipe_is_enforced,
            Self::TargetedManagedAppProtection(v) => {
                &v.period_offline_before_wipe_is_enforced
            }
        }
    }
    /// `periodOfflineBeforeWipeIsEnforced` of any variant.
    #[inline]
    pub fn period_offline_before_wipe_is_enforced_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::ManagedAppProtection(v) => {
                &mut v.period_offline_before_wipe_is_enforced
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.period_offline_before_wipe_is_enforced
            }
            Self::DefaultManagedAppProtection(v) => {
                &mut v.period_offline_before_wipe_is_enforced
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.period_offline_before_wipe_is_enforced
            }
            Self::TargetedManagedAppProtection(v) => {
                &mut v.period_offline_before_wipe_is_enforced
            }
        }
    }
    /// `periodOnlineBeforeAccessCheck` of any variant.
    #[inline]
    pub fn period_online_before_access_check(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::ManagedAppProtection(v) => &v.period_online_before_access_check,
            Self::AndroidManagedAppProtection(v) => &v.period_online_before_access_check,
            Self::DefaultManagedAppProtection(v) => &v.period_online_before_access_check,
            Self::IosManagedAppProtection(v) => &v.period_online_before_access_check,
            Self::TargetedManagedAppProtection(v) => &v.period_online_before_access_check,
        }
    }
    /// `periodOnlineBeforeAccessCheck` of any variant.
    #[inline]
    pub fn period_online_before_access_check_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.period_online_before_access_check,
            Self::AndroidManagedAppProtection(v) => {
                &mut v.period_online_before_access_check
            }
            Self::DefaultManagedAppProtection(v) => {
                &mut v.period_online_before_access_check
            }
            Self::IosManagedAppProtection(v) => &mut v.period_online_before_access_check,
            Self::TargetedManagedAppProtection(v) => {
                &mut v.period_online_before_access_check
            }
        }
    }
    /// `pinCharacterSet` of any variant.
    #[inline]
    pub fn pin_character_set(&self) -> &rt::Field<crate::v1::ManagedAppPinCharacterSet> {
        match self {
            Self::ManagedAppProtection(v) => &v.pin_character_set,
            Self::AndroidManagedAppProtection(v) => &v.pin_character_set,
            Self::DefaultManagedAppProtection(v) => &v.pin_character_set,
            Self::IosManagedAppProtection(v) => &v.pin_character_set,
            Self::TargetedManagedAppProtection(v) => &v.pin_character_set,
        }
    }
    /// `pinCharacterSet` of any variant.
    #[inline]
    pub fn pin_character_set_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ManagedAppPinCharacterSet> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.pin_character_set,
            Self::AndroidManagedAppProtection(v) => &mut v.pin_character_set,
            Self::DefaultManagedAppProtection(v) => &mut v.pin_character_set,
            Self::IosManagedAppProtection(v) => &mut v.pin_character_set,
            Self::TargetedManagedAppProtection(v) => &mut v.pin_character_set,
        }
    }
    /// `pinRequired` of any variant.
    #[inline]
    pub fn pin_required(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &v.pin_required,
            Self::AndroidManagedAppProtection(v) => &v.pin_required,
            Self::DefaultManagedAppProtection(v) => &v.pin_required,
            Self::IosManagedAppProtection(v) => &v.pin_required,
            Self::TargetedManagedAppProtection(v) => &v.pin_required,
        }
    }
    /// `pinRequired` of any variant.
    #[inline]
    pub fn pin_required_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.pin_required,
            Self::AndroidManagedAppProtection(v) => &mut v.pin_required,
            Self::DefaultManagedAppProtection(v) => &mut v.pin_required,
            Self::IosManagedAppProtection(v) => &mut v.pin_required,
            Self::TargetedManagedAppProtection(v) => &mut v.pin_required,
        }
    }
    /// `printBlocked` of any variant.
    #[inline]
    pub fn print_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &v.print_blocked,
            Self::AndroidManagedAppProtection(v) => &v.print_blocked,
            Self::DefaultManagedAppProtection(v) => &v.print_blocked,
            Self::IosManagedAppProtection(v) => &v.print_blocked,
            Self::TargetedManagedAppProtection(v) => &v.print_blocked,
        }
    }
    /// `printBlocked` of any variant.
    #[inline]
    pub fn print_blocked_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.print_blocked,
            Self::AndroidManagedAppProtection(v) => &mut v.print_blocked,
            Self::DefaultManagedAppProtection(v) => &mut v.print_blocked,
            Self::IosManagedAppProtection(v) => &mut v.print_blocked,
            Self::TargetedManagedAppProtection(v) => &mut v.print_blocked,
        }
    }
    /// `saveAsBlocked` of any variant.
    #[inline]
    pub fn save_as_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &v.save_as_blocked,
            Self::AndroidManagedAppProtection(v) => &v.save_as_blocked,
            Self::DefaultManagedAppProtection(v) => &v.save_as_blocked,
            Self::IosManagedAppProtection(v) => &v.save_as_blocked,
            Self::TargetedManagedAppProtection(v) => &v.save_as_blocked,
        }
    }
    /// `saveAsBlocked` of any variant.
    #[inline]
    pub fn save_as_blocked_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.save_as_blocked,
            Self::AndroidManagedAppProtection(v) => &mut v.save_as_blocked,
            Self::DefaultManagedAppProtection(v) => &mut v.save_as_blocked,
            Self::IosManagedAppProtection(v) => &mut v.save_as_blocked,
            Self::TargetedManagedAppProtection(v) => &mut v.save_as_blocked,
        }
    }
    /// `simplePinBlocked` of any variant.
    #[inline]
    pub fn simple_pin_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &v.simple_pin_blocked,
            Self::AndroidManagedAppProtection(v) => &v.simple_pin_blocked,
            Self::DefaultManagedAppProtection(v) => &v.simple_pin_blocked,
            Self::IosManagedAppProtection(v) => &v.simple_pin_blocked,
            Self::TargetedManagedAppProtection(v) => &v.simple_pin_blocked,
        }
    }
    /// `simplePinBlocked` of any variant.
    #[inline]
    pub fn simple_pin_blocked_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.simple_pin_blocked,
            Self::AndroidManagedAppProtection(v) => &mut v.simple_pin_blocked,
            Self::DefaultManagedAppProtection(v) => &mut v.simple_pin_blocked,
            Self::IosManagedAppProtection(v) => &mut v.simple_pin_blocked,
            Self::TargetedManagedAppProtection(v) => &mut v.simple_pin_blocked,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_poly!(AnyManagedAppProtection);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyManagedAppProtection);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// The ManagedAppEntity is the base entity type for all other entity types under app management workflow.
///
/// The ManagedAppRegistration resource represents the details of an app, with management capability, used by a member of the organization.
///
/// CSDL: `microsoft.graph.managedAppRegistration`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`ManagedAppRegistrationPath`](requests/trait.ManagedAppRegistrationPath.html), what a path to one (`EntityPath<AnyManagedAppRegistration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct ManagedAppRegistration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The app package Identifier
    ///
    /// CSDL: property `appIdentifier`: `microsoft.graph.mobileAppIdentifier`, nullable.
    pub app_identifier: rt::Field<crate::v1::AnyMobileAppIdentifier>,
    /// App version
    ///
    /// CSDL: property `applicationVersion`: `Edm.String`, nullable.
    pub application_version: rt::Field<::std::string::String>,
    /// Date and time of creation
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Host device name
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// App management SDK generated tag, which helps relate apps hosted on the same device. Not guaranteed to relate apps in all conditions.
    ///
    /// CSDL: property `deviceTag`: `Edm.String`, nullable.
    pub device_tag: rt::Field<::std::string::String>,
    /// Host device type
    ///
    /// CSDL: property `deviceType`: `Edm.String`, nullable.
    pub device_type: rt::Field<::std::string::String>,
    /// Zero or more reasons an app registration is flagged. E.g. app running on rooted device
    ///
    /// CSDL: property `flaggedReasons`: `Collection(microsoft.graph.managedAppFlaggedReason)`, not nullable.
    pub flagged_reasons: rt::Field<::std::vec::Vec<crate::v1::ManagedAppFlaggedReason>>,
    /// Date and time of last the app synced with management service.
    ///
    /// CSDL: property `lastSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// App management SDK version
    ///
    /// CSDL: property `managementSdkVersion`: `Edm.String`, nullable.
    pub management_sdk_version: rt::Field<::std::string::String>,
    /// Operating System version
    ///
    /// CSDL: property `platformVersion`: `Edm.String`, nullable.
    pub platform_version: rt::Field<::std::string::String>,
    /// The user Id to who this app registration belongs.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Zero or more policys already applied on the registered app when it last synchronized with managment service.
    ///
    /// CSDL: containment navigation property `appliedPolicies`: `Collection(microsoft.graph.managedAppPolicy)`, not nullable.
    pub applied_policies: rt::Field<::std::vec::Vec<crate::v1::AnyManagedAppPolicy>>,
    /// Zero or more policies admin intended for the app as of now.
    ///
    /// CSDL: containment navigation property `intendedPolicies`: `Collection(microsoft.graph.managedAppPolicy)`, not nullable.
    pub intended_policies: rt::Field<::std::vec::Vec<crate::v1::AnyManagedAppPolicy>>,
    /// Zero or more long running operations triggered on the app registration.
    ///
    /// CSDL: containment navigation property `operations`: `Collection(microsoft.graph.managedAppOperation)`, not nullable.
    pub operations: rt::Field<::std::vec::Vec<crate::v1::ManagedAppOperation>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for ManagedAppRegistration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_identifier: rt::Field::Absent,
            application_version: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            device_name: rt::Field::Absent,
            device_tag: rt::Field::Absent,
            device_type: rt::Field::Absent,
            flagged_reasons: rt::Field::Absent,
            last_sync_date_time: rt::Field::Absent,
            management_sdk_version: rt::Field::Absent,
            platform_version: rt::Field::Absent,
            user_id: rt::Field::Absent,
            version: rt::Field::Absent,
            applied_policies: rt::Field::Absent,
            intended_policies: rt::Field::Absent,
            operations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for ManagedAppRegistration {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppRegistration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appIdentifier",
        "applicationVersion",
        "createdDateTime",
        "deviceName",
        "deviceTag",
        "deviceType",
        "flaggedReasons",
        "lastSyncDateTime",
        "managementSdkVersion",
        "platformVersion",
        "userId",
        "version",
        "appliedPolicies",
        "intendedPolicies",
        "operations",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appIdentifier\":                ",
        ",\"applicationVersion\":           ",
        ",\"createdDateTime\":              ",
        ",\"deviceName\":                   ",
        ",\"deviceTag\":                    ",
        ",\"deviceType\":                   ",
        ",\"flaggedReasons\":               ",
        ",\"lastSyncDateTime\":             ",
        ",\"managementSdkVersion\":         ",
        ",\"platformVersion\":              ",
        ",\"userId\":                       ",
        ",\"version\":                      ",
        ",\"appliedPolicies\":              ",
        ",\"intendedPolicies\":             ",
        ",\"operations\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedAppRegistration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_identifier", &self.app_identifier);
        v.field(2usize, "application_version", &self.application_version);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "device_name", &self.device_name);
        v.field(5usize, "device_tag", &self.device_tag);
        v.field(6usize, "device_type", &self.device_type);
        v.field(7usize, "flagged_reasons", &self.flagged_reasons);
        v.field(8usize, "last_sync_date_time", &self.last_sync_date_time);
        v.field(9usize, "management_sdk_version", &self.management_sdk_version);
        v.field(10usize, "platform_version", &self.platform_version);
        v.field(11usize, "user_id", &self.user_id);
        v.field(12usize, "version", &self.version);
        v.field(13usize, "applied_policies", &self.applied_policies);
        v.field(14usize, "intended_policies", &self.intended_policies);
        v.field(15usize, "operations", &self.operations);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for ManagedAppRegistration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_identifier.read_from(r),
            2usize => self.application_version.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.device_name.read_from(r),
            5usize => self.device_tag.read_from(r),
            6usize => self.device_type.read_from(r),
            7usize => self.flagged_reasons.read_from(r),
            8usize => self.last_sync_date_time.read_from(r),
            9usize => self.management_sdk_version.read_from(r),
            10usize => self.platform_version.read_from(r),
            11usize => self.user_id.read_from(r),
            12usize => self.version.read_from(r),
            13usize => self.applied_policies.read_from(r),
            14usize => self.intended_policies.read_from(r),
            15usize => self.operations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_identifier);
        w.field(2usize, &self.application_version);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.device_name);
        w.field(5usize, &self.device_tag);
        w.field(6usize, &self.device_type);
        w.field(7usize, &self.flagged_reasons);
        w.field(8usize, &self.last_sync_date_time);
        w.field(9usize, &self.management_sdk_version);
        w.field(10usize, &self.platform_version);
        w.field(11usize, &self.user_id);
        w.field(12usize, &self.version);
        w.field(13usize, &self.applied_policies);
        w.field(14usize, &self.intended_policies);
        w.field(15usize, &self.operations);
    }
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
rt::impl_object!(ManagedAppRegistration);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    ManagedAppRegistration { with_id id : ::std::string::String; with_app_identifier
    app_identifier : crate ::v1::AnyMobileAppIdentifier; with_application_version
    application_version : ::std::string::String; with_created_date_time created_date_time
    : rt::edm::DateTimeOffset; with_device_name device_name : ::std::string::String;
    with_device_tag device_tag : ::std::string::String; with_device_type device_type :
    ::std::string::String; with_flagged_reasons flagged_reasons : ::std::vec::Vec < crate
    ::v1::ManagedAppFlaggedReason >; with_last_sync_date_time last_sync_date_time :
    rt::edm::DateTimeOffset; with_management_sdk_version management_sdk_version :
    ::std::string::String; with_platform_version platform_version :
    ::std::string::String; with_user_id user_id : ::std::string::String; with_version
    version : ::std::string::String; with_applied_policies applied_policies :
    ::std::vec::Vec < crate ::v1::AnyManagedAppPolicy >; with_intended_policies
    intended_policies : ::std::vec::Vec < crate ::v1::AnyManagedAppPolicy >;
    with_operations operations : ::std::vec::Vec < crate ::v1::ManagedAppOperation >; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppRegistration);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// `microsoft.graph.managedAppRegistration` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyManagedAppRegistration {
    ManagedAppRegistration(::std::boxed::Box<crate::v1::ManagedAppRegistration>),
    AndroidManagedAppRegistration(
        ::std::boxed::Box<crate::v1::AndroidManagedAppRegistration>,
    ),
    IosManagedAppRegistration(::std::boxed::Box<crate::v1::IosManagedAppRegistration>),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for AnyManagedAppRegistration {
    #[inline]
    fn default() -> Self {
        Self::ManagedAppRegistration(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedAppRegistration>
for AnyManagedAppRegistration {
    #[inline]
    fn from(v: crate::v1::ManagedAppRegistration) -> Self {
        Self::ManagedAppRegistration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AndroidManagedAppRegistration>
for AnyManagedAppRegistration {
    #[inline]
    fn from(v: crate::v1::AndroidManagedAppRegistration) -> Self {
        Self::AndroidManagedAppRegistration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosManagedAppRegistration>
for AnyManagedAppRegistration {
    #[inline]
    fn from(v: crate::v1::IosManagedAppRegistration) -> Self {
        Self::IosManagedAppRegistration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyManagedAppRegistration {}
#[cfg(msgraph_v1_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyManagedAppRegistration {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyManagedAppRegistration {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyManagedAppRegistration {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyManagedAppRegistration {}
#[cfg(msgraph_v1_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ManagedAppRegistration>();
    rt::object::auto_traits::<crate::v1::AndroidManagedAppRegistration>();
    rt::object::auto_traits::<crate::v1::IosManagedAppRegistration>();
};
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Poly for AnyManagedAppRegistration {
    const BASE_NAME: &'static str = "microsoft.graph.managedAppRegistration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.androidManagedAppRegistration",
            ) => Self::AndroidManagedAppRegistration(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.iosManagedAppRegistration") => {
                Self::IosManagedAppRegistration(rt::object::new_boxed())
            }
            _ => Self::ManagedAppRegistration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ManagedAppRegistration(v) => &**v,
            Self::AndroidManagedAppRegistration(v) => &**v,
            Self::IosManagedAppRegistration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ManagedAppRegistration(v) => &mut **v,
            Self::AndroidManagedAppRegistration(v) => &mut **v,
            Self::IosManagedAppRegistration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl AnyManagedAppRegistration {
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
            Self::ManagedAppRegistration(v) => &v.id,
            Self::AndroidManagedAppRegistration(v) => &v.id,
            Self::IosManagedAppRegistration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.id,
            Self::AndroidManagedAppRegistration(v) => &mut v.id,
            Self::IosManagedAppRegistration(v) => &mut v.id,
        }
    }
    /// `appIdentifier` of any variant.
    #[inline]
    pub fn app_identifier(&self) -> &rt::Field<crate::v1::AnyMobileAppIdentifier> {
        match self {
            Self::ManagedAppRegistration(v) => &v.app_identifier,
            Self::AndroidManagedAppRegistration(v) => &v.app_identifier,
            Self::IosManagedAppRegistration(v) => &v.app_identifier,
        }
    }
    /// `appIdentifier` of any variant.
    #[inline]
    pub fn app_identifier_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AnyMobileAppIdentifier> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.app_identifier,
            Self::AndroidManagedAppRegistration(v) => &mut v.app_identifier,
            Self::IosManagedAppRegistration(v) => &mut v.app_identifier,
        }
    }
    /// `applicationVersion` of any variant.
    #[inline]
    pub fn application_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &v.application_version,
            Self::AndroidManagedAppRegistration(v) => &v.application_version,
            Self::IosManagedAppRegistration(v) => &v.application_version,
        }
    }
    /// `applicationVersion` of any variant.
    #[inline]
    pub fn application_version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.application_version,
            Self::AndroidManagedAppRegistration(v) => &mut v.application_version,
            Self::IosManagedAppRegistration(v) => &mut v.application_version,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppRegistration(v) => &v.created_date_time,
            Self::AndroidManagedAppRegistration(v) => &v.created_date_time,
            Self::IosManagedAppRegistration(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.created_date_time,
            Self::AndroidManagedAppRegistration(v) => &mut v.created_date_time,
            Self::IosManagedAppRegistration(v) => &mut v.created_date_time,
        }
    }
    /// `deviceName` of any variant.
    #[inline]
    pub fn device_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &v.device_name,
            Self::AndroidManagedAppRegistration(v) => &v.device_name,
            Self::IosManagedAppRegistration(v) => &v.device_name,
        }
    }
    /// `deviceName` of any variant.
    #[inline]
    pub fn device_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.device_name,
            Self::AndroidManagedAppRegistration(v) => &mut v.device_name,
            Self::IosManagedAppRegistration(v) => &mut v.device_name,
        }
    }
    /// `deviceTag` of any variant.
    #[inline]
    pub fn device_tag(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &v.device_tag,
            Self::AndroidManagedAppRegistration(v) => &v.device_tag,
            Self::IosManagedAppRegistration(v) => &v.device_tag,
        }
    }
    /// `deviceTag` of any variant.
    #[inline]
    pub fn device_tag_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.device_tag,
            Self::AndroidManagedAppRegistration(v) => &mut v.device_tag,
            Self::IosManagedAppRegistration(v) => &mut v.device_tag,
        }
    }
    /// `deviceType` of any variant.
    #[inline]
    pub fn device_type(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &v.device_type,
            Self::AndroidManagedAppRegistration(v) => &v.device_type,
            Self::IosManagedAppRegistration(v) => &v.device_type,
        }
    }
    /// `deviceType` of any variant.
    #[inline]
    pub fn device_type_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.device_type,
            Self::AndroidManagedAppRegistration(v) => &mut v.device_type,
            Self::IosManagedAppRegistration(v) => &mut v.device_type,
        }
    }
    /// `flaggedReasons` of any variant.
    #[inline]
    pub fn flagged_reasons(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::ManagedAppFlaggedReason>> {
        match self {
            Self::ManagedAppRegistration(v) => &v.flagged_reasons,
            Self::AndroidManagedAppRegistration(v) => &v.flagged_reasons,
            Self::IosManagedAppRegistration(v) => &v.flagged_reasons,
        }
    }
    /// `flaggedReasons` of any variant.
    #[inline]
    pub fn flagged_reasons_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::ManagedAppFlaggedReason>> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.flagged_reasons,
            Self::AndroidManagedAppRegistration(v) => &mut v.flagged_reasons,
            Self::IosManagedAppRegistration(v) => &mut v.flagged_reasons,
        }
    }
    /// `lastSyncDateTime` of any variant.
    #[inline]
    pub fn last_sync_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppRegistration(v) => &v.last_sync_date_time,
            Self::AndroidManagedAppRegistration(v) => &v.last_sync_date_time,
            Self::IosManagedAppRegistration(v) => &v.last_sync_date_time,
        }
    }
    /// `lastSyncDateTime` of any variant.
    #[inline]
    pub fn last_sync_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.last_sync_date_time,
            Self::AndroidManagedAppRegistration(v) => &mut v.last_sync_date_time,
            Self::IosManagedAppRegistration(v) => &mut v.last_sync_date_time,
        }
    }
    /// `managementSdkVersion` of any variant.
    #[inline]
    pub fn management_sdk_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &v.management_sdk_version,
            Self::AndroidManagedAppRegistration(v) => &v.management_sdk_version,
            Self::IosManagedAppRegistration(v) => &v.management_sdk_version,
        }
    }
    /// `managementSdkVersion` of any variant.
    #[inline]
    pub fn management_sdk_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.management_sdk_version,
            Self::AndroidManagedAppRegistration(v) => &mut v.management_sdk_version,
            Self::IosManagedAppRegistration(v) => &mut v.management_sdk_version,
        }
    }
    /// `platformVersion` of any variant.
    #[inline]
    pub fn platform_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &v.platform_version,
            Self::AndroidManagedAppRegistration(v) => &v.platform_version,
            Self::IosManagedAppRegistration(v) => &v.platform_version,
        }
    }
    /// `platformVersion` of any variant.
    #[inline]
    pub fn platform_version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.platform_version,
            Self::AndroidManagedAppRegistration(v) => &mut v.platform_version,
            Self::IosManagedAppRegistration(v) => &mut v.platform_version,
        }
    }
    /// `userId` of any variant.
    #[inline]
    pub fn user_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &v.user_id,
            Self::AndroidManagedAppRegistration(v) => &v.user_id,
            Self::IosManagedAppRegistration(v) => &v.user_id,
        }
    }
    /// `userId` of any variant.
    #[inline]
    pub fn user_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.user_id,
            Self::AndroidManagedAppRegistration(v) => &mut v.user_id,
            Self::IosManagedAppRegistration(v) => &mut v.user_id,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &v.version,
            Self::AndroidManagedAppRegistration(v) => &v.version,
            Self::IosManagedAppRegistration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.version,
            Self::AndroidManagedAppRegistration(v) => &mut v.version,
            Self::IosManagedAppRegistration(v) => &mut v.version,
        }
    }
    /// `appliedPolicies` of any variant.
    #[inline]
    pub fn applied_policies(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyManagedAppPolicy>> {
        match self {
            Self::ManagedAppRegistration(v) => &v.applied_policies,
            Self::AndroidManagedAppRegistration(v) => &v.applied_policies,
            Self::IosManagedAppRegistration(v) => &v.applied_policies,
        }
    }
    /// `appliedPolicies` of any variant.
    #[inline]
    pub fn applied_policies_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyManagedAppPolicy>> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.applied_policies,
            Self::AndroidManagedAppRegistration(v) => &mut v.applied_policies,
            Self::IosManagedAppRegistration(v) => &mut v.applied_policies,
        }
    }
    /// `intendedPolicies` of any variant.
    #[inline]
    pub fn intended_policies(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyManagedAppPolicy>> {
        match self {
            Self::ManagedAppRegistration(v) => &v.intended_policies,
            Self::AndroidManagedAppRegistration(v) => &v.intended_policies,
            Self::IosManagedAppRegistration(v) => &v.intended_policies,
        }
    }
    /// `intendedPolicies` of any variant.
    #[inline]
    pub fn intended_policies_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyManagedAppPolicy>> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.intended_policies,
            Self::AndroidManagedAppRegistration(v) => &mut v.intended_policies,
            Self::IosManagedAppRegistration(v) => &mut v.intended_policies,
        }
    }
    /// `operations` of any variant.
    #[inline]
    pub fn operations(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::ManagedAppOperation>> {
        match self {
            Self::ManagedAppRegistration(v) => &v.operations,
            Self::AndroidManagedAppRegistration(v) => &v.operations,
            Self::IosManagedAppRegistration(v) => &v.operations,
        }
    }
    /// `operations` of any variant.
    #[inline]
    pub fn operations_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::ManagedAppOperation>> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.operations,
            Self::AndroidManagedAppRegistration(v) => &mut v.operations,
            Self::IosManagedAppRegistration(v) => &mut v.operations,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_poly!(AnyManagedAppRegistration);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyManagedAppRegistration);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Represents app protection and configuration status for the organization.
///
/// CSDL: `microsoft.graph.managedAppStatus`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct ManagedAppStatus {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Friendly name of the status report.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for ManagedAppStatus {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for ManagedAppStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppStatus";
    const KEYS: &'static [&'static str] = &["id", "displayName", "version"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedAppStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "version", &self.version);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for ManagedAppStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.version);
    }
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
rt::impl_object!(ManagedAppStatus);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    ManagedAppStatus { with_id id : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_version version : ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppStatus);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// `microsoft.graph.managedAppStatus` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyManagedAppStatus {
    ManagedAppStatus(::std::boxed::Box<crate::v1::ManagedAppStatus>),
    ManagedAppStatusRaw(::std::boxed::Box<crate::v1::ManagedAppStatusRaw>),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for AnyManagedAppStatus {
    #[inline]
    fn default() -> Self {
        Self::ManagedAppStatus(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedAppStatus> for AnyManagedAppStatus {
    #[inline]
    fn from(v: crate::v1::ManagedAppStatus) -> Self {
        Self::ManagedAppStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedAppStatusRaw> for AnyManagedAppStatus {
    #[inline]
    fn from(v: crate::v1::ManagedAppStatusRaw) -> Self {
        Self::ManagedAppStatusRaw(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyManagedAppStatus {}
#[cfg(msgraph_v1_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyManagedAppStatus {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyManagedAppStatus {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyManagedAppStatus {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyManagedAppStatus {}
#[cfg(msgraph_v1_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ManagedAppStatus>();
    rt::object::auto_traits::<crate::v1::ManagedAppStatusRaw>();
};
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Poly for AnyManagedAppStatus {
    const BASE_NAME: &'static str = "microsoft.graph.managedAppStatus";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.managedAppStatusRaw") => {
                Self::ManagedAppStatusRaw(rt::object::new_boxed())
            }
            _ => Self::ManagedAppStatus(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ManagedAppStatus(v) => &**v,
            Self::ManagedAppStatusRaw(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ManagedAppStatus(v) => &mut **v,
            Self::ManagedAppStatusRaw(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl AnyManagedAppStatus {
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
            Self::ManagedAppStatus(v) => &v.id,
            Self::ManagedAppStatusRaw(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppStatus(v) => &mut v.id,
            Self::ManagedAppStatusRaw(v) => &mut v.id,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppStatus(v) => &v.display_name,
            Self::ManagedAppStatusRaw(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppStatus(v) => &mut v.display_name,
            Self::ManagedAppStatusRaw(v) => &mut v.display_name,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppStatus(v) => &v.version,
            Self::ManagedAppStatusRaw(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppStatus(v) => &mut v.version,
            Self::ManagedAppStatusRaw(v) => &mut v.version,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_poly!(AnyManagedAppStatus);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyManagedAppStatus);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Represents an un-typed status report about organizations app protection and configuration.
///
/// CSDL: `microsoft.graph.managedAppStatusRaw`, entity type, derived from `microsoft.graph.managedAppStatus`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct ManagedAppStatusRaw {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Friendly name of the status report.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Status report content.
    ///
    /// CSDL: property `content`: `Edm.Untyped`, nullable.
    pub content: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for ManagedAppStatusRaw {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            version: rt::Field::Absent,
            content: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for ManagedAppStatusRaw {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppStatusRaw";
    const KEYS: &'static [&'static str] = &["id", "displayName", "version", "content"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"version\":                      ",
        ",\"content\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedAppStatusRaw\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "version", &self.version);
        v.field(3usize, "content", &self.content);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for ManagedAppStatusRaw {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.version.read_from(r),
            3usize => self.content.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.version);
        w.field(3usize, &self.content);
    }
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
rt::impl_object!(ManagedAppStatusRaw);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    ManagedAppStatusRaw { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_version version : ::std::string::String;
    with_content content : rt::RawJson; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppStatusRaw);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Type of managed browser
///
/// CSDL: `microsoft.graph.managedBrowserType`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedBrowserType {
    /// Not configured
    ///
    /// `notConfigured` (value 0).
    NotConfigured,
    /// Microsoft Edge
    ///
    /// `microsoftEdge` (value 1).
    MicrosoftEdge,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::StrEnum for ManagedBrowserType {
    const TYPE_NAME: &'static str = "microsoft.graph.managedBrowserType";
    const MEMBERS: &'static [&'static str] = &["notConfigured", "microsoftEdge"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "microsoftEdge" => Self::MicrosoftEdge,
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
            Self::MicrosoftEdge => "microsoftEdge",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_enum!(ManagedBrowserType);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedBrowserType);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// An abstract class for Mobile app configuration for enrolled devices.
///
/// CSDL: `microsoft.graph.managedDeviceMobileAppConfiguration`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`ManagedDeviceMobileAppConfigurationPath`](requests/trait.ManagedDeviceMobileAppConfigurationPath.html), what a path to one (`EntityPath<AnyManagedDeviceMobileAppConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct ManagedDeviceMobileAppConfiguration {
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
    /// the associated app.
    ///
    /// CSDL: property `targetedMobileApps`: `Collection(Edm.String)`, nullable.
    pub targeted_mobile_apps: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of group assignemenets for app configration.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.managedDeviceMobileAppConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::ManagedDeviceMobileAppConfigurationAssignment>,
    >,
    /// List of ManagedDeviceMobileAppConfigurationDeviceStatus.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::ManagedDeviceMobileAppConfigurationDeviceStatus>,
    >,
    /// App configuration device status summary.
    ///
    /// CSDL: containment navigation property `deviceStatusSummary`: `microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary`, nullable.
    pub device_status_summary: rt::Field<
        crate::v1::ManagedDeviceMobileAppConfigurationDeviceSummary,
    >,
    /// List of ManagedDeviceMobileAppConfigurationUserStatus.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.managedDeviceMobileAppConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::ManagedDeviceMobileAppConfigurationUserStatus>,
    >,
    /// App configuration user status summary.
    ///
    /// CSDL: containment navigation property `userStatusSummary`: `microsoft.graph.managedDeviceMobileAppConfigurationUserSummary`, nullable.
    pub user_status_summary: rt::Field<
        crate::v1::ManagedDeviceMobileAppConfigurationUserSummary,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for ManagedDeviceMobileAppConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            targeted_mobile_apps: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_summary: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_summary: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for ManagedDeviceMobileAppConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceMobileAppConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "targetedMobileApps",
        "version",
        "assignments",
        "deviceStatuses",
        "deviceStatusSummary",
        "userStatuses",
        "userStatusSummary",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"targetedMobileApps\":           ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusSummary\":          ",
        ",\"userStatuses\":                 ",
        ",\"userStatusSummary\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedDeviceMobileAppConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "targeted_mobile_apps", &self.targeted_mobile_apps);
        v.field(6usize, "version", &self.version);
        v.field(7usize, "assignments", &self.assignments);
        v.field(8usize, "device_statuses", &self.device_statuses);
        v.field(9usize, "device_status_summary", &self.device_status_summary);
        v.field(10usize, "user_statuses", &self.user_statuses);
        v.field(11usize, "user_status_summary", &self.user_status_summary);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for ManagedDeviceMobileAppConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.targeted_mobile_apps.read_from(r),
            6usize => self.version.read_from(r),
            7usize => self.assignments.read_from(r),
            8usize => self.device_statuses.read_from(r),
            9usize => self.device_status_summary.read_from(r),
            10usize => self.user_statuses.read_from(r),
            11usize => self.user_status_summary.read_from(r),
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
        w.field(5usize, &self.targeted_mobile_apps);
        w.field(6usize, &self.version);
        w.field(7usize, &self.assignments);
        w.field(8usize, &self.device_statuses);
        w.field(9usize, &self.device_status_summary);
        w.field(10usize, &self.user_statuses);
        w.field(11usize, &self.user_status_summary);
    }
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
rt::impl_object!(ManagedDeviceMobileAppConfiguration);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    ManagedDeviceMobileAppConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_targeted_mobile_apps targeted_mobile_apps :
    ::std::vec::Vec < ::std::string::String >; with_version version : i32;
    with_assignments assignments : ::std::vec::Vec < crate
    ::v1::ManagedDeviceMobileAppConfigurationAssignment >; with_device_statuses
    device_statuses : ::std::vec::Vec < crate
    ::v1::ManagedDeviceMobileAppConfigurationDeviceStatus >; with_device_status_summary
    device_status_summary : crate ::v1::ManagedDeviceMobileAppConfigurationDeviceSummary;
    with_user_statuses user_statuses : ::std::vec::Vec < crate
    ::v1::ManagedDeviceMobileAppConfigurationUserStatus >; with_user_status_summary
    user_status_summary : crate ::v1::ManagedDeviceMobileAppConfigurationUserSummary; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceMobileAppConfiguration);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// `microsoft.graph.managedDeviceMobileAppConfiguration` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyManagedDeviceMobileAppConfiguration {
    ManagedDeviceMobileAppConfiguration(
        ::std::boxed::Box<crate::v1::ManagedDeviceMobileAppConfiguration>,
    ),
    IosMobileAppConfiguration(::std::boxed::Box<crate::v1::IosMobileAppConfiguration>),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for AnyManagedDeviceMobileAppConfiguration {
    #[inline]
    fn default() -> Self {
        Self::ManagedDeviceMobileAppConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedDeviceMobileAppConfiguration>
for AnyManagedDeviceMobileAppConfiguration {
    #[inline]
    fn from(v: crate::v1::ManagedDeviceMobileAppConfiguration) -> Self {
        Self::ManagedDeviceMobileAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosMobileAppConfiguration>
for AnyManagedDeviceMobileAppConfiguration {
    #[inline]
    fn from(v: crate::v1::IosMobileAppConfiguration) -> Self {
        Self::IosMobileAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyManagedDeviceMobileAppConfiguration {}
#[cfg(msgraph_v1_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyManagedDeviceMobileAppConfiguration {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyManagedDeviceMobileAppConfiguration {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyManagedDeviceMobileAppConfiguration {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyManagedDeviceMobileAppConfiguration {}
#[cfg(msgraph_v1_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ManagedDeviceMobileAppConfiguration>();
    rt::object::auto_traits::<crate::v1::IosMobileAppConfiguration>();
};
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Poly for AnyManagedDeviceMobileAppConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.managedDeviceMobileAppConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.iosMobileAppConfiguration") => {
                Self::IosMobileAppConfiguration(rt::object::new_boxed())
            }
            _ => Self::ManagedDeviceMobileAppConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &**v,
            Self::IosMobileAppConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut **v,
            Self::IosMobileAppConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl AnyManagedDeviceMobileAppConfiguration {
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
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.id,
            Self::IosMobileAppConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.id,
            Self::IosMobileAppConfiguration(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.created_date_time,
            Self::IosMobileAppConfiguration(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.created_date_time,
            Self::IosMobileAppConfiguration(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.description,
            Self::IosMobileAppConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.description,
            Self::IosMobileAppConfiguration(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.display_name,
            Self::IosMobileAppConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.display_name,
            Self::IosMobileAppConfiguration(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.last_modified_date_time,
            Self::IosMobileAppConfiguration(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::IosMobileAppConfiguration(v) => &mut v.last_modified_date_time,
        }
    }
    /// `targetedMobileApps` of any variant.
    #[inline]
    pub fn targeted_mobile_apps(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.targeted_mobile_apps,
            Self::IosMobileAppConfiguration(v) => &v.targeted_mobile_apps,
        }
    }
    /// `targetedMobileApps` of any variant.
    #[inline]
    pub fn targeted_mobile_apps_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.targeted_mobile_apps,
            Self::IosMobileAppConfiguration(v) => &mut v.targeted_mobile_apps,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.version,
            Self::IosMobileAppConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.version,
            Self::IosMobileAppConfiguration(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::v1::ManagedDeviceMobileAppConfigurationAssignment>,
    > {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.assignments,
            Self::IosMobileAppConfiguration(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::v1::ManagedDeviceMobileAppConfigurationAssignment>,
    > {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.assignments,
            Self::IosMobileAppConfiguration(v) => &mut v.assignments,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::v1::ManagedDeviceMobileAppConfigurationDeviceStatus>,
    > {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.device_statuses,
            Self::IosMobileAppConfiguration(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::v1::ManagedDeviceMobileAppConfigurationDeviceStatus>,
    > {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.device_statuses,
            Self::IosMobileAppConfiguration(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusSummary` of any variant.
    #[inline]
    pub fn device_status_summary(
        &self,
    ) -> &rt::Field<crate::v1::ManagedDeviceMobileAppConfigurationDeviceSummary> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.device_status_summary,
            Self::IosMobileAppConfiguration(v) => &v.device_status_summary,
        }
    }
    /// `deviceStatusSummary` of any variant.
    #[inline]
    pub fn device_status_summary_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ManagedDeviceMobileAppConfigurationDeviceSummary> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.device_status_summary,
            Self::IosMobileAppConfiguration(v) => &mut v.device_status_summary,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::v1::ManagedDeviceMobileAppConfigurationUserStatus>,
    > {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.user_statuses,
            Self::IosMobileAppConfiguration(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::v1::ManagedDeviceMobileAppConfigurationUserStatus>,
    > {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.user_statuses,
            Self::IosMobileAppConfiguration(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusSummary` of any variant.
    #[inline]
    pub fn user_status_summary(
        &self,
    ) -> &rt::Field<crate::v1::ManagedDeviceMobileAppConfigurationUserSummary> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.user_status_summary,
            Self::IosMobileAppConfiguration(v) => &v.user_status_summary,
        }
    }
    /// `userStatusSummary` of any variant.
    #[inline]
    pub fn user_status_summary_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ManagedDeviceMobileAppConfigurationUserSummary> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.user_status_summary,
            Self::IosMobileAppConfiguration(v) => &mut v.user_status_summary,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_poly!(AnyManagedDeviceMobileAppConfiguration);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyManagedDeviceMobileAppConfiguration);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains the properties used to assign an MDM app configuration to a group.
///
/// CSDL: `microsoft.graph.managedDeviceMobileAppConfigurationAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ManagedDeviceMobileAppConfigurationAssignmentPath`](requests/trait.ManagedDeviceMobileAppConfigurationAssignmentPath.html), what a path to one (`EntityPath<ManagedDeviceMobileAppConfigurationAssignment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct ManagedDeviceMobileAppConfigurationAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Assignment target that the T&C policy is assigned to.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::v1::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for ManagedDeviceMobileAppConfigurationAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for ManagedDeviceMobileAppConfigurationAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationAssignment";
    const KEYS: &'static [&'static str] = &["id", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedDeviceMobileAppConfigurationAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for ManagedDeviceMobileAppConfigurationAssignment {
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(ManagedDeviceMobileAppConfigurationAssignment);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    ManagedDeviceMobileAppConfigurationAssignment { with_id id : ::std::string::String;
    with_target target : crate ::v1::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceMobileAppConfigurationAssignment);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties, inherited properties and actions for an MDM mobile app configuration status for a device.
///
/// CSDL: `microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct ManagedDeviceMobileAppConfigurationDeviceStatus {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The DateTime when device compliance grace period expires
    ///
    /// CSDL: property `complianceGracePeriodExpirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub compliance_grace_period_expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Device name of the DevicePolicyStatus.
    ///
    /// CSDL: property `deviceDisplayName`: `Edm.String`, nullable.
    pub device_display_name: rt::Field<::std::string::String>,
    /// The device model that is being reported
    ///
    /// CSDL: property `deviceModel`: `Edm.String`, nullable.
    pub device_model: rt::Field<::std::string::String>,
    /// Last modified date time of the policy report.
    ///
    /// CSDL: property `lastReportedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_reported_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Compliance status of the policy report.
    ///
    /// CSDL: property `status`: `microsoft.graph.complianceStatus`, not nullable.
    pub status: rt::Field<crate::v1::ComplianceStatus>,
    /// The User Name that is being reported
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// UserPrincipalName.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for ManagedDeviceMobileAppConfigurationDeviceStatus {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            compliance_grace_period_expiration_date_time: rt::Field::Absent,
            device_display_name: rt::Field::Absent,
            device_model: rt::Field::Absent,
            last_reported_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            user_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for ManagedDeviceMobileAppConfigurationDeviceStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus";
    const KEYS: &'static [&'static str] = &[
        "id",
        "complianceGracePeriodExpirationDateTime",
        "deviceDisplayName",
        "deviceModel",
        "lastReportedDateTime",
        "status",
        "userName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"complianceGracePeriodExpirationDateTime\":",
        ",\"deviceDisplayName\":            ",
        ",\"deviceModel\":                  ",
        ",\"lastReportedDateTime\":         ",
        ",\"status\":                       ",
        ",\"userName\":                     ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "compliance_grace_period_expiration_date_time",
            &self.compliance_grace_period_expiration_date_time,
        );
        v.field(2usize, "device_display_name", &self.device_display_name);
        v.field(3usize, "device_model", &self.device_model);
        v.field(4usize, "last_reported_date_time", &self.last_reported_date_time);
        v.field(5usize, "status", &self.status);
        v.field(6usize, "user_name", &self.user_name);
        v.field(7usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for ManagedDeviceMobileAppConfigurationDeviceStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.compliance_grace_period_expiration_date_time.read_from(r),
            2usize => self.device_display_name.read_from(r),
            3usize => self.device_model.read_from(r),
            4usize => self.last_reported_date_time.read_from(r),
            5usize => self.status.read_from(r),
            6usize => self.user_name.read_from(r),
            7usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.compliance_grace_period_expiration_date_time);
        w.field(2usize, &self.device_display_name);
        w.field(3usize, &self.device_model);
        w.field(4usize, &self.last_reported_date_time);
        w.field(5usize, &self.status);
        w.field(6usize, &self.user_name);
        w.field(7usize, &self.user_principal_name);
    }
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
rt::impl_object!(ManagedDeviceMobileAppConfigurationDeviceStatus);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    ManagedDeviceMobileAppConfigurationDeviceStatus { with_id id : ::std::string::String;
    with_compliance_grace_period_expiration_date_time
    compliance_grace_period_expiration_date_time : rt::edm::DateTimeOffset;
    with_device_display_name device_display_name : ::std::string::String;
    with_device_model device_model : ::std::string::String; with_last_reported_date_time
    last_reported_date_time : rt::edm::DateTimeOffset; with_status status : crate
    ::v1::ComplianceStatus; with_user_name user_name : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceMobileAppConfigurationDeviceStatus);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties, inherited properties and actions for an MDM mobile app configuration device status summary.
///
/// CSDL: `microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct ManagedDeviceMobileAppConfigurationDeviceSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Version of the policy for that overview
    ///
    /// CSDL: property `configurationVersion`: `Edm.Int32`, not nullable.
    pub configuration_version: rt::Field<i32>,
    /// Number of error devices
    ///
    /// CSDL: property `errorCount`: `Edm.Int32`, not nullable.
    pub error_count: rt::Field<i32>,
    /// Number of failed devices
    ///
    /// CSDL: property `failedCount`: `Edm.Int32`, not nullable.
    pub failed_count: rt::Field<i32>,
    /// Last update time
    ///
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Number of not applicable devices
    ///
    /// CSDL: property `notApplicableCount`: `Edm.Int32`, not nullable.
    pub not_applicable_count: rt::Field<i32>,
    /// Number of pending devices
    ///
    /// CSDL: property `pendingCount`: `Edm.Int32`, not nullable.
    pub pending_count: rt::Field<i32>,
    /// Number of succeeded devices
    ///
    /// CSDL: property `successCount`: `Edm.Int32`, not nullable.
    pub success_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for ManagedDeviceMobileAppConfigurationDeviceSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            configuration_version: rt::Field::Absent,
            error_count: rt::Field::Absent,
            failed_count: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            not_applicable_count: rt::Field::Absent,
            pending_count: rt::Field::Absent,
            success_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for ManagedDeviceMobileAppConfigurationDeviceSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "configurationVersion",
        "errorCount",
        "failedCount",
        "lastUpdateDateTime",
        "notApplicableCount",
        "pendingCount",
        "successCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"configurationVersion\":         ",
        ",\"errorCount\":                   ",
        ",\"failedCount\":                  ",
        ",\"lastUpdateDateTime\":           ",
        ",\"notApplicableCount\":           ",
        ",\"pendingCount\":                 ",
        ",\"successCount\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "configuration_version", &self.configuration_version);
        v.field(2usize, "error_count", &self.error_count);
        v.field(3usize, "failed_count", &self.failed_count);
        v.field(4usize, "last_update_date_time", &self.last_update_date_time);
        v.field(5usize, "not_applicable_count", &self.not_applicable_count);
        v.field(6usize, "pending_count", &self.pending_count);
        v.field(7usize, "success_count", &self.success_count);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for ManagedDeviceMobileAppConfigurationDeviceSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.configuration_version.read_from(r),
            2usize => self.error_count.read_from(r),
            3usize => self.failed_count.read_from(r),
            4usize => self.last_update_date_time.read_from(r),
            5usize => self.not_applicable_count.read_from(r),
            6usize => self.pending_count.read_from(r),
            7usize => self.success_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.configuration_version);
        w.field(2usize, &self.error_count);
        w.field(3usize, &self.failed_count);
        w.field(4usize, &self.last_update_date_time);
        w.field(5usize, &self.not_applicable_count);
        w.field(6usize, &self.pending_count);
        w.field(7usize, &self.success_count);
    }
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
rt::impl_object!(ManagedDeviceMobileAppConfigurationDeviceSummary);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    ManagedDeviceMobileAppConfigurationDeviceSummary { with_id id :
    ::std::string::String; with_configuration_version configuration_version : i32;
    with_error_count error_count : i32; with_failed_count failed_count : i32;
    with_last_update_date_time last_update_date_time : rt::edm::DateTimeOffset;
    with_not_applicable_count not_applicable_count : i32; with_pending_count
    pending_count : i32; with_success_count success_count : i32; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceMobileAppConfigurationDeviceSummary);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties, inherited properties and actions for an MDM mobile app configuration status for a user.
///
/// CSDL: `microsoft.graph.managedDeviceMobileAppConfigurationUserStatus`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct ManagedDeviceMobileAppConfigurationUserStatus {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Devices count for that user.
    ///
    /// CSDL: property `devicesCount`: `Edm.Int32`, not nullable.
    pub devices_count: rt::Field<i32>,
    /// Last modified date time of the policy report.
    ///
    /// CSDL: property `lastReportedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_reported_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Compliance status of the policy report.
    ///
    /// CSDL: property `status`: `microsoft.graph.complianceStatus`, not nullable.
    pub status: rt::Field<crate::v1::ComplianceStatus>,
    /// User name of the DevicePolicyStatus.
    ///
    /// CSDL: property `userDisplayName`: `Edm.String`, nullable.
    pub user_display_name: rt::Field<::std::string::String>,
    /// UserPrincipalName.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for ManagedDeviceMobileAppConfigurationUserStatus {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            devices_count: rt::Field::Absent,
            last_reported_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            user_display_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for ManagedDeviceMobileAppConfigurationUserStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationUserStatus";
    const KEYS: &'static [&'static str] = &[
        "id",
        "devicesCount",
        "lastReportedDateTime",
        "status",
        "userDisplayName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"devicesCount\":                 ",
        ",\"lastReportedDateTime\":         ",
        ",\"status\":                       ",
        ",\"userDisplayName\":              ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedDeviceMobileAppConfigurationUserStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "devices_count", &self.devices_count);
        v.field(2usize, "last_reported_date_time", &self.last_reported_date_time);
        v.field(3usize, "status", &self.status);
        v.field(4usize, "user_display_name", &self.user_display_name);
        v.field(5usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for ManagedDeviceMobileAppConfigurationUserStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.devices_count.read_from(r),
            2usize => self.last_reported_date_time.read_from(r),
            3usize => self.status.read_from(r),
            4usize => self.user_display_name.read_from(r),
            5usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.devices_count);
        w.field(2usize, &self.last_reported_date_time);
        w.field(3usize, &self.status);
        w.field(4usize, &self.user_display_name);
        w.field(5usize, &self.user_principal_name);
    }
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
rt::impl_object!(ManagedDeviceMobileAppConfigurationUserStatus);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    ManagedDeviceMobileAppConfigurationUserStatus { with_id id : ::std::string::String;
    with_devices_count devices_count : i32; with_last_reported_date_time
    last_reported_date_time : rt::edm::DateTimeOffset; with_status status : crate
    ::v1::ComplianceStatus; with_user_display_name user_display_name :
    ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceMobileAppConfigurationUserStatus);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties, inherited properties and actions for an MDM mobile app configuration user status summary.
///
/// CSDL: `microsoft.graph.managedDeviceMobileAppConfigurationUserSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct ManagedDeviceMobileAppConfigurationUserSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Version of the policy for that overview
    ///
    /// CSDL: property `configurationVersion`: `Edm.Int32`, not nullable.
    pub configuration_version: rt::Field<i32>,
    /// Number of error Users
    ///
    /// CSDL: property `errorCount`: `Edm.Int32`, not nullable.
    pub error_count: rt::Field<i32>,
    /// Number of failed Users
    ///
    /// CSDL: property `failedCount`: `Edm.Int32`, not nullable.
    pub failed_count: rt::Field<i32>,
    /// Last update time
    ///
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Number of not applicable users
    ///
    /// CSDL: property `notApplicableCount`: `Edm.Int32`, not nullable.
    pub not_applicable_count: rt::Field<i32>,
    /// Number of pending Users
    ///
    /// CSDL: property `pendingCount`: `Edm.Int32`, not nullable.
    pub pending_count: rt::Field<i32>,
    /// Number of succeeded Users
    ///
    /// CSDL: property `successCount`: `Edm.Int32`, not nullable.
    pub success_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for ManagedDeviceMobileAppConfigurationUserSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            configuration_version: rt::Field::Absent,
            error_count: rt::Field::Absent,
            failed_count: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            not_applicable_count: rt::Field::Absent,
            pending_count: rt::Field::Absent,
            success_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for ManagedDeviceMobileAppConfigurationUserSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationUserSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "configurationVersion",
        "errorCount",
        "failedCount",
        "lastUpdateDateTime",
        "notApplicableCount",
        "pendingCount",
        "successCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"configurationVersion\":         ",
        ",\"errorCount\":                   ",
        ",\"failedCount\":                  ",
        ",\"lastUpdateDateTime\":           ",
        ",\"notApplicableCount\":           ",
        ",\"pendingCount\":                 ",
        ",\"successCount\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedDeviceMobileAppConfigurationUserSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "configuration_version", &self.configuration_version);
        v.field(2usize, "error_count", &self.error_count);
        v.field(3usize, "failed_count", &self.failed_count);
        v.field(4usize, "last_update_date_time", &self.last_update_date_time);
        v.field(5usize, "not_applicable_count", &self.not_applicable_count);
        v.field(6usize, "pending_count", &self.pending_count);
        v.field(7usize, "success_count", &self.success_count);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for ManagedDeviceMobileAppConfigurationUserSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.configuration_version.read_from(r),
            2usize => self.error_count.read_from(r),
            3usize => self.failed_count.read_from(r),
            4usize => self.last_update_date_time.read_from(r),
            5usize => self.not_applicable_count.read_from(r),
            6usize => self.pending_count.read_from(r),
            7usize => self.success_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.configuration_version);
        w.field(2usize, &self.error_count);
        w.field(3usize, &self.failed_count);
        w.field(4usize, &self.last_update_date_time);
        w.field(5usize, &self.not_applicable_count);
        w.field(6usize, &self.pending_count);
        w.field(7usize, &self.success_count);
    }
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
rt::impl_object!(ManagedDeviceMobileAppConfigurationUserSummary);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    ManagedDeviceMobileAppConfigurationUserSummary { with_id id : ::std::string::String;
    with_configuration_version configuration_version : i32; with_error_count error_count
    : i32; with_failed_count failed_count : i32; with_last_update_date_time
    last_update_date_time : rt::edm::DateTimeOffset; with_not_applicable_count
    not_applicable_count : i32; with_pending_count pending_count : i32;
    with_success_count success_count : i32; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceMobileAppConfigurationUserSummary);
#[cfg(msgraph_v1_core_or_device_management)]
/// Available health states for the Device Health API
///
/// CSDL: `microsoft.graph.managedDevicePartnerReportedHealthState`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedDevicePartnerReportedHealthState {
    /// Device health state is not yet reported
    ///
    /// `unknown` (value 0).
    Unknown,
    /// Device has been activated by a mobile threat defense partner, but has not yet reported health.
    ///
    /// `activated` (value 1).
    Activated,
    /// Device has been deactivated by a mobile threat defense partner. The device health is not known.
    ///
    /// `deactivated` (value 2).
    Deactivated,
    /// Device is considered secured by the mobile threat defense partner.
    ///
    /// `secured` (value 3).
    Secured,
    /// Device is considered low threat by the mobile threat defense partner.
    ///
    /// `lowSeverity` (value 4).
    LowSeverity,
    /// Device is considered medium threat by the mobile threat defense partner.
    ///
    /// `mediumSeverity` (value 5).
    MediumSeverity,
    /// Device is considered high threat by the mobile threat defense partner.
    ///
    /// `highSeverity` (value 6).
    HighSeverity,
    /// Device is considered unresponsive by the mobile threat defense partner. The device health is not known.
    ///
    /// `unresponsive` (value 7).
    Unresponsive,
    /// Device is considered compromised by the Threat Defense partner. This means the device has an active Threat or Risk which cannot be easily remediated by the end user and the user should contact their IT Admin.
    ///
    /// `compromised` (value 8).
    Compromised,
    /// Device is considered misconfigured with the Threat Defense partner. This means the device is missing a required profile or configuration for the Threat Defense Partner to function properly and is thus threat or risk analysis is not able to complete.
    ///
    /// `misconfigured` (value 9).
    Misconfigured,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::StrEnum for ManagedDevicePartnerReportedHealthState {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDevicePartnerReportedHealthState";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "activated",
        "deactivated",
        "secured",
        "lowSeverity",
        "mediumSeverity",
        "highSeverity",
        "unresponsive",
        "compromised",
        "misconfigured",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "activated" => Self::Activated,
                "deactivated" => Self::Deactivated,
                "secured" => Self::Secured,
                "lowSeverity" => Self::LowSeverity,
                "mediumSeverity" => Self::MediumSeverity,
                "highSeverity" => Self::HighSeverity,
                "unresponsive" => Self::Unresponsive,
                "compromised" => Self::Compromised,
                "misconfigured" => Self::Misconfigured,
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
            Self::Activated => "activated",
            Self::Deactivated => "deactivated",
            Self::Secured => "secured",
            Self::LowSeverity => "lowSeverity",
            Self::MediumSeverity => "mediumSeverity",
            Self::HighSeverity => "highSeverity",
            Self::Unresponsive => "unresponsive",
            Self::Compromised => "compromised",
            Self::Misconfigured => "misconfigured",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_enum!(ManagedDevicePartnerReportedHealthState);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDevicePartnerReportedHealthState);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// An abstract class containing the base properties for Managed eBook.
///
/// CSDL: `microsoft.graph.managedEBook`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`ManagedEBookPath`](requests/trait.ManagedEBookPath.html), what a path to one (`EntityPath<AnyManagedEBook, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct ManagedEBook {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time when the eBook file was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Name of the eBook.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The more information Url.
    ///
    /// CSDL: property `informationUrl`: `Edm.String`, nullable.
    pub information_url: rt::Field<::std::string::String>,
    /// Book cover.
    ///
    /// CSDL: property `largeCover`: `microsoft.graph.mimeContent`, nullable.
    pub large_cover: rt::Field<crate::v1::MimeContent>,
    /// The date and time when the eBook was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The privacy statement Url.
    ///
    /// CSDL: property `privacyInformationUrl`: `Edm.String`, nullable.
    pub privacy_information_url: rt::Field<::std::string::String>,
    /// The date and time when the eBook was published.
    ///
    /// CSDL: property `publishedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub published_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Publisher.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The list of assignments for this eBook.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.managedEBookAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::v1::AnyManagedEBookAssignment>>,
    /// The list of installation states for this eBook.
    ///
    /// CSDL: containment navigation property `deviceStates`: `Collection(microsoft.graph.deviceInstallState)`, not nullable.
    pub device_states: rt::Field<::std::vec::Vec<crate::v1::DeviceInstallState>>,
    /// Mobile App Install Summary.
    ///
    /// CSDL: containment navigation property `installSummary`: `microsoft.graph.eBookInstallSummary`, nullable.
    pub install_summary: rt::Field<crate::v1::EBookInstallSummary>,
    /// The list of installation states for this eBook.
    ///
    /// CSDL: containment navigation property `userStateSummary`: `Collection(microsoft.graph.userInstallStateSummary)`, not nullable.
    pub user_state_summary: rt::Field<
        ::std::vec::Vec<crate::v1::UserInstallStateSummary>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for ManagedEBook {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            large_cover: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            published_date_time: rt::Field::Absent,
            publisher: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_states: rt::Field::Absent,
            install_summary: rt::Field::Absent,
            user_state_summary: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for ManagedEBook {
    const TYPE_NAME: &'static str = "microsoft.graph.managedEBook";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "informationUrl",
        "largeCover",
        "lastModifiedDateTime",
        "privacyInformationUrl",
        "publishedDateTime",
        "publisher",
        "assignments",
        "deviceStates",
        "installSummary",
        "userStateSummary",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"largeCover\":                   ",
        ",\"lastModifiedDateTime\":         ",
        ",\"privacyInformationUrl\":        ",
        ",\"publishedDateTime\":            ",
        ",\"publisher\":                    ",
        ",\"assignments\":                  ",
        ",\"deviceStates\":                 ",
        ",\"installSummary\":               ",
        ",\"userStateSummary\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedEBook\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "information_url", &self.information_url);
        v.field(5usize, "large_cover", &self.large_cover);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "privacy_information_url", &self.privacy_information_url);
        v.field(8usize, "published_date_time", &self.published_date_time);
        v.field(9usize, "publisher", &self.publisher);
        v.field(10usize, "assignments", &self.assignments);
        v.field(11usize, "device_states", &self.device_states);
        v.field(12usize, "install_summary", &self.install_summary);
        v.field(13usize, "user_state_summary", &self.user_state_summary);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for ManagedEBook {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.information_url.read_from(r),
            5usize => self.large_cover.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.privacy_information_url.read_from(r),
            8usize => self.published_date_time.read_from(r),
            9usize => self.publisher.read_from(r),
            10usize => self.assignments.read_from(r),
            11usize => self.device_states.read_from(r),
            12usize => self.install_summary.read_from(r),
            13usize => self.user_state_summary.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.information_url);
        w.field(5usize, &self.large_cover);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.privacy_information_url);
        w.field(8usize, &self.published_date_time);
        w.field(9usize, &self.publisher);
        w.field(10usize, &self.assignments);
        w.field(11usize, &self.device_states);
        w.field(12usize, &self.install_summary);
        w.field(13usize, &self.user_state_summary);
    }
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
rt::impl_object!(ManagedEBook);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    ManagedEBook { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_information_url information_url : ::std::string::String; with_large_cover
    large_cover : crate ::v1::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_privacy_information_url
    privacy_information_url : ::std::string::String; with_published_date_time
    published_date_time : rt::edm::DateTimeOffset; with_publisher publisher :
    ::std::string::String; with_assignments assignments : ::std::vec::Vec < crate
    ::v1::AnyManagedEBookAssignment >; with_device_states device_states : ::std::vec::Vec
    < crate ::v1::DeviceInstallState >; with_install_summary install_summary : crate
    ::v1::EBookInstallSummary; with_user_state_summary user_state_summary :
    ::std::vec::Vec < crate ::v1::UserInstallStateSummary >; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedEBook);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// `microsoft.graph.managedEBook` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyManagedEBook {
    ManagedEBook(::std::boxed::Box<crate::v1::ManagedEBook>),
    IosVppEBook(::std::boxed::Box<crate::v1::IosVppEBook>),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for AnyManagedEBook {
    #[inline]
    fn default() -> Self {
        Self::ManagedEBook(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedEBook> for AnyManagedEBook {
    #[inline]
    fn from(v: crate::v1::ManagedEBook) -> Self {
        Self::ManagedEBook(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosVppEBook> for AnyManagedEBook {
    #[inline]
    fn from(v: crate::v1::IosVppEBook) -> Self {
        Self::IosVppEBook(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyManagedEBook {}
#[cfg(msgraph_v1_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyManagedEBook {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyManagedEBook {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyManagedEBook {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyManagedEBook {}
#[cfg(msgraph_v1_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ManagedEBook>();
    rt::object::auto_traits::<crate::v1::IosVppEBook>();
};
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Poly for AnyManagedEBook {
    const BASE_NAME: &'static str = "microsoft.graph.managedEBook";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.iosVppEBook") => {
                Self::IosVppEBook(rt::object::new_boxed())
            }
            _ => Self::ManagedEBook(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ManagedEBook(v) => &**v,
            Self::IosVppEBook(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ManagedEBook(v) => &mut **v,
            Self::IosVppEBook(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl AnyManagedEBook {
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
            Self::ManagedEBook(v) => &v.id,
            Self::IosVppEBook(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedEBook(v) => &mut v.id,
            Self::IosVppEBook(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedEBook(v) => &v.created_date_time,
            Self::IosVppEBook(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedEBook(v) => &mut v.created_date_time,
            Self::IosVppEBook(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedEBook(v) => &v.description,
            Self::IosVppEBook(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedEBook(v) => &mut v.description,
            Self::IosVppEBook(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedEBook(v) => &v.display_name,
            Self::IosVppEBook(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedEBook(v) => &mut v.display_name,
            Self::IosVppEBook(v) => &mut v.display_name,
        }
    }
    /// `informationUrl` of any variant.
    #[inline]
    pub fn information_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedEBook(v) => &v.information_url,
            Self::IosVppEBook(v) => &v.information_url,
        }
    }
    /// `informationUrl` of any variant.
    #[inline]
    pub fn information_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedEBook(v) => &mut v.information_url,
            Self::IosVppEBook(v) => &mut v.information_url,
        }
    }
    /// `largeCover` of any variant.
    #[inline]
    pub fn large_cover(&self) -> &rt::Field<crate::v1::MimeContent> {
        match self {
            Self::ManagedEBook(v) => &v.large_cover,
            Self::IosVppEBook(v) => &v.large_cover,
        }
    }
    /// `largeCover` of any variant.
    #[inline]
    pub fn large_cover_mut(&mut self) -> &mut rt::Field<crate::v1::MimeContent> {
        match self {
            Self::ManagedEBook(v) => &mut v.large_cover,
            Self::IosVppEBook(v) => &mut v.large_cover,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedEBook(v) => &v.last_modified_date_time,
            Self::IosVppEBook(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedEBook(v) => &mut v.last_modified_date_time,
            Self::IosVppEBook(v) => &mut v.last_modified_date_time,
        }
    }
    /// `privacyInformationUrl` of any variant.
    #[inline]
    pub fn privacy_information_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedEBook(v) => &v.privacy_information_url,
            Self::IosVppEBook(v) => &v.privacy_information_url,
        }
    }
    /// `privacyInformationUrl` of any variant.
    #[inline]
    pub fn privacy_information_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedEBook(v) => &mut v.privacy_information_url,
            Self::IosVppEBook(v) => &mut v.privacy_information_url,
        }
    }
    /// `publishedDateTime` of any variant.
    #[inline]
    pub fn published_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedEBook(v) => &v.published_date_time,
            Self::IosVppEBook(v) => &v.published_date_time,
        }
    }
    /// `publishedDateTime` of any variant.
    #[inline]
    pub fn published_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedEBook(v) => &mut v.published_date_time,
            Self::IosVppEBook(v) => &mut v.published_date_time,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedEBook(v) => &v.publisher,
            Self::IosVppEBook(v) => &v.publisher,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedEBook(v) => &mut v.publisher,
            Self::IosVppEBook(v) => &mut v.publisher,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyManagedEBookAssignment>> {
        match self {
            Self::ManagedEBook(v) => &v.assignments,
            Self::IosVppEBook(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyManagedEBookAssignment>> {
        match self {
            Self::ManagedEBook(v) => &mut v.assignments,
            Self::IosVppEBook(v) => &mut v.assignments,
        }
    }
    /// `deviceStates` of any variant.
    #[inline]
    pub fn device_states(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::DeviceInstallState>> {
        match self {
            Self::ManagedEBook(v) => &v.device_states,
            Self::IosVppEBook(v) => &v.device_states,
        }
    }
    /// `deviceStates` of any variant.
    #[inline]
    pub fn device_states_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::DeviceInstallState>> {
        match self {
            Self::ManagedEBook(v) => &mut v.device_states,
            Self::IosVppEBook(v) => &mut v.device_states,
        }
    }
    /// `installSummary` of any variant.
    #[inline]
    pub fn install_summary(&self) -> &rt::Field<crate::v1::EBookInstallSummary> {
        match self {
            Self::ManagedEBook(v) => &v.install_summary,
            Self::IosVppEBook(v) => &v.install_summary,
        }
    }
    /// `installSummary` of any variant.
    #[inline]
    pub fn install_summary_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::EBookInstallSummary> {
        match self {
            Self::ManagedEBook(v) => &mut v.install_summary,
            Self::IosVppEBook(v) => &mut v.install_summary,
        }
    }
    /// `userStateSummary` of any variant.
    #[inline]
    pub fn user_state_summary(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::UserInstallStateSummary>> {
        match self {
            Self::ManagedEBook(v) => &v.user_state_summary,
            Self::IosVppEBook(v) => &v.user_state_summary,
        }
    }
    /// `userStateSummary` of any variant.
    #[inline]
    pub fn user_state_summary_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::UserInstallStateSummary>> {
        match self {
            Self::ManagedEBook(v) => &mut v.user_state_summary,
            Self::IosVppEBook(v) => &mut v.user_state_summary,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_poly!(AnyManagedEBook);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyManagedEBook);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties used to assign a eBook to a group.
///
/// CSDL: `microsoft.graph.managedEBookAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ManagedEBookAssignmentPath`](requests/trait.ManagedEBookAssignmentPath.html), what a path to one (`EntityPath<AnyManagedEBookAssignment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct ManagedEBookAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The install intent for eBook.
    ///
    /// CSDL: property `installIntent`: `microsoft.graph.installIntent`, not nullable.
    pub install_intent: rt::Field<crate::v1::InstallIntent>,
    /// The assignment target for eBook.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::v1::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for ManagedEBookAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            install_intent: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for ManagedEBookAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.managedEBookAssignment";
    const KEYS: &'static [&'static str] = &["id", "installIntent", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"installIntent\":                ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedEBookAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "install_intent", &self.install_intent);
        v.field(2usize, "target", &self.target);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for ManagedEBookAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.install_intent.read_from(r),
            2usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.install_intent);
        w.field(2usize, &self.target);
    }
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
rt::impl_object!(ManagedEBookAssignment);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    ManagedEBookAssignment { with_id id : ::std::string::String; with_install_intent
    install_intent : crate ::v1::InstallIntent; with_target target : crate
    ::v1::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedEBookAssignment);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// `microsoft.graph.managedEBookAssignment` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyManagedEBookAssignment {
    ManagedEBookAssignment(::std::boxed::Box<crate::v1::ManagedEBookAssignment>),
    IosVppEBookAssignment(::std::boxed::Box<crate::v1::IosVppEBookAssignment>),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for AnyManagedEBookAssignment {
    #[inline]
    fn default() -> Self {
        Self::ManagedEBookAssignment(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedEBookAssignment>
for AnyManagedEBookAssignment {
    #[inline]
    fn from(v: crate::v1::ManagedEBookAssignment) -> Self {
        Self::ManagedEBookAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosVppEBookAssignment>
for AnyManagedEBookAssignment {
    #[inline]
    fn from(v: crate::v1::IosVppEBookAssignment) -> Self {
        Self::IosVppEBookAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyManagedEBookAssignment {}
#[cfg(msgraph_v1_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyManagedEBookAssignment {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyManagedEBookAssignment {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyManagedEBookAssignment {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyManagedEBookAssignment {}
#[cfg(msgraph_v1_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ManagedEBookAssignment>();
    rt::object::auto_traits::<crate::v1::IosVppEBookAssignment>();
};
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Poly for AnyManagedEBookAssignment {
    const BASE_NAME: &'static str = "microsoft.graph.managedEBookAssignment";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.iosVppEBookAssignment") => {
                Self::IosVppEBookAssignment(rt::object::new_boxed())
            }
            _ => Self::ManagedEBookAssignment(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ManagedEBookAssignment(v) => &**v,
            Self::IosVppEBookAssignment(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ManagedEBookAssignment(v) => &mut **v,
            Self::IosVppEBookAssignment(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl AnyManagedEBookAssignment {
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
            Self::ManagedEBookAssignment(v) => &v.id,
            Self::IosVppEBookAssignment(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedEBookAssignment(v) => &mut v.id,
            Self::IosVppEBookAssignment(v) => &mut v.id,
        }
    }
    /// `installIntent` of any variant.
    #[inline]
    pub fn install_intent(&self) -> &rt::Field<crate::v1::InstallIntent> {
        match self {
            Self::ManagedEBookAssignment(v) => &v.install_intent,
            Self::IosVppEBookAssignment(v) => &v.install_intent,
        }
    }
    /// `installIntent` of any variant.
    #[inline]
    pub fn install_intent_mut(&mut self) -> &mut rt::Field<crate::v1::InstallIntent> {
        match self {
            Self::ManagedEBookAssignment(v) => &mut v.install_intent,
            Self::IosVppEBookAssignment(v) => &mut v.install_intent,
        }
    }
    /// `target` of any variant.
    #[inline]
    pub fn target(
        &self,
    ) -> &rt::Field<crate::v1::AnyDeviceAndAppManagementAssignmentTarget> {
        match self {
            Self::ManagedEBookAssignment(v) => &v.target,
            Self::IosVppEBookAssignment(v) => &v.target,
        }
    }
    /// `target` of any variant.
    #[inline]
    pub fn target_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AnyDeviceAndAppManagementAssignmentTarget> {
        match self {
            Self::ManagedEBookAssignment(v) => &mut v.target,
            Self::IosVppEBookAssignment(v) => &mut v.target,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_poly!(AnyManagedEBookAssignment);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyManagedEBookAssignment);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties and inherited properties for Managed iOS Line Of Business apps.
///
/// CSDL: `microsoft.graph.managedIOSLobApp`, entity type, derived from `microsoft.graph.managedMobileLobApp`, key `id`.
///
/// Request builders: [`ManagedIosLobAppPath`](requests/trait.ManagedIosLobAppPath.html), what a path to one (`EntityPath<ManagedIosLobApp, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct ManagedIosLobApp {
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
    /// The iOS architecture for which this app can run on.
    ///
    /// CSDL: property `applicableDeviceType`: `microsoft.graph.iosDeviceType`, not nullable.
    pub applicable_device_type: rt::Field<crate::v1::IosDeviceType>,
    /// The build number of managed iOS Line of Business (LoB) app.
    ///
    /// CSDL: property `buildNumber`: `Edm.String`, nullable.
    pub build_number: rt::Field<::std::string::String>,
    /// The Identity Name.
    ///
    /// CSDL: property `bundleId`: `Edm.String`, nullable.
    pub bundle_id: rt::Field<::std::string::String>,
    /// The expiration time.
    ///
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The value for the minimum applicable operating system.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.iosMinimumOperatingSystem`, nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::v1::IosMinimumOperatingSystem,
    >,
    /// The version number of managed iOS Line of Business (LoB) app.
    ///
    /// CSDL: property `versionNumber`: `Edm.String`, nullable.
    pub version_number: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for ManagedIosLobApp {
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
            applicable_device_type: rt::Field::Absent,
            build_number: rt::Field::Absent,
            bundle_id: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            version_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for ManagedIosLobApp {
    const TYPE_NAME: &'static str = "microsoft.graph.managedIOSLobApp";
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
        "applicableDeviceType",
        "buildNumber",
        "bundleId",
        "expirationDateTime",
        "minimumSupportedOperatingSystem",
        "versionNumber",
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
        ",\"appAvailability\":              ",
        ",\"version\":                      ",
        ",\"committedContentVersion\":      ",
        ",\"fileName\":                     ",
        ",\"size\":                         ",
        ",\"contentVersions\":              ",
        ",\"applicableDeviceType\":         ",
        ",\"buildNumber\":                  ",
        ",\"bundleId\":                     ",
        ",\"expirationDateTime\":           ",
        ",\"minimumSupportedOperatingSystem\":",
        ",\"versionNumber\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedIOSLobApp\"";
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
        v.field(16usize, "app_availability", &self.app_availability);
        v.field(17usize, "version", &self.version);
        v.field(18usize, "committed_content_version", &self.committed_content_version);
        v.field(19usize, "file_name", &self.file_name);
        v.field(20usize, "size", &self.size);
        v.field(21usize, "content_versions", &self.content_versions);
        v.field(22usize, "applicable_device_type", &self.applicable_device_type);
        v.field(23usize, "build_number", &self.build_number);
        v.field(24usize, "bundle_id", &self.bundle_id);
        v.field(25usize, "expiration_date_time", &self.expiration_date_time);
        v.field(
            26usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
        v.field(27usize, "version_number", &self.version_number);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for ManagedIosLobApp {
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
            22usize => self.applicable_device_type.read_from(r),
            23usize => self.build_number.read_from(r),
            24usize => self.bundle_id.read_from(r),
            25usize => self.expiration_date_time.read_from(r),
            26usize => self.minimum_supported_operating_system.read_from(r),
            27usize => self.version_number.read_from(r),
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
        w.field(22usize, &self.applicable_device_type);
        w.field(23usize, &self.build_number);
        w.field(24usize, &self.bundle_id);
        w.field(25usize, &self.expiration_date_time);
        w.field(26usize, &self.minimum_supported_operating_system);
        w.field(27usize, &self.version_number);
    }
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
rt::impl_object!(ManagedIosLobApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    ManagedIosLobApp { with_id id : ::std::string::String; with_created_date_time
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
    ::v1::MobileAppContent >; with_applicable_device_type applicable_device_type : crate
    ::v1::IosDeviceType; with_build_number build_number : ::std::string::String;
    with_bundle_id bundle_id : ::std::string::String; with_expiration_date_time
    expiration_date_time : rt::edm::DateTimeOffset;
    with_minimum_supported_operating_system minimum_supported_operating_system : crate
    ::v1::IosMinimumOperatingSystem; with_version_number version_number :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedIosLobApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties and inherited properties for an iOS store app that you can manage with an Intune app protection policy.
///
/// CSDL: `microsoft.graph.managedIOSStoreApp`, entity type, derived from `microsoft.graph.managedApp`, key `id`.
///
/// Request builders: [`ManagedIosStoreAppPath`](requests/trait.ManagedIosStoreAppPath.html), what a path to one (`EntityPath<ManagedIosStoreApp, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct ManagedIosStoreApp {
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
    /// The iOS architecture for which this app can run on.
    ///
    /// CSDL: property `applicableDeviceType`: `microsoft.graph.iosDeviceType`, not nullable.
    pub applicable_device_type: rt::Field<crate::v1::IosDeviceType>,
    /// The Apple AppStoreUrl.
    ///
    /// CSDL: property `appStoreUrl`: `Edm.String`, not nullable.
    pub app_store_url: rt::Field<::std::string::String>,
    /// The app's Bundle ID.
    ///
    /// CSDL: property `bundleId`: `Edm.String`, nullable.
    pub bundle_id: rt::Field<::std::string::String>,
    /// The value for the minimum supported operating system.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.iosMinimumOperatingSystem`, not nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::v1::IosMinimumOperatingSystem,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for ManagedIosStoreApp {
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
            applicable_device_type: rt::Field::Absent,
            app_store_url: rt::Field::Absent,
            bundle_id: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for ManagedIosStoreApp {
    const TYPE_NAME: &'static str = "microsoft.graph.managedIOSStoreApp";
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
        "applicableDeviceType",
        "appStoreUrl",
        "bundleId",
        "minimumSupportedOperatingSystem",
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
        ",\"appAvailability\":              ",
        ",\"version\":                      ",
        ",\"applicableDeviceType\":         ",
        ",\"appStoreUrl\":                  ",
        ",\"bundleId\":                     ",
        ",\"minimumSupportedOperatingSystem\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedIOSStoreApp\"";
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
        v.field(16usize, "app_availability", &self.app_availability);
        v.field(17usize, "version", &self.version);
        v.field(18usize, "applicable_device_type", &self.applicable_device_type);
        v.field(19usize, "app_store_url", &self.app_store_url);
        v.field(20usize, "bundle_id", &self.bundle_id);
        v.field(
            21usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for ManagedIosStoreApp {
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
            18usize => self.applicable_device_type.read_from(r),
            19usize => self.app_store_url.read_from(r),
            20usize => self.bundle_id.read_from(r),
            21usize => self.minimum_supported_operating_system.read_from(r),
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
        w.field(18usize, &self.applicable_device_type);
        w.field(19usize, &self.app_store_url);
        w.field(20usize, &self.bundle_id);
        w.field(21usize, &self.minimum_supported_operating_system);
    }
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
rt::impl_object!(ManagedIosStoreApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    ManagedIosStoreApp { with_id id : ::std::string::String; with_created_date_time
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
    ::std::string::String; with_applicable_device_type applicable_device_type : crate
    ::v1::IosDeviceType; with_app_store_url app_store_url : ::std::string::String;
    with_bundle_id bundle_id : ::std::string::String;
    with_minimum_supported_operating_system minimum_supported_operating_system : crate
    ::v1::IosMinimumOperatingSystem; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedIosStoreApp);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// The identifier for the deployment an app.
///
/// CSDL: `microsoft.graph.managedMobileApp`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ManagedMobileAppPath`](requests/trait.ManagedMobileAppPath.html), what a path to one (`EntityPath<ManagedMobileApp, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"mobileAppIdentifier\":          ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedMobileApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "mobile_app_identifier", &self.mobile_app_identifier);
        v.field(2usize, "version", &self.version);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for ManagedMobileApp {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: [`ManagedMobileLobAppPath`](requests/trait.ManagedMobileLobAppPath.html), what a path to one (`EntityPath<AnyManagedMobileLobApp, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
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
        ",\"appAvailability\":              ",
        ",\"version\":                      ",
        ",\"committedContentVersion\":      ",
        ",\"fileName\":                     ",
        ",\"size\":                         ",
        ",\"contentVersions\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedMobileLobApp\"";
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
        v.field(16usize, "app_availability", &self.app_availability);
        v.field(17usize, "version", &self.version);
        v.field(18usize, "committed_content_version", &self.committed_content_version);
        v.field(19usize, "file_name", &self.file_name);
        v.field(20usize, "size", &self.size);
        v.field(21usize, "content_versions", &self.content_versions);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for ManagedMobileLobApp {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
unsafe impl ::std::marker::Send for AnyManagedMobileLobApp {}
#[cfg(msgraph_v1_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyManagedMobileLobApp {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyManagedMobileLobApp {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyManagedMobileLobApp {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyManagedMobileLobApp {}
#[cfg(msgraph_v1_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ManagedMobileLobApp>();
    rt::object::auto_traits::<crate::v1::ManagedAndroidLobApp>();
    rt::object::auto_traits::<crate::v1::ManagedIosLobApp>();
};
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Poly for AnyManagedMobileLobApp {
    const BASE_NAME: &'static str = "microsoft.graph.managedMobileLobApp";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.managedAndroidLobApp") => {
                Self::ManagedAndroidLobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.managedIOSLobApp") => {
                Self::ManagedIosLobApp(rt::object::new_boxed())
            }
            _ => Self::ManagedMobileLobApp(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ManagedMobileLobApp(v) => &**v,
            Self::ManagedAndroidLobApp(v) => &**v,
            Self::ManagedIosLobApp(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ManagedMobileLobApp(v) => &mut **v,
            Self::ManagedAndroidLobApp(v) => &mut **v,
            Self::ManagedIosLobApp(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl AnyManagedMobileLobApp {
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
#[cfg(msgraph_v1_core_or_device_management)]
/// CSDL: `microsoft.graph.managementAgentType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagementAgentType {
    /// The device is managed by Exchange server.
    ///
    /// `eas` (value 1).
    Eas,
    /// The device is managed by Intune MDM.
    ///
    /// `mdm` (value 2).
    Mdm,
    /// The device is managed by both Exchange server and Intune MDM.
    ///
    /// `easMdm` (value 3).
    EasMdm,
    /// Intune client managed.
    ///
    /// `intuneClient` (value 4).
    IntuneClient,
    /// The device is EAS and Intune client dual managed.
    ///
    /// `easIntuneClient` (value 5).
    EasIntuneClient,
    /// The device is managed by Configuration Manager.
    ///
    /// `configurationManagerClient` (value 8).
    ConfigurationManagerClient,
    /// The device is managed by Configuration Manager and MDM.
    ///
    /// `configurationManagerClientMdm` (value 10).
    ConfigurationManagerClientMdm,
    /// The device is managed by Configuration Manager, MDM and Eas.
    ///
    /// `configurationManagerClientMdmEas` (value 11).
    ConfigurationManagerClientMdmEas,
    /// Unknown management agent type.
    ///
    /// `unknown` (value 16).
    Unknown,
    /// The device attributes are fetched from Jamf.
    ///
    /// `jamf` (value 32).
    Jamf,
    /// The device is managed by Google's CloudDPC.
    ///
    /// `googleCloudDevicePolicyController` (value 64).
    GoogleCloudDevicePolicyController,
    /// This device is managed by Microsoft 365 through Intune.
    ///
    /// `microsoft365ManagedMdm` (value 258).
    Microsoft365ManagedMdm,
    /// `msSense` (value 1024).
    MsSense,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::StrEnum for ManagementAgentType {
    const TYPE_NAME: &'static str = "microsoft.graph.managementAgentType";
    const MEMBERS: &'static [&'static str] = &[
        "eas",
        "mdm",
        "easMdm",
        "intuneClient",
        "easIntuneClient",
        "configurationManagerClient",
        "configurationManagerClientMdm",
        "configurationManagerClientMdmEas",
        "unknown",
        "jamf",
        "googleCloudDevicePolicyController",
        "microsoft365ManagedMdm",
        "msSense",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "eas" => Self::Eas,
                "mdm" => Self::Mdm,
                "easMdm" => Self::EasMdm,
                "intuneClient" => Self::IntuneClient,
                "easIntuneClient" => Self::EasIntuneClient,
                "configurationManagerClient" => Self::ConfigurationManagerClient,
                "configurationManagerClientMdm" => Self::ConfigurationManagerClientMdm,
                "configurationManagerClientMdmEas" => {
                    Self::ConfigurationManagerClientMdmEas
                }
                "unknown" => Self::Unknown,
                "jamf" => Self::Jamf,
                "googleCloudDevicePolicyController" => {
                    Self::GoogleCloudDevicePolicyController
                }
                "microsoft365ManagedMdm" => Self::Microsoft365ManagedMdm,
                "msSense" => Self::MsSense,
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
            Self::Eas => "eas",
            Self::Mdm => "mdm",
            Self::EasMdm => "easMdm",
            Self::IntuneClient => "intuneClient",
            Self::EasIntuneClient => "easIntuneClient",
            Self::ConfigurationManagerClient => "configurationManagerClient",
            Self::ConfigurationManagerClientMdm => "configurationManagerClientMdm",
            Self::ConfigurationManagerClientMdmEas => "configurationManagerClientMdmEas",
            Self::Unknown => "unknown",
            Self::Jamf => "jamf",
            Self::GoogleCloudDevicePolicyController => {
                "googleCloudDevicePolicyController"
            }
            Self::Microsoft365ManagedMdm => "microsoft365ManagedMdm",
            Self::MsSense => "msSense",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_enum!(ManagementAgentType);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagementAgentType);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.matchConfidenceLevel`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MatchConfidenceLevel {
    /// `exact` (value 0).
    Exact,
    /// `relaxed` (value 1).
    Relaxed,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::StrEnum for MatchConfidenceLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.matchConfidenceLevel";
    const MEMBERS: &'static [&'static str] = &["exact", "relaxed", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "exact" => Self::Exact,
                "relaxed" => Self::Relaxed,
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
            Self::Exact => "exact",
            Self::Relaxed => "relaxed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_enum!(MatchConfidenceLevel);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MatchConfidenceLevel);
