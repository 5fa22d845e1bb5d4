//! Types of `microsoft.graph` by the first letters of their names (`windowsp_windowsu`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties for the package information for a Windows line of business app.
///
/// CSDL: `microsoft.graph.windowsPackageInformation`, complex type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsPackageInformation {
    /// The Windows architecture for which this app can run on.
    ///
    /// CSDL: property `applicableArchitecture`: `microsoft.graph.windowsArchitecture`, not nullable.
    pub applicable_architecture: rt::Field<rt::Flags<crate::beta::WindowsArchitecture>>,
    /// The Display Name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The Identity Name.
    ///
    /// CSDL: property `identityName`: `Edm.String`, nullable.
    pub identity_name: rt::Field<::std::string::String>,
    /// The Identity Publisher.
    ///
    /// CSDL: property `identityPublisher`: `Edm.String`, nullable.
    pub identity_publisher: rt::Field<::std::string::String>,
    /// The Identity Resource Identifier.
    ///
    /// CSDL: property `identityResourceIdentifier`: `Edm.String`, nullable.
    pub identity_resource_identifier: rt::Field<::std::string::String>,
    /// The Identity Version.
    ///
    /// CSDL: property `identityVersion`: `Edm.String`, nullable.
    pub identity_version: rt::Field<::std::string::String>,
    /// The value for the minimum applicable operating system.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.windowsMinimumOperatingSystem`, nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::beta::WindowsMinimumOperatingSystem,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for WindowsPackageInformation {
    #[inline]
    fn default() -> Self {
        Self {
            applicable_architecture: rt::Field::Absent,
            display_name: rt::Field::Absent,
            identity_name: rt::Field::Absent,
            identity_publisher: rt::Field::Absent,
            identity_resource_identifier: rt::Field::Absent,
            identity_version: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for WindowsPackageInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsPackageInformation";
    const KEYS: &'static [&'static str] = &[
        "applicableArchitecture",
        "displayName",
        "identityName",
        "identityPublisher",
        "identityResourceIdentifier",
        "identityVersion",
        "minimumSupportedOperatingSystem",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applicableArchitecture\":       ",
        ",\"displayName\":                  ",
        ",\"identityName\":                 ",
        ",\"identityPublisher\":            ",
        ",\"identityResourceIdentifier\":   ",
        ",\"identityVersion\":              ",
        ",\"minimumSupportedOperatingSystem\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsPackageInformation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "applicable_architecture", &self.applicable_architecture);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "identity_name", &self.identity_name);
        v.field(3usize, "identity_publisher", &self.identity_publisher);
        v.field(
            4usize,
            "identity_resource_identifier",
            &self.identity_resource_identifier,
        );
        v.field(5usize, "identity_version", &self.identity_version);
        v.field(
            6usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for WindowsPackageInformation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.applicable_architecture.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.identity_name.read_from(r),
            3usize => self.identity_publisher.read_from(r),
            4usize => self.identity_resource_identifier.read_from(r),
            5usize => self.identity_version.read_from(r),
            6usize => self.minimum_supported_operating_system.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.applicable_architecture);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.identity_name);
        w.field(3usize, &self.identity_publisher);
        w.field(4usize, &self.identity_resource_identifier);
        w.field(5usize, &self.identity_version);
        w.field(6usize, &self.minimum_supported_operating_system);
    }
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
rt::impl_object!(WindowsPackageInformation);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    WindowsPackageInformation { with_applicable_architecture applicable_architecture :
    rt::Flags < crate ::beta::WindowsArchitecture >; with_display_name display_name :
    ::std::string::String; with_identity_name identity_name : ::std::string::String;
    with_identity_publisher identity_publisher : ::std::string::String;
    with_identity_resource_identifier identity_resource_identifier :
    ::std::string::String; with_identity_version identity_version :
    ::std::string::String; with_minimum_supported_operating_system
    minimum_supported_operating_system : crate ::beta::WindowsMinimumOperatingSystem; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsPackageInformation);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for Windows Phone 8.1 AppX Line Of Business apps.
