//! Types of `microsoft.graph` by the first letters of their names (`win3`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties and inherited properties for Win32 apps.
///
/// CSDL: `microsoft.graph.win32LobApp`, entity type, derived from `microsoft.graph.mobileLobApp`, key `id`.
///
/// Request builders: [`Win32LobAppPath`](requests/trait.Win32LobAppPath.html), what a path to one (`EntityPath<Win32LobApp, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct Win32LobApp {
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
    /// Indicates the Windows architecture(s) this app should be installed on. The app will be treated as not applicable for devices with architectures not matching the selected value. When a non-null value is provided for the `allowedArchitectures` property, the value of the `applicableArchitectures` property is set to `none`. Possible values are: `null`, `x86`, `x64`, `arm64`.
    ///
    /// CSDL: property `allowedArchitectures`: `microsoft.graph.windowsArchitecture`, nullable.
    pub allowed_architectures: rt::Field<rt::Flags<crate::v1::WindowsArchitecture>>,
    /// Indicates the Windows architecture(s) this app should be installed on. The app will be treated as not applicable for devices with architectures not matching the selected value. When a non-null value is provided for the `allowedArchitectures` property, the value of the `applicableArchitectures` property is set to `none`. Default value is `none`. Possible values are: `none`, `x86`, `x64`.
    ///
    /// CSDL: property `applicableArchitectures`: `microsoft.graph.windowsArchitecture`, not nullable.
    pub applicable_architectures: rt::Field<rt::Flags<crate::v1::WindowsArchitecture>>,
    /// Indicates the command line to install this app. Used to install the Win32 app. Example: `msiexec /i "Orca.Msi" /qn`.
    ///
    /// CSDL: property `installCommandLine`: `Edm.String`, nullable.
    pub install_command_line: rt::Field<::std::string::String>,
    /// Indicates the install experience for this app.
    ///
    /// CSDL: property `installExperience`: `microsoft.graph.win32LobAppInstallExperience`, nullable.
    pub install_experience: rt::Field<crate::v1::Win32LobAppInstallExperience>,
    /// Indicates the value for the minimum CPU speed which is required to install this app. Allowed range from `0` to `clock speed from WMI helper`.
    ///
    /// CSDL: property `minimumCpuSpeedInMHz`: `Edm.Int32`, nullable.
    pub minimum_cpu_speed_in_m_hz: rt::Field<i32>,
    /// Indicates the value for the minimum free disk space which is required to install this app. Allowed range from `0` to `driver's maximum available free space`.
    ///
    /// CSDL: property `minimumFreeDiskSpaceInMB`: `Edm.Int32`, nullable.
    pub minimum_free_disk_space_in_mb: rt::Field<i32>,
    /// Indicates the value for the minimum physical memory which is required to install this app. Allowed range from `0` to `total physical memory from WMI helper`.
    ///
    /// CSDL: property `minimumMemoryInMB`: `Edm.Int32`, nullable.
    pub minimum_memory_in_mb: rt::Field<i32>,
    /// Indicates the value for the minimum number of processors which is required to install this app. Minimum value is `0`.
    ///
    /// CSDL: property `minimumNumberOfProcessors`: `Edm.Int32`, nullable.
    pub minimum_number_of_processors: rt::Field<i32>,
    /// Indicates the value for the minimum supported windows release. Example: `Windows11_23H2`.
    ///
    /// CSDL: property `minimumSupportedWindowsRelease`: `Edm.String`, nullable.
    pub minimum_supported_windows_release: rt::Field<::std::string::String>,
    /// Indicates the MSI details if this Win32 app is an MSI app.
    ///
    /// CSDL: property `msiInformation`: `microsoft.graph.win32LobAppMsiInformation`, nullable.
    pub msi_information: rt::Field<crate::v1::Win32LobAppMsiInformation>,
    /// Indicates the return codes for post installation behavior.
    ///
    /// CSDL: property `returnCodes`: `Collection(microsoft.graph.win32LobAppReturnCode)`, nullable.
    pub return_codes: rt::Field<::std::vec::Vec<crate::v1::Win32LobAppReturnCode>>,
    /// Indicates the detection and requirement rules for this app. Possible values are: `Win32LobAppFileSystemRule, Win32LobAppPowerShellScriptRule, Win32LobAppProductCodeRule, Win32LobAppRegistryRule`.
    ///
    /// CSDL: property `rules`: `Collection(microsoft.graph.win32LobAppRule)`, nullable.
    pub rules: rt::Field<::std::vec::Vec<crate::v1::AnyWin32LobAppRule>>,
    /// Indicates the relative path of the setup file in the encrypted Win32LobApp package. Example: `Intel-SA-00075 Detection and Mitigation Tool.msi`.
    ///
    /// CSDL: property `setupFilePath`: `Edm.String`, nullable.
    pub setup_file_path: rt::Field<::std::string::String>,
    /// Indicates the command line to uninstall this app. Used to uninstall the app. Example: `msiexec /x "{85F4CBCB-9BBC-4B50-A7D8-E1106771498D}" /qn`.
    ///
    /// CSDL: property `uninstallCommandLine`: `Edm.String`, nullable.
    pub uninstall_command_line: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for Win32LobApp {
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
            committed_content_version: rt::Field::Absent,
            file_name: rt::Field::Absent,
            size: rt::Field::Absent,
            content_versions: rt::Field::Absent,
            allowed_architectures: rt::Field::Absent,
            applicable_architectures: rt::Field::Absent,
            install_command_line: rt::Field::Absent,
            install_experience: rt::Field::Absent,
            minimum_cpu_speed_in_m_hz: rt::Field::Absent,
            minimum_free_disk_space_in_mb: rt::Field::Absent,
            minimum_memory_in_mb: rt::Field::Absent,
            minimum_number_of_processors: rt::Field::Absent,
            minimum_supported_windows_release: rt::Field::Absent,
            msi_information: rt::Field::Absent,
            return_codes: rt::Field::Absent,
            rules: rt::Field::Absent,
            setup_file_path: rt::Field::Absent,
            uninstall_command_line: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for Win32LobApp {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobApp";
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
        "committedContentVersion",
        "fileName",
        "size",
        "contentVersions",
        "allowedArchitectures",
        "applicableArchitectures",
        "installCommandLine",
        "installExperience",
        "minimumCpuSpeedInMHz",
        "minimumFreeDiskSpaceInMB",
        "minimumMemoryInMB",
        "minimumNumberOfProcessors",
        "minimumSupportedWindowsRelease",
        "msiInformation",
        "returnCodes",
        "rules",
        "setupFilePath",
        "uninstallCommandLine",
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
        ",\"committedContentVersion\":      ",
        ",\"fileName\":                     ",
        ",\"size\":                         ",
        ",\"contentVersions\":              ",
        ",\"allowedArchitectures\":         ",
        ",\"applicableArchitectures\":      ",
        ",\"installCommandLine\":           ",
        ",\"installExperience\":            ",
        ",\"minimumCpuSpeedInMHz\":         ",
        ",\"minimumFreeDiskSpaceInMB\":     ",
        ",\"minimumMemoryInMB\":            ",
        ",\"minimumNumberOfProcessors\":    ",
        ",\"minimumSupportedWindowsRelease\":",
        ",\"msiInformation\":               ",
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
        v.field(16usize, "committed_content_version", &self.committed_content_version);
        v.field(17usize, "file_name", &self.file_name);
        v.field(18usize, "size", &self.size);
        v.field(19usize, "content_versions", &self.content_versions);
        v.field(20usize, "allowed_architectures", &self.allowed_architectures);
        v.field(21usize, "applicable_architectures", &self.applicable_architectures);
        v.field(22usize, "install_command_line", &self.install_command_line);
        v.field(23usize, "install_experience", &self.install_experience);
        v.field(24usize, "minimum_cpu_speed_in_m_hz", &self.minimum_cpu_speed_in_m_hz);
        v.field(
            25usize,
            "minimum_free_disk_space_in_mb",
            &self.minimum_free_disk_space_in_mb,
        );
        v.field(26usize, "minimum_memory_in_mb", &self.minimum_memory_in_mb);
        v.field(
            27usize,
            "minimum_number_of_processors",
            &self.minimum_number_of_processors,
        );
        v.field(
            28usize,
            "minimum_supported_windows_release",
            &self.minimum_supported_windows_release,
        );
        v.field(29usize, "msi_information", &self.msi_information);
        v.field(30usize, "return_codes", &self.return_codes);
        v.field(31usize, "rules", &self.rules);
        v.field(32usize, "setup_file_path", &self.setup_file_path);
        v.field(33usize, "uninstall_command_line", &self.uninstall_command_line);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for Win32LobApp {
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
            16usize => self.committed_content_version.read_from(r),
            17usize => self.file_name.read_from(r),
            18usize => self.size.read_from(r),
            19usize => self.content_versions.read_from(r),
            20usize => self.allowed_architectures.read_from(r),
            21usize => self.applicable_architectures.read_from(r),
            22usize => self.install_command_line.read_from(r),
            23usize => self.install_experience.read_from(r),
            24usize => self.minimum_cpu_speed_in_m_hz.read_from(r),
            25usize => self.minimum_free_disk_space_in_mb.read_from(r),
            26usize => self.minimum_memory_in_mb.read_from(r),
            27usize => self.minimum_number_of_processors.read_from(r),
            28usize => self.minimum_supported_windows_release.read_from(r),
            29usize => self.msi_information.read_from(r),
            30usize => self.return_codes.read_from(r),
            31usize => self.rules.read_from(r),
            32usize => self.setup_file_path.read_from(r),
            33usize => self.uninstall_command_line.read_from(r),
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
        w.field(16usize, &self.committed_content_version);
        w.field(17usize, &self.file_name);
        w.field(18usize, &self.size);
        w.field(19usize, &self.content_versions);
        w.field(20usize, &self.allowed_architectures);
        w.field(21usize, &self.applicable_architectures);
        w.field(22usize, &self.install_command_line);
        w.field(23usize, &self.install_experience);
        w.field(24usize, &self.minimum_cpu_speed_in_m_hz);
        w.field(25usize, &self.minimum_free_disk_space_in_mb);
        w.field(26usize, &self.minimum_memory_in_mb);
        w.field(27usize, &self.minimum_number_of_processors);
        w.field(28usize, &self.minimum_supported_windows_release);
        w.field(29usize, &self.msi_information);
        w.field(30usize, &self.return_codes);
        w.field(31usize, &self.rules);
        w.field(32usize, &self.setup_file_path);
        w.field(33usize, &self.uninstall_command_line);
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
rt::impl_object!(Win32LobApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobApp { with_id id : ::std::string::String; with_created_date_time
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
    ::std::vec::Vec < crate ::v1::MobileAppCategory >; with_committed_content_version
    committed_content_version : ::std::string::String; with_file_name file_name :
    ::std::string::String; with_size size : i64; with_content_versions content_versions :
    ::std::vec::Vec < crate ::v1::MobileAppContent >; with_allowed_architectures
    allowed_architectures : rt::Flags < crate ::v1::WindowsArchitecture >;
    with_applicable_architectures applicable_architectures : rt::Flags < crate
    ::v1::WindowsArchitecture >; with_install_command_line install_command_line :
    ::std::string::String; with_install_experience install_experience : crate
    ::v1::Win32LobAppInstallExperience; with_minimum_cpu_speed_in_m_hz
    minimum_cpu_speed_in_m_hz : i32; with_minimum_free_disk_space_in_mb
    minimum_free_disk_space_in_mb : i32; with_minimum_memory_in_mb minimum_memory_in_mb :
    i32; with_minimum_number_of_processors minimum_number_of_processors : i32;
    with_minimum_supported_windows_release minimum_supported_windows_release :
    ::std::string::String; with_msi_information msi_information : crate
    ::v1::Win32LobAppMsiInformation; with_return_codes return_codes : ::std::vec::Vec <
    crate ::v1::Win32LobAppReturnCode >; with_rules rules : ::std::vec::Vec < crate
    ::v1::AnyWin32LobAppRule >; with_setup_file_path setup_file_path :
    ::std::string::String; with_uninstall_command_line uninstall_command_line :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties used to assign an Win32 LOB mobile app to a group.
///
/// CSDL: `microsoft.graph.win32LobAppAssignmentSettings`, complex type, derived from `microsoft.graph.mobileAppAssignmentSettings`.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct Win32LobAppAssignmentSettings {
    /// The auto-update settings to apply for this app assignment.
    ///
    /// CSDL: property `autoUpdateSettings`: `microsoft.graph.win32LobAppAutoUpdateSettings`, nullable.
    pub auto_update_settings: rt::Field<crate::v1::Win32LobAppAutoUpdateSettings>,
    /// The delivery optimization priority for this app assignment. This setting is not supported in National Cloud environments.
    ///
    /// CSDL: property `deliveryOptimizationPriority`: `microsoft.graph.win32LobAppDeliveryOptimizationPriority`, not nullable.
    pub delivery_optimization_priority: rt::Field<
        crate::v1::Win32LobAppDeliveryOptimizationPriority,
    >,
    /// The install time settings to apply for this app assignment.
    ///
    /// CSDL: property `installTimeSettings`: `microsoft.graph.mobileAppInstallTimeSettings`, nullable.
    pub install_time_settings: rt::Field<crate::v1::MobileAppInstallTimeSettings>,
    /// The notification status for this app assignment.
    ///
    /// CSDL: property `notifications`: `microsoft.graph.win32LobAppNotification`, not nullable.
    pub notifications: rt::Field<crate::v1::Win32LobAppNotification>,
    /// The reboot settings to apply for this app assignment.
    ///
    /// CSDL: property `restartSettings`: `microsoft.graph.win32LobAppRestartSettings`, nullable.
    pub restart_settings: rt::Field<crate::v1::Win32LobAppRestartSettings>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for Win32LobAppAssignmentSettings {
    #[inline]
    fn default() -> Self {
        Self {
            auto_update_settings: rt::Field::Absent,
            delivery_optimization_priority: rt::Field::Absent,
            install_time_settings: rt::Field::Absent,
            notifications: rt::Field::Absent,
            restart_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for Win32LobAppAssignmentSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppAssignmentSettings";
    const KEYS: &'static [&'static str] = &[
        "autoUpdateSettings",
        "deliveryOptimizationPriority",
        "installTimeSettings",
        "notifications",
        "restartSettings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"autoUpdateSettings\":           ",
        ",\"deliveryOptimizationPriority\": ",
        ",\"installTimeSettings\":          ",
        ",\"notifications\":                ",
        ",\"restartSettings\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.win32LobAppAssignmentSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "auto_update_settings", &self.auto_update_settings);
        v.field(
            1usize,
            "delivery_optimization_priority",
            &self.delivery_optimization_priority,
        );
        v.field(2usize, "install_time_settings", &self.install_time_settings);
        v.field(3usize, "notifications", &self.notifications);
        v.field(4usize, "restart_settings", &self.restart_settings);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for Win32LobAppAssignmentSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.auto_update_settings.read_from(r),
            1usize => self.delivery_optimization_priority.read_from(r),
            2usize => self.install_time_settings.read_from(r),
            3usize => self.notifications.read_from(r),
            4usize => self.restart_settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.auto_update_settings);
        w.field(1usize, &self.delivery_optimization_priority);
        w.field(2usize, &self.install_time_settings);
        w.field(3usize, &self.notifications);
        w.field(4usize, &self.restart_settings);
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
rt::impl_object!(Win32LobAppAssignmentSettings);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppAssignmentSettings { with_auto_update_settings auto_update_settings :
    crate ::v1::Win32LobAppAutoUpdateSettings; with_delivery_optimization_priority
    delivery_optimization_priority : crate ::v1::Win32LobAppDeliveryOptimizationPriority;
    with_install_time_settings install_time_settings : crate
    ::v1::MobileAppInstallTimeSettings; with_notifications notifications : crate
    ::v1::Win32LobAppNotification; with_restart_settings restart_settings : crate
    ::v1::Win32LobAppRestartSettings; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppAssignmentSettings);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties used to perform the auto-update of an application.
///
/// CSDL: `microsoft.graph.win32LobAppAutoUpdateSettings`, complex type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct Win32LobAppAutoUpdateSettings {
    /// The auto-update superseded apps state setting for the app assignment. Possible values are notConfigured and enabled. Default value is notConfigured.
    ///
    /// CSDL: property `autoUpdateSupersededAppsState`: `microsoft.graph.win32LobAutoUpdateSupersededAppsState`, not nullable.
    pub auto_update_superseded_apps_state: rt::Field<
        crate::v1::Win32LobAutoUpdateSupersededAppsState,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for Win32LobAppAutoUpdateSettings {
    #[inline]
    fn default() -> Self {
        Self {
            auto_update_superseded_apps_state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for Win32LobAppAutoUpdateSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppAutoUpdateSettings";
    const KEYS: &'static [&'static str] = &["autoUpdateSupersededAppsState"];
    const KEYS_JSON: &'static [&'static str] = &[",\"autoUpdateSupersededAppsState\":"];
    const TAG: &'static str = "\"#microsoft.graph.win32LobAppAutoUpdateSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "auto_update_superseded_apps_state",
            &self.auto_update_superseded_apps_state,
        );
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for Win32LobAppAutoUpdateSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.auto_update_superseded_apps_state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.auto_update_superseded_apps_state);
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
rt::impl_object!(Win32LobAppAutoUpdateSettings);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppAutoUpdateSettings { with_auto_update_superseded_apps_state
    auto_update_superseded_apps_state : crate
    ::v1::Win32LobAutoUpdateSupersededAppsState; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppAutoUpdateSettings);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains value for delivery optimization priority.
///
/// CSDL: `microsoft.graph.win32LobAppDeliveryOptimizationPriority`, enum type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Win32LobAppDeliveryOptimizationPriority {
    /// Not configured or background normal delivery optimization priority.
    ///
    /// `notConfigured` (value 0).
    NotConfigured,
    /// Foreground delivery optimization priority.
    ///
    /// `foreground` (value 1).
    Foreground,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_enum!(Win32LobAppDeliveryOptimizationPriority);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppDeliveryOptimizationPriority);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// A list of possible operations for rules used to make determinations about an application based on files or folders. Unless noted, can be used with either detection or requirement rules.
///
/// CSDL: `microsoft.graph.win32LobAppFileSystemOperationType`, enum type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Win32LobAppFileSystemOperationType {
    /// Default. Indicates that the rule does not have the operation type configured.
    ///
    /// `notConfigured` (value 0).
    NotConfigured,
    /// Indicates that the rule evaluates whether the specified file or folder exists.
    ///
    /// `exists` (value 1).
    Exists,
    /// Indicates that the rule compares the modified date of the specified file against a provided comparison value by DateTime comparison.
    ///
    /// `modifiedDate` (value 2).
    ModifiedDate,
    /// Indicates that the rule compares the created date of the specified file against a provided comparison value by DateTime comparison.
    ///
    /// `createdDate` (value 3).
    CreatedDate,
    /// Indicates that the rule compares the detected version of the specified file against a provided comparison value via version semantics (both operand values will be parsed as versions and directly compared). If the value read at the given registry value is not discovered to be in version-compatible format, a string comparison will be used instead.
    ///
    /// `version` (value 4).
    Version,
    /// Indicates that the rule compares the size of the file in MiB (rounded down) against a provided comparison value by integer comparison.
    ///
    /// `sizeInMB` (value 5).
    SizeInMb,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::StrEnum for Win32LobAppFileSystemOperationType {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAppFileSystemOperationType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "exists",
        "modifiedDate",
        "createdDate",
        "version",
        "sizeInMB",
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
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_enum!(Win32LobAppFileSystemOperationType);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppFileSystemOperationType);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// A complex type to store file or folder rule data for a Win32 LOB app.
///
/// CSDL: `microsoft.graph.win32LobAppFileSystemRule`, complex type, derived from `microsoft.graph.win32LobAppRule`.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct Win32LobAppFileSystemRule {
    /// The rule type indicating the purpose of the rule.
    ///
    /// CSDL: property `ruleType`: `microsoft.graph.win32LobAppRuleType`, not nullable.
    pub rule_type: rt::Field<crate::v1::Win32LobAppRuleType>,
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
    pub operation_type: rt::Field<crate::v1::Win32LobAppFileSystemOperationType>,
    /// The operator for file or folder detection.
    ///
    /// CSDL: property `operator`: `microsoft.graph.win32LobAppRuleOperator`, not nullable.
    pub operator: rt::Field<crate::v1::Win32LobAppRuleOperator>,
    /// The file or folder path to look up.
    ///
    /// CSDL: property `path`: `Edm.String`, nullable.
    pub path: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(Win32LobAppFileSystemRule);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppFileSystemRule { with_rule_type rule_type : crate
    ::v1::Win32LobAppRuleType; with_check32_bit_on64_system check32_bit_on64_system :
    bool; with_comparison_value comparison_value : ::std::string::String;
    with_file_or_folder_name file_or_folder_name : ::std::string::String;
    with_operation_type operation_type : crate ::v1::Win32LobAppFileSystemOperationType;
    with_operator operator : crate ::v1::Win32LobAppRuleOperator; with_path path :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppFileSystemRule);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains installation experience properties for a Win32 App
///
/// CSDL: `microsoft.graph.win32LobAppInstallExperience`, complex type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct Win32LobAppInstallExperience {
    /// Device restart behavior.
    ///
    /// CSDL: property `deviceRestartBehavior`: `microsoft.graph.win32LobAppRestartBehavior`, not nullable.
    pub device_restart_behavior: rt::Field<crate::v1::Win32LobAppRestartBehavior>,
    /// Indicates the type of execution context the app runs in.
    ///
    /// CSDL: property `runAsAccount`: `microsoft.graph.runAsAccountType`, not nullable.
    pub run_as_account: rt::Field<crate::v1::RunAsAccountType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(Win32LobAppInstallExperience);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppInstallExperience { with_device_restart_behavior device_restart_behavior :
    crate ::v1::Win32LobAppRestartBehavior; with_run_as_account run_as_account : crate
    ::v1::RunAsAccountType; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppInstallExperience);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains MSI app properties for a Win32 App.
///
/// CSDL: `microsoft.graph.win32LobAppMsiInformation`, complex type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct Win32LobAppMsiInformation {
    /// The MSI package type.
    ///
    /// CSDL: property `packageType`: `microsoft.graph.win32LobAppMsiPackageType`, not nullable.
    pub package_type: rt::Field<crate::v1::Win32LobAppMsiPackageType>,
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
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(Win32LobAppMsiInformation);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppMsiInformation { with_package_type package_type : crate
    ::v1::Win32LobAppMsiPackageType; with_product_code product_code :
    ::std::string::String; with_product_name product_name : ::std::string::String;
    with_product_version product_version : ::std::string::String; with_publisher
    publisher : ::std::string::String; with_requires_reboot requires_reboot : bool;
    with_upgrade_code upgrade_code : ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppMsiInformation);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Indicates the package type of an MSI Win32LobApp.
///
/// CSDL: `microsoft.graph.win32LobAppMsiPackageType`, enum type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Win32LobAppMsiPackageType {
    /// Indicates a per-machine app package.
    ///
    /// `perMachine` (value 0).
    PerMachine,
    /// Indicates a per-user app package.
    ///
    /// `perUser` (value 1).
    PerUser,
    /// Indicates a dual-purpose app package.
    ///
    /// `dualPurpose` (value 2).
    DualPurpose,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_enum!(Win32LobAppMsiPackageType);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppMsiPackageType);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains value for notification status.
///
/// CSDL: `microsoft.graph.win32LobAppNotification`, enum type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Win32LobAppNotification {
    /// Show all notifications.
    ///
    /// `showAll` (value 0).
    ShowAll,
    /// Only show restart notification and suppress other notifications.
    ///
    /// `showReboot` (value 1).
    ShowReboot,
    /// Hide all notifications.
    ///
    /// `hideAll` (value 2).
    HideAll,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_enum!(Win32LobAppNotification);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppNotification);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// A complex type to store the PowerShell script rule data for a Win32 LOB app.
///
/// CSDL: `microsoft.graph.win32LobAppPowerShellScriptRule`, complex type, derived from `microsoft.graph.win32LobAppRule`.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct Win32LobAppPowerShellScriptRule {
    /// The rule type indicating the purpose of the rule.
    ///
    /// CSDL: property `ruleType`: `microsoft.graph.win32LobAppRuleType`, not nullable.
    pub rule_type: rt::Field<crate::v1::Win32LobAppRuleType>,
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
        crate::v1::Win32LobAppPowerShellScriptRuleOperationType,
    >,
    /// The script output operator. Use NotConfigured (the default value) if the rule is used for detection.
    ///
    /// CSDL: property `operator`: `microsoft.graph.win32LobAppRuleOperator`, not nullable.
    pub operator: rt::Field<crate::v1::Win32LobAppRuleOperator>,
    /// A value indicating whether the script should run as 32-bit.
    ///
    /// CSDL: property `runAs32Bit`: `Edm.Boolean`, not nullable.
    pub run_as32_bit: rt::Field<bool>,
    /// The execution context of the script. Do not specify this value if the rule is used for detection. Script detection rules will run in the same context as the associated app install context.
    ///
    /// CSDL: property `runAsAccount`: `microsoft.graph.runAsAccountType`, nullable.
    pub run_as_account: rt::Field<crate::v1::RunAsAccountType>,
    /// The base64-encoded script content.
    ///
    /// CSDL: property `scriptContent`: `Edm.String`, nullable.
    pub script_content: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(Win32LobAppPowerShellScriptRule);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppPowerShellScriptRule { with_rule_type rule_type : crate
    ::v1::Win32LobAppRuleType; with_comparison_value comparison_value :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_enforce_signature_check enforce_signature_check : bool; with_operation_type
    operation_type : crate ::v1::Win32LobAppPowerShellScriptRuleOperationType;
    with_operator operator : crate ::v1::Win32LobAppRuleOperator; with_run_as32_bit
    run_as32_bit : bool; with_run_as_account run_as_account : crate
    ::v1::RunAsAccountType; with_script_content script_content : ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppPowerShellScriptRule);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains all supported Powershell Script output detection type.
///
/// CSDL: `microsoft.graph.win32LobAppPowerShellScriptRuleOperationType`, enum type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Win32LobAppPowerShellScriptRuleOperationType {
    /// Not configured.
    ///
    /// `notConfigured` (value 0).
    NotConfigured,
    /// Output data type is string.
    ///
    /// `string` (value 1).
    String,
    /// Output data type is date time.
    ///
    /// `dateTime` (value 2).
    DateTime,
    /// Output data type is integer.
    ///
    /// `integer` (value 3).
    Integer,
    /// Output data type is float.
    ///
    /// `float` (value 4).
    Float,
    /// Output data type is version.
    ///
    /// `version` (value 5).
    Version,
    /// Output data type is boolean.
    ///
    /// `boolean` (value 6).
    Boolean,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_enum!(Win32LobAppPowerShellScriptRuleOperationType);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppPowerShellScriptRuleOperationType);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// A complex type to store the product code and version rule data for a Win32 LOB app. This rule is not supported as a requirement rule.
///
/// CSDL: `microsoft.graph.win32LobAppProductCodeRule`, complex type, derived from `microsoft.graph.win32LobAppRule`.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct Win32LobAppProductCodeRule {
    /// The rule type indicating the purpose of the rule.
    ///
    /// CSDL: property `ruleType`: `microsoft.graph.win32LobAppRuleType`, not nullable.
    pub rule_type: rt::Field<crate::v1::Win32LobAppRuleType>,
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
    pub product_version_operator: rt::Field<crate::v1::Win32LobAppRuleOperator>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(Win32LobAppProductCodeRule);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppProductCodeRule { with_rule_type rule_type : crate
    ::v1::Win32LobAppRuleType; with_product_code product_code : ::std::string::String;
    with_product_version product_version : ::std::string::String;
    with_product_version_operator product_version_operator : crate
    ::v1::Win32LobAppRuleOperator; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppProductCodeRule);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// A complex type to store registry rule data for a Win32 LOB app.
///
/// CSDL: `microsoft.graph.win32LobAppRegistryRule`, complex type, derived from `microsoft.graph.win32LobAppRule`.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct Win32LobAppRegistryRule {
    /// The rule type indicating the purpose of the rule.
    ///
    /// CSDL: property `ruleType`: `microsoft.graph.win32LobAppRuleType`, not nullable.
    pub rule_type: rt::Field<crate::v1::Win32LobAppRuleType>,
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
    pub operation_type: rt::Field<crate::v1::Win32LobAppRegistryRuleOperationType>,
    /// The operator for registry detection.
    ///
    /// CSDL: property `operator`: `microsoft.graph.win32LobAppRuleOperator`, not nullable.
    pub operator: rt::Field<crate::v1::Win32LobAppRuleOperator>,
    /// The name of the registry value to detect.
    ///
    /// CSDL: property `valueName`: `Edm.String`, nullable.
    pub value_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(Win32LobAppRegistryRule);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppRegistryRule { with_rule_type rule_type : crate ::v1::Win32LobAppRuleType;
    with_check32_bit_on64_system check32_bit_on64_system : bool; with_comparison_value
    comparison_value : ::std::string::String; with_key_path key_path :
    ::std::string::String; with_operation_type operation_type : crate
    ::v1::Win32LobAppRegistryRuleOperationType; with_operator operator : crate
    ::v1::Win32LobAppRuleOperator; with_value_name value_name : ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppRegistryRule);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// A list of possible operations for rules used to make determinations about an application based on registry keys or values. Unless noted, the values can be used with either detection or requirement rules.
///
/// CSDL: `microsoft.graph.win32LobAppRegistryRuleOperationType`, enum type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Win32LobAppRegistryRuleOperationType {
    /// Default. Indicates that the rule does not have the operation type configured.
    ///
    /// `notConfigured` (value 0).
    NotConfigured,
    /// Indicates that the rule evaluates whether the specified registry key or value exists.
    ///
    /// `exists` (value 1).
    Exists,
    /// Indicates that the rule evaluates whether the specified registry key or value does not exist. It is the functional inverse of an equivalent rule that uses operation type `exists`.
    ///
    /// `doesNotExist` (value 2).
    DoesNotExist,
    /// Indicates that the rule compares the value read at the given registry value against a provided comparison value by string comparison.
    ///
    /// `string` (value 3).
    String,
    /// Indicates that the rule compares the value read at the given registry value against a provided comparison value by integer comparison.
    ///
    /// `integer` (value 4).
    Integer,
    /// Indicates that the rule compares the value read at the given registry value against a provided comparison value via version semantics (both operand values will be parsed as versions and directly compared). If the value read at the given registry value is not discovered to be in version-compatible format, a string comparison will be used instead.
    ///
    /// `version` (value 5).
    Version,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_enum!(Win32LobAppRegistryRuleOperationType);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppRegistryRuleOperationType);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Indicates the type of restart action.
///
/// CSDL: `microsoft.graph.win32LobAppRestartBehavior`, enum type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Win32LobAppRestartBehavior {
    /// Intune will restart the device after running the app installation if the operation returns a reboot code.
    ///
    /// `basedOnReturnCode` (value 0).
    BasedOnReturnCode,
    /// Intune will not take any specific action on reboot codes resulting from app installations. Intune will not attempt to suppress restarts for MSI apps.
    ///
    /// `allow` (value 1).
    Allow,
    /// Intune will attempt to suppress restarts for MSI apps.
    ///
    /// `suppress` (value 2).
    Suppress,
    /// Intune will force the device to restart immediately after the app installation operation.
    ///
    /// `force` (value 3).
    Force,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_enum!(Win32LobAppRestartBehavior);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppRestartBehavior);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties describing restart coordination following an app installation.
