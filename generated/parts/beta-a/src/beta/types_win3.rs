//! Types of `microsoft.graph` by the first letters of their names (`win3`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for Win32 apps.
///
/// CSDL: `microsoft.graph.win32LobApp`, entity type, derived from `microsoft.graph.mobileLobApp`, key `id`.
///
/// Request builders: [`Win32LobAppPath`](requests/trait.Win32LobAppPath.html), what a path to one (`EntityPath<Win32LobApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct Win32LobApp {
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
    /// The detection rules to detect Win32 Line of Business (LoB) app.
    ///
    /// CSDL: property `detectionRules`: `Collection(microsoft.graph.win32LobAppDetection)`, nullable.
    pub detection_rules: rt::Field<
        ::std::vec::Vec<crate::beta::AnyWin32LobAppDetection>,
    >,
    /// The version displayed in the UX for this app.
    ///
    /// CSDL: property `displayVersion`: `Edm.String`, nullable.
    pub display_version: rt::Field<::std::string::String>,
    /// The command line to install this app
    ///
    /// CSDL: property `installCommandLine`: `Edm.String`, nullable.
    pub install_command_line: rt::Field<::std::string::String>,
    /// The install experience for this app.
    ///
    /// CSDL: property `installExperience`: `microsoft.graph.win32LobAppInstallExperience`, nullable.
    pub install_experience: rt::Field<crate::beta::Win32LobAppInstallExperience>,
    /// The value for the minimum CPU speed which is required to install this app.
    ///
    /// CSDL: property `minimumCpuSpeedInMHz`: `Edm.Int32`, nullable.
    pub minimum_cpu_speed_in_m_hz: rt::Field<i32>,
    /// The value for the minimum free disk space which is required to install this app.
    ///
    /// CSDL: property `minimumFreeDiskSpaceInMB`: `Edm.Int32`, nullable.
    pub minimum_free_disk_space_in_mb: rt::Field<i32>,
    /// The value for the minimum physical memory which is required to install this app.
    ///
    /// CSDL: property `minimumMemoryInMB`: `Edm.Int32`, nullable.
    pub minimum_memory_in_mb: rt::Field<i32>,
    /// The value for the minimum number of processors which is required to install this app.
    ///
    /// CSDL: property `minimumNumberOfProcessors`: `Edm.Int32`, nullable.
    pub minimum_number_of_processors: rt::Field<i32>,
    /// The value for the minimum applicable operating system.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.windowsMinimumOperatingSystem`, nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::beta::WindowsMinimumOperatingSystem,
    >,
    /// The value for the minimum supported windows release.
    ///
    /// CSDL: property `minimumSupportedWindowsRelease`: `Edm.String`, nullable.
    pub minimum_supported_windows_release: rt::Field<::std::string::String>,
    /// The MSI details if this Win32 app is an MSI app.
    ///
    /// CSDL: property `msiInformation`: `microsoft.graph.win32LobAppMsiInformation`, nullable.
    pub msi_information: rt::Field<crate::beta::Win32LobAppMsiInformation>,
    /// The requirement rules to detect Win32 Line of Business (LoB) app.
    ///
    /// CSDL: property `requirementRules`: `Collection(microsoft.graph.win32LobAppRequirement)`, nullable.
    pub requirement_rules: rt::Field<
        ::std::vec::Vec<crate::beta::AnyWin32LobAppRequirement>,
    >,
    /// The return codes for post installation behavior.
    ///
    /// CSDL: property `returnCodes`: `Collection(microsoft.graph.win32LobAppReturnCode)`, nullable.
    pub return_codes: rt::Field<::std::vec::Vec<crate::beta::Win32LobAppReturnCode>>,
    /// The detection and requirement rules for this app.
    ///
    /// CSDL: property `rules`: `Collection(microsoft.graph.win32LobAppRule)`, nullable.
    pub rules: rt::Field<::std::vec::Vec<crate::beta::AnyWin32LobAppRule>>,
    /// The relative path of the setup file in the encrypted Win32LobApp package.
    ///
    /// CSDL: property `setupFilePath`: `Edm.String`, nullable.
    pub setup_file_path: rt::Field<::std::string::String>,
    /// The command line to uninstall this app
    ///
    /// CSDL: property `uninstallCommandLine`: `Edm.String`, nullable.
    pub uninstall_command_line: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for Win32LobApp {
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
            detection_rules: rt::Field::Absent,
            display_version: rt::Field::Absent,
            install_command_line: rt::Field::Absent,
            install_experience: rt::Field::Absent,
            minimum_cpu_speed_in_m_hz: rt::Field::Absent,
            minimum_free_disk_space_in_mb: rt::Field::Absent,
            minimum_memory_in_mb: rt::Field::Absent,
            minimum_number_of_processors: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            minimum_supported_windows_release: rt::Field::Absent,
            msi_information: rt::Field::Absent,
            requirement_rules: rt::Field::Absent,
            return_codes: rt::Field::Absent,
            rules: rt::Field::Absent,
            setup_file_path: rt::Field::Absent,
            uninstall_command_line: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for Win32LobApp {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobApp";
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
        "detectionRules",
        "displayVersion",
        "installCommandLine",
        "installExperience",
        "minimumCpuSpeedInMHz",
        "minimumFreeDiskSpaceInMB",
        "minimumMemoryInMB",
        "minimumNumberOfProcessors",
        "minimumSupportedOperatingSystem",
        "minimumSupportedWindowsRelease",
        "msiInformation",
        "requirementRules",
        "returnCodes",
        "rules",
        "setupFilePath",
        "uninstallCommandLine",
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
        ",\"detectionRules\":               ",
        ",\"displayVersion\":               ",
        ",\"installCommandLine\":           ",
        ",\"installExperience\":            ",
        ",\"minimumCpuSpeedInMHz\":         ",
        ",\"minimumFreeDiskSpaceInMB\":     ",
        ",\"minimumMemoryInMB\":            ",
        ",\"minimumNumberOfProcessors\":    ",
        ",\"minimumSupportedOperatingSystem\":",
        ",\"minimumSupportedWindowsRelease\":",
        ",\"msiInformation\":               ",
        ",\"requirementRules\":             ",
        ",\"returnCodes\":                  ",
        ",\"rules\":                        ",
        ",\"setupFilePath\":                ",
        ",\"uninstallCommandLine\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.win32LobApp\"";
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
        v.field(31usize, "detection_rules", &self.detection_rules);
        v.field(32usize, "display_version", &self.display_version);
        v.field(33usize, "install_command_line", &self.install_command_line);
        v.field(34usize, "install_experience", &self.install_experience);
        v.field(35usize, "minimum_cpu_speed_in_m_hz", &self.minimum_cpu_speed_in_m_hz);
        v.field(
            36usize,
            "minimum_free_disk_space_in_mb",
            &self.minimum_free_disk_space_in_mb,
        );
        v.field(37usize, "minimum_memory_in_mb", &self.minimum_memory_in_mb);
        v.field(
            38usize,
            "minimum_number_of_processors",
            &self.minimum_number_of_processors,
        );
        v.field(
            39usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
        v.field(
            40usize,
            "minimum_supported_windows_release",
            &self.minimum_supported_windows_release,
        );
        v.field(41usize, "msi_information", &self.msi_information);
        v.field(42usize, "requirement_rules", &self.requirement_rules);
        v.field(43usize, "return_codes", &self.return_codes);
        v.field(44usize, "rules", &self.rules);
        v.field(45usize, "setup_file_path", &self.setup_file_path);
        v.field(46usize, "uninstall_command_line", &self.uninstall_command_line);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for Win32LobApp {
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
            31usize => self.detection_rules.read_from(r),
            32usize => self.display_version.read_from(r),
            33usize => self.install_command_line.read_from(r),
            34usize => self.install_experience.read_from(r),
            35usize => self.minimum_cpu_speed_in_m_hz.read_from(r),
            36usize => self.minimum_free_disk_space_in_mb.read_from(r),
            37usize => self.minimum_memory_in_mb.read_from(r),
            38usize => self.minimum_number_of_processors.read_from(r),
            39usize => self.minimum_supported_operating_system.read_from(r),
            40usize => self.minimum_supported_windows_release.read_from(r),
            41usize => self.msi_information.read_from(r),
            42usize => self.requirement_rules.read_from(r),
            43usize => self.return_codes.read_from(r),
            44usize => self.rules.read_from(r),
            45usize => self.setup_file_path.read_from(r),
            46usize => self.uninstall_command_line.read_from(r),
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
        w.field(31usize, &self.detection_rules);
        w.field(32usize, &self.display_version);
        w.field(33usize, &self.install_command_line);
        w.field(34usize, &self.install_experience);
        w.field(35usize, &self.minimum_cpu_speed_in_m_hz);
        w.field(36usize, &self.minimum_free_disk_space_in_mb);
        w.field(37usize, &self.minimum_memory_in_mb);
        w.field(38usize, &self.minimum_number_of_processors);
        w.field(39usize, &self.minimum_supported_operating_system);
        w.field(40usize, &self.minimum_supported_windows_release);
        w.field(41usize, &self.msi_information);
        w.field(42usize, &self.requirement_rules);
        w.field(43usize, &self.return_codes);
        w.field(44usize, &self.rules);
        w.field(45usize, &self.setup_file_path);
        w.field(46usize, &self.uninstall_command_line);
    }
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
rt::impl_object!(Win32LobApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobApp { with_id id : ::std::string::String; with_created_date_time
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
    rt::Flags < crate ::beta::WindowsArchitecture >; with_detection_rules detection_rules
    : ::std::vec::Vec < crate ::beta::AnyWin32LobAppDetection >; with_display_version
    display_version : ::std::string::String; with_install_command_line
    install_command_line : ::std::string::String; with_install_experience
    install_experience : crate ::beta::Win32LobAppInstallExperience;
    with_minimum_cpu_speed_in_m_hz minimum_cpu_speed_in_m_hz : i32;
    with_minimum_free_disk_space_in_mb minimum_free_disk_space_in_mb : i32;
    with_minimum_memory_in_mb minimum_memory_in_mb : i32;
    with_minimum_number_of_processors minimum_number_of_processors : i32;
    with_minimum_supported_operating_system minimum_supported_operating_system : crate
    ::beta::WindowsMinimumOperatingSystem; with_minimum_supported_windows_release
    minimum_supported_windows_release : ::std::string::String; with_msi_information
    msi_information : crate ::beta::Win32LobAppMsiInformation; with_requirement_rules
    requirement_rules : ::std::vec::Vec < crate ::beta::AnyWin32LobAppRequirement >;
    with_return_codes return_codes : ::std::vec::Vec < crate
    ::beta::Win32LobAppReturnCode >; with_rules rules : ::std::vec::Vec < crate
    ::beta::AnyWin32LobAppRule >; with_setup_file_path setup_file_path :
    ::std::string::String; with_uninstall_command_line uninstall_command_line :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties used to assign an Win32 LOB mobile app to a group.
///
/// CSDL: `microsoft.graph.win32LobAppAssignmentSettings`, complex type, derived from `microsoft.graph.mobileAppAssignmentSettings`.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct Win32LobAppAssignmentSettings {
    /// The delivery optimization priority for this app assignment. This setting is not supported in National Cloud environments.
    ///
    /// CSDL: property `deliveryOptimizationPriority`: `microsoft.graph.win32LobAppDeliveryOptimizationPriority`, not nullable.
    pub delivery_optimization_priority: rt::Field<
        crate::beta::Win32LobAppDeliveryOptimizationPriority,
    >,
    /// The install time settings to apply for this app assignment.
    ///
    /// CSDL: property `installTimeSettings`: `microsoft.graph.mobileAppInstallTimeSettings`, nullable.
    pub install_time_settings: rt::Field<crate::beta::MobileAppInstallTimeSettings>,
    /// The notification status for this app assignment.
    ///
    /// CSDL: property `notifications`: `microsoft.graph.win32LobAppNotification`, not nullable.
    pub notifications: rt::Field<crate::beta::Win32LobAppNotification>,
    /// The reboot settings to apply for this app assignment.
    ///
    /// CSDL: property `restartSettings`: `microsoft.graph.win32LobAppRestartSettings`, nullable.
    pub restart_settings: rt::Field<crate::beta::Win32LobAppRestartSettings>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for Win32LobAppAssignmentSettings {
    #[inline]
    fn default() -> Self {
        Self {
            delivery_optimization_priority: rt::Field::Absent,
            install_time_settings: rt::Field::Absent,
            notifications: rt::Field::Absent,
            restart_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for Win32LobAppAssignmentSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppAssignmentSettings";
    const KEYS: &'static [&'static str] = &[
        "deliveryOptimizationPriority",
        "installTimeSettings",
        "notifications",
        "restartSettings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deliveryOptimizationPriority\": ",
        ",\"installTimeSettings\":          ",
        ",\"notifications\":                ",
        ",\"restartSettings\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.win32LobAppAssignmentSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "delivery_optimization_priority",
            &self.delivery_optimization_priority,
        );
        v.field(1usize, "install_time_settings", &self.install_time_settings);
        v.field(2usize, "notifications", &self.notifications);
        v.field(3usize, "restart_settings", &self.restart_settings);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for Win32LobAppAssignmentSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.delivery_optimization_priority.read_from(r),
            1usize => self.install_time_settings.read_from(r),
            2usize => self.notifications.read_from(r),
            3usize => self.restart_settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.delivery_optimization_priority);
        w.field(1usize, &self.install_time_settings);
        w.field(2usize, &self.notifications);
        w.field(3usize, &self.restart_settings);
    }
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
rt::impl_object!(Win32LobAppAssignmentSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppAssignmentSettings { with_delivery_optimization_priority
    delivery_optimization_priority : crate
    ::beta::Win32LobAppDeliveryOptimizationPriority; with_install_time_settings
    install_time_settings : crate ::beta::MobileAppInstallTimeSettings;
    with_notifications notifications : crate ::beta::Win32LobAppNotification;
    with_restart_settings restart_settings : crate ::beta::Win32LobAppRestartSettings; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppAssignmentSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.win32LobAppDeliveryOptimizationPriority`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Win32LobAppDeliveryOptimizationPriority {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `foreground` (value 1).
    Foreground,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for Win32LobAppDeliveryOptimizationPriority {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppDeliveryOptimizationPriority";
    const MEMBERS: &'static [&'static str] = &["notConfigured", "foreground"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "foreground" => Self::Foreground,
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
            Self::Foreground => "foreground",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(Win32LobAppDeliveryOptimizationPriority);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppDeliveryOptimizationPriority);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Base class to detect a Win32 App
///
/// CSDL: `microsoft.graph.win32LobAppDetection`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct Win32LobAppDetection {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for Win32LobAppDetection {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for Win32LobAppDetection {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppDetection";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.win32LobAppDetection\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for Win32LobAppDetection {
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(Win32LobAppDetection);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppDetection);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// `microsoft.graph.win32LobAppDetection` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWin32LobAppDetection {
    Win32LobAppDetection(::std::boxed::Box<crate::beta::Win32LobAppDetection>),
    Win32LobAppFileSystemDetection(
        ::std::boxed::Box<crate::beta::Win32LobAppFileSystemDetection>,
    ),
    Win32LobAppPowerShellScriptDetection(
        ::std::boxed::Box<crate::beta::Win32LobAppPowerShellScriptDetection>,
    ),
    Win32LobAppProductCodeDetection(
        ::std::boxed::Box<crate::beta::Win32LobAppProductCodeDetection>,
    ),
    Win32LobAppRegistryDetection(
        ::std::boxed::Box<crate::beta::Win32LobAppRegistryDetection>,
    ),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AnyWin32LobAppDetection {
    #[inline]
    fn default() -> Self {
        Self::Win32LobAppDetection(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Win32LobAppDetection>
for AnyWin32LobAppDetection {
    #[inline]
    fn from(v: crate::beta::Win32LobAppDetection) -> Self {
        Self::Win32LobAppDetection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Win32LobAppFileSystemDetection>
for AnyWin32LobAppDetection {
    #[inline]
    fn from(v: crate::beta::Win32LobAppFileSystemDetection) -> Self {
        Self::Win32LobAppFileSystemDetection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Win32LobAppPowerShellScriptDetection>
for AnyWin32LobAppDetection {
    #[inline]
    fn from(v: crate::beta::Win32LobAppPowerShellScriptDetection) -> Self {
        Self::Win32LobAppPowerShellScriptDetection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Win32LobAppProductCodeDetection>
for AnyWin32LobAppDetection {
    #[inline]
    fn from(v: crate::beta::Win32LobAppProductCodeDetection) -> Self {
        Self::Win32LobAppProductCodeDetection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Win32LobAppRegistryDetection>
for AnyWin32LobAppDetection {
    #[inline]
    fn from(v: crate::beta::Win32LobAppRegistryDetection) -> Self {
        Self::Win32LobAppRegistryDetection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyWin32LobAppDetection {}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyWin32LobAppDetection {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyWin32LobAppDetection {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyWin32LobAppDetection {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyWin32LobAppDetection {}
#[cfg(msgraph_beta_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::Win32LobAppDetection>();
    rt::object::auto_traits::<crate::beta::Win32LobAppFileSystemDetection>();
    rt::object::auto_traits::<crate::beta::Win32LobAppPowerShellScriptDetection>();
    rt::object::auto_traits::<crate::beta::Win32LobAppProductCodeDetection>();
    rt::object::auto_traits::<crate::beta::Win32LobAppRegistryDetection>();
};
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Poly for AnyWin32LobAppDetection {
    const BASE_NAME: &'static str = "microsoft.graph.win32LobAppDetection";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.win32LobAppFileSystemDetection",
            ) => Self::Win32LobAppFileSystemDetection(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.win32LobAppPowerShellScriptDetection",
            ) => Self::Win32LobAppPowerShellScriptDetection(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.win32LobAppProductCodeDetection",
            ) => Self::Win32LobAppProductCodeDetection(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.win32LobAppRegistryDetection",
            ) => Self::Win32LobAppRegistryDetection(rt::object::new_boxed()),
            _ => Self::Win32LobAppDetection(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Win32LobAppDetection(v) => &**v,
            Self::Win32LobAppFileSystemDetection(v) => &**v,
            Self::Win32LobAppPowerShellScriptDetection(v) => &**v,
            Self::Win32LobAppProductCodeDetection(v) => &**v,
            Self::Win32LobAppRegistryDetection(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Win32LobAppDetection(v) => &mut **v,
            Self::Win32LobAppFileSystemDetection(v) => &mut **v,
            Self::Win32LobAppPowerShellScriptDetection(v) => &mut **v,
            Self::Win32LobAppProductCodeDetection(v) => &mut **v,
            Self::Win32LobAppRegistryDetection(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl AnyWin32LobAppDetection {
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_poly!(AnyWin32LobAppDetection);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWin32LobAppDetection);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.win32LobAppDetectionOperator`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Win32LobAppDetectionOperator {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `equal` (value 1).
    Equal,
    /// `notEqual` (value 2).
    NotEqual,
    /// `greaterThan` (value 4).
    GreaterThan,
    /// `greaterThanOrEqual` (value 5).
    GreaterThanOrEqual,
    /// `lessThan` (value 8).
    LessThan,
    /// `lessThanOrEqual` (value 9).
    LessThanOrEqual,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for Win32LobAppDetectionOperator {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppDetectionOperator";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "equal",
        "notEqual",
        "greaterThan",
        "greaterThanOrEqual",
        "lessThan",
        "lessThanOrEqual",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "equal" => Self::Equal,
                "notEqual" => Self::NotEqual,
                "greaterThan" => Self::GreaterThan,
                "greaterThanOrEqual" => Self::GreaterThanOrEqual,
                "lessThan" => Self::LessThan,
                "lessThanOrEqual" => Self::LessThanOrEqual,
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
            Self::Equal => "equal",
            Self::NotEqual => "notEqual",
            Self::GreaterThan => "greaterThan",
            Self::GreaterThanOrEqual => "greaterThanOrEqual",
            Self::LessThan => "lessThan",
            Self::LessThanOrEqual => "lessThanOrEqual",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(Win32LobAppDetectionOperator);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppDetectionOperator);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains file or folder path to detect a Win32 App
///
/// CSDL: `microsoft.graph.win32LobAppFileSystemDetection`, complex type, derived from `microsoft.graph.win32LobAppDetection`.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct Win32LobAppFileSystemDetection {
    /// A value indicating whether this file or folder is for checking 32-bit app on 64-bit system
    ///
    /// CSDL: property `check32BitOn64System`: `Edm.Boolean`, not nullable.
    pub check32_bit_on64_system: rt::Field<bool>,
    /// The file system detection type
    ///
    /// CSDL: property `detectionType`: `microsoft.graph.win32LobAppFileSystemDetectionType`, not nullable.
    pub detection_type: rt::Field<crate::beta::Win32LobAppFileSystemDetectionType>,
    /// The file or folder detection value
    ///
    /// CSDL: property `detectionValue`: `Edm.String`, nullable.
    pub detection_value: rt::Field<::std::string::String>,
    /// The file or folder name to detect Win32 Line of Business (LoB) app
    ///
    /// CSDL: property `fileOrFolderName`: `Edm.String`, nullable.
    pub file_or_folder_name: rt::Field<::std::string::String>,
    /// The operator for file or folder detection
    ///
    /// CSDL: property `operator`: `microsoft.graph.win32LobAppDetectionOperator`, not nullable.
    pub operator: rt::Field<rt::Flags<crate::beta::Win32LobAppDetectionOperator>>,
    /// The file or folder path to detect Win32 Line of Business (LoB) app
    ///
    /// CSDL: property `path`: `Edm.String`, nullable.
    pub path: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for Win32LobAppFileSystemDetection {
    #[inline]
    fn default() -> Self {
        Self {
            check32_bit_on64_system: rt::Field::Absent,
            detection_type: rt::Field::Absent,
            detection_value: rt::Field::Absent,
            file_or_folder_name: rt::Field::Absent,
            operator: rt::Field::Absent,
            path: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for Win32LobAppFileSystemDetection {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppFileSystemDetection";
    const KEYS: &'static [&'static str] = &[
        "check32BitOn64System",
        "detectionType",
        "detectionValue",
        "fileOrFolderName",
        "operator",
        "path",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"check32BitOn64System\":         ",
        ",\"detectionType\":                ",
        ",\"detectionValue\":               ",
        ",\"fileOrFolderName\":             ",
        ",\"operator\":                     ",
        ",\"path\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.win32LobAppFileSystemDetection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "check32_bit_on64_system", &self.check32_bit_on64_system);
        v.field(1usize, "detection_type", &self.detection_type);
        v.field(2usize, "detection_value", &self.detection_value);
        v.field(3usize, "file_or_folder_name", &self.file_or_folder_name);
        v.field(4usize, "operator", &self.operator);
        v.field(5usize, "path", &self.path);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for Win32LobAppFileSystemDetection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.check32_bit_on64_system.read_from(r),
            1usize => self.detection_type.read_from(r),
            2usize => self.detection_value.read_from(r),
            3usize => self.file_or_folder_name.read_from(r),
            4usize => self.operator.read_from(r),
            5usize => self.path.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.check32_bit_on64_system);
        w.field(1usize, &self.detection_type);
        w.field(2usize, &self.detection_value);
        w.field(3usize, &self.file_or_folder_name);
        w.field(4usize, &self.operator);
        w.field(5usize, &self.path);
    }
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
rt::impl_object!(Win32LobAppFileSystemDetection);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppFileSystemDetection { with_check32_bit_on64_system check32_bit_on64_system
    : bool; with_detection_type detection_type : crate
    ::beta::Win32LobAppFileSystemDetectionType; with_detection_value detection_value :
    ::std::string::String; with_file_or_folder_name file_or_folder_name :
    ::std::string::String; with_operator operator : rt::Flags < crate
    ::beta::Win32LobAppDetectionOperator >; with_path path : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppFileSystemDetection);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.win32LobAppFileSystemDetectionType`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Win32LobAppFileSystemDetectionType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `exists` (value 1).
    Exists,
    /// `modifiedDate` (value 2).
    ModifiedDate,
    /// `createdDate` (value 3).
    CreatedDate,
    /// `version` (value 4).
    Version,
    /// `sizeInMB` (value 5).
    SizeInMb,
    /// `doesNotExist` (value 6).
    DoesNotExist,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for Win32LobAppFileSystemDetectionType {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppFileSystemDetectionType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "exists",
        "modifiedDate",
        "createdDate",
        "version",
        "sizeInMB",
        "doesNotExist",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "exists" => Self::Exists,
                "modifiedDate" => Self::ModifiedDate,
                "createdDate" => Self::CreatedDate,
                "version" => Self::Version,
                "sizeInMB" => Self::SizeInMb,
                "doesNotExist" => Self::DoesNotExist,
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
            Self::Exists => "exists",
            Self::ModifiedDate => "modifiedDate",
            Self::CreatedDate => "createdDate",
            Self::Version => "version",
            Self::SizeInMb => "sizeInMB",
            Self::DoesNotExist => "doesNotExist",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(Win32LobAppFileSystemDetectionType);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppFileSystemDetectionType);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.win32LobAppFileSystemOperationType`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Win32LobAppFileSystemOperationType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `exists` (value 1).
    Exists,
    /// `modifiedDate` (value 2).
    ModifiedDate,
    /// `createdDate` (value 3).
    CreatedDate,
    /// `version` (value 4).
    Version,
    /// `sizeInMB` (value 5).
    SizeInMb,
    /// `doesNotExist` (value 6).
    DoesNotExist,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for Win32LobAppFileSystemOperationType {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppFileSystemOperationType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "exists",
        "modifiedDate",
        "createdDate",
        "version",
        "sizeInMB",
        "doesNotExist",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "exists" => Self::Exists,
                "modifiedDate" => Self::ModifiedDate,
                "createdDate" => Self::CreatedDate,
                "version" => Self::Version,
                "sizeInMB" => Self::SizeInMb,
                "doesNotExist" => Self::DoesNotExist,
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
            Self::Exists => "exists",
            Self::ModifiedDate => "modifiedDate",
            Self::CreatedDate => "createdDate",
            Self::Version => "version",
            Self::SizeInMb => "sizeInMB",
            Self::DoesNotExist => "doesNotExist",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(Win32LobAppFileSystemOperationType);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppFileSystemOperationType);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains file or folder path to detect a Win32 App
///
/// CSDL: `microsoft.graph.win32LobAppFileSystemRequirement`, complex type, derived from `microsoft.graph.win32LobAppRequirement`.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct Win32LobAppFileSystemRequirement {
    /// The detection value
    ///
    /// CSDL: property `detectionValue`: `Edm.String`, nullable.
    pub detection_value: rt::Field<::std::string::String>,
    /// The operator for detection
    ///
    /// CSDL: property `operator`: `microsoft.graph.win32LobAppDetectionOperator`, not nullable.
    pub operator: rt::Field<rt::Flags<crate::beta::Win32LobAppDetectionOperator>>,
    /// A value indicating whether this file or folder is for checking 32-bit app on 64-bit system
    ///
    /// CSDL: property `check32BitOn64System`: `Edm.Boolean`, not nullable.
    pub check32_bit_on64_system: rt::Field<bool>,
    /// The file system detection type
    ///
    /// CSDL: property `detectionType`: `microsoft.graph.win32LobAppFileSystemDetectionType`, not nullable.
    pub detection_type: rt::Field<crate::beta::Win32LobAppFileSystemDetectionType>,
    /// The file or folder name to detect Win32 Line of Business (LoB) app
    ///
    /// CSDL: property `fileOrFolderName`: `Edm.String`, nullable.
    pub file_or_folder_name: rt::Field<::std::string::String>,
    /// The file or folder path to detect Win32 Line of Business (LoB) app
    ///
    /// CSDL: property `path`: `Edm.String`, nullable.
    pub path: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for Win32LobAppFileSystemRequirement {
    #[inline]
    fn default() -> Self {
        Self {
            detection_value: rt::Field::Absent,
            operator: rt::Field::Absent,
            check32_bit_on64_system: rt::Field::Absent,
            detection_type: rt::Field::Absent,
            file_or_folder_name: rt::Field::Absent,
            path: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for Win32LobAppFileSystemRequirement {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppFileSystemRequirement";
    const KEYS: &'static [&'static str] = &[
        "detectionValue",
        "operator",
        "check32BitOn64System",
        "detectionType",
        "fileOrFolderName",
        "path",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"detectionValue\":               ",
        ",\"operator\":                     ",
        ",\"check32BitOn64System\":         ",
        ",\"detectionType\":                ",
        ",\"fileOrFolderName\":             ",
        ",\"path\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.win32LobAppFileSystemRequirement\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "detection_value", &self.detection_value);
        v.field(1usize, "operator", &self.operator);
        v.field(2usize, "check32_bit_on64_system", &self.check32_bit_on64_system);
        v.field(3usize, "detection_type", &self.detection_type);
        v.field(4usize, "file_or_folder_name", &self.file_or_folder_name);
        v.field(5usize, "path", &self.path);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for Win32LobAppFileSystemRequirement {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.detection_value.read_from(r),
            1usize => self.operator.read_from(r),
            2usize => self.check32_bit_on64_system.read_from(r),
            3usize => self.detection_type.read_from(r),
            4usize => self.file_or_folder_name.read_from(r),
            5usize => self.path.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.detection_value);
        w.field(1usize, &self.operator);
        w.field(2usize, &self.check32_bit_on64_system);
        w.field(3usize, &self.detection_type);
        w.field(4usize, &self.file_or_folder_name);
        w.field(5usize, &self.path);
    }
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
rt::impl_object!(Win32LobAppFileSystemRequirement);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppFileSystemRequirement { with_detection_value detection_value :
    ::std::string::String; with_operator operator : rt::Flags < crate
    ::beta::Win32LobAppDetectionOperator >; with_check32_bit_on64_system
    check32_bit_on64_system : bool; with_detection_type detection_type : crate
    ::beta::Win32LobAppFileSystemDetectionType; with_file_or_folder_name
    file_or_folder_name : ::std::string::String; with_path path : ::std::string::String;
    }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppFileSystemRequirement);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A complex type to store file or folder rule data for a Win32 LOB app.
///
/// CSDL: `microsoft.graph.win32LobAppFileSystemRule`, complex type, derived from `microsoft.graph.win32LobAppRule`.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct Win32LobAppFileSystemRule {
    /// The rule type indicating the purpose of the rule.
    ///
    /// CSDL: property `ruleType`: `microsoft.graph.win32LobAppRuleType`, not nullable.
    pub rule_type: rt::Field<crate::beta::Win32LobAppRuleType>,
    /// A value indicating whether to expand environment variables in the 32-bit context on 64-bit systems.
    ///
    /// CSDL: property `check32BitOn64System`: `Edm.Boolean`, not nullable.
    pub check32_bit_on64_system: rt::Field<bool>,
    /// The file or folder comparison value.
    ///
    /// CSDL: property `comparisonValue`: `Edm.String`, nullable.
    pub comparison_value: rt::Field<::std::string::String>,
    /// The file or folder name to look up.
    ///
    /// CSDL: property `fileOrFolderName`: `Edm.String`, nullable.
    pub file_or_folder_name: rt::Field<::std::string::String>,
    /// The file system operation type.
    ///
    /// CSDL: property `operationType`: `microsoft.graph.win32LobAppFileSystemOperationType`, not nullable.
    pub operation_type: rt::Field<crate::beta::Win32LobAppFileSystemOperationType>,
    /// The operator for file or folder detection.
    ///
    /// CSDL: property `operator`: `microsoft.graph.win32LobAppRuleOperator`, not nullable.
    pub operator: rt::Field<crate::beta::Win32LobAppRuleOperator>,
    /// The file or folder path to look up.
    ///
    /// CSDL: property `path`: `Edm.String`, nullable.
    pub path: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for Win32LobAppFileSystemRule {
    #[inline]
    fn default() -> Self {
        Self {
            rule_type: rt::Field::Absent,
            check32_bit_on64_system: rt::Field::Absent,
            comparison_value: rt::Field::Absent,
            file_or_folder_name: rt::Field::Absent,
            operation_type: rt::Field::Absent,
            operator: rt::Field::Absent,
            path: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for Win32LobAppFileSystemRule {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppFileSystemRule";
    const KEYS: &'static [&'static str] = &[
        "ruleType",
        "check32BitOn64System",
        "comparisonValue",
        "fileOrFolderName",
        "operationType",
        "operator",
        "path",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ruleType\":                     ",
        ",\"check32BitOn64System\":         ",
        ",\"comparisonValue\":              ",
        ",\"fileOrFolderName\":             ",
        ",\"operationType\":                ",
        ",\"operator\":                     ",
        ",\"path\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.win32LobAppFileSystemRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "rule_type", &self.rule_type);
        v.field(1usize, "check32_bit_on64_system", &self.check32_bit_on64_system);
        v.field(2usize, "comparison_value", &self.comparison_value);
        v.field(3usize, "file_or_folder_name", &self.file_or_folder_name);
        v.field(4usize, "operation_type", &self.operation_type);
        v.field(5usize, "operator", &self.operator);
        v.field(6usize, "path", &self.path);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for Win32LobAppFileSystemRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.rule_type.read_from(r),
            1usize => self.check32_bit_on64_system.read_from(r),
            2usize => self.comparison_value.read_from(r),
            3usize => self.file_or_folder_name.read_from(r),
            4usize => self.operation_type.read_from(r),
            5usize => self.operator.read_from(r),
            6usize => self.path.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.rule_type);
        w.field(1usize, &self.check32_bit_on64_system);
        w.field(2usize, &self.comparison_value);
        w.field(3usize, &self.file_or_folder_name);
        w.field(4usize, &self.operation_type);
        w.field(5usize, &self.operator);
        w.field(6usize, &self.path);
    }
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
rt::impl_object!(Win32LobAppFileSystemRule);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppFileSystemRule { with_rule_type rule_type : crate
    ::beta::Win32LobAppRuleType; with_check32_bit_on64_system check32_bit_on64_system :
    bool; with_comparison_value comparison_value : ::std::string::String;
    with_file_or_folder_name file_or_folder_name : ::std::string::String;
    with_operation_type operation_type : crate
    ::beta::Win32LobAppFileSystemOperationType; with_operator operator : crate
    ::beta::Win32LobAppRuleOperator; with_path path : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppFileSystemRule);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains installation experience properties for a Win32 App
///
/// CSDL: `microsoft.graph.win32LobAppInstallExperience`, complex type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct Win32LobAppInstallExperience {
    /// Device restart behavior.
    ///
    /// CSDL: property `deviceRestartBehavior`: `microsoft.graph.win32LobAppRestartBehavior`, not nullable.
    pub device_restart_behavior: rt::Field<crate::beta::Win32LobAppRestartBehavior>,
    /// Indicates the type of execution context the app runs in.
    ///
    /// CSDL: property `runAsAccount`: `microsoft.graph.runAsAccountType`, not nullable.
    pub run_as_account: rt::Field<crate::beta::RunAsAccountType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for Win32LobAppInstallExperience {
    #[inline]
    fn default() -> Self {
        Self {
            device_restart_behavior: rt::Field::Absent,
            run_as_account: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for Win32LobAppInstallExperience {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppInstallExperience";
    const KEYS: &'static [&'static str] = &["deviceRestartBehavior", "runAsAccount"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceRestartBehavior\":        ",
        ",\"runAsAccount\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.win32LobAppInstallExperience\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_restart_behavior", &self.device_restart_behavior);
        v.field(1usize, "run_as_account", &self.run_as_account);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for Win32LobAppInstallExperience {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_restart_behavior.read_from(r),
            1usize => self.run_as_account.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_restart_behavior);
        w.field(1usize, &self.run_as_account);
    }
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
rt::impl_object!(Win32LobAppInstallExperience);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppInstallExperience { with_device_restart_behavior device_restart_behavior :
    crate ::beta::Win32LobAppRestartBehavior; with_run_as_account run_as_account : crate
    ::beta::RunAsAccountType; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppInstallExperience);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains MSI app properties for a Win32 App.
///
/// CSDL: `microsoft.graph.win32LobAppMsiInformation`, complex type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct Win32LobAppMsiInformation {
    /// The MSI package type.
    ///
    /// CSDL: property `packageType`: `microsoft.graph.win32LobAppMsiPackageType`, not nullable.
    pub package_type: rt::Field<crate::beta::Win32LobAppMsiPackageType>,
    /// The MSI product code.
    ///
    /// CSDL: property `productCode`: `Edm.String`, nullable.
    pub product_code: rt::Field<::std::string::String>,
    /// The MSI product name.
    ///
    /// CSDL: property `productName`: `Edm.String`, nullable.
    pub product_name: rt::Field<::std::string::String>,
    /// The MSI product version.
    ///
    /// CSDL: property `productVersion`: `Edm.String`, nullable.
    pub product_version: rt::Field<::std::string::String>,
    /// The MSI publisher.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// Whether the MSI app requires the machine to reboot to complete installation.
    ///
    /// CSDL: property `requiresReboot`: `Edm.Boolean`, not nullable.
    pub requires_reboot: rt::Field<bool>,
    /// The MSI upgrade code.
    ///
    /// CSDL: property `upgradeCode`: `Edm.String`, nullable.
    pub upgrade_code: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for Win32LobAppMsiInformation {
    #[inline]
    fn default() -> Self {
        Self {
            package_type: rt::Field::Absent,
            product_code: rt::Field::Absent,
            product_name: rt::Field::Absent,
            product_version: rt::Field::Absent,
            publisher: rt::Field::Absent,
            requires_reboot: rt::Field::Absent,
            upgrade_code: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for Win32LobAppMsiInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppMsiInformation";
    const KEYS: &'static [&'static str] = &[
        "packageType",
        "productCode",
        "productName",
        "productVersion",
        "publisher",
        "requiresReboot",
        "upgradeCode",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"packageType\":                  ",
        ",\"productCode\":                  ",
        ",\"productName\":                  ",
        ",\"productVersion\":               ",
        ",\"publisher\":                    ",
        ",\"requiresReboot\":               ",
        ",\"upgradeCode\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.win32LobAppMsiInformation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "package_type", &self.package_type);
        v.field(1usize, "product_code", &self.product_code);
        v.field(2usize, "product_name", &self.product_name);
        v.field(3usize, "product_version", &self.product_version);
        v.field(4usize, "publisher", &self.publisher);
        v.field(5usize, "requires_reboot", &self.requires_reboot);
        v.field(6usize, "upgrade_code", &self.upgrade_code);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for Win32LobAppMsiInformation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.package_type.read_from(r),
            1usize => self.product_code.read_from(r),
            2usize => self.product_name.read_from(r),
            3usize => self.product_version.read_from(r),
            4usize => self.publisher.read_from(r),
            5usize => self.requires_reboot.read_from(r),
            6usize => self.upgrade_code.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.package_type);
        w.field(1usize, &self.product_code);
        w.field(2usize, &self.product_name);
        w.field(3usize, &self.product_version);
        w.field(4usize, &self.publisher);
        w.field(5usize, &self.requires_reboot);
        w.field(6usize, &self.upgrade_code);
    }
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
rt::impl_object!(Win32LobAppMsiInformation);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppMsiInformation { with_package_type package_type : crate
    ::beta::Win32LobAppMsiPackageType; with_product_code product_code :
    ::std::string::String; with_product_name product_name : ::std::string::String;
    with_product_version product_version : ::std::string::String; with_publisher
    publisher : ::std::string::String; with_requires_reboot requires_reboot : bool;
    with_upgrade_code upgrade_code : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppMsiInformation);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.win32LobAppMsiPackageType`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Win32LobAppMsiPackageType {
    /// `perMachine` (value 0).
    PerMachine,
    /// `perUser` (value 1).
    PerUser,
    /// `dualPurpose` (value 2).
    DualPurpose,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for Win32LobAppMsiPackageType {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppMsiPackageType";
    const MEMBERS: &'static [&'static str] = &["perMachine", "perUser", "dualPurpose"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "perMachine" => Self::PerMachine,
                "perUser" => Self::PerUser,
                "dualPurpose" => Self::DualPurpose,
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
            Self::PerMachine => "perMachine",
            Self::PerUser => "perUser",
            Self::DualPurpose => "dualPurpose",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(Win32LobAppMsiPackageType);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppMsiPackageType);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.win32LobAppNotification`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Win32LobAppNotification {
    /// `showAll` (value 0).
    ShowAll,
    /// `showReboot` (value 1).
    ShowReboot,
    /// `hideAll` (value 2).
    HideAll,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for Win32LobAppNotification {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppNotification";
    const MEMBERS: &'static [&'static str] = &["showAll", "showReboot", "hideAll"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "showAll" => Self::ShowAll,
                "showReboot" => Self::ShowReboot,
                "hideAll" => Self::HideAll,
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
            Self::ShowAll => "showAll",
            Self::ShowReboot => "showReboot",
            Self::HideAll => "hideAll",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(Win32LobAppNotification);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppNotification);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains PowerShell script properties to detect a Win32 App
///
/// CSDL: `microsoft.graph.win32LobAppPowerShellScriptDetection`, complex type, derived from `microsoft.graph.win32LobAppDetection`.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct Win32LobAppPowerShellScriptDetection {
    /// A value indicating whether signature check is enforced
    ///
    /// CSDL: property `enforceSignatureCheck`: `Edm.Boolean`, not nullable.
    pub enforce_signature_check: rt::Field<bool>,
    /// A value indicating whether this script should run as 32-bit
    ///
    /// CSDL: property `runAs32Bit`: `Edm.Boolean`, not nullable.
    pub run_as32_bit: rt::Field<bool>,
    /// The base64 encoded script content to detect Win32 Line of Business (LoB) app
    ///
    /// CSDL: property `scriptContent`: `Edm.String`, nullable.
    pub script_content: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for Win32LobAppPowerShellScriptDetection {
    #[inline]
    fn default() -> Self {
        Self {
            enforce_signature_check: rt::Field::Absent,
            run_as32_bit: rt::Field::Absent,
            script_content: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for Win32LobAppPowerShellScriptDetection {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppPowerShellScriptDetection";
    const KEYS: &'static [&'static str] = &[
        "enforceSignatureCheck",
        "runAs32Bit",
        "scriptContent",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"enforceSignatureCheck\":        ",
        ",\"runAs32Bit\":                   ",
        ",\"scriptContent\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.win32LobAppPowerShellScriptDetection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "enforce_signature_check", &self.enforce_signature_check);
        v.field(1usize, "run_as32_bit", &self.run_as32_bit);
        v.field(2usize, "script_content", &self.script_content);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for Win32LobAppPowerShellScriptDetection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.enforce_signature_check.read_from(r),
            1usize => self.run_as32_bit.read_from(r),
            2usize => self.script_content.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.enforce_signature_check);
        w.field(1usize, &self.run_as32_bit);
        w.field(2usize, &self.script_content);
    }
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
rt::impl_object!(Win32LobAppPowerShellScriptDetection);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppPowerShellScriptDetection { with_enforce_signature_check
    enforce_signature_check : bool; with_run_as32_bit run_as32_bit : bool;
    with_script_content script_content : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppPowerShellScriptDetection);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.win32LobAppPowerShellScriptDetectionType`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Win32LobAppPowerShellScriptDetectionType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `string` (value 1).
    String,
    /// `dateTime` (value 2).
    DateTime,
    /// `integer` (value 3).
    Integer,
    /// `float` (value 4).
    Float,
    /// `version` (value 5).
    Version,
    /// `boolean` (value 6).
    Boolean,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for Win32LobAppPowerShellScriptDetectionType {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppPowerShellScriptDetectionType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "string",
        "dateTime",
        "integer",
        "float",
        "version",
        "boolean",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "string" => Self::String,
                "dateTime" => Self::DateTime,
                "integer" => Self::Integer,
                "float" => Self::Float,
                "version" => Self::Version,
                "boolean" => Self::Boolean,
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
            Self::String => "string",
            Self::DateTime => "dateTime",
            Self::Integer => "integer",
            Self::Float => "float",
            Self::Version => "version",
            Self::Boolean => "boolean",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(Win32LobAppPowerShellScriptDetectionType);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppPowerShellScriptDetectionType);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains PowerShell script properties to detect a Win32 App
///
/// CSDL: `microsoft.graph.win32LobAppPowerShellScriptRequirement`, complex type, derived from `microsoft.graph.win32LobAppRequirement`.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct Win32LobAppPowerShellScriptRequirement {
    /// The detection value
    ///
    /// CSDL: property `detectionValue`: `Edm.String`, nullable.
    pub detection_value: rt::Field<::std::string::String>,
    /// The operator for detection
    ///
    /// CSDL: property `operator`: `microsoft.graph.win32LobAppDetectionOperator`, not nullable.
    pub operator: rt::Field<rt::Flags<crate::beta::Win32LobAppDetectionOperator>>,
    /// The detection type for script output
    ///
    /// CSDL: property `detectionType`: `microsoft.graph.win32LobAppPowerShellScriptDetectionType`, not nullable.
    pub detection_type: rt::Field<crate::beta::Win32LobAppPowerShellScriptDetectionType>,
    /// The unique display name for this rule
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// A value indicating whether signature check is enforced
    ///
    /// CSDL: property `enforceSignatureCheck`: `Edm.Boolean`, not nullable.
    pub enforce_signature_check: rt::Field<bool>,
    /// A value indicating whether this script should run as 32-bit
    ///
    /// CSDL: property `runAs32Bit`: `Edm.Boolean`, not nullable.
    pub run_as32_bit: rt::Field<bool>,
    /// Indicates the type of execution context the script runs in.
    ///
    /// CSDL: property `runAsAccount`: `microsoft.graph.runAsAccountType`, not nullable.
    pub run_as_account: rt::Field<crate::beta::RunAsAccountType>,
    /// The base64 encoded script content to detect Win32 Line of Business (LoB) app
    ///
    /// CSDL: property `scriptContent`: `Edm.String`, not nullable.
    pub script_content: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for Win32LobAppPowerShellScriptRequirement {
    #[inline]
    fn default() -> Self {
        Self {
            detection_value: rt::Field::Absent,
            operator: rt::Field::Absent,
            detection_type: rt::Field::Absent,
            display_name: rt::Field::Absent,
            enforce_signature_check: rt::Field::Absent,
            run_as32_bit: rt::Field::Absent,
            run_as_account: rt::Field::Absent,
            script_content: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for Win32LobAppPowerShellScriptRequirement {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppPowerShellScriptRequirement";
    const KEYS: &'static [&'static str] = &[
        "detectionValue",
        "operator",
        "detectionType",
        "displayName",
        "enforceSignatureCheck",
        "runAs32Bit",
        "runAsAccount",
        "scriptContent",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"detectionValue\":               ",
        ",\"operator\":                     ",
        ",\"detectionType\":                ",
        ",\"displayName\":                  ",
        ",\"enforceSignatureCheck\":        ",
        ",\"runAs32Bit\":                   ",
        ",\"runAsAccount\":                 ",
        ",\"scriptContent\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.win32LobAppPowerShellScriptRequirement\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "detection_value", &self.detection_value);
        v.field(1usize, "operator", &self.operator);
        v.field(2usize, "detection_type", &self.detection_type);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "enforce_signature_check", &self.enforce_signature_check);
        v.field(5usize, "run_as32_bit", &self.run_as32_bit);
        v.field(6usize, "run_as_account", &self.run_as_account);
        v.field(7usize, "script_content", &self.script_content);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for Win32LobAppPowerShellScriptRequirement {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.detection_value.read_from(r),
            1usize => self.operator.read_from(r),
            2usize => self.detection_type.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.enforce_signature_check.read_from(r),
            5usize => self.run_as32_bit.read_from(r),
            6usize => self.run_as_account.read_from(r),
            7usize => self.script_content.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.detection_value);
        w.field(1usize, &self.operator);
        w.field(2usize, &self.detection_type);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.enforce_signature_check);
        w.field(5usize, &self.run_as32_bit);
        w.field(6usize, &self.run_as_account);
        w.field(7usize, &self.script_content);
    }
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
rt::impl_object!(Win32LobAppPowerShellScriptRequirement);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppPowerShellScriptRequirement { with_detection_value detection_value :
    ::std::string::String; with_operator operator : rt::Flags < crate
    ::beta::Win32LobAppDetectionOperator >; with_detection_type detection_type : crate
    ::beta::Win32LobAppPowerShellScriptDetectionType; with_display_name display_name :
    ::std::string::String; with_enforce_signature_check enforce_signature_check : bool;
    with_run_as32_bit run_as32_bit : bool; with_run_as_account run_as_account : crate
    ::beta::RunAsAccountType; with_script_content script_content : ::std::string::String;
    }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppPowerShellScriptRequirement);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A complex type to store the PowerShell script rule data for a Win32 LOB app.
///
/// CSDL: `microsoft.graph.win32LobAppPowerShellScriptRule`, complex type, derived from `microsoft.graph.win32LobAppRule`.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct Win32LobAppPowerShellScriptRule {
    /// The rule type indicating the purpose of the rule.
    ///
    /// CSDL: property `ruleType`: `microsoft.graph.win32LobAppRuleType`, not nullable.
    pub rule_type: rt::Field<crate::beta::Win32LobAppRuleType>,
    /// The script output comparison value. Do not specify a value if the rule is used for detection.
    ///
    /// CSDL: property `comparisonValue`: `Edm.String`, nullable.
    pub comparison_value: rt::Field<::std::string::String>,
    /// The display name for the rule. Do not specify this value if the rule is used for detection.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// A value indicating whether a signature check is enforced.
    ///
    /// CSDL: property `enforceSignatureCheck`: `Edm.Boolean`, not nullable.
    pub enforce_signature_check: rt::Field<bool>,
    /// The script output comparison operation type. Use NotConfigured (the default value) if the rule is used for detection.
    ///
    /// CSDL: property `operationType`: `microsoft.graph.win32LobAppPowerShellScriptRuleOperationType`, not nullable.
    pub operation_type: rt::Field<
        crate::beta::Win32LobAppPowerShellScriptRuleOperationType,
    >,
    /// The script output operator. Use NotConfigured (the default value) if the rule is used for detection.
    ///
    /// CSDL: property `operator`: `microsoft.graph.win32LobAppRuleOperator`, not nullable.
    pub operator: rt::Field<crate::beta::Win32LobAppRuleOperator>,
    /// A value indicating whether the script should run as 32-bit.
    ///
    /// CSDL: property `runAs32Bit`: `Edm.Boolean`, not nullable.
    pub run_as32_bit: rt::Field<bool>,
    /// The execution context of the script. Do not specify this value if the rule is used for detection. Script detection rules will run in the same context as the associated app install context.
    ///
    /// CSDL: property `runAsAccount`: `microsoft.graph.runAsAccountType`, nullable.
    pub run_as_account: rt::Field<crate::beta::RunAsAccountType>,
    /// The base64-encoded script content.
    ///
    /// CSDL: property `scriptContent`: `Edm.String`, nullable.
    pub script_content: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for Win32LobAppPowerShellScriptRule {
    #[inline]
    fn default() -> Self {
        Self {
            rule_type: rt::Field::Absent,
            comparison_value: rt::Field::Absent,
            display_name: rt::Field::Absent,
            enforce_signature_check: rt::Field::Absent,
            operation_type: rt::Field::Absent,
            operator: rt::Field::Absent,
            run_as32_bit: rt::Field::Absent,
            run_as_account: rt::Field::Absent,
            script_content: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for Win32LobAppPowerShellScriptRule {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppPowerShellScriptRule";
    const KEYS: &'static [&'static str] = &[
        "ruleType",
        "comparisonValue",
        "displayName",
        "enforceSignatureCheck",
        "operationType",
        "operator",
        "runAs32Bit",
        "runAsAccount",
        "scriptContent",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ruleType\":                     ",
        ",\"comparisonValue\":              ",
        ",\"displayName\":                  ",
        ",\"enforceSignatureCheck\":        ",
        ",\"operationType\":                ",
        ",\"operator\":                     ",
        ",\"runAs32Bit\":                   ",
        ",\"runAsAccount\":                 ",
        ",\"scriptContent\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.win32LobAppPowerShellScriptRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "rule_type", &self.rule_type);
        v.field(1usize, "comparison_value", &self.comparison_value);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "enforce_signature_check", &self.enforce_signature_check);
        v.field(4usize, "operation_type", &self.operation_type);
        v.field(5usize, "operator", &self.operator);
        v.field(6usize, "run_as32_bit", &self.run_as32_bit);
        v.field(7usize, "run_as_account", &self.run_as_account);
        v.field(8usize, "script_content", &self.script_content);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for Win32LobAppPowerShellScriptRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.rule_type.read_from(r),
            1usize => self.comparison_value.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.enforce_signature_check.read_from(r),
            4usize => self.operation_type.read_from(r),
            5usize => self.operator.read_from(r),
            6usize => self.run_as32_bit.read_from(r),
            7usize => self.run_as_account.read_from(r),
            8usize => self.script_content.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.rule_type);
        w.field(1usize, &self.comparison_value);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.enforce_signature_check);
        w.field(4usize, &self.operation_type);
        w.field(5usize, &self.operator);
        w.field(6usize, &self.run_as32_bit);
        w.field(7usize, &self.run_as_account);
        w.field(8usize, &self.script_content);
    }
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
rt::impl_object!(Win32LobAppPowerShellScriptRule);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppPowerShellScriptRule { with_rule_type rule_type : crate
    ::beta::Win32LobAppRuleType; with_comparison_value comparison_value :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_enforce_signature_check enforce_signature_check : bool; with_operation_type
    operation_type : crate ::beta::Win32LobAppPowerShellScriptRuleOperationType;
    with_operator operator : crate ::beta::Win32LobAppRuleOperator; with_run_as32_bit
    run_as32_bit : bool; with_run_as_account run_as_account : crate
    ::beta::RunAsAccountType; with_script_content script_content : ::std::string::String;
    }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppPowerShellScriptRule);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.win32LobAppPowerShellScriptRuleOperationType`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Win32LobAppPowerShellScriptRuleOperationType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `string` (value 1).
    String,
    /// `dateTime` (value 2).
    DateTime,
    /// `integer` (value 3).
    Integer,
    /// `float` (value 4).
    Float,
    /// `version` (value 5).
    Version,
    /// `boolean` (value 6).
    Boolean,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for Win32LobAppPowerShellScriptRuleOperationType {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppPowerShellScriptRuleOperationType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "string",
        "dateTime",
        "integer",
        "float",
        "version",
        "boolean",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "string" => Self::String,
                "dateTime" => Self::DateTime,
                "integer" => Self::Integer,
                "float" => Self::Float,
                "version" => Self::Version,
                "boolean" => Self::Boolean,
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
            Self::String => "string",
            Self::DateTime => "dateTime",
            Self::Integer => "integer",
            Self::Float => "float",
            Self::Version => "version",
            Self::Boolean => "boolean",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(Win32LobAppPowerShellScriptRuleOperationType);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppPowerShellScriptRuleOperationType);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains product code and version properties to detect a Win32 App
///
/// CSDL: `microsoft.graph.win32LobAppProductCodeDetection`, complex type, derived from `microsoft.graph.win32LobAppDetection`.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct Win32LobAppProductCodeDetection {
    /// The product code of Win32 Line of Business (LoB) app.
    ///
    /// CSDL: property `productCode`: `Edm.String`, nullable.
    pub product_code: rt::Field<::std::string::String>,
    /// The product version of Win32 Line of Business (LoB) app.
    ///
    /// CSDL: property `productVersion`: `Edm.String`, nullable.
    pub product_version: rt::Field<::std::string::String>,
    /// The operator to detect product version.
    ///
    /// CSDL: property `productVersionOperator`: `microsoft.graph.win32LobAppDetectionOperator`, not nullable.
    pub product_version_operator: rt::Field<
        rt::Flags<crate::beta::Win32LobAppDetectionOperator>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for Win32LobAppProductCodeDetection {
    #[inline]
    fn default() -> Self {
        Self {
            product_code: rt::Field::Absent,
            product_version: rt::Field::Absent,
            product_version_operator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for Win32LobAppProductCodeDetection {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppProductCodeDetection";
    const KEYS: &'static [&'static str] = &[
        "productCode",
        "productVersion",
        "productVersionOperator",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"productCode\":                  ",
        ",\"productVersion\":               ",
        ",\"productVersionOperator\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.win32LobAppProductCodeDetection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "product_code", &self.product_code);
        v.field(1usize, "product_version", &self.product_version);
        v.field(2usize, "product_version_operator", &self.product_version_operator);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for Win32LobAppProductCodeDetection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.product_code.read_from(r),
            1usize => self.product_version.read_from(r),
            2usize => self.product_version_operator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.product_code);
        w.field(1usize, &self.product_version);
        w.field(2usize, &self.product_version_operator);
    }
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
rt::impl_object!(Win32LobAppProductCodeDetection);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppProductCodeDetection { with_product_code product_code :
    ::std::string::String; with_product_version product_version : ::std::string::String;
    with_product_version_operator product_version_operator : rt::Flags < crate
    ::beta::Win32LobAppDetectionOperator >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppProductCodeDetection);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A complex type to store the product code and version rule data for a Win32 LOB app. This rule is not supported as a requirement rule.
///
/// CSDL: `microsoft.graph.win32LobAppProductCodeRule`, complex type, derived from `microsoft.graph.win32LobAppRule`.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct Win32LobAppProductCodeRule {
    /// The rule type indicating the purpose of the rule.
    ///
    /// CSDL: property `ruleType`: `microsoft.graph.win32LobAppRuleType`, not nullable.
    pub rule_type: rt::Field<crate::beta::Win32LobAppRuleType>,
    /// The product code of the app.
    ///
    /// CSDL: property `productCode`: `Edm.String`, nullable.
    pub product_code: rt::Field<::std::string::String>,
    /// The product version comparison value.
    ///
    /// CSDL: property `productVersion`: `Edm.String`, nullable.
    pub product_version: rt::Field<::std::string::String>,
    /// The product version comparison operator.
    ///
    /// CSDL: property `productVersionOperator`: `microsoft.graph.win32LobAppRuleOperator`, not nullable.
    pub product_version_operator: rt::Field<crate::beta::Win32LobAppRuleOperator>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for Win32LobAppProductCodeRule {
    #[inline]
    fn default() -> Self {
        Self {
            rule_type: rt::Field::Absent,
            product_code: rt::Field::Absent,
            product_version: rt::Field::Absent,
            product_version_operator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for Win32LobAppProductCodeRule {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppProductCodeRule";
    const KEYS: &'static [&'static str] = &[
        "ruleType",
        "productCode",
        "productVersion",
        "productVersionOperator",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ruleType\":                     ",
        ",\"productCode\":                  ",
        ",\"productVersion\":               ",
        ",\"productVersionOperator\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.win32LobAppProductCodeRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "rule_type", &self.rule_type);
        v.field(1usize, "product_code", &self.product_code);
        v.field(2usize, "product_version", &self.product_version);
        v.field(3usize, "product_version_operator", &self.product_version_operator);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for Win32LobAppProductCodeRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.rule_type.read_from(r),
            1usize => self.product_code.read_from(r),
            2usize => self.product_version.read_from(r),
            3usize => self.product_version_operator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.rule_type);
        w.field(1usize, &self.product_code);
        w.field(2usize, &self.product_version);
        w.field(3usize, &self.product_version_operator);
    }
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
rt::impl_object!(Win32LobAppProductCodeRule);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppProductCodeRule { with_rule_type rule_type : crate
    ::beta::Win32LobAppRuleType; with_product_code product_code : ::std::string::String;
    with_product_version product_version : ::std::string::String;
    with_product_version_operator product_version_operator : crate
    ::beta::Win32LobAppRuleOperator; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppProductCodeRule);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains registry properties to detect a Win32 App
///
/// CSDL: `microsoft.graph.win32LobAppRegistryDetection`, complex type, derived from `microsoft.graph.win32LobAppDetection`.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct Win32LobAppRegistryDetection {
    /// A value indicating whether this registry path is for checking 32-bit app on 64-bit system
    ///
    /// CSDL: property `check32BitOn64System`: `Edm.Boolean`, not nullable.
    pub check32_bit_on64_system: rt::Field<bool>,
    /// The registry data detection type
    ///
    /// CSDL: property `detectionType`: `microsoft.graph.win32LobAppRegistryDetectionType`, not nullable.
    pub detection_type: rt::Field<crate::beta::Win32LobAppRegistryDetectionType>,
    /// The registry detection value
    ///
    /// CSDL: property `detectionValue`: `Edm.String`, nullable.
    pub detection_value: rt::Field<::std::string::String>,
    /// The registry key path to detect Win32 Line of Business (LoB) app
    ///
    /// CSDL: property `keyPath`: `Edm.String`, nullable.
    pub key_path: rt::Field<::std::string::String>,
    /// The operator for registry data detection
    ///
    /// CSDL: property `operator`: `microsoft.graph.win32LobAppDetectionOperator`, not nullable.
    pub operator: rt::Field<rt::Flags<crate::beta::Win32LobAppDetectionOperator>>,
    /// The registry value name
    ///
    /// CSDL: property `valueName`: `Edm.String`, nullable.
    pub value_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for Win32LobAppRegistryDetection {
    #[inline]
    fn default() -> Self {
        Self {
            check32_bit_on64_system: rt::Field::Absent,
            detection_type: rt::Field::Absent,
            detection_value: rt::Field::Absent,
            key_path: rt::Field::Absent,
            operator: rt::Field::Absent,
            value_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for Win32LobAppRegistryDetection {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppRegistryDetection";
    const KEYS: &'static [&'static str] = &[
        "check32BitOn64System",
        "detectionType",
        "detectionValue",
        "keyPath",
        "operator",
        "valueName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"check32BitOn64System\":         ",
        ",\"detectionType\":                ",
        ",\"detectionValue\":               ",
        ",\"keyPath\":                      ",
        ",\"operator\":                     ",
        ",\"valueName\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.win32LobAppRegistryDetection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "check32_bit_on64_system", &self.check32_bit_on64_system);
        v.field(1usize, "detection_type", &self.detection_type);
        v.field(2usize, "detection_value", &self.detection_value);
        v.field(3usize, "key_path", &self.key_path);
        v.field(4usize, "operator", &self.operator);
        v.field(5usize, "value_name", &self.value_name);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for Win32LobAppRegistryDetection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.check32_bit_on64_system.read_from(r),
            1usize => self.detection_type.read_from(r),
            2usize => self.detection_value.read_from(r),
            3usize => self.key_path.read_from(r),
            4usize => self.operator.read_from(r),
            5usize => self.value_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.check32_bit_on64_system);
        w.field(1usize, &self.detection_type);
        w.field(2usize, &self.detection_value);
        w.field(3usize, &self.key_path);
        w.field(4usize, &self.operator);
        w.field(5usize, &self.value_name);
    }
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
rt::impl_object!(Win32LobAppRegistryDetection);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppRegistryDetection { with_check32_bit_on64_system check32_bit_on64_system :
    bool; with_detection_type detection_type : crate
    ::beta::Win32LobAppRegistryDetectionType; with_detection_value detection_value :
    ::std::string::String; with_key_path key_path : ::std::string::String; with_operator
    operator : rt::Flags < crate ::beta::Win32LobAppDetectionOperator >; with_value_name
    value_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppRegistryDetection);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.win32LobAppRegistryDetectionType`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Win32LobAppRegistryDetectionType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `exists` (value 1).
    Exists,
    /// `doesNotExist` (value 2).
    DoesNotExist,
    /// `string` (value 3).
    String,
    /// `integer` (value 4).
    Integer,
    /// `version` (value 5).
    Version,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for Win32LobAppRegistryDetectionType {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppRegistryDetectionType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "exists",
        "doesNotExist",
        "string",
        "integer",
        "version",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "exists" => Self::Exists,
                "doesNotExist" => Self::DoesNotExist,
                "string" => Self::String,
                "integer" => Self::Integer,
                "version" => Self::Version,
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
            Self::Exists => "exists",
            Self::DoesNotExist => "doesNotExist",
            Self::String => "string",
            Self::Integer => "integer",
            Self::Version => "version",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(Win32LobAppRegistryDetectionType);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppRegistryDetectionType);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains registry properties to detect a Win32 App
///
/// CSDL: `microsoft.graph.win32LobAppRegistryRequirement`, complex type, derived from `microsoft.graph.win32LobAppRequirement`.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct Win32LobAppRegistryRequirement {
    /// The detection value
    ///
    /// CSDL: property `detectionValue`: `Edm.String`, nullable.
    pub detection_value: rt::Field<::std::string::String>,
    /// The operator for detection
    ///
    /// CSDL: property `operator`: `microsoft.graph.win32LobAppDetectionOperator`, not nullable.
    pub operator: rt::Field<rt::Flags<crate::beta::Win32LobAppDetectionOperator>>,
    /// A value indicating whether this registry path is for checking 32-bit app on 64-bit system
    ///
    /// CSDL: property `check32BitOn64System`: `Edm.Boolean`, not nullable.
    pub check32_bit_on64_system: rt::Field<bool>,
    /// The registry data detection type
    ///
    /// CSDL: property `detectionType`: `microsoft.graph.win32LobAppRegistryDetectionType`, not nullable.
    pub detection_type: rt::Field<crate::beta::Win32LobAppRegistryDetectionType>,
    /// The registry key path to detect Win32 Line of Business (LoB) app
    ///
    /// CSDL: property `keyPath`: `Edm.String`, nullable.
    pub key_path: rt::Field<::std::string::String>,
    /// The registry value name
    ///
    /// CSDL: property `valueName`: `Edm.String`, nullable.
    pub value_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for Win32LobAppRegistryRequirement {
    #[inline]
    fn default() -> Self {
        Self {
            detection_value: rt::Field::Absent,
            operator: rt::Field::Absent,
            check32_bit_on64_system: rt::Field::Absent,
            detection_type: rt::Field::Absent,
            key_path: rt::Field::Absent,
            value_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for Win32LobAppRegistryRequirement {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppRegistryRequirement";
    const KEYS: &'static [&'static str] = &[
        "detectionValue",
        "operator",
        "check32BitOn64System",
        "detectionType",
        "keyPath",
        "valueName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"detectionValue\":               ",
        ",\"operator\":                     ",
        ",\"check32BitOn64System\":         ",
        ",\"detectionType\":                ",
        ",\"keyPath\":                      ",
        ",\"valueName\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.win32LobAppRegistryRequirement\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "detection_value", &self.detection_value);
        v.field(1usize, "operator", &self.operator);
        v.field(2usize, "check32_bit_on64_system", &self.check32_bit_on64_system);
        v.field(3usize, "detection_type", &self.detection_type);
        v.field(4usize, "key_path", &self.key_path);
        v.field(5usize, "value_name", &self.value_name);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for Win32LobAppRegistryRequirement {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.detection_value.read_from(r),
            1usize => self.operator.read_from(r),
            2usize => self.check32_bit_on64_system.read_from(r),
            3usize => self.detection_type.read_from(r),
            4usize => self.key_path.read_from(r),
            5usize => self.value_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.detection_value);
        w.field(1usize, &self.operator);
        w.field(2usize, &self.check32_bit_on64_system);
        w.field(3usize, &self.detection_type);
        w.field(4usize, &self.key_path);
        w.field(5usize, &self.value_name);
    }
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
rt::impl_object!(Win32LobAppRegistryRequirement);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppRegistryRequirement { with_detection_value detection_value :
    ::std::string::String; with_operator operator : rt::Flags < crate
    ::beta::Win32LobAppDetectionOperator >; with_check32_bit_on64_system
    check32_bit_on64_system : bool; with_detection_type detection_type : crate
    ::beta::Win32LobAppRegistryDetectionType; with_key_path key_path :
    ::std::string::String; with_value_name value_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppRegistryRequirement);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A complex type to store registry rule data for a Win32 LOB app.
///
/// CSDL: `microsoft.graph.win32LobAppRegistryRule`, complex type, derived from `microsoft.graph.win32LobAppRule`.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct Win32LobAppRegistryRule {
    /// The rule type indicating the purpose of the rule.
    ///
    /// CSDL: property `ruleType`: `microsoft.graph.win32LobAppRuleType`, not nullable.
    pub rule_type: rt::Field<crate::beta::Win32LobAppRuleType>,
    /// A value indicating whether to search the 32-bit registry on 64-bit systems.
    ///
    /// CSDL: property `check32BitOn64System`: `Edm.Boolean`, not nullable.
    pub check32_bit_on64_system: rt::Field<bool>,
    /// The registry comparison value.
    ///
    /// CSDL: property `comparisonValue`: `Edm.String`, nullable.
    pub comparison_value: rt::Field<::std::string::String>,
    /// The full path of the registry entry containing the value to detect.
    ///
    /// CSDL: property `keyPath`: `Edm.String`, nullable.
    pub key_path: rt::Field<::std::string::String>,
    /// The registry operation type.
    ///
    /// CSDL: property `operationType`: `microsoft.graph.win32LobAppRegistryRuleOperationType`, not nullable.
    pub operation_type: rt::Field<crate::beta::Win32LobAppRegistryRuleOperationType>,
    /// The operator for registry detection.
    ///
    /// CSDL: property `operator`: `microsoft.graph.win32LobAppRuleOperator`, not nullable.
    pub operator: rt::Field<crate::beta::Win32LobAppRuleOperator>,
    /// The name of the registry value to detect.
    ///
    /// CSDL: property `valueName`: `Edm.String`, nullable.
    pub value_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for Win32LobAppRegistryRule {
    #[inline]
    fn default() -> Self {
        Self {
            rule_type: rt::Field::Absent,
            check32_bit_on64_system: rt::Field::Absent,
            comparison_value: rt::Field::Absent,
            key_path: rt::Field::Absent,
            operation_type: rt::Field::Absent,
            operator: rt::Field::Absent,
            value_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for Win32LobAppRegistryRule {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppRegistryRule";
    const KEYS: &'static [&'static str] = &[
        "ruleType",
        "check32BitOn64System",
        "comparisonValue",
        "keyPath",
        "operationType",
        "operator",
        "valueName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ruleType\":                     ",
        ",\"check32BitOn64System\":         ",
        ",\"comparisonValue\":              ",
        ",\"keyPath\":                      ",
        ",\"operationType\":                ",
        ",\"operator\":                     ",
        ",\"valueName\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.win32LobAppRegistryRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "rule_type", &self.rule_type);
        v.field(1usize, "check32_bit_on64_system", &self.check32_bit_on64_system);
        v.field(2usize, "comparison_value", &self.comparison_value);
        v.field(3usize, "key_path", &self.key_path);
        v.field(4usize, "operation_type", &self.operation_type);
        v.field(5usize, "operator", &self.operator);
        v.field(6usize, "value_name", &self.value_name);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for Win32LobAppRegistryRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.rule_type.read_from(r),
            1usize => self.check32_bit_on64_system.read_from(r),
            2usize => self.comparison_value.read_from(r),
            3usize => self.key_path.read_from(r),
            4usize => self.operation_type.read_from(r),
            5usize => self.operator.read_from(r),
            6usize => self.value_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.rule_type);
        w.field(1usize, &self.check32_bit_on64_system);
        w.field(2usize, &self.comparison_value);
        w.field(3usize, &self.key_path);
        w.field(4usize, &self.operation_type);
        w.field(5usize, &self.operator);
        w.field(6usize, &self.value_name);
    }
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
rt::impl_object!(Win32LobAppRegistryRule);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppRegistryRule { with_rule_type rule_type : crate
    ::beta::Win32LobAppRuleType; with_check32_bit_on64_system check32_bit_on64_system :
    bool; with_comparison_value comparison_value : ::std::string::String; with_key_path
    key_path : ::std::string::String; with_operation_type operation_type : crate
    ::beta::Win32LobAppRegistryRuleOperationType; with_operator operator : crate
    ::beta::Win32LobAppRuleOperator; with_value_name value_name : ::std::string::String;
    }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppRegistryRule);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.win32LobAppRegistryRuleOperationType`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Win32LobAppRegistryRuleOperationType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `exists` (value 1).
    Exists,
    /// `doesNotExist` (value 2).
    DoesNotExist,
    /// `string` (value 3).
    String,
    /// `integer` (value 4).
    Integer,
    /// `version` (value 5).
    Version,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for Win32LobAppRegistryRuleOperationType {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppRegistryRuleOperationType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "exists",
        "doesNotExist",
        "string",
        "integer",
        "version",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "exists" => Self::Exists,
                "doesNotExist" => Self::DoesNotExist,
                "string" => Self::String,
                "integer" => Self::Integer,
                "version" => Self::Version,
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
            Self::Exists => "exists",
            Self::DoesNotExist => "doesNotExist",
            Self::String => "string",
            Self::Integer => "integer",
            Self::Version => "version",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(Win32LobAppRegistryRuleOperationType);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppRegistryRuleOperationType);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Base class to detect a Win32 App
///
/// CSDL: `microsoft.graph.win32LobAppRequirement`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct Win32LobAppRequirement {
    /// The detection value
    ///
    /// CSDL: property `detectionValue`: `Edm.String`, nullable.
    pub detection_value: rt::Field<::std::string::String>,
    /// The operator for detection
    ///
    /// CSDL: property `operator`: `microsoft.graph.win32LobAppDetectionOperator`, not nullable.
    pub operator: rt::Field<rt::Flags<crate::beta::Win32LobAppDetectionOperator>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for Win32LobAppRequirement {
    #[inline]
    fn default() -> Self {
        Self {
            detection_value: rt::Field::Absent,
            operator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for Win32LobAppRequirement {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppRequirement";
    const KEYS: &'static [&'static str] = &["detectionValue", "operator"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"detectionValue\":               ",
        ",\"operator\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.win32LobAppRequirement\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "detection_value", &self.detection_value);
        v.field(1usize, "operator", &self.operator);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for Win32LobAppRequirement {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.detection_value.read_from(r),
            1usize => self.operator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.detection_value);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(Win32LobAppRequirement);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppRequirement { with_detection_value detection_value :
    ::std::string::String; with_operator operator : rt::Flags < crate
    ::beta::Win32LobAppDetectionOperator >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppRequirement);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// `microsoft.graph.win32LobAppRequirement` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWin32LobAppRequirement {
    Win32LobAppRequirement(::std::boxed::Box<crate::beta::Win32LobAppRequirement>),
    Win32LobAppFileSystemRequirement(
        ::std::boxed::Box<crate::beta::Win32LobAppFileSystemRequirement>,
    ),
    Win32LobAppPowerShellScriptRequirement(
        ::std::boxed::Box<crate::beta::Win32LobAppPowerShellScriptRequirement>,
    ),
    Win32LobAppRegistryRequirement(
        ::std::boxed::Box<crate::beta::Win32LobAppRegistryRequirement>,
    ),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AnyWin32LobAppRequirement {
    #[inline]
    fn default() -> Self {
        Self::Win32LobAppRequirement(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Win32LobAppRequirement>
for AnyWin32LobAppRequirement {
    #[inline]
    fn from(v: crate::beta::Win32LobAppRequirement) -> Self {
        Self::Win32LobAppRequirement(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Win32LobAppFileSystemRequirement>
for AnyWin32LobAppRequirement {
    #[inline]
    fn from(v: crate::beta::Win32LobAppFileSystemRequirement) -> Self {
        Self::Win32LobAppFileSystemRequirement(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Win32LobAppPowerShellScriptRequirement>
for AnyWin32LobAppRequirement {
    #[inline]
    fn from(v: crate::beta::Win32LobAppPowerShellScriptRequirement) -> Self {
        Self::Win32LobAppPowerShellScriptRequirement(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Win32LobAppRegistryRequirement>
for AnyWin32LobAppRequirement {
    #[inline]
    fn from(v: crate::beta::Win32LobAppRegistryRequirement) -> Self {
        Self::Win32LobAppRegistryRequirement(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyWin32LobAppRequirement {}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyWin32LobAppRequirement {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyWin32LobAppRequirement {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyWin32LobAppRequirement {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyWin32LobAppRequirement {}
#[cfg(msgraph_beta_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::Win32LobAppRequirement>();
    rt::object::auto_traits::<crate::beta::Win32LobAppFileSystemRequirement>();
    rt::object::auto_traits::<crate::beta::Win32LobAppPowerShellScriptRequirement>();
    rt::object::auto_traits::<crate::beta::Win32LobAppRegistryRequirement>();
};
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Poly for AnyWin32LobAppRequirement {
    const BASE_NAME: &'static str = "microsoft.graph.win32LobAppRequirement";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.win32LobAppFileSystemRequirement",
            ) => Self::Win32LobAppFileSystemRequirement(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.win32LobAppPowerShellScriptRequirement",
            ) => Self::Win32LobAppPowerShellScriptRequirement(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.win32LobAppRegistryRequirement",
            ) => Self::Win32LobAppRegistryRequirement(rt::object::new_boxed()),
            _ => Self::Win32LobAppRequirement(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Win32LobAppRequirement(v) => &**v,
            Self::Win32LobAppFileSystemRequirement(v) => &**v,
            Self::Win32LobAppPowerShellScriptRequirement(v) => &**v,
            Self::Win32LobAppRegistryRequirement(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Win32LobAppRequirement(v) => &mut **v,
            Self::Win32LobAppFileSystemRequirement(v) => &mut **v,
            Self::Win32LobAppPowerShellScriptRequirement(v) => &mut **v,
            Self::Win32LobAppRegistryRequirement(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl AnyWin32LobAppRequirement {
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
    /// `detectionValue` of any variant.
    #[inline]
    pub fn detection_value(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Win32LobAppRequirement(v) => &v.detection_value,
            Self::Win32LobAppFileSystemRequirement(v) => &v.detection_value,
            Self::Win32LobAppPowerShellScriptRequirement(v) => &v.detection_value,
            Self::Win32LobAppRegistryRequirement(v) => &v.detection_value,
        }
    }
    /// `detectionValue` of any variant.
    #[inline]
    pub fn detection_value_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Win32LobAppRequirement(v) => &mut v.detection_value,
            Self::Win32LobAppFileSystemRequirement(v) => &mut v.detection_value,
            Self::Win32LobAppPowerShellScriptRequirement(v) => &mut v.detection_value,
            Self::Win32LobAppRegistryRequirement(v) => &mut v.detection_value,
        }
    }
    /// `operator` of any variant.
    #[inline]
    pub fn operator(
        &self,
    ) -> &rt::Field<rt::Flags<crate::beta::Win32LobAppDetectionOperator>> {
        match self {
            Self::Win32LobAppRequirement(v) => &v.operator,
            Self::Win32LobAppFileSystemRequirement(v) => &v.operator,
            Self::Win32LobAppPowerShellScriptRequirement(v) => &v.operator,
            Self::Win32LobAppRegistryRequirement(v) => &v.operator,
        }
    }
    /// `operator` of any variant.
    #[inline]
    pub fn operator_mut(
        &mut self,
    ) -> &mut rt::Field<rt::Flags<crate::beta::Win32LobAppDetectionOperator>> {
        match self {
            Self::Win32LobAppRequirement(v) => &mut v.operator,
            Self::Win32LobAppFileSystemRequirement(v) => &mut v.operator,
            Self::Win32LobAppPowerShellScriptRequirement(v) => &mut v.operator,
            Self::Win32LobAppRegistryRequirement(v) => &mut v.operator,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_poly!(AnyWin32LobAppRequirement);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWin32LobAppRequirement);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.win32LobAppRestartBehavior`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Win32LobAppRestartBehavior {
    /// `basedOnReturnCode` (value 0).
    BasedOnReturnCode,
    /// `allow` (value 1).
    Allow,
    /// `suppress` (value 2).
    Suppress,
    /// `force` (value 3).
    Force,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for Win32LobAppRestartBehavior {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppRestartBehavior";
    const MEMBERS: &'static [&'static str] = &[
        "basedOnReturnCode",
        "allow",
        "suppress",
        "force",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "basedOnReturnCode" => Self::BasedOnReturnCode,
                "allow" => Self::Allow,
                "suppress" => Self::Suppress,
                "force" => Self::Force,
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
            Self::BasedOnReturnCode => "basedOnReturnCode",
            Self::Allow => "allow",
            Self::Suppress => "suppress",
            Self::Force => "force",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(Win32LobAppRestartBehavior);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppRestartBehavior);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties describing restart coordination following an app installation.
///
/// CSDL: `microsoft.graph.win32LobAppRestartSettings`, complex type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct Win32LobAppRestartSettings {
    /// The number of minutes before the restart time to display the countdown dialog for pending restarts.
    ///
    /// CSDL: property `countdownDisplayBeforeRestartInMinutes`: `Edm.Int32`, not nullable.
    pub countdown_display_before_restart_in_minutes: rt::Field<i32>,
    /// The number of minutes to wait before restarting the device after an app installation.
    ///
    /// CSDL: property `gracePeriodInMinutes`: `Edm.Int32`, not nullable.
    pub grace_period_in_minutes: rt::Field<i32>,
    /// The number of minutes to snooze the restart notification dialog when the snooze button is selected.
    ///
    /// CSDL: property `restartNotificationSnoozeDurationInMinutes`: `Edm.Int32`, nullable.
    pub restart_notification_snooze_duration_in_minutes: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for Win32LobAppRestartSettings {
    #[inline]
    fn default() -> Self {
        Self {
            countdown_display_before_restart_in_minutes: rt::Field::Absent,
            grace_period_in_minutes: rt::Field::Absent,
            restart_notification_snooze_duration_in_minutes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for Win32LobAppRestartSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppRestartSettings";
    const KEYS: &'static [&'static str] = &[
        "countdownDisplayBeforeRestartInMinutes",
        "gracePeriodInMinutes",
        "restartNotificationSnoozeDurationInMinutes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"countdownDisplayBeforeRestartInMinutes\":",
        ",\"gracePeriodInMinutes\":         ",
        ",\"restartNotificationSnoozeDurationInMinutes\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.win32LobAppRestartSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "countdown_display_before_restart_in_minutes",
            &self.countdown_display_before_restart_in_minutes,
        );
        v.field(1usize, "grace_period_in_minutes", &self.grace_period_in_minutes);
        v.field(
            2usize,
            "restart_notification_snooze_duration_in_minutes",
            &self.restart_notification_snooze_duration_in_minutes,
        );
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for Win32LobAppRestartSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.countdown_display_before_restart_in_minutes.read_from(r),
            1usize => self.grace_period_in_minutes.read_from(r),
            2usize => self.restart_notification_snooze_duration_in_minutes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.countdown_display_before_restart_in_minutes);
        w.field(1usize, &self.grace_period_in_minutes);
        w.field(2usize, &self.restart_notification_snooze_duration_in_minutes);
    }
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
rt::impl_object!(Win32LobAppRestartSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppRestartSettings { with_countdown_display_before_restart_in_minutes
    countdown_display_before_restart_in_minutes : i32; with_grace_period_in_minutes
    grace_period_in_minutes : i32; with_restart_notification_snooze_duration_in_minutes
    restart_notification_snooze_duration_in_minutes : i32; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppRestartSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains return code properties for a Win32 App
///
/// CSDL: `microsoft.graph.win32LobAppReturnCode`, complex type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct Win32LobAppReturnCode {
    /// Return code.
    ///
    /// CSDL: property `returnCode`: `Edm.Int32`, not nullable.
    pub return_code: rt::Field<i32>,
    /// The type of return code.
    ///
    /// CSDL: property `type`: `microsoft.graph.win32LobAppReturnCodeType`, not nullable.
    pub type_: rt::Field<crate::beta::Win32LobAppReturnCodeType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for Win32LobAppReturnCode {
    #[inline]
    fn default() -> Self {
        Self {
            return_code: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for Win32LobAppReturnCode {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppReturnCode";
    const KEYS: &'static [&'static str] = &["returnCode", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"returnCode\":                   ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.win32LobAppReturnCode\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "return_code", &self.return_code);
        v.field(1usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for Win32LobAppReturnCode {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.return_code.read_from(r),
            1usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.return_code);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(Win32LobAppReturnCode);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppReturnCode { with_return_code return_code : i32; with_type type_ : crate
    ::beta::Win32LobAppReturnCodeType; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppReturnCode);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.win32LobAppReturnCodeType`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Win32LobAppReturnCodeType {
    /// `failed` (value 0).
    Failed,
    /// `success` (value 1).
    Success,
    /// `softReboot` (value 2).
    SoftReboot,
    /// `hardReboot` (value 3).
    HardReboot,
    /// `retry` (value 4).
    Retry,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for Win32LobAppReturnCodeType {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppReturnCodeType";
    const MEMBERS: &'static [&'static str] = &[
        "failed",
        "success",
        "softReboot",
        "hardReboot",
        "retry",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "failed" => Self::Failed,
                "success" => Self::Success,
                "softReboot" => Self::SoftReboot,
                "hardReboot" => Self::HardReboot,
                "retry" => Self::Retry,
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
            Self::Failed => "failed",
            Self::Success => "success",
            Self::SoftReboot => "softReboot",
            Self::HardReboot => "hardReboot",
            Self::Retry => "retry",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(Win32LobAppReturnCodeType);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppReturnCodeType);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A base complex type to store the detection or requirement rule data for a Win32 LOB app.
///
/// CSDL: `microsoft.graph.win32LobAppRule`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct Win32LobAppRule {
    /// The rule type indicating the purpose of the rule.
    ///
    /// CSDL: property `ruleType`: `microsoft.graph.win32LobAppRuleType`, not nullable.
    pub rule_type: rt::Field<crate::beta::Win32LobAppRuleType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for Win32LobAppRule {
    #[inline]
    fn default() -> Self {
        Self {
            rule_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for Win32LobAppRule {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppRule";
    const KEYS: &'static [&'static str] = &["ruleType"];
    const KEYS_JSON: &'static [&'static str] = &[",\"ruleType\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.win32LobAppRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "rule_type", &self.rule_type);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for Win32LobAppRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.rule_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.rule_type);
    }
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
rt::impl_object!(Win32LobAppRule);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppRule { with_rule_type rule_type : crate ::beta::Win32LobAppRuleType; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppRule);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// `microsoft.graph.win32LobAppRule` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWin32LobAppRule {
    Win32LobAppRule(::std::boxed::Box<crate::beta::Win32LobAppRule>),
    Win32LobAppFileSystemRule(::std::boxed::Box<crate::beta::Win32LobAppFileSystemRule>),
    Win32LobAppPowerShellScriptRule(
        ::std::boxed::Box<crate::beta::Win32LobAppPowerShellScriptRule>,
    ),
    Win32LobAppProductCodeRule(
        ::std::boxed::Box<crate::beta::Win32LobAppProductCodeRule>,
    ),
    Win32LobAppRegistryRule(::std::boxed::Box<crate::beta::Win32LobAppRegistryRule>),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AnyWin32LobAppRule {
    #[inline]
    fn default() -> Self {
        Self::Win32LobAppRule(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Win32LobAppRule> for AnyWin32LobAppRule {
    #[inline]
    fn from(v: crate::beta::Win32LobAppRule) -> Self {
        Self::Win32LobAppRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Win32LobAppFileSystemRule>
for AnyWin32LobAppRule {
    #[inline]
    fn from(v: crate::beta::Win32LobAppFileSystemRule) -> Self {
        Self::Win32LobAppFileSystemRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Win32LobAppPowerShellScriptRule>
for AnyWin32LobAppRule {
    #[inline]
    fn from(v: crate::beta::Win32LobAppPowerShellScriptRule) -> Self {
        Self::Win32LobAppPowerShellScriptRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Win32LobAppProductCodeRule>
for AnyWin32LobAppRule {
    #[inline]
    fn from(v: crate::beta::Win32LobAppProductCodeRule) -> Self {
        Self::Win32LobAppProductCodeRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Win32LobAppRegistryRule> for AnyWin32LobAppRule {
    #[inline]
    fn from(v: crate::beta::Win32LobAppRegistryRule) -> Self {
        Self::Win32LobAppRegistryRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyWin32LobAppRule {}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyWin32LobAppRule {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyWin32LobAppRule {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyWin32LobAppRule {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyWin32LobAppRule {}
#[cfg(msgraph_beta_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::Win32LobAppRule>();
    rt::object::auto_traits::<crate::beta::Win32LobAppFileSystemRule>();
    rt::object::auto_traits::<crate::beta::Win32LobAppPowerShellScriptRule>();
    rt::object::auto_traits::<crate::beta::Win32LobAppProductCodeRule>();
    rt::object::auto_traits::<crate::beta::Win32LobAppRegistryRule>();
};
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Poly for AnyWin32LobAppRule {
    const BASE_NAME: &'static str = "microsoft.graph.win32LobAppRule";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.win32LobAppFileSystemRule") => {
                Self::Win32LobAppFileSystemRule(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.win32LobAppPowerShellScriptRule",
            ) => Self::Win32LobAppPowerShellScriptRule(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.win32LobAppProductCodeRule") => {
                Self::Win32LobAppProductCodeRule(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.win32LobAppRegistryRule") => {
                Self::Win32LobAppRegistryRule(rt::object::new_boxed())
            }
            _ => Self::Win32LobAppRule(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Win32LobAppRule(v) => &**v,
            Self::Win32LobAppFileSystemRule(v) => &**v,
            Self::Win32LobAppPowerShellScriptRule(v) => &**v,
            Self::Win32LobAppProductCodeRule(v) => &**v,
            Self::Win32LobAppRegistryRule(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Win32LobAppRule(v) => &mut **v,
            Self::Win32LobAppFileSystemRule(v) => &mut **v,
            Self::Win32LobAppPowerShellScriptRule(v) => &mut **v,
            Self::Win32LobAppProductCodeRule(v) => &mut **v,
            Self::Win32LobAppRegistryRule(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl AnyWin32LobAppRule {
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
    /// `ruleType` of any variant.
    #[inline]
    pub fn rule_type(&self) -> &rt::Field<crate::beta::Win32LobAppRuleType> {
        match self {
            Self::Win32LobAppRule(v) => &v.rule_type,
            Self::Win32LobAppFileSystemRule(v) => &v.rule_type,
            Self::Win32LobAppPowerShellScriptRule(v) => &v.rule_type,
            Self::Win32LobAppProductCodeRule(v) => &v.rule_type,
            Self::Win32LobAppRegistryRule(v) => &v.rule_type,
        }
    }
    /// `ruleType` of any variant.
    #[inline]
    pub fn rule_type_mut(&mut self) -> &mut rt::Field<crate::beta::Win32LobAppRuleType> {
        match self {
            Self::Win32LobAppRule(v) => &mut v.rule_type,
            Self::Win32LobAppFileSystemRule(v) => &mut v.rule_type,
            Self::Win32LobAppPowerShellScriptRule(v) => &mut v.rule_type,
            Self::Win32LobAppProductCodeRule(v) => &mut v.rule_type,
            Self::Win32LobAppRegistryRule(v) => &mut v.rule_type,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_poly!(AnyWin32LobAppRule);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWin32LobAppRule);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.win32LobAppRuleOperator`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Win32LobAppRuleOperator {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `equal` (value 1).
    Equal,
    /// `notEqual` (value 2).
    NotEqual,
    /// `greaterThan` (value 4).
    GreaterThan,
    /// `greaterThanOrEqual` (value 5).
    GreaterThanOrEqual,
    /// `lessThan` (value 8).
    LessThan,
    /// `lessThanOrEqual` (value 9).
    LessThanOrEqual,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for Win32LobAppRuleOperator {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppRuleOperator";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "equal",
        "notEqual",
        "greaterThan",
        "greaterThanOrEqual",
        "lessThan",
        "lessThanOrEqual",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "equal" => Self::Equal,
                "notEqual" => Self::NotEqual,
                "greaterThan" => Self::GreaterThan,
                "greaterThanOrEqual" => Self::GreaterThanOrEqual,
                "lessThan" => Self::LessThan,
                "lessThanOrEqual" => Self::LessThanOrEqual,
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
            Self::Equal => "equal",
            Self::NotEqual => "notEqual",
            Self::GreaterThan => "greaterThan",
            Self::GreaterThanOrEqual => "greaterThanOrEqual",
            Self::LessThan => "lessThan",
            Self::LessThanOrEqual => "lessThanOrEqual",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(Win32LobAppRuleOperator);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppRuleOperator);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.win32LobAppRuleType`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Win32LobAppRuleType {
    /// `detection` (value 0).
    Detection,
    /// `requirement` (value 1).
    Requirement,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for Win32LobAppRuleType {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppRuleType";
    const MEMBERS: &'static [&'static str] = &["detection", "requirement"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "detection" => Self::Detection,
                "requirement" => Self::Requirement,
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
            Self::Detection => "detection",
            Self::Requirement => "requirement",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(Win32LobAppRuleType);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppRuleType);