///
/// CSDL: `microsoft.graph.windowsPhone81AppX`, entity type, derived from `microsoft.graph.mobileLobApp`, key `id`.
///
/// Request builders: [`WindowsPhone81AppXPath`](requests/trait.WindowsPhone81AppXPath.html), what a path to one (`EntityPath<AnyWindowsPhone81AppX, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsPhone81AppX {
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
    /// The internal committed content version.
    ///
    /// CSDL: property `committedContentVersion`: `Edm.String`, nullable.
    pub committed_content_version: rt::Field<::std::string::String>,
    /// The name of the main Lob application file.
    ///
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// The total size, including all uploaded files.
    ///
    /// CSDL: property `size`: `Edm.Int64`, not nullable.
    pub size: rt::Field<i64>,
    /// The list of content versions for this app.
    ///
    /// CSDL: containment navigation property `contentVersions`: `Collection(microsoft.graph.mobileAppContent)`, not nullable.
    pub content_versions: rt::Field<::std::vec::Vec<crate::beta::MobileAppContent>>,
    /// The Windows architecture(s) for which this app can run on.
    ///
    /// CSDL: property `applicableArchitectures`: `microsoft.graph.windowsArchitecture`, not nullable.
    pub applicable_architectures: rt::Field<rt::Flags<crate::beta::WindowsArchitecture>>,
    /// The Identity Name.
    ///
    /// CSDL: property `identityName`: `Edm.String`, nullable.
    pub identity_name: rt::Field<::std::string::String>,
    /// The Identity Publisher Hash.
    ///
    /// CSDL: property `identityPublisherHash`: `Edm.String`, not nullable.
    pub identity_publisher_hash: rt::Field<::std::string::String>,
    /// The Identity Resource Identifier.
    ///
    /// CSDL: property `identityResourceIdentifier`: `Edm.String`, nullable.
    pub identity_resource_identifier: rt::Field<::std::string::String>,
    /// The identity version.
    ///
    /// CSDL: property `identityVersion`: `Edm.String`, nullable.
    pub identity_version: rt::Field<::std::string::String>,
    /// The value for the minimum applicable operating system.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.windowsMinimumOperatingSystem`, not nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::beta::WindowsMinimumOperatingSystem,
    >,
    /// The Phone Product Identifier.
    ///
    /// CSDL: property `phoneProductIdentifier`: `Edm.String`, nullable.
    pub phone_product_identifier: rt::Field<::std::string::String>,
    /// The Phone Publisher Id.
    ///
    /// CSDL: property `phonePublisherId`: `Edm.String`, nullable.
    pub phone_publisher_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for WindowsPhone81AppX {
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
            committed_content_version: rt::Field::Absent,
            file_name: rt::Field::Absent,
            size: rt::Field::Absent,
            content_versions: rt::Field::Absent,
            applicable_architectures: rt::Field::Absent,
            identity_name: rt::Field::Absent,
            identity_publisher_hash: rt::Field::Absent,
            identity_resource_identifier: rt::Field::Absent,
            identity_version: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            phone_product_identifier: rt::Field::Absent,
            phone_publisher_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for WindowsPhone81AppX {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsPhone81AppX";
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
        "committedContentVersion",
        "fileName",
        "size",
        "contentVersions",
        "applicableArchitectures",
        "identityName",
        "identityPublisherHash",
        "identityResourceIdentifier",
        "identityVersion",
        "minimumSupportedOperatingSystem",
        "phoneProductIdentifier",
        "phonePublisherId",
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
        ",\"committedContentVersion\":      ",
        ",\"fileName\":                     ",
        ",\"size\":                         ",
        ",\"contentVersions\":              ",
        ",\"applicableArchitectures\":      ",
        ",\"identityName\":                 ",
        ",\"identityPublisherHash\":        ",
        ",\"identityResourceIdentifier\":   ",
        ",\"identityVersion\":              ",
        ",\"minimumSupportedOperatingSystem\":",
        ",\"phoneProductIdentifier\":       ",
        ",\"phonePublisherId\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsPhone81AppX\"";
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
        v.field(26usize, "committed_content_version", &self.committed_content_version);
        v.field(27usize, "file_name", &self.file_name);
        v.field(28usize, "size", &self.size);
        v.field(29usize, "content_versions", &self.content_versions);
        v.field(30usize, "applicable_architectures", &self.applicable_architectures);
        v.field(31usize, "identity_name", &self.identity_name);
        v.field(32usize, "identity_publisher_hash", &self.identity_publisher_hash);
        v.field(
            33usize,
            "identity_resource_identifier",
            &self.identity_resource_identifier,
        );
        v.field(34usize, "identity_version", &self.identity_version);
        v.field(
            35usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
        v.field(36usize, "phone_product_identifier", &self.phone_product_identifier);
        v.field(37usize, "phone_publisher_id", &self.phone_publisher_id);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for WindowsPhone81AppX {
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
            26usize => self.committed_content_version.read_from(r),
            27usize => self.file_name.read_from(r),
            28usize => self.size.read_from(r),
            29usize => self.content_versions.read_from(r),
            30usize => self.applicable_architectures.read_from(r),
            31usize => self.identity_name.read_from(r),
            32usize => self.identity_publisher_hash.read_from(r),
            33usize => self.identity_resource_identifier.read_from(r),
            34usize => self.identity_version.read_from(r),
            35usize => self.minimum_supported_operating_system.read_from(r),
            36usize => self.phone_product_identifier.read_from(r),
            37usize => self.phone_publisher_id.read_from(r),
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
        w.field(26usize, &self.committed_content_version);
        w.field(27usize, &self.file_name);
        w.field(28usize, &self.size);
        w.field(29usize, &self.content_versions);
        w.field(30usize, &self.applicable_architectures);
        w.field(31usize, &self.identity_name);
        w.field(32usize, &self.identity_publisher_hash);
        w.field(33usize, &self.identity_resource_identifier);
        w.field(34usize, &self.identity_version);
        w.field(35usize, &self.minimum_supported_operating_system);
        w.field(36usize, &self.phone_product_identifier);
        w.field(37usize, &self.phone_publisher_id);
    }
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
rt::impl_object!(WindowsPhone81AppX);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    WindowsPhone81AppX { with_id id : ::std::string::String; with_created_date_time
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
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >;
    with_committed_content_version committed_content_version : ::std::string::String;
    with_file_name file_name : ::std::string::String; with_size size : i64;
    with_content_versions content_versions : ::std::vec::Vec < crate
    ::beta::MobileAppContent >; with_applicable_architectures applicable_architectures :
    rt::Flags < crate ::beta::WindowsArchitecture >; with_identity_name identity_name :
    ::std::string::String; with_identity_publisher_hash identity_publisher_hash :
    ::std::string::String; with_identity_resource_identifier identity_resource_identifier
    : ::std::string::String; with_identity_version identity_version :
    ::std::string::String; with_minimum_supported_operating_system
    minimum_supported_operating_system : crate ::beta::WindowsMinimumOperatingSystem;
    with_phone_product_identifier phone_product_identifier : ::std::string::String;
    with_phone_publisher_id phone_publisher_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsPhone81AppX);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// `microsoft.graph.windowsPhone81AppX` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWindowsPhone81AppX {
    WindowsPhone81AppX(::std::boxed::Box<crate::beta::WindowsPhone81AppX>),
    WindowsPhone81AppXBundle(::std::boxed::Box<crate::beta::WindowsPhone81AppXBundle>),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AnyWindowsPhone81AppX {
    #[inline]
    fn default() -> Self {
        Self::WindowsPhone81AppX(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81AppX> for AnyWindowsPhone81AppX {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81AppX) -> Self {
        Self::WindowsPhone81AppX(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81AppXBundle>
for AnyWindowsPhone81AppX {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81AppXBundle) -> Self {
        Self::WindowsPhone81AppXBundle(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyWindowsPhone81AppX {}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyWindowsPhone81AppX {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyWindowsPhone81AppX {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyWindowsPhone81AppX {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyWindowsPhone81AppX {}
#[cfg(msgraph_beta_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::WindowsPhone81AppX>();
    rt::object::auto_traits::<crate::beta::WindowsPhone81AppXBundle>();
};
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Poly for AnyWindowsPhone81AppX {
    const BASE_NAME: &'static str = "microsoft.graph.windowsPhone81AppX";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.windowsPhone81AppXBundle") => {
                Self::WindowsPhone81AppXBundle(rt::object::new_boxed())
            }
            _ => Self::WindowsPhone81AppX(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::WindowsPhone81AppX(v) => &**v,
            Self::WindowsPhone81AppXBundle(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::WindowsPhone81AppX(v) => &mut **v,
            Self::WindowsPhone81AppXBundle(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl AnyWindowsPhone81AppX {
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
            Self::WindowsPhone81AppX(v) => &v.id,
            Self::WindowsPhone81AppXBundle(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.id,
            Self::WindowsPhone81AppXBundle(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.created_date_time,
            Self::WindowsPhone81AppXBundle(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.created_date_time,
            Self::WindowsPhone81AppXBundle(v) => &mut v.created_date_time,
        }
    }
    /// `dependentAppCount` of any variant.
    #[inline]
    pub fn dependent_app_count(&self) -> &rt::Field<i32> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.dependent_app_count,
            Self::WindowsPhone81AppXBundle(v) => &v.dependent_app_count,
        }
    }
    /// `dependentAppCount` of any variant.
    #[inline]
    pub fn dependent_app_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.dependent_app_count,
            Self::WindowsPhone81AppXBundle(v) => &mut v.dependent_app_count,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.description,
            Self::WindowsPhone81AppXBundle(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.description,
            Self::WindowsPhone81AppXBundle(v) => &mut v.description,
        }
    }
    /// `developer` of any variant.
    #[inline]
    pub fn developer(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.developer,
            Self::WindowsPhone81AppXBundle(v) => &v.developer,
        }
    }
    /// `developer` of any variant.
    #[inline]
    pub fn developer_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.developer,
            Self::WindowsPhone81AppXBundle(v) => &mut v.developer,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.display_name,
            Self::WindowsPhone81AppXBundle(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.display_name,
            Self::WindowsPhone81AppXBundle(v) => &mut v.display_name,
        }
    }
    /// `informationUrl` of any variant.
    #[inline]
    pub fn information_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.information_url,
            Self::WindowsPhone81AppXBundle(v) => &v.information_url,
        }
    }
    /// `informationUrl` of any variant.
    #[inline]
    pub fn information_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.information_url,
            Self::WindowsPhone81AppXBundle(v) => &mut v.information_url,
        }
    }
    /// `isAssigned` of any variant.
    #[inline]
    pub fn is_assigned(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.is_assigned,
            Self::WindowsPhone81AppXBundle(v) => &v.is_assigned,
        }
    }
    /// `isAssigned` of any variant.
    #[inline]
    pub fn is_assigned_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.is_assigned,
            Self::WindowsPhone81AppXBundle(v) => &mut v.is_assigned,
        }
    }
    /// `isFeatured` of any variant.
    #[inline]
    pub fn is_featured(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.is_featured,
            Self::WindowsPhone81AppXBundle(v) => &v.is_featured,
        }
    }
    /// `isFeatured` of any variant.
    #[inline]
    pub fn is_featured_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.is_featured,
            Self::WindowsPhone81AppXBundle(v) => &mut v.is_featured,
        }
    }
    /// `largeIcon` of any variant.
    #[inline]
    pub fn large_icon(&self) -> &rt::Field<crate::beta::MimeContent> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.large_icon,
            Self::WindowsPhone81AppXBundle(v) => &v.large_icon,
        }
    }
    /// `largeIcon` of any variant.
    #[inline]
    pub fn large_icon_mut(&mut self) -> &mut rt::Field<crate::beta::MimeContent> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.large_icon,
            Self::WindowsPhone81AppXBundle(v) => &mut v.large_icon,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.last_modified_date_time,
            Self::WindowsPhone81AppXBundle(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.last_modified_date_time,
            Self::WindowsPhone81AppXBundle(v) => &mut v.last_modified_date_time,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.notes,
            Self::WindowsPhone81AppXBundle(v) => &v.notes,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.notes,
            Self::WindowsPhone81AppXBundle(v) => &mut v.notes,
        }
    }
    /// `owner` of any variant.
    #[inline]
    pub fn owner(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.owner,
            Self::WindowsPhone81AppXBundle(v) => &v.owner,
        }
    }
    /// `owner` of any variant.
    #[inline]
    pub fn owner_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.owner,
            Self::WindowsPhone81AppXBundle(v) => &mut v.owner,
        }
    }
    /// `privacyInformationUrl` of any variant.
    #[inline]
    pub fn privacy_information_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.privacy_information_url,
            Self::WindowsPhone81AppXBundle(v) => &v.privacy_information_url,
        }
    }
    /// `privacyInformationUrl` of any variant.
    #[inline]
    pub fn privacy_information_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.privacy_information_url,
            Self::WindowsPhone81AppXBundle(v) => &mut v.privacy_information_url,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.publisher,
            Self::WindowsPhone81AppXBundle(v) => &v.publisher,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.publisher,
            Self::WindowsPhone81AppXBundle(v) => &mut v.publisher,
        }
    }
    /// `publishingState` of any variant.
    #[inline]
    pub fn publishing_state(&self) -> &rt::Field<crate::beta::MobileAppPublishingState> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.publishing_state,
            Self::WindowsPhone81AppXBundle(v) => &v.publishing_state,
        }
    }
    /// `publishingState` of any variant.
    #[inline]
    pub fn publishing_state_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::MobileAppPublishingState> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.publishing_state,
            Self::WindowsPhone81AppXBundle(v) => &mut v.publishing_state,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.role_scope_tag_ids,
            Self::WindowsPhone81AppXBundle(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.role_scope_tag_ids,
            Self::WindowsPhone81AppXBundle(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supersededAppCount` of any variant.
    #[inline]
    pub fn superseded_app_count(&self) -> &rt::Field<i32> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.superseded_app_count,
            Self::WindowsPhone81AppXBundle(v) => &v.superseded_app_count,
        }
    }
    /// `supersededAppCount` of any variant.
    #[inline]
    pub fn superseded_app_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.superseded_app_count,
            Self::WindowsPhone81AppXBundle(v) => &mut v.superseded_app_count,
        }
    }
    /// `supersedingAppCount` of any variant.
    #[inline]
    pub fn superseding_app_count(&self) -> &rt::Field<i32> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.superseding_app_count,
            Self::WindowsPhone81AppXBundle(v) => &v.superseding_app_count,
        }
    }
    /// `supersedingAppCount` of any variant.
    #[inline]
    pub fn superseding_app_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.superseding_app_count,
            Self::WindowsPhone81AppXBundle(v) => &mut v.superseding_app_count,
        }
    }
    /// `uploadState` of any variant.
    #[inline]
    pub fn upload_state(&self) -> &rt::Field<i32> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.upload_state,
            Self::WindowsPhone81AppXBundle(v) => &v.upload_state,
        }
    }
    /// `uploadState` of any variant.
    #[inline]
    pub fn upload_state_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.upload_state,
            Self::WindowsPhone81AppXBundle(v) => &mut v.upload_state,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.assignments,
            Self::WindowsPhone81AppXBundle(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.assignments,
            Self::WindowsPhone81AppXBundle(v) => &mut v.assignments,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.categories,
            Self::WindowsPhone81AppXBundle(v) => &v.categories,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.categories,
            Self::WindowsPhone81AppXBundle(v) => &mut v.categories,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.device_statuses,
            Self::WindowsPhone81AppXBundle(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.device_statuses,
            Self::WindowsPhone81AppXBundle(v) => &mut v.device_statuses,
        }
    }
    /// `installSummary` of any variant.
    #[inline]
    pub fn install_summary(&self) -> &rt::Field<crate::beta::MobileAppInstallSummary> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.install_summary,
            Self::WindowsPhone81AppXBundle(v) => &v.install_summary,
        }
    }
    /// `installSummary` of any variant.
    #[inline]
    pub fn install_summary_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::MobileAppInstallSummary> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.install_summary,
            Self::WindowsPhone81AppXBundle(v) => &mut v.install_summary,
        }
    }
    /// `relationships` of any variant.
    #[inline]
    pub fn relationships(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.relationships,
            Self::WindowsPhone81AppXBundle(v) => &v.relationships,
        }
    }
    /// `relationships` of any variant.
    #[inline]
    pub fn relationships_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.relationships,
            Self::WindowsPhone81AppXBundle(v) => &mut v.relationships,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.user_statuses,
            Self::WindowsPhone81AppXBundle(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.user_statuses,
            Self::WindowsPhone81AppXBundle(v) => &mut v.user_statuses,
        }
    }
    /// `committedContentVersion` of any variant.
    #[inline]
    pub fn committed_content_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.committed_content_version,
            Self::WindowsPhone81AppXBundle(v) => &v.committed_content_version,
        }
    }
    /// `committedContentVersion` of any variant.
    #[inline]
    pub fn committed_content_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.committed_content_version,
            Self::WindowsPhone81AppXBundle(v) => &mut v.committed_content_version,
        }
    }
    /// `fileName` of any variant.
    #[inline]
    pub fn file_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.file_name,
            Self::WindowsPhone81AppXBundle(v) => &v.file_name,
        }
    }
    /// `fileName` of any variant.
    #[inline]
    pub fn file_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.file_name,
            Self::WindowsPhone81AppXBundle(v) => &mut v.file_name,
        }
    }
    /// `size` of any variant.
    #[inline]
    pub fn size(&self) -> &rt::Field<i64> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.size,
            Self::WindowsPhone81AppXBundle(v) => &v.size,
        }
    }
    /// `size` of any variant.
    #[inline]
    pub fn size_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.size,
            Self::WindowsPhone81AppXBundle(v) => &mut v.size,
        }
    }
    /// `contentVersions` of any variant.
    #[inline]
    pub fn content_versions(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::MobileAppContent>> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.content_versions,
            Self::WindowsPhone81AppXBundle(v) => &v.content_versions,
        }
    }
    /// `contentVersions` of any variant.
    #[inline]
    pub fn content_versions_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::MobileAppContent>> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.content_versions,
            Self::WindowsPhone81AppXBundle(v) => &mut v.content_versions,
        }
    }
    /// `applicableArchitectures` of any variant.
    #[inline]
    pub fn applicable_architectures(
        &self,
    ) -> &rt::Field<rt::Flags<crate::beta::WindowsArchitecture>> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.applicable_architectures,
            Self::WindowsPhone81AppXBundle(v) => &v.applicable_architectures,
        }
    }
    /// `applicableArchitectures` of any variant.
    #[inline]
    pub fn applicable_architectures_mut(
        &mut self,
    ) -> &mut rt::Field<rt::Flags<crate::beta::WindowsArchitecture>> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.applicable_architectures,
            Self::WindowsPhone81AppXBundle(v) => &mut v.applicable_architectures,
        }
    }
    /// `identityName` of any variant.
    #[inline]
    pub fn identity_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.identity_name,
            Self::WindowsPhone81AppXBundle(v) => &v.identity_name,
        }
    }
    /// `identityName` of any variant.
    #[inline]
    pub fn identity_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.identity_name,
            Self::WindowsPhone81AppXBundle(v) => &mut v.identity_name,
        }
    }
    /// `identityPublisherHash` of any variant.
    #[inline]
    pub fn identity_publisher_hash(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.identity_publisher_hash,
            Self::WindowsPhone81AppXBundle(v) => &v.identity_publisher_hash,
        }
    }
    /// `identityPublisherHash` of any variant.
    #[inline]
    pub fn identity_publisher_hash_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.identity_publisher_hash,
            Self::WindowsPhone81AppXBundle(v) => &mut v.identity_publisher_hash,
        }
    }
    /// `identityResourceIdentifier` of any variant.
    #[inline]
    pub fn identity_resource_identifier(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.identity_resource_identifier,
            Self::WindowsPhone81AppXBundle(v) => &v.identity_resource_identifier,
        }
    }
    /// `identityResourceIdentifier` of any variant.
    #[inline]
    pub fn identity_resource_identifier_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.identity_resource_identifier,
            Self::WindowsPhone81AppXBundle(v) => &mut v.identity_resource_identifier,
        }
    }
    /// `identityVersion` of any variant.
    #[inline]
    pub fn identity_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.identity_version,
            Self::WindowsPhone81AppXBundle(v) => &v.identity_version,
        }
    }
    /// `identityVersion` of any variant.
    #[inline]
    pub fn identity_version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.identity_version,
            Self::WindowsPhone81AppXBundle(v) => &mut v.identity_version,
        }
    }
    /// `minimumSupportedOperatingSystem` of any variant.
    #[inline]
    pub fn minimum_supported_operating_system(
        &self,
    ) -> &rt::Field<crate::beta::WindowsMinimumOperatingSystem> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.minimum_supported_operating_system,
            Self::WindowsPhone81AppXBundle(v) => &v.minimum_supported_operating_system,
        }
    }
    /// `minimumSupportedOperatingSystem` of any variant.
    #[inline]
    pub fn minimum_supported_operating_system_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::WindowsMinimumOperatingSystem> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.minimum_supported_operating_system,
            Self::WindowsPhone81AppXBundle(v) => {
                &mut v.minimum_supported_operating_system
            }
        }
    }
    /// `phoneProductIdentifier` of any variant.
    #[inline]
    pub fn phone_product_identifier(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.phone_product_identifier,
            Self::WindowsPhone81AppXBundle(v) => &v.phone_product_identifier,
        }
    }
    /// `phoneProductIdentifier` of any variant.
    #[inline]
    pub fn phone_product_identifier_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.phone_product_identifier,
            Self::WindowsPhone81AppXBundle(v) => &mut v.phone_product_identifier,
        }
    }
    /// `phonePublisherId` of any variant.
    #[inline]
    pub fn phone_publisher_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &v.phone_publisher_id,
            Self::WindowsPhone81AppXBundle(v) => &v.phone_publisher_id,
        }
    }
    /// `phonePublisherId` of any variant.
    #[inline]
    pub fn phone_publisher_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81AppX(v) => &mut v.phone_publisher_id,
            Self::WindowsPhone81AppXBundle(v) => &mut v.phone_publisher_id,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_poly!(AnyWindowsPhone81AppX);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWindowsPhone81AppX);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for Windows Phone 8.1 AppX Bundle Line Of Business apps.
///
/// CSDL: `microsoft.graph.windowsPhone81AppXBundle`, entity type, derived from `microsoft.graph.windowsPhone81AppX`, key `id`.
///
/// Request builders: [`WindowsPhone81AppXPath`](requests/trait.WindowsPhone81AppXPath.html), what a path to one (`EntityPath<WindowsPhone81AppXBundle, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsPhone81AppXBundle {
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
    /// The internal committed content version.
    ///
    /// CSDL: property `committedContentVersion`: `Edm.String`, nullable.
    pub committed_content_version: rt::Field<::std::string::String>,
    /// The name of the main Lob application file.
    ///
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// The total size, including all uploaded files.
    ///
    /// CSDL: property `size`: `Edm.Int64`, not nullable.
    pub size: rt::Field<i64>,
    /// The list of content versions for this app.
    ///
    /// CSDL: containment navigation property `contentVersions`: `Collection(microsoft.graph.mobileAppContent)`, not nullable.
    pub content_versions: rt::Field<::std::vec::Vec<crate::beta::MobileAppContent>>,
    /// The Windows architecture(s) for which this app can run on.
    ///
    /// CSDL: property `applicableArchitectures`: `microsoft.graph.windowsArchitecture`, not nullable.
    pub applicable_architectures: rt::Field<rt::Flags<crate::beta::WindowsArchitecture>>,
    /// The Identity Name.
    ///
    /// CSDL: property `identityName`: `Edm.String`, nullable.
    pub identity_name: rt::Field<::std::string::String>,
    /// The Identity Publisher Hash.
    ///
    /// CSDL: property `identityPublisherHash`: `Edm.String`, not nullable.
    pub identity_publisher_hash: rt::Field<::std::string::String>,
    /// The Identity Resource Identifier.
    ///
    /// CSDL: property `identityResourceIdentifier`: `Edm.String`, nullable.
    pub identity_resource_identifier: rt::Field<::std::string::String>,
    /// The identity version.
    ///
    /// CSDL: property `identityVersion`: `Edm.String`, nullable.
    pub identity_version: rt::Field<::std::string::String>,
    /// The value for the minimum applicable operating system.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.windowsMinimumOperatingSystem`, not nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::beta::WindowsMinimumOperatingSystem,
    >,
    /// The Phone Product Identifier.
    ///
    /// CSDL: property `phoneProductIdentifier`: `Edm.String`, nullable.
    pub phone_product_identifier: rt::Field<::std::string::String>,
    /// The Phone Publisher Id.
    ///
    /// CSDL: property `phonePublisherId`: `Edm.String`, nullable.
    pub phone_publisher_id: rt::Field<::std::string::String>,
    /// The list of AppX Package Information.
    ///
    /// CSDL: property `appXPackageInformationList`: `Collection(microsoft.graph.windowsPackageInformation)`, nullable.
    pub app_x_package_information_list: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsPackageInformation>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for WindowsPhone81AppXBundle {
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
            committed_content_version: rt::Field::Absent,
            file_name: rt::Field::Absent,
            size: rt::Field::Absent,
            content_versions: rt::Field::Absent,
            applicable_architectures: rt::Field::Absent,
            identity_name: rt::Field::Absent,
            identity_publisher_hash: rt::Field::Absent,
            identity_resource_identifier: rt::Field::Absent,
            identity_version: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            phone_product_identifier: rt::Field::Absent,
            phone_publisher_id: rt::Field::Absent,
            app_x_package_information_list: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for WindowsPhone81AppXBundle {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsPhone81AppXBundle";
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
        "committedContentVersion",
        "fileName",
        "size",
        "contentVersions",
        "applicableArchitectures",
        "identityName",
        "identityPublisherHash",
        "identityResourceIdentifier",
        "identityVersion",
        "minimumSupportedOperatingSystem",
        "phoneProductIdentifier",
        "phonePublisherId",
        "appXPackageInformationList",
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
        ",\"committedContentVersion\":      ",
        ",\"fileName\":                     ",
        ",\"size\":                         ",
        ",\"contentVersions\":              ",
        ",\"applicableArchitectures\":      ",
        ",\"identityName\":                 ",
        ",\"identityPublisherHash\":        ",
        ",\"identityResourceIdentifier\":   ",
        ",\"identityVersion\":              ",
        ",\"minimumSupportedOperatingSystem\":",
        ",\"phoneProductIdentifier\":       ",
        ",\"phonePublisherId\":             ",
        ",\"appXPackageInformationList\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsPhone81AppXBundle\"";
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
        v.field(26usize, "committed_content_version", &self.committed_content_version);
        v.field(27usize, "file_name", &self.file_name);
        v.field(28usize, "size", &self.size);
        v.field(29usize, "content_versions", &self.content_versions);
        v.field(30usize, "applicable_architectures", &self.applicable_architectures);
        v.field(31usize, "identity_name", &self.identity_name);
        v.field(32usize, "identity_publisher_hash", &self.identity_publisher_hash);
        v.field(
            33usize,
            "identity_resource_identifier",
            &self.identity_resource_identifier,
        );
        v.field(34usize, "identity_version", &self.identity_version);
        v.field(
            35usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
        v.field(36usize, "phone_product_identifier", &self.phone_product_identifier);
        v.field(37usize, "phone_publisher_id", &self.phone_publisher_id);
        v.field(
            38usize,
            "app_x_package_information_list",
            &self.app_x_package_information_list,
        );
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for WindowsPhone81AppXBundle {
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
            26usize => self.committed_content_version.read_from(r),
            27usize => self.file_name.read_from(r),
            28usize => self.size.read_from(r),
            29usize => self.content_versions.read_from(r),
            30usize => self.applicable_architectures.read_from(r),
            31usize => self.identity_name.read_from(r),
            32usize => self.identity_publisher_hash.read_from(r),
            33usize => self.identity_resource_identifier.read_from(r),
            34usize => self.identity_version.read_from(r),
            35usize => self.minimum_supported_operating_system.read_from(r),
            36usize => self.phone_product_identifier.read_from(r),
            37usize => self.phone_publisher_id.read_from(r),
            38usize => self.app_x_package_information_list.read_from(r),
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
        w.field(26usize, &self.committed_content_version);
        w.field(27usize, &self.file_name);
        w.field(28usize, &self.size);
        w.field(29usize, &self.content_versions);
        w.field(30usize, &self.applicable_architectures);
        w.field(31usize, &self.identity_name);
        w.field(32usize, &self.identity_publisher_hash);
        w.field(33usize, &self.identity_resource_identifier);
        w.field(34usize, &self.identity_version);
        w.field(35usize, &self.minimum_supported_operating_system);
        w.field(36usize, &self.phone_product_identifier);
        w.field(37usize, &self.phone_publisher_id);
        w.field(38usize, &self.app_x_package_information_list);
    }
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
rt::impl_object!(WindowsPhone81AppXBundle);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    WindowsPhone81AppXBundle { with_id id : ::std::string::String; with_created_date_time
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
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >;
    with_committed_content_version committed_content_version : ::std::string::String;
    with_file_name file_name : ::std::string::String; with_size size : i64;
    with_content_versions content_versions : ::std::vec::Vec < crate
    ::beta::MobileAppContent >; with_applicable_architectures applicable_architectures :
    rt::Flags < crate ::beta::WindowsArchitecture >; with_identity_name identity_name :
    ::std::string::String; with_identity_publisher_hash identity_publisher_hash :
    ::std::string::String; with_identity_resource_identifier identity_resource_identifier
    : ::std::string::String; with_identity_version identity_version :
    ::std::string::String; with_minimum_supported_operating_system
    minimum_supported_operating_system : crate ::beta::WindowsMinimumOperatingSystem;
    with_phone_product_identifier phone_product_identifier : ::std::string::String;
    with_phone_publisher_id phone_publisher_id : ::std::string::String;
    with_app_x_package_information_list app_x_package_information_list : ::std::vec::Vec
    < crate ::beta::WindowsPackageInformation >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsPhone81AppXBundle);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for Windows Phone 8.1 Store apps.
///
/// CSDL: `microsoft.graph.windowsPhone81StoreApp`, entity type, derived from `microsoft.graph.mobileApp`, key `id`.
///
/// Request builders: [`MobileAppPath`](requests/trait.MobileAppPath.html), what a path to one (`EntityPath<WindowsPhone81StoreApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsPhone81StoreApp {
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
    /// The Windows Phone 8.1 app store URL.
    ///
    /// CSDL: property `appStoreUrl`: `Edm.String`, nullable.
    pub app_store_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for WindowsPhone81StoreApp {
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
            app_store_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for WindowsPhone81StoreApp {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsPhone81StoreApp";
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
        "appStoreUrl",
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
        ",\"appStoreUrl\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsPhone81StoreApp\"";
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
        v.field(26usize, "app_store_url", &self.app_store_url);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for WindowsPhone81StoreApp {
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
            26usize => self.app_store_url.read_from(r),
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
        w.field(26usize, &self.app_store_url);
    }
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
rt::impl_object!(WindowsPhone81StoreApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    WindowsPhone81StoreApp { with_id id : ::std::string::String; with_created_date_time
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
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >; with_app_store_url
    app_store_url : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsPhone81StoreApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for Windows Phone XAP Line Of Business apps.
///
/// CSDL: `microsoft.graph.windowsPhoneXAP`, entity type, derived from `microsoft.graph.mobileLobApp`, key `id`.
///
/// Request builders: [`WindowsPhoneXapPath`](requests/trait.WindowsPhoneXapPath.html), what a path to one (`EntityPath<WindowsPhoneXap, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsPhoneXap {
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
    /// The internal committed content version.
    ///
    /// CSDL: property `committedContentVersion`: `Edm.String`, nullable.
    pub committed_content_version: rt::Field<::std::string::String>,
    /// The name of the main Lob application file.
    ///
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// The total size, including all uploaded files.
    ///
    /// CSDL: property `size`: `Edm.Int64`, not nullable.
    pub size: rt::Field<i64>,
    /// The list of content versions for this app.
    ///
    /// CSDL: containment navigation property `contentVersions`: `Collection(microsoft.graph.mobileAppContent)`, not nullable.
    pub content_versions: rt::Field<::std::vec::Vec<crate::beta::MobileAppContent>>,
    /// The identity version.
    ///
    /// CSDL: property `identityVersion`: `Edm.String`, nullable.
    pub identity_version: rt::Field<::std::string::String>,
    /// The value for the minimum applicable operating system.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.windowsMinimumOperatingSystem`, not nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::beta::WindowsMinimumOperatingSystem,
    >,
    /// The Product Identifier.
    ///
    /// CSDL: property `productIdentifier`: `Edm.String`, not nullable.
    pub product_identifier: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for WindowsPhoneXap {
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
            committed_content_version: rt::Field::Absent,
            file_name: rt::Field::Absent,
            size: rt::Field::Absent,
            content_versions: rt::Field::Absent,
            identity_version: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            product_identifier: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for WindowsPhoneXap {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsPhoneXAP";
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
        "committedContentVersion",
        "fileName",
        "size",
        "contentVersions",
        "identityVersion",
        "minimumSupportedOperatingSystem",
        "productIdentifier",
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
        ",\"committedContentVersion\":      ",
        ",\"fileName\":                     ",
        ",\"size\":                         ",
        ",\"contentVersions\":              ",
        ",\"identityVersion\":              ",
        ",\"minimumSupportedOperatingSystem\":",
        ",\"productIdentifier\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsPhoneXAP\"";
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
        v.field(26usize, "committed_content_version", &self.committed_content_version);
        v.field(27usize, "file_name", &self.file_name);
        v.field(28usize, "size", &self.size);
        v.field(29usize, "content_versions", &self.content_versions);
        v.field(30usize, "identity_version", &self.identity_version);
        v.field(
            31usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
        v.field(32usize, "product_identifier", &self.product_identifier);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for WindowsPhoneXap {
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
            26usize => self.committed_content_version.read_from(r),
            27usize => self.file_name.read_from(r),
            28usize => self.size.read_from(r),
            29usize => self.content_versions.read_from(r),
            30usize => self.identity_version.read_from(r),
            31usize => self.minimum_supported_operating_system.read_from(r),
            32usize => self.product_identifier.read_from(r),
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
        w.field(26usize, &self.committed_content_version);
        w.field(27usize, &self.file_name);
        w.field(28usize, &self.size);
        w.field(29usize, &self.content_versions);
        w.field(30usize, &self.identity_version);
        w.field(31usize, &self.minimum_supported_operating_system);
        w.field(32usize, &self.product_identifier);
    }
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
rt::impl_object!(WindowsPhoneXap);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    WindowsPhoneXap { with_id id : ::std::string::String; with_created_date_time
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
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >;
    with_committed_content_version committed_content_version : ::std::string::String;
    with_file_name file_name : ::std::string::String; with_size size : i64;
    with_content_versions content_versions : ::std::vec::Vec < crate
    ::beta::MobileAppContent >; with_identity_version identity_version :
    ::std::string::String; with_minimum_supported_operating_system
    minimum_supported_operating_system : crate ::beta::WindowsMinimumOperatingSystem;
    with_product_identifier product_identifier : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsPhoneXap);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows Quality Update Profile
///
/// CSDL: `microsoft.graph.windowsQualityUpdateProfile`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WindowsQualityUpdateProfilePath`](requests/trait.WindowsQualityUpdateProfilePath.html), what a path to one (`EntityPath<WindowsQualityUpdateProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsQualityUpdateProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date time that the profile was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Friendly display name of the quality update profile deployable content
    ///
    /// CSDL: property `deployableContentDisplayName`: `Edm.String`, nullable.
    pub deployable_content_display_name: rt::Field<::std::string::String>,
    /// The description of the profile which is specified by the user.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The display name for the profile.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Expedited update settings.
    ///
    /// CSDL: property `expeditedUpdateSettings`: `microsoft.graph.expeditedWindowsQualityUpdateSettings`, nullable.
    pub expedited_update_settings: rt::Field<
        crate::beta::ExpeditedWindowsQualityUpdateSettings,
    >,
    /// The date time that the profile was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Friendly release date to display for a Quality Update release
    ///
    /// CSDL: property `releaseDateDisplayName`: `Edm.String`, nullable.
    pub release_date_display_name: rt::Field<::std::string::String>,
    /// List of Scope Tags for this Quality Update entity.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The list of group assignments of the profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.windowsQualityUpdateProfileAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsQualityUpdateProfileAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsQualityUpdateProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            deployable_content_display_name: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            expedited_update_settings: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            release_date_display_name: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsQualityUpdateProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsQualityUpdateProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "deployableContentDisplayName",
        "description",
        "displayName",
        "expeditedUpdateSettings",
        "lastModifiedDateTime",
        "releaseDateDisplayName",
        "roleScopeTagIds",
        "assignments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"deployableContentDisplayName\": ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"expeditedUpdateSettings\":      ",
        ",\"lastModifiedDateTime\":         ",
        ",\"releaseDateDisplayName\":       ",
        ",\"roleScopeTagIds\":              ",
        ",\"assignments\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsQualityUpdateProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(
            2usize,
            "deployable_content_display_name",
            &self.deployable_content_display_name,
        );
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "expedited_update_settings", &self.expedited_update_settings);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "release_date_display_name", &self.release_date_display_name);
        v.field(8usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(9usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsQualityUpdateProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.deployable_content_display_name.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.expedited_update_settings.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.release_date_display_name.read_from(r),
            8usize => self.role_scope_tag_ids.read_from(r),
            9usize => self.assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.deployable_content_display_name);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.expedited_update_settings);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.release_date_display_name);
        w.field(8usize, &self.role_scope_tag_ids);
        w.field(9usize, &self.assignments);
    }
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
rt::impl_object!(WindowsQualityUpdateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsQualityUpdateProfile { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_deployable_content_display_name deployable_content_display_name :
    ::std::string::String; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String;
    with_expedited_update_settings expedited_update_settings : crate
    ::beta::ExpeditedWindowsQualityUpdateSettings; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_release_date_display_name
    release_date_display_name : ::std::string::String; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >; with_assignments
    assignments : ::std::vec::Vec < crate ::beta::WindowsQualityUpdateProfileAssignment
    >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsQualityUpdateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// This entity contains the properties used to assign a windows quality update profile to a group.
///
/// CSDL: `microsoft.graph.windowsQualityUpdateProfileAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WindowsQualityUpdateProfileAssignmentPath`](requests/trait.WindowsQualityUpdateProfileAssignmentPath.html), what a path to one (`EntityPath<WindowsQualityUpdateProfileAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsQualityUpdateProfileAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The assignment target that the feature update profile is assigned to.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsQualityUpdateProfileAssignment {
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
impl rt::Object for WindowsQualityUpdateProfileAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsQualityUpdateProfileAssignment";
    const KEYS: &'static [&'static str] = &["id", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsQualityUpdateProfileAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsQualityUpdateProfileAssignment {
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
rt::impl_object!(WindowsQualityUpdateProfileAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsQualityUpdateProfileAssignment { with_id id : ::std::string::String;
    with_target target : crate ::beta::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsQualityUpdateProfileAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsSModeConfiguration`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsSModeConfiguration {
    /// `noRestriction` (value 0).
    NoRestriction,
    /// `block` (value 1).
    Block,
    /// `unlock` (value 2).
    Unlock,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsSModeConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsSModeConfiguration";
    const MEMBERS: &'static [&'static str] = &["noRestriction", "block", "unlock"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "noRestriction" => Self::NoRestriction,
                "block" => Self::Block,
                "unlock" => Self::Unlock,
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
            Self::NoRestriction => "noRestriction",
            Self::Block => "block",
            Self::Unlock => "unlock",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsSModeConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsSModeConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsSpotlightEnablementSettings`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsSpotlightEnablementSettings {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `disabled` (value 1).
    Disabled,
    /// `enabled` (value 2).
    Enabled,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsSpotlightEnablementSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsSpotlightEnablementSettings";
    const MEMBERS: &'static [&'static str] = &["notConfigured", "disabled", "enabled"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "disabled" => Self::Disabled,
                "enabled" => Self::Enabled,
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
            Self::Disabled => "disabled",
            Self::Enabled => "enabled",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsSpotlightEnablementSettings);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsSpotlightEnablementSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for Windows Store apps.
///
/// CSDL: `microsoft.graph.windowsStoreApp`, entity type, derived from `microsoft.graph.mobileApp`, key `id`.
///
/// Request builders: [`MobileAppPath`](requests/trait.MobileAppPath.html), what a path to one (`EntityPath<WindowsStoreApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsStoreApp {
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
    /// The Windows app store URL.
    ///
    /// CSDL: property `appStoreUrl`: `Edm.String`, nullable.
    pub app_store_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for WindowsStoreApp {
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
            app_store_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for WindowsStoreApp {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsStoreApp";
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
        "appStoreUrl",
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
        ",\"appStoreUrl\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsStoreApp\"";
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
        v.field(26usize, "app_store_url", &self.app_store_url);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for WindowsStoreApp {
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
            26usize => self.app_store_url.read_from(r),
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
        w.field(26usize, &self.app_store_url);
    }
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
rt::impl_object!(WindowsStoreApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    WindowsStoreApp { with_id id : ::std::string::String; with_created_date_time
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
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >; with_app_store_url
    app_store_url : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsStoreApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for Windows Universal AppX Line Of Business apps.
///
/// CSDL: `microsoft.graph.windowsUniversalAppX`, entity type, derived from `microsoft.graph.mobileLobApp`, key `id`.
///
/// Request builders: [`WindowsUniversalAppXPath`](requests/trait.WindowsUniversalAppXPath.html), what a path to one (`EntityPath<WindowsUniversalAppX, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsUniversalAppX {
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
    /// The internal committed content version.
    ///
    /// CSDL: property `committedContentVersion`: `Edm.String`, nullable.
    pub committed_content_version: rt::Field<::std::string::String>,
    /// The name of the main Lob application file.
    ///
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// The total size, including all uploaded files.
    ///
    /// CSDL: property `size`: `Edm.Int64`, not nullable.
    pub size: rt::Field<i64>,
    /// The list of content versions for this app.
    ///
    /// CSDL: containment navigation property `contentVersions`: `Collection(microsoft.graph.mobileAppContent)`, not nullable.
    pub content_versions: rt::Field<::std::vec::Vec<crate::beta::MobileAppContent>>,
    /// The Windows architecture(s) for which this app can run on.
    ///
    /// CSDL: property `applicableArchitectures`: `microsoft.graph.windowsArchitecture`, not nullable.
    pub applicable_architectures: rt::Field<rt::Flags<crate::beta::WindowsArchitecture>>,
    /// The Windows device type(s) for which this app can run on.
    ///
    /// CSDL: property `applicableDeviceTypes`: `microsoft.graph.windowsDeviceType`, not nullable.
    pub applicable_device_types: rt::Field<rt::Flags<crate::beta::WindowsDeviceType>>,
    /// The Identity Name.
    ///
    /// CSDL: property `identityName`: `Edm.String`, nullable.
    pub identity_name: rt::Field<::std::string::String>,
    /// The Identity Publisher Hash.
    ///
    /// CSDL: property `identityPublisherHash`: `Edm.String`, not nullable.
    pub identity_publisher_hash: rt::Field<::std::string::String>,
    /// The Identity Resource Identifier.
    ///
    /// CSDL: property `identityResourceIdentifier`: `Edm.String`, nullable.
    pub identity_resource_identifier: rt::Field<::std::string::String>,
    /// The identity version.
    ///
    /// CSDL: property `identityVersion`: `Edm.String`, nullable.
    pub identity_version: rt::Field<::std::string::String>,
    /// Whether or not the app is a bundle.
    ///
    /// CSDL: property `isBundle`: `Edm.Boolean`, not nullable.
    pub is_bundle: rt::Field<bool>,
    /// The value for the minimum applicable operating system.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.windowsMinimumOperatingSystem`, not nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::beta::WindowsMinimumOperatingSystem,
    >,
    /// The collection of contained apps in the committed mobileAppContent of a windowsUniversalAppX app.
    ///
    /// CSDL: containment navigation property `committedContainedApps`: `Collection(microsoft.graph.mobileContainedApp)`, not nullable.
    pub committed_contained_apps: rt::Field<
        ::std::vec::Vec<crate::beta::AnyMobileContainedApp>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for WindowsUniversalAppX {
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
            committed_content_version: rt::Field::Absent,
            file_name: rt::Field::Absent,
            size: rt::Field::Absent,
            content_versions: rt::Field::Absent,
            applicable_architectures: rt::Field::Absent,
            applicable_device_types: rt::Field::Absent,
            identity_name: rt::Field::Absent,
            identity_publisher_hash: rt::Field::Absent,
            identity_resource_identifier: rt::Field::Absent,
            identity_version: rt::Field::Absent,
            is_bundle: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            committed_contained_apps: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for WindowsUniversalAppX {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUniversalAppX";
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
        "committedContentVersion",
        "fileName",
        "size",
        "contentVersions",
        "applicableArchitectures",
        "applicableDeviceTypes",
        "identityName",
        "identityPublisherHash",
        "identityResourceIdentifier",
        "identityVersion",
        "isBundle",
        "minimumSupportedOperatingSystem",
        "committedContainedApps",
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
        ",\"committedContentVersion\":      ",
        ",\"fileName\":                     ",
        ",\"size\":                         ",
        ",\"contentVersions\":              ",
        ",\"applicableArchitectures\":      ",
        ",\"applicableDeviceTypes\":        ",
        ",\"identityName\":                 ",
        ",\"identityPublisherHash\":        ",
        ",\"identityResourceIdentifier\":   ",
        ",\"identityVersion\":              ",
        ",\"isBundle\":                     ",
        ",\"minimumSupportedOperatingSystem\":",
        ",\"committedContainedApps\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsUniversalAppX\"";
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
        v.field(26usize, "committed_content_version", &self.committed_content_version);
        v.field(27usize, "file_name", &self.file_name);
        v.field(28usize, "size", &self.size);
        v.field(29usize, "content_versions", &self.content_versions);
        v.field(30usize, "applicable_architectures", &self.applicable_architectures);
        v.field(31usize, "applicable_device_types", &self.applicable_device_types);
        v.field(32usize, "identity_name", &self.identity_name);
        v.field(33usize, "identity_publisher_hash", &self.identity_publisher_hash);
        v.field(
            34usize,
            "identity_resource_identifier",
            &self.identity_resource_identifier,
        );
        v.field(35usize, "identity_version", &self.identity_version);
        v.field(36usize, "is_bundle", &self.is_bundle);
        v.field(
            37usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
        v.field(38usize, "committed_contained_apps", &self.committed_contained_apps);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for WindowsUniversalAppX {
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
            26usize => self.committed_content_version.read_from(r),
            27usize => self.file_name.read_from(r),
            28usize => self.size.read_from(r),
            29usize => self.content_versions.read_from(r),
            30usize => self.applicable_architectures.read_from(r),
            31usize => self.applicable_device_types.read_from(r),
            32usize => self.identity_name.read_from(r),
            33usize => self.identity_publisher_hash.read_from(r),
            34usize => self.identity_resource_identifier.read_from(r),
            35usize => self.identity_version.read_from(r),
            36usize => self.is_bundle.read_from(r),
            37usize => self.minimum_supported_operating_system.read_from(r),
            38usize => self.committed_contained_apps.read_from(r),
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
        w.field(26usize, &self.committed_content_version);
        w.field(27usize, &self.file_name);
        w.field(28usize, &self.size);
        w.field(29usize, &self.content_versions);
        w.field(30usize, &self.applicable_architectures);
        w.field(31usize, &self.applicable_device_types);
        w.field(32usize, &self.identity_name);
        w.field(33usize, &self.identity_publisher_hash);
        w.field(34usize, &self.identity_resource_identifier);
        w.field(35usize, &self.identity_version);
        w.field(36usize, &self.is_bundle);
        w.field(37usize, &self.minimum_supported_operating_system);
        w.field(38usize, &self.committed_contained_apps);
    }
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
rt::impl_object!(WindowsUniversalAppX);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    WindowsUniversalAppX { with_id id : ::std::string::String; with_created_date_time
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
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >;
    with_committed_content_version committed_content_version : ::std::string::String;
    with_file_name file_name : ::std::string::String; with_size size : i64;
    with_content_versions content_versions : ::std::vec::Vec < crate
    ::beta::MobileAppContent >; with_applicable_architectures applicable_architectures :
    rt::Flags < crate ::beta::WindowsArchitecture >; with_applicable_device_types
    applicable_device_types : rt::Flags < crate ::beta::WindowsDeviceType >;
    with_identity_name identity_name : ::std::string::String;
    with_identity_publisher_hash identity_publisher_hash : ::std::string::String;
    with_identity_resource_identifier identity_resource_identifier :
    ::std::string::String; with_identity_version identity_version :
    ::std::string::String; with_is_bundle is_bundle : bool;
    with_minimum_supported_operating_system minimum_supported_operating_system : crate
    ::beta::WindowsMinimumOperatingSystem; with_committed_contained_apps
    committed_contained_apps : ::std::vec::Vec < crate ::beta::AnyMobileContainedApp >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsUniversalAppX);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties used when assigning a Windows Universal AppX mobile app to a group.
///
/// CSDL: `microsoft.graph.windowsUniversalAppXAppAssignmentSettings`, complex type, derived from `microsoft.graph.mobileAppAssignmentSettings`.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsUniversalAppXAppAssignmentSettings {
    /// Whether or not to use device execution context for Windows Universal AppX mobile app.
    ///
    /// CSDL: property `useDeviceContext`: `Edm.Boolean`, not nullable.
    pub use_device_context: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for WindowsUniversalAppXAppAssignmentSettings {
    #[inline]
    fn default() -> Self {
        Self {
            use_device_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for WindowsUniversalAppXAppAssignmentSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUniversalAppXAppAssignmentSettings";
    const KEYS: &'static [&'static str] = &["useDeviceContext"];
    const KEYS_JSON: &'static [&'static str] = &[",\"useDeviceContext\":             "];
    const TAG: &'static str = "\"#microsoft.graph.windowsUniversalAppXAppAssignmentSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "use_device_context", &self.use_device_context);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for WindowsUniversalAppXAppAssignmentSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.use_device_context.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.use_device_context);
    }
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
rt::impl_object!(WindowsUniversalAppXAppAssignmentSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    WindowsUniversalAppXAppAssignmentSettings { with_use_device_context
    use_device_context : bool; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsUniversalAppXAppAssignmentSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A class that represents a contained app of a WindowsUniversalAppX app.
///
/// CSDL: `microsoft.graph.windowsUniversalAppXContainedApp`, entity type, derived from `microsoft.graph.mobileContainedApp`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsUniversalAppXContainedApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The app user model ID of the contained app of a WindowsUniversalAppX app.
    ///
    /// CSDL: property `appUserModelId`: `Edm.String`, nullable.
    pub app_user_model_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for WindowsUniversalAppXContainedApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_user_model_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for WindowsUniversalAppXContainedApp {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUniversalAppXContainedApp";
    const KEYS: &'static [&'static str] = &["id", "appUserModelId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appUserModelId\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsUniversalAppXContainedApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_user_model_id", &self.app_user_model_id);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for WindowsUniversalAppXContainedApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_user_model_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_user_model_id);
    }
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
rt::impl_object!(WindowsUniversalAppXContainedApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    WindowsUniversalAppXContainedApp { with_id id : ::std::string::String;
    with_app_user_model_id app_user_model_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsUniversalAppXContainedApp);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsUpdateActiveHoursInstall`, complex type, derived from `microsoft.graph.windowsUpdateInstallScheduleType`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsUpdateActiveHoursInstall {
    /// Active Hours End
    ///
    /// CSDL: property `activeHoursEnd`: `Edm.TimeOfDay`, not nullable.
    pub active_hours_end: rt::Field<rt::edm::TimeOfDay>,
    /// Active Hours Start
    ///
    /// CSDL: property `activeHoursStart`: `Edm.TimeOfDay`, not nullable.
    pub active_hours_start: rt::Field<rt::edm::TimeOfDay>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsUpdateActiveHoursInstall {
    #[inline]
    fn default() -> Self {
        Self {
            active_hours_end: rt::Field::Absent,
            active_hours_start: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsUpdateActiveHoursInstall {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUpdateActiveHoursInstall";
    const KEYS: &'static [&'static str] = &["activeHoursEnd", "activeHoursStart"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"activeHoursEnd\":               ",
        ",\"activeHoursStart\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsUpdateActiveHoursInstall\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "active_hours_end", &self.active_hours_end);
        v.field(1usize, "active_hours_start", &self.active_hours_start);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsUpdateActiveHoursInstall {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.active_hours_end.read_from(r),
            1usize => self.active_hours_start.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.active_hours_end);
        w.field(1usize, &self.active_hours_start);
    }
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
rt::impl_object!(WindowsUpdateActiveHoursInstall);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsUpdateActiveHoursInstall { with_active_hours_end active_hours_end :
    rt::edm::TimeOfDay; with_active_hours_start active_hours_start : rt::edm::TimeOfDay;
    }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsUpdateActiveHoursInstall);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsUpdateInstallScheduleType`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsUpdateInstallScheduleType {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsUpdateInstallScheduleType {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsUpdateInstallScheduleType {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUpdateInstallScheduleType";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.windowsUpdateInstallScheduleType\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsUpdateInstallScheduleType {
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
rt::impl_object!(WindowsUpdateInstallScheduleType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsUpdateInstallScheduleType);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.windowsUpdateInstallScheduleType` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWindowsUpdateInstallScheduleType {
    WindowsUpdateInstallScheduleType(
        ::std::boxed::Box<crate::beta::WindowsUpdateInstallScheduleType>,
    ),
    WindowsUpdateActiveHoursInstall(
        ::std::boxed::Box<crate::beta::WindowsUpdateActiveHoursInstall>,
    ),
    WindowsUpdateScheduledInstall(
        ::std::boxed::Box<crate::beta::WindowsUpdateScheduledInstall>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyWindowsUpdateInstallScheduleType {
    #[inline]
    fn default() -> Self {
        Self::WindowsUpdateInstallScheduleType(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsUpdateInstallScheduleType>
for AnyWindowsUpdateInstallScheduleType {
    #[inline]
    fn from(v: crate::beta::WindowsUpdateInstallScheduleType) -> Self {
        Self::WindowsUpdateInstallScheduleType(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsUpdateActiveHoursInstall>
for AnyWindowsUpdateInstallScheduleType {
    #[inline]
    fn from(v: crate::beta::WindowsUpdateActiveHoursInstall) -> Self {
        Self::WindowsUpdateActiveHoursInstall(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsUpdateScheduledInstall>
for AnyWindowsUpdateInstallScheduleType {
    #[inline]
    fn from(v: crate::beta::WindowsUpdateScheduledInstall) -> Self {
        Self::WindowsUpdateScheduledInstall(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyWindowsUpdateInstallScheduleType {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyWindowsUpdateInstallScheduleType {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyWindowsUpdateInstallScheduleType {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyWindowsUpdateInstallScheduleType {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyWindowsUpdateInstallScheduleType {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::WindowsUpdateInstallScheduleType>();
    rt::object::auto_traits::<crate::beta::WindowsUpdateActiveHoursInstall>();
    rt::object::auto_traits::<crate::beta::WindowsUpdateScheduledInstall>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyWindowsUpdateInstallScheduleType {
    const BASE_NAME: &'static str = "microsoft.graph.windowsUpdateInstallScheduleType";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.windowsUpdateActiveHoursInstall",
            ) => Self::WindowsUpdateActiveHoursInstall(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsUpdateScheduledInstall",
            ) => Self::WindowsUpdateScheduledInstall(rt::object::new_boxed()),
            _ => Self::WindowsUpdateInstallScheduleType(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::WindowsUpdateInstallScheduleType(v) => &**v,
            Self::WindowsUpdateActiveHoursInstall(v) => &**v,
            Self::WindowsUpdateScheduledInstall(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::WindowsUpdateInstallScheduleType(v) => &mut **v,
            Self::WindowsUpdateActiveHoursInstall(v) => &mut **v,
            Self::WindowsUpdateScheduledInstall(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyWindowsUpdateInstallScheduleType {
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
rt::impl_poly!(AnyWindowsUpdateInstallScheduleType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWindowsUpdateInstallScheduleType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsUpdateNotificationDisplayOption`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsUpdateNotificationDisplayOption {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `defaultNotifications` (value 1).
    DefaultNotifications,
    /// `restartWarningsOnly` (value 2).
    RestartWarningsOnly,
    /// `disableAllNotifications` (value 3).
    DisableAllNotifications,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsUpdateNotificationDisplayOption {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUpdateNotificationDisplayOption";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "defaultNotifications",
        "restartWarningsOnly",
        "disableAllNotifications",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "defaultNotifications" => Self::DefaultNotifications,
                "restartWarningsOnly" => Self::RestartWarningsOnly,
                "disableAllNotifications" => Self::DisableAllNotifications,
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
            Self::DefaultNotifications => "defaultNotifications",
            Self::RestartWarningsOnly => "restartWarningsOnly",
            Self::DisableAllNotifications => "disableAllNotifications",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsUpdateNotificationDisplayOption);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsUpdateNotificationDisplayOption);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsUpdateScheduledInstall`, complex type, derived from `microsoft.graph.windowsUpdateInstallScheduleType`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsUpdateScheduledInstall {
    /// Scheduled Install Day in week
    ///
    /// CSDL: property `scheduledInstallDay`: `microsoft.graph.weeklySchedule`, not nullable.
    pub scheduled_install_day: rt::Field<crate::beta::WeeklySchedule>,
    /// Scheduled Install Time during day
    ///
    /// CSDL: property `scheduledInstallTime`: `Edm.TimeOfDay`, not nullable.
    pub scheduled_install_time: rt::Field<rt::edm::TimeOfDay>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsUpdateScheduledInstall {
    #[inline]
    fn default() -> Self {
        Self {
            scheduled_install_day: rt::Field::Absent,
            scheduled_install_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsUpdateScheduledInstall {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUpdateScheduledInstall";
    const KEYS: &'static [&'static str] = &[
        "scheduledInstallDay",
        "scheduledInstallTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"scheduledInstallDay\":          ",
        ",\"scheduledInstallTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsUpdateScheduledInstall\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "scheduled_install_day", &self.scheduled_install_day);
        v.field(1usize, "scheduled_install_time", &self.scheduled_install_time);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsUpdateScheduledInstall {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.scheduled_install_day.read_from(r),
            1usize => self.scheduled_install_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.scheduled_install_day);
        w.field(1usize, &self.scheduled_install_time);
    }
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
rt::impl_object!(WindowsUpdateScheduledInstall);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsUpdateScheduledInstall { with_scheduled_install_day scheduled_install_day :
    crate ::beta::WeeklySchedule; with_scheduled_install_time scheduled_install_time :
    rt::edm::TimeOfDay; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsUpdateScheduledInstall);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsUpdateType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsUpdateType {
    /// `userDefined` (value 0).
    UserDefined,
    /// `all` (value 1).
    All,
    /// `businessReadyOnly` (value 2).
    BusinessReadyOnly,
    /// `windowsInsiderBuildFast` (value 3).
    WindowsInsiderBuildFast,
    /// `windowsInsiderBuildSlow` (value 4).
    WindowsInsiderBuildSlow,
    /// `windowsInsiderBuildRelease` (value 5).
    WindowsInsiderBuildRelease,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsUpdateType {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUpdateType";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "all",
        "businessReadyOnly",
        "windowsInsiderBuildFast",
        "windowsInsiderBuildSlow",
        "windowsInsiderBuildRelease",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "all" => Self::All,
                "businessReadyOnly" => Self::BusinessReadyOnly,
                "windowsInsiderBuildFast" => Self::WindowsInsiderBuildFast,
                "windowsInsiderBuildSlow" => Self::WindowsInsiderBuildSlow,
                "windowsInsiderBuildRelease" => Self::WindowsInsiderBuildRelease,
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
            Self::All => "all",
            Self::BusinessReadyOnly => "businessReadyOnly",
            Self::WindowsInsiderBuildFast => "windowsInsiderBuildFast",
            Self::WindowsInsiderBuildSlow => "windowsInsiderBuildSlow",
            Self::WindowsInsiderBuildRelease => "windowsInsiderBuildRelease",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsUpdateType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsUpdateType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsUserAccountControlSettings`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsUserAccountControlSettings {
    /// `userDefined` (value 0).
    UserDefined,
    /// `alwaysNotify` (value 1).
    AlwaysNotify,
    /// `notifyOnAppChanges` (value 2).
    NotifyOnAppChanges,
    /// `notifyOnAppChangesWithoutDimming` (value 3).
    NotifyOnAppChangesWithoutDimming,
    /// `neverNotify` (value 4).
    NeverNotify,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsUserAccountControlSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUserAccountControlSettings";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "alwaysNotify",
        "notifyOnAppChanges",
        "notifyOnAppChangesWithoutDimming",
        "neverNotify",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "alwaysNotify" => Self::AlwaysNotify,
                "notifyOnAppChanges" => Self::NotifyOnAppChanges,
                "notifyOnAppChangesWithoutDimming" => {
                    Self::NotifyOnAppChangesWithoutDimming
                }
                "neverNotify" => Self::NeverNotify,
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
            Self::AlwaysNotify => "alwaysNotify",
            Self::NotifyOnAppChanges => "notifyOnAppChanges",
            Self::NotifyOnAppChangesWithoutDimming => "notifyOnAppChangesWithoutDimming",
            Self::NeverNotify => "neverNotify",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsUserAccountControlSettings);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsUserAccountControlSettings);