///
/// CSDL: `microsoft.graph.win32LobAppRestartSettings`, complex type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
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
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(Win32LobAppRestartSettings);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppRestartSettings { with_countdown_display_before_restart_in_minutes
    countdown_display_before_restart_in_minutes : i32; with_grace_period_in_minutes
    grace_period_in_minutes : i32; with_restart_notification_snooze_duration_in_minutes
    restart_notification_snooze_duration_in_minutes : i32; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppRestartSettings);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains return code properties for a Win32 App
///
/// CSDL: `microsoft.graph.win32LobAppReturnCode`, complex type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct Win32LobAppReturnCode {
    /// Return code.
    ///
    /// CSDL: property `returnCode`: `Edm.Int32`, not nullable.
    pub return_code: rt::Field<i32>,
    /// The type of return code.
    ///
    /// CSDL: property `type`: `microsoft.graph.win32LobAppReturnCodeType`, not nullable.
    pub type_: rt::Field<crate::v1::Win32LobAppReturnCodeType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(Win32LobAppReturnCode);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppReturnCode { with_return_code return_code : i32; with_type type_ : crate
    ::v1::Win32LobAppReturnCodeType; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppReturnCode);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Indicates the type of return code.
///
/// CSDL: `microsoft.graph.win32LobAppReturnCodeType`, enum type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Win32LobAppReturnCodeType {
    /// Failed.
    ///
    /// `failed` (value 0).
    Failed,
    /// Success.
    ///
    /// `success` (value 1).
    Success,
    /// Soft-reboot is required.
    ///
    /// `softReboot` (value 2).
    SoftReboot,
    /// Hard-reboot is required.
    ///
    /// `hardReboot` (value 3).
    HardReboot,
    /// Retry.
    ///
    /// `retry` (value 4).
    Retry,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_enum!(Win32LobAppReturnCodeType);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppReturnCodeType);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// A base complex type to store the detection or requirement rule data for a Win32 LOB app.
///
/// CSDL: `microsoft.graph.win32LobAppRule`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct Win32LobAppRule {
    /// The rule type indicating the purpose of the rule.
    ///
    /// CSDL: property `ruleType`: `microsoft.graph.win32LobAppRuleType`, not nullable.
    pub rule_type: rt::Field<crate::v1::Win32LobAppRuleType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for Win32LobAppRule {
    #[inline]
    fn default() -> Self {
        Self {
            rule_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(Win32LobAppRule);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    Win32LobAppRule { with_rule_type rule_type : crate ::v1::Win32LobAppRuleType; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppRule);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// `microsoft.graph.win32LobAppRule` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWin32LobAppRule {
    Win32LobAppRule(::std::boxed::Box<crate::v1::Win32LobAppRule>),
    Win32LobAppFileSystemRule(::std::boxed::Box<crate::v1::Win32LobAppFileSystemRule>),
    Win32LobAppPowerShellScriptRule(
        ::std::boxed::Box<crate::v1::Win32LobAppPowerShellScriptRule>,
    ),
    Win32LobAppProductCodeRule(::std::boxed::Box<crate::v1::Win32LobAppProductCodeRule>),
    Win32LobAppRegistryRule(::std::boxed::Box<crate::v1::Win32LobAppRegistryRule>),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for AnyWin32LobAppRule {
    #[inline]
    fn default() -> Self {
        Self::Win32LobAppRule(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Win32LobAppRule> for AnyWin32LobAppRule {
    #[inline]
    fn from(v: crate::v1::Win32LobAppRule) -> Self {
        Self::Win32LobAppRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Win32LobAppFileSystemRule> for AnyWin32LobAppRule {
    #[inline]
    fn from(v: crate::v1::Win32LobAppFileSystemRule) -> Self {
        Self::Win32LobAppFileSystemRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Win32LobAppPowerShellScriptRule>
for AnyWin32LobAppRule {
    #[inline]
    fn from(v: crate::v1::Win32LobAppPowerShellScriptRule) -> Self {
        Self::Win32LobAppPowerShellScriptRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Win32LobAppProductCodeRule> for AnyWin32LobAppRule {
    #[inline]
    fn from(v: crate::v1::Win32LobAppProductCodeRule) -> Self {
        Self::Win32LobAppProductCodeRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Win32LobAppRegistryRule> for AnyWin32LobAppRule {
    #[inline]
    fn from(v: crate::v1::Win32LobAppRegistryRule) -> Self {
        Self::Win32LobAppRegistryRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyWin32LobAppRule {}
#[cfg(msgraph_v1_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyWin32LobAppRule {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyWin32LobAppRule {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyWin32LobAppRule {}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyWin32LobAppRule {}
#[cfg(msgraph_v1_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::Win32LobAppRule>();
    rt::object::auto_traits::<crate::v1::Win32LobAppFileSystemRule>();
    rt::object::auto_traits::<crate::v1::Win32LobAppPowerShellScriptRule>();
    rt::object::auto_traits::<crate::v1::Win32LobAppProductCodeRule>();
    rt::object::auto_traits::<crate::v1::Win32LobAppRegistryRule>();
};
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
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
    pub fn rule_type(&self) -> &rt::Field<crate::v1::Win32LobAppRuleType> {
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
    pub fn rule_type_mut(&mut self) -> &mut rt::Field<crate::v1::Win32LobAppRuleType> {
        match self {
            Self::Win32LobAppRule(v) => &mut v.rule_type,
            Self::Win32LobAppFileSystemRule(v) => &mut v.rule_type,
            Self::Win32LobAppPowerShellScriptRule(v) => &mut v.rule_type,
            Self::Win32LobAppProductCodeRule(v) => &mut v.rule_type,
            Self::Win32LobAppRegistryRule(v) => &mut v.rule_type,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_poly!(AnyWin32LobAppRule);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWin32LobAppRule);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties for detection operator.
///
/// CSDL: `microsoft.graph.win32LobAppRuleOperator`, enum type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Win32LobAppRuleOperator {
    /// Not configured.
    ///
    /// `notConfigured` (value 0).
    NotConfigured,
    /// Equal operator.
    ///
    /// `equal` (value 1).
    Equal,
    /// Not equal operator.
    ///
    /// `notEqual` (value 2).
    NotEqual,
    /// Greater than operator.
    ///
    /// `greaterThan` (value 4).
    GreaterThan,
    /// Greater than or equal operator.
    ///
    /// `greaterThanOrEqual` (value 5).
    GreaterThanOrEqual,
    /// Less than operator.
    ///
    /// `lessThan` (value 8).
    LessThan,
    /// Less than or equal operator.
    ///
    /// `lessThanOrEqual` (value 9).
    LessThanOrEqual,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_enum!(Win32LobAppRuleOperator);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppRuleOperator);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains rule types for Win32 LOB apps.
///
/// CSDL: `microsoft.graph.win32LobAppRuleType`, enum type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Win32LobAppRuleType {
    /// Detection rule.
    ///
    /// `detection` (value 0).
    Detection,
    /// Requirement rule.
    ///
    /// `requirement` (value 1).
    Requirement,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_enum!(Win32LobAppRuleType);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAppRuleType);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains value for auto-update superseded apps.
///
/// CSDL: `microsoft.graph.win32LobAutoUpdateSupersededAppsState`, enum type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Win32LobAutoUpdateSupersededAppsState {
    /// Indicates that the auto-update superseded apps state is not configured and the app will not auto-update the superseded apps.
    ///
    /// `notConfigured` (value 0).
    NotConfigured,
    /// Indicates that the auto-update superseded apps state is enabled and the app will auto-update the superseded apps if the superseded apps are installed on the device.
    ///
    /// `enabled` (value 1).
    Enabled,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::StrEnum for Win32LobAutoUpdateSupersededAppsState {
    const TYPE_NAME: &'static str = "microsoft.graph.win32LobAutoUpdateSupersededAppsState";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "enabled",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "enabled" => Self::Enabled,
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
            Self::NotConfigured => "notConfigured",
            Self::Enabled => "enabled",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_enum!(Win32LobAutoUpdateSupersededAppsState);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Win32LobAutoUpdateSupersededAppsState);
