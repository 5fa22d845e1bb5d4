//! Types of `microsoft.graph` by the first letters of their names (`windows1_windowso`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windows10AppType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Windows10AppType {
    /// `desktop` (value 0).
    Desktop,
    /// `universal` (value 1).
    Universal,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for Windows10AppType {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10AppType";
    const MEMBERS: &'static [&'static str] = &["desktop", "universal"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "desktop" => Self::Desktop,
                "universal" => Self::Universal,
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
            Self::Desktop => "desktop",
            Self::Universal => "universal",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(Windows10AppType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10AppType);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows 10 Associated Application definition.
///
/// CSDL: `microsoft.graph.windows10AssociatedApps`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows10AssociatedApps {
    /// Application type.
    ///
    /// CSDL: property `appType`: `microsoft.graph.windows10AppType`, not nullable.
    pub app_type: rt::Field<crate::beta::Windows10AppType>,
    /// Identifier.
    ///
    /// CSDL: property `identifier`: `Edm.String`, not nullable.
    pub identifier: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows10AssociatedApps {
    #[inline]
    fn default() -> Self {
        Self {
            app_type: rt::Field::Absent,
            identifier: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows10AssociatedApps {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10AssociatedApps";
    const KEYS: &'static [&'static str] = &["appType", "identifier"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appType\":                      ",
        ",\"identifier\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10AssociatedApps\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "app_type", &self.app_type);
        v.field(1usize, "identifier", &self.identifier);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows10AssociatedApps {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_type.read_from(r),
            1usize => self.identifier.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_type);
        w.field(1usize, &self.identifier);
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
rt::impl_object!(Windows10AssociatedApps);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows10AssociatedApps { with_app_type app_type : crate ::beta::Windows10AppType;
    with_identifier identifier : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10AssociatedApps);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windows10EditionType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Windows10EditionType {
    /// `windows10Enterprise` (value 0).
    Windows10Enterprise,
    /// `windows10EnterpriseN` (value 1).
    Windows10EnterpriseN,
    /// `windows10Education` (value 2).
    Windows10Education,
    /// `windows10EducationN` (value 3).
    Windows10EducationN,
    /// `windows10MobileEnterprise` (value 4).
    Windows10MobileEnterprise,
    /// `windows10HolographicEnterprise` (value 5).
    Windows10HolographicEnterprise,
    /// `windows10Professional` (value 6).
    Windows10Professional,
    /// `windows10ProfessionalN` (value 7).
    Windows10ProfessionalN,
    /// `windows10ProfessionalEducation` (value 8).
    Windows10ProfessionalEducation,
    /// `windows10ProfessionalEducationN` (value 9).
    Windows10ProfessionalEducationN,
    /// `windows10ProfessionalWorkstation` (value 10).
    Windows10ProfessionalWorkstation,
    /// `windows10ProfessionalWorkstationN` (value 11).
    Windows10ProfessionalWorkstationN,
    /// `notConfigured` (value 12).
    NotConfigured,
    /// `windows10Home` (value 13).
    Windows10Home,
    /// `windows10HomeChina` (value 14).
    Windows10HomeChina,
    /// `windows10HomeN` (value 15).
    Windows10HomeN,
    /// `windows10HomeSingleLanguage` (value 16).
    Windows10HomeSingleLanguage,
    /// `windows10Mobile` (value 17).
    Windows10Mobile,
    /// `windows10IoTCore` (value 18).
    Windows10IoTCore,
    /// `windows10IoTCoreCommercial` (value 19).
    Windows10IoTCoreCommercial,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for Windows10EditionType {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10EditionType";
    const MEMBERS: &'static [&'static str] = &[
        "windows10Enterprise",
        "windows10EnterpriseN",
        "windows10Education",
        "windows10EducationN",
        "windows10MobileEnterprise",
        "windows10HolographicEnterprise",
        "windows10Professional",
        "windows10ProfessionalN",
        "windows10ProfessionalEducation",
        "windows10ProfessionalEducationN",
        "windows10ProfessionalWorkstation",
        "windows10ProfessionalWorkstationN",
        "notConfigured",
        "windows10Home",
        "windows10HomeChina",
        "windows10HomeN",
        "windows10HomeSingleLanguage",
        "windows10Mobile",
        "windows10IoTCore",
        "windows10IoTCoreCommercial",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "windows10Enterprise" => Self::Windows10Enterprise,
                "windows10EnterpriseN" => Self::Windows10EnterpriseN,
                "windows10Education" => Self::Windows10Education,
                "windows10EducationN" => Self::Windows10EducationN,
                "windows10MobileEnterprise" => Self::Windows10MobileEnterprise,
                "windows10HolographicEnterprise" => Self::Windows10HolographicEnterprise,
                "windows10Professional" => Self::Windows10Professional,
                "windows10ProfessionalN" => Self::Windows10ProfessionalN,
                "windows10ProfessionalEducation" => Self::Windows10ProfessionalEducation,
                "windows10ProfessionalEducationN" => {
                    Self::Windows10ProfessionalEducationN
                }
                "windows10ProfessionalWorkstation" => {
                    Self::Windows10ProfessionalWorkstation
                }
                "windows10ProfessionalWorkstationN" => {
                    Self::Windows10ProfessionalWorkstationN
                }
                "notConfigured" => Self::NotConfigured,
                "windows10Home" => Self::Windows10Home,
                "windows10HomeChina" => Self::Windows10HomeChina,
                "windows10HomeN" => Self::Windows10HomeN,
                "windows10HomeSingleLanguage" => Self::Windows10HomeSingleLanguage,
                "windows10Mobile" => Self::Windows10Mobile,
                "windows10IoTCore" => Self::Windows10IoTCore,
                "windows10IoTCoreCommercial" => Self::Windows10IoTCoreCommercial,
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
            Self::Windows10Enterprise => "windows10Enterprise",
            Self::Windows10EnterpriseN => "windows10EnterpriseN",
            Self::Windows10Education => "windows10Education",
            Self::Windows10EducationN => "windows10EducationN",
            Self::Windows10MobileEnterprise => "windows10MobileEnterprise",
            Self::Windows10HolographicEnterprise => "windows10HolographicEnterprise",
            Self::Windows10Professional => "windows10Professional",
            Self::Windows10ProfessionalN => "windows10ProfessionalN",
            Self::Windows10ProfessionalEducation => "windows10ProfessionalEducation",
            Self::Windows10ProfessionalEducationN => "windows10ProfessionalEducationN",
            Self::Windows10ProfessionalWorkstation => "windows10ProfessionalWorkstation",
            Self::Windows10ProfessionalWorkstationN => {
                "windows10ProfessionalWorkstationN"
            }
            Self::NotConfigured => "notConfigured",
            Self::Windows10Home => "windows10Home",
            Self::Windows10HomeChina => "windows10HomeChina",
            Self::Windows10HomeN => "windows10HomeN",
            Self::Windows10HomeSingleLanguage => "windows10HomeSingleLanguage",
            Self::Windows10Mobile => "windows10Mobile",
            Self::Windows10IoTCore => "windows10IoTCore",
            Self::Windows10IoTCoreCommercial => "windows10IoTCoreCommercial",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(Windows10EditionType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10EditionType);
#[cfg(msgraph_beta_core)]
/// Windows 10 Enrollment Status Page Configuration
///
/// CSDL: `microsoft.graph.windows10EnrollmentCompletionPageConfiguration`, entity type, derived from `microsoft.graph.deviceEnrollmentConfiguration`, key `id`.
///
/// Request builders: [`DeviceEnrollmentConfigurationPath`](requests/trait.DeviceEnrollmentConfigurationPath.html), what a path to one (`EntityPath<Windows10EnrollmentCompletionPageConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Windows10EnrollmentCompletionPageConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Created date time in UTC of the device enrollment configuration
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The description of the device enrollment configuration
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The display name of the device enrollment configuration
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last modified date time in UTC of the device enrollment configuration
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Priority is used when a user exists in multiple groups that are assigned enrollment configuration. Users are subject only to the configuration with the lowest priority value.
    ///
    /// CSDL: property `priority`: `Edm.Int32`, not nullable.
    pub priority: rt::Field<i32>,
    /// Optional role scope tags for the enrollment restrictions.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The version of the device enrollment configuration
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of group assignments for the device configuration profile
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.enrollmentConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::EnrollmentConfigurationAssignment>,
    >,
    /// Allow or block device reset on installation failure
    ///
    /// CSDL: property `allowDeviceResetOnInstallFailure`: `Edm.Boolean`, not nullable.
    pub allow_device_reset_on_install_failure: rt::Field<bool>,
    /// Allow the user to continue using the device on installation failure
    ///
    /// CSDL: property `allowDeviceUseOnInstallFailure`: `Edm.Boolean`, not nullable.
    pub allow_device_use_on_install_failure: rt::Field<bool>,
    /// Allow or block log collection on installation failure
    ///
    /// CSDL: property `allowLogCollectionOnInstallFailure`: `Edm.Boolean`, not nullable.
    pub allow_log_collection_on_install_failure: rt::Field<bool>,
    /// Allow the user to retry the setup on installation failure
    ///
    /// CSDL: property `blockDeviceSetupRetryByUser`: `Edm.Boolean`, not nullable.
    pub block_device_setup_retry_by_user: rt::Field<bool>,
    /// Set custom error message to show upon installation failure
    ///
    /// CSDL: property `customErrorMessage`: `Edm.String`, nullable.
    pub custom_error_message: rt::Field<::std::string::String>,
    /// Only show installation progress for first user post enrollment
    ///
    /// CSDL: property `disableUserStatusTrackingAfterFirstUser`: `Edm.Boolean`, not nullable.
    pub disable_user_status_tracking_after_first_user: rt::Field<bool>,
    /// Set installation progress timeout in minutes
    ///
    /// CSDL: property `installProgressTimeoutInMinutes`: `Edm.Int32`, nullable.
    pub install_progress_timeout_in_minutes: rt::Field<i32>,
    /// Selected applications to track the installation status
    ///
    /// CSDL: property `selectedMobileAppIds`: `Collection(Edm.String)`, nullable.
    pub selected_mobile_app_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Show or hide installation progress to user
    ///
    /// CSDL: property `showInstallationProgress`: `Edm.Boolean`, not nullable.
    pub show_installation_progress: rt::Field<bool>,
    /// Only show installation progress for Autopilot enrollment scenarios
    ///
    /// CSDL: property `trackInstallProgressForAutopilotOnly`: `Edm.Boolean`, not nullable.
    pub track_install_progress_for_autopilot_only: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Windows10EnrollmentCompletionPageConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            priority: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            allow_device_reset_on_install_failure: rt::Field::Absent,
            allow_device_use_on_install_failure: rt::Field::Absent,
            allow_log_collection_on_install_failure: rt::Field::Absent,
            block_device_setup_retry_by_user: rt::Field::Absent,
            custom_error_message: rt::Field::Absent,
            disable_user_status_tracking_after_first_user: rt::Field::Absent,
            install_progress_timeout_in_minutes: rt::Field::Absent,
            selected_mobile_app_ids: rt::Field::Absent,
            show_installation_progress: rt::Field::Absent,
            track_install_progress_for_autopilot_only: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Windows10EnrollmentCompletionPageConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10EnrollmentCompletionPageConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "priority",
        "roleScopeTagIds",
        "version",
        "assignments",
        "allowDeviceResetOnInstallFailure",
        "allowDeviceUseOnInstallFailure",
        "allowLogCollectionOnInstallFailure",
        "blockDeviceSetupRetryByUser",
        "customErrorMessage",
        "disableUserStatusTrackingAfterFirstUser",
        "installProgressTimeoutInMinutes",
        "selectedMobileAppIds",
        "showInstallationProgress",
        "trackInstallProgressForAutopilotOnly",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"priority\":                     ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"allowDeviceResetOnInstallFailure\":",
        ",\"allowDeviceUseOnInstallFailure\":",
        ",\"allowLogCollectionOnInstallFailure\":",
        ",\"blockDeviceSetupRetryByUser\":  ",
        ",\"customErrorMessage\":           ",
        ",\"disableUserStatusTrackingAfterFirstUser\":",
        ",\"installProgressTimeoutInMinutes\":",
        ",\"selectedMobileAppIds\":         ",
        ",\"showInstallationProgress\":     ",
        ",\"trackInstallProgressForAutopilotOnly\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10EnrollmentCompletionPageConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "priority", &self.priority);
        v.field(6usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(7usize, "version", &self.version);
        v.field(8usize, "assignments", &self.assignments);
        v.field(
            9usize,
            "allow_device_reset_on_install_failure",
            &self.allow_device_reset_on_install_failure,
        );
        v.field(
            10usize,
            "allow_device_use_on_install_failure",
            &self.allow_device_use_on_install_failure,
        );
        v.field(
            11usize,
            "allow_log_collection_on_install_failure",
            &self.allow_log_collection_on_install_failure,
        );
        v.field(
            12usize,
            "block_device_setup_retry_by_user",
            &self.block_device_setup_retry_by_user,
        );
        v.field(13usize, "custom_error_message", &self.custom_error_message);
        v.field(
            14usize,
            "disable_user_status_tracking_after_first_user",
            &self.disable_user_status_tracking_after_first_user,
        );
        v.field(
            15usize,
            "install_progress_timeout_in_minutes",
            &self.install_progress_timeout_in_minutes,
        );
        v.field(16usize, "selected_mobile_app_ids", &self.selected_mobile_app_ids);
        v.field(17usize, "show_installation_progress", &self.show_installation_progress);
        v.field(
            18usize,
            "track_install_progress_for_autopilot_only",
            &self.track_install_progress_for_autopilot_only,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Windows10EnrollmentCompletionPageConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.priority.read_from(r),
            6usize => self.role_scope_tag_ids.read_from(r),
            7usize => self.version.read_from(r),
            8usize => self.assignments.read_from(r),
            9usize => self.allow_device_reset_on_install_failure.read_from(r),
            10usize => self.allow_device_use_on_install_failure.read_from(r),
            11usize => self.allow_log_collection_on_install_failure.read_from(r),
            12usize => self.block_device_setup_retry_by_user.read_from(r),
            13usize => self.custom_error_message.read_from(r),
            14usize => self.disable_user_status_tracking_after_first_user.read_from(r),
            15usize => self.install_progress_timeout_in_minutes.read_from(r),
            16usize => self.selected_mobile_app_ids.read_from(r),
            17usize => self.show_installation_progress.read_from(r),
            18usize => self.track_install_progress_for_autopilot_only.read_from(r),
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
        w.field(5usize, &self.priority);
        w.field(6usize, &self.role_scope_tag_ids);
        w.field(7usize, &self.version);
        w.field(8usize, &self.assignments);
        w.field(9usize, &self.allow_device_reset_on_install_failure);
        w.field(10usize, &self.allow_device_use_on_install_failure);
        w.field(11usize, &self.allow_log_collection_on_install_failure);
        w.field(12usize, &self.block_device_setup_retry_by_user);
        w.field(13usize, &self.custom_error_message);
        w.field(14usize, &self.disable_user_status_tracking_after_first_user);
        w.field(15usize, &self.install_progress_timeout_in_minutes);
        w.field(16usize, &self.selected_mobile_app_ids);
        w.field(17usize, &self.show_installation_progress);
        w.field(18usize, &self.track_install_progress_for_autopilot_only);
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
rt::impl_object!(Windows10EnrollmentCompletionPageConfiguration);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Windows10EnrollmentCompletionPageConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_priority priority : i32; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >; with_version version
    : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::EnrollmentConfigurationAssignment >;
    with_allow_device_reset_on_install_failure allow_device_reset_on_install_failure :
    bool; with_allow_device_use_on_install_failure allow_device_use_on_install_failure :
    bool; with_allow_log_collection_on_install_failure
    allow_log_collection_on_install_failure : bool; with_block_device_setup_retry_by_user
    block_device_setup_retry_by_user : bool; with_custom_error_message
    custom_error_message : ::std::string::String;
    with_disable_user_status_tracking_after_first_user
    disable_user_status_tracking_after_first_user : bool;
    with_install_progress_timeout_in_minutes install_progress_timeout_in_minutes : i32;
    with_selected_mobile_app_ids selected_mobile_app_ids : ::std::vec::Vec <
    ::std::string::String >; with_show_installation_progress show_installation_progress :
    bool; with_track_install_progress_for_autopilot_only
    track_install_progress_for_autopilot_only : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10EnrollmentCompletionPageConfiguration);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A class containing the properties used for Windows10EnrollmentCompletionPageConfiguration PolicySetItem.
///
/// CSDL: `microsoft.graph.windows10EnrollmentCompletionPageConfigurationPolicySetItem`, entity type, derived from `microsoft.graph.policySetItem`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows10EnrollmentCompletionPageConfigurationPolicySetItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Creation time of the PolicySetItem.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// DisplayName of the PolicySetItem.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Error code if any occured.
    ///
    /// CSDL: property `errorCode`: `microsoft.graph.errorCode`, not nullable.
    pub error_code: rt::Field<crate::beta::ErrorCode>,
    /// Tags of the guided deployment
    ///
    /// CSDL: property `guidedDeploymentTags`: `Collection(Edm.String)`, nullable.
    pub guided_deployment_tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// policySetType of the PolicySetItem.
    ///
    /// CSDL: property `itemType`: `Edm.String`, nullable.
    pub item_type: rt::Field<::std::string::String>,
    /// Last modified time of the PolicySetItem.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// PayloadId of the PolicySetItem.
    ///
    /// CSDL: property `payloadId`: `Edm.String`, not nullable.
    pub payload_id: rt::Field<::std::string::String>,
    /// Status of the PolicySetItem.
    ///
    /// CSDL: property `status`: `microsoft.graph.policySetStatus`, not nullable.
    pub status: rt::Field<crate::beta::PolicySetStatus>,
    /// Priority of the Windows10EnrollmentCompletionPageConfigurationPolicySetItem.
    ///
    /// CSDL: property `priority`: `Edm.Int32`, nullable.
    pub priority: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default
for Windows10EnrollmentCompletionPageConfigurationPolicySetItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            error_code: rt::Field::Absent,
            guided_deployment_tags: rt::Field::Absent,
            item_type: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            payload_id: rt::Field::Absent,
            status: rt::Field::Absent,
            priority: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for Windows10EnrollmentCompletionPageConfigurationPolicySetItem {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10EnrollmentCompletionPageConfigurationPolicySetItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "errorCode",
        "guidedDeploymentTags",
        "itemType",
        "lastModifiedDateTime",
        "payloadId",
        "status",
        "priority",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"errorCode\":                    ",
        ",\"guidedDeploymentTags\":         ",
        ",\"itemType\":                     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"payloadId\":                    ",
        ",\"status\":                       ",
        ",\"priority\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10EnrollmentCompletionPageConfigurationPolicySetItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "error_code", &self.error_code);
        v.field(4usize, "guided_deployment_tags", &self.guided_deployment_tags);
        v.field(5usize, "item_type", &self.item_type);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "payload_id", &self.payload_id);
        v.field(8usize, "status", &self.status);
        v.field(9usize, "priority", &self.priority);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members
for Windows10EnrollmentCompletionPageConfigurationPolicySetItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.error_code.read_from(r),
            4usize => self.guided_deployment_tags.read_from(r),
            5usize => self.item_type.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.payload_id.read_from(r),
            8usize => self.status.read_from(r),
            9usize => self.priority.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.error_code);
        w.field(4usize, &self.guided_deployment_tags);
        w.field(5usize, &self.item_type);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.payload_id);
        w.field(8usize, &self.status);
        w.field(9usize, &self.priority);
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
rt::impl_object!(Windows10EnrollmentCompletionPageConfigurationPolicySetItem);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    Windows10EnrollmentCompletionPageConfigurationPolicySetItem { with_id id :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_display_name display_name : ::std::string::String;
    with_error_code error_code : crate ::beta::ErrorCode; with_guided_deployment_tags
    guided_deployment_tags : ::std::vec::Vec < ::std::string::String >; with_item_type
    item_type : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_payload_id payload_id :
    ::std::string::String; with_status status : crate ::beta::PolicySetStatus;
    with_priority priority : i32; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10EnrollmentCompletionPageConfigurationPolicySetItem);
#[cfg(msgraph_beta_device_management_or_search)]
/// Network Proxy Server Policy.
///
/// CSDL: `microsoft.graph.windows10NetworkProxyServer`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows10NetworkProxyServer {
    /// Address to the proxy server. Specify an address in the format <server>[“:”<port>]
    ///
    /// CSDL: property `address`: `Edm.String`, not nullable.
    pub address: rt::Field<::std::string::String>,
    /// Addresses that should not use the proxy server. The system will not use the proxy server for addresses beginning with what is specified in this node.
    ///
    /// CSDL: property `exceptions`: `Collection(Edm.String)`, nullable.
    pub exceptions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Specifies whether the proxy server should be used for local (intranet) addresses.
    ///
    /// CSDL: property `useForLocalAddresses`: `Edm.Boolean`, not nullable.
    pub use_for_local_addresses: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows10NetworkProxyServer {
    #[inline]
    fn default() -> Self {
        Self {
            address: rt::Field::Absent,
            exceptions: rt::Field::Absent,
            use_for_local_addresses: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows10NetworkProxyServer {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10NetworkProxyServer";
    const KEYS: &'static [&'static str] = &[
        "address",
        "exceptions",
        "useForLocalAddresses",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"address\":                      ",
        ",\"exceptions\":                   ",
        ",\"useForLocalAddresses\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10NetworkProxyServer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "address", &self.address);
        v.field(1usize, "exceptions", &self.exceptions);
        v.field(2usize, "use_for_local_addresses", &self.use_for_local_addresses);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows10NetworkProxyServer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.address.read_from(r),
            1usize => self.exceptions.read_from(r),
            2usize => self.use_for_local_addresses.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.address);
        w.field(1usize, &self.exceptions);
        w.field(2usize, &self.use_for_local_addresses);
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
rt::impl_object!(Windows10NetworkProxyServer);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows10NetworkProxyServer { with_address address : ::std::string::String;
    with_exceptions exceptions : ::std::vec::Vec < ::std::string::String >;
    with_use_for_local_addresses use_for_local_addresses : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10NetworkProxyServer);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// The identifier for a Windows app.
///
/// CSDL: `microsoft.graph.windowsAppIdentifier`, complex type, derived from `microsoft.graph.mobileAppIdentifier`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsAppIdentifier {
    /// The identifier for an app, as specified in the app store.
    ///
    /// CSDL: property `windowsAppId`: `Edm.String`, not nullable.
    pub windows_app_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for WindowsAppIdentifier {
    #[inline]
    fn default() -> Self {
        Self {
            windows_app_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for WindowsAppIdentifier {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsAppIdentifier";
    const KEYS: &'static [&'static str] = &["windowsAppId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"windowsAppId\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.windowsAppIdentifier\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "windows_app_id", &self.windows_app_id);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for WindowsAppIdentifier {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.windows_app_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.windows_app_id);
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(WindowsAppIdentifier);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    WindowsAppIdentifier { with_windows_app_id windows_app_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAppIdentifier);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for Windows AppX Line Of Business apps.
///
/// CSDL: `microsoft.graph.windowsAppX`, entity type, derived from `microsoft.graph.mobileLobApp`, key `id`.
///
/// Request builders: [`WindowsAppXPath`](requests/trait.WindowsAppXPath.html), what a path to one (`EntityPath<WindowsAppX, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsAppX {
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
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for WindowsAppX {
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
            is_bundle: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for WindowsAppX {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsAppX";
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
        "isBundle",
        "minimumSupportedOperatingSystem",
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
        ",\"isBundle\":                     ",
        ",\"minimumSupportedOperatingSystem\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsAppX\"";
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
        v.field(35usize, "is_bundle", &self.is_bundle);
        v.field(
            36usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for WindowsAppX {
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
            35usize => self.is_bundle.read_from(r),
            36usize => self.minimum_supported_operating_system.read_from(r),
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
        w.field(35usize, &self.is_bundle);
        w.field(36usize, &self.minimum_supported_operating_system);
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
rt::impl_object!(WindowsAppX);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    WindowsAppX { with_id id : ::std::string::String; with_created_date_time
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
    ::std::string::String; with_is_bundle is_bundle : bool;
    with_minimum_supported_operating_system minimum_supported_operating_system : crate
    ::beta::WindowsMinimumOperatingSystem; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAppX);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties used when assigning a Windows AppX mobile app to a group.
///
/// CSDL: `microsoft.graph.windowsAppXAppAssignmentSettings`, complex type, derived from `microsoft.graph.mobileAppAssignmentSettings`.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsAppXAppAssignmentSettings {
    /// Whether or not to use device execution context for Windows AppX mobile app.
    ///
    /// CSDL: property `useDeviceContext`: `Edm.Boolean`, not nullable.
    pub use_device_context: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for WindowsAppXAppAssignmentSettings {
    #[inline]
    fn default() -> Self {
        Self {
            use_device_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for WindowsAppXAppAssignmentSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsAppXAppAssignmentSettings";
    const KEYS: &'static [&'static str] = &["useDeviceContext"];
    const KEYS_JSON: &'static [&'static str] = &[",\"useDeviceContext\":             "];
    const TAG: &'static str = "\"#microsoft.graph.windowsAppXAppAssignmentSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "use_device_context", &self.use_device_context);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for WindowsAppXAppAssignmentSettings {
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
rt::impl_object!(WindowsAppXAppAssignmentSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    WindowsAppXAppAssignmentSettings { with_use_device_context use_device_context : bool;
    }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAppXAppAssignmentSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.windowsArchitecture`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsArchitecture {
    /// `none` (value 0).
    None,
    /// `x86` (value 1).
    X86,
    /// `x64` (value 2).
    X64,
    /// `arm` (value 4).
    Arm,
    /// `neutral` (value 8).
    Neutral,
    /// `arm64` (value 16).
    Arm64,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for WindowsArchitecture {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsArchitecture";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "x86",
        "x64",
        "arm",
        "neutral",
        "arm64",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "x86" => Self::X86,
                "x64" => Self::X64,
                "arm" => Self::Arm,
                "neutral" => Self::Neutral,
                "arm64" => Self::Arm64,
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
            Self::X86 => "x86",
            Self::X64 => "x64",
            Self::Arm => "arm",
            Self::Neutral => "neutral",
            Self::Arm64 => "arm64",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(WindowsArchitecture);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsArchitecture);
#[cfg(msgraph_beta_device_management_or_search)]
/// Assigned Access profile for Windows.
///
/// CSDL: `microsoft.graph.windowsAssignedAccessProfile`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsAssignedAccessProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// These are the only Windows Store Apps that will be available to launch from the Start menu.
    ///
    /// CSDL: property `appUserModelIds`: `Collection(Edm.String)`, nullable.
    pub app_user_model_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// These are the paths of the Desktop Apps that will be available on the Start menu and the only apps the user will be able to launch.
    ///
    /// CSDL: property `desktopAppPaths`: `Collection(Edm.String)`, nullable.
    pub desktop_app_paths: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// This is a friendly name used to identify a group of applications, the layout of these apps on the start menu and the users to whom this kiosk configuration is assigned.
    ///
    /// CSDL: property `profileName`: `Edm.String`, not nullable.
    pub profile_name: rt::Field<::std::string::String>,
    /// This setting allows the admin to specify whether the Task Bar is shown or not.
    ///
    /// CSDL: property `showTaskBar`: `Edm.Boolean`, not nullable.
    pub show_task_bar: rt::Field<bool>,
    /// Allows admins to override the default Start layout and prevents the user from changing it. The layout is modified by specifying an XML file based on a layout modification schema. XML needs to be in Binary format.
    ///
    /// CSDL: property `startMenuLayoutXml`: `Edm.Binary`, not nullable.
    pub start_menu_layout_xml: rt::Field<rt::edm::Binary>,
    /// The user accounts that will be locked to this kiosk configuration.
    ///
    /// CSDL: property `userAccounts`: `Collection(Edm.String)`, nullable.
    pub user_accounts: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsAssignedAccessProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_user_model_ids: rt::Field::Absent,
            desktop_app_paths: rt::Field::Absent,
            profile_name: rt::Field::Absent,
            show_task_bar: rt::Field::Absent,
            start_menu_layout_xml: rt::Field::Absent,
            user_accounts: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsAssignedAccessProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsAssignedAccessProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appUserModelIds",
        "desktopAppPaths",
        "profileName",
        "showTaskBar",
        "startMenuLayoutXml",
        "userAccounts",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appUserModelIds\":              ",
        ",\"desktopAppPaths\":              ",
        ",\"profileName\":                  ",
        ",\"showTaskBar\":                  ",
        ",\"startMenuLayoutXml\":           ",
        ",\"userAccounts\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsAssignedAccessProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_user_model_ids", &self.app_user_model_ids);
        v.field(2usize, "desktop_app_paths", &self.desktop_app_paths);
        v.field(3usize, "profile_name", &self.profile_name);
        v.field(4usize, "show_task_bar", &self.show_task_bar);
        v.field(5usize, "start_menu_layout_xml", &self.start_menu_layout_xml);
        v.field(6usize, "user_accounts", &self.user_accounts);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsAssignedAccessProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_user_model_ids.read_from(r),
            2usize => self.desktop_app_paths.read_from(r),
            3usize => self.profile_name.read_from(r),
            4usize => self.show_task_bar.read_from(r),
            5usize => self.start_menu_layout_xml.read_from(r),
            6usize => self.user_accounts.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_user_model_ids);
        w.field(2usize, &self.desktop_app_paths);
        w.field(3usize, &self.profile_name);
        w.field(4usize, &self.show_task_bar);
        w.field(5usize, &self.start_menu_layout_xml);
        w.field(6usize, &self.user_accounts);
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
rt::impl_object!(WindowsAssignedAccessProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsAssignedAccessProfile { with_id id : ::std::string::String;
    with_app_user_model_ids app_user_model_ids : ::std::vec::Vec < ::std::string::String
    >; with_desktop_app_paths desktop_app_paths : ::std::vec::Vec < ::std::string::String
    >; with_profile_name profile_name : ::std::string::String; with_show_task_bar
    show_task_bar : bool; with_start_menu_layout_xml start_menu_layout_xml :
    rt::edm::Binary; with_user_accounts user_accounts : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAssignedAccessProfile);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A class containing the properties used for windows autopilot deployment profile PolicySetItem.
///
/// CSDL: `microsoft.graph.windowsAutopilotDeploymentProfilePolicySetItem`, entity type, derived from `microsoft.graph.policySetItem`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsAutopilotDeploymentProfilePolicySetItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Creation time of the PolicySetItem.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// DisplayName of the PolicySetItem.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Error code if any occured.
    ///
    /// CSDL: property `errorCode`: `microsoft.graph.errorCode`, not nullable.
    pub error_code: rt::Field<crate::beta::ErrorCode>,
    /// Tags of the guided deployment
    ///
    /// CSDL: property `guidedDeploymentTags`: `Collection(Edm.String)`, nullable.
    pub guided_deployment_tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// policySetType of the PolicySetItem.
    ///
    /// CSDL: property `itemType`: `Edm.String`, nullable.
    pub item_type: rt::Field<::std::string::String>,
    /// Last modified time of the PolicySetItem.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// PayloadId of the PolicySetItem.
    ///
    /// CSDL: property `payloadId`: `Edm.String`, not nullable.
    pub payload_id: rt::Field<::std::string::String>,
    /// Status of the PolicySetItem.
    ///
    /// CSDL: property `status`: `microsoft.graph.policySetStatus`, not nullable.
    pub status: rt::Field<crate::beta::PolicySetStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for WindowsAutopilotDeploymentProfilePolicySetItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            error_code: rt::Field::Absent,
            guided_deployment_tags: rt::Field::Absent,
            item_type: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            payload_id: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for WindowsAutopilotDeploymentProfilePolicySetItem {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsAutopilotDeploymentProfilePolicySetItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "errorCode",
        "guidedDeploymentTags",
        "itemType",
        "lastModifiedDateTime",
        "payloadId",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"errorCode\":                    ",
        ",\"guidedDeploymentTags\":         ",
        ",\"itemType\":                     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"payloadId\":                    ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsAutopilotDeploymentProfilePolicySetItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "error_code", &self.error_code);
        v.field(4usize, "guided_deployment_tags", &self.guided_deployment_tags);
        v.field(5usize, "item_type", &self.item_type);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "payload_id", &self.payload_id);
        v.field(8usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for WindowsAutopilotDeploymentProfilePolicySetItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.error_code.read_from(r),
            4usize => self.guided_deployment_tags.read_from(r),
            5usize => self.item_type.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.payload_id.read_from(r),
            8usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.error_code);
        w.field(4usize, &self.guided_deployment_tags);
        w.field(5usize, &self.item_type);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.payload_id);
        w.field(8usize, &self.status);
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
rt::impl_object!(WindowsAutopilotDeploymentProfilePolicySetItem);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    WindowsAutopilotDeploymentProfilePolicySetItem { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_error_code error_code : crate
    ::beta::ErrorCode; with_guided_deployment_tags guided_deployment_tags :
    ::std::vec::Vec < ::std::string::String >; with_item_type item_type :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_payload_id payload_id : ::std::string::String;
    with_status status : crate ::beta::PolicySetStatus; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAutopilotDeploymentProfilePolicySetItem);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsAutopilotProfileAssignmentStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsAutopilotProfileAssignmentStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `assignedInSync` (value 1).
    AssignedInSync,
    /// `assignedOutOfSync` (value 2).
    AssignedOutOfSync,
    /// `assignedUnkownSyncState` (value 3).
    AssignedUnkownSyncState,
    /// `notAssigned` (value 4).
    NotAssigned,
    /// `pending` (value 5).
    Pending,
    /// `failed` (value 6).
    Failed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsAutopilotProfileAssignmentStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsAutopilotProfileAssignmentStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "assignedInSync",
        "assignedOutOfSync",
        "assignedUnkownSyncState",
        "notAssigned",
        "pending",
        "failed",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "assignedInSync" => Self::AssignedInSync,
                "assignedOutOfSync" => Self::AssignedOutOfSync,
                "assignedUnkownSyncState" => Self::AssignedUnkownSyncState,
                "notAssigned" => Self::NotAssigned,
                "pending" => Self::Pending,
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
            Self::AssignedInSync => "assignedInSync",
            Self::AssignedOutOfSync => "assignedOutOfSync",
            Self::AssignedUnkownSyncState => "assignedUnkownSyncState",
            Self::NotAssigned => "notAssigned",
            Self::Pending => "pending",
            Self::Failed => "failed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsAutopilotProfileAssignmentStatus);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAutopilotProfileAssignmentStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// The windowsAutopilotSettings resource represents a Windows Autopilot Account to sync data with Windows device data sync service.
///
/// CSDL: `microsoft.graph.windowsAutopilotSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WindowsAutopilotSettingsPath`](requests/trait.WindowsAutopilotSettingsPath.html), what a path to one (`EntityPath<WindowsAutopilotSettings, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsAutopilotSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Last data sync date time with DDS service.
    ///
    /// CSDL: property `lastManualSyncTriggerDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_manual_sync_trigger_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Last data sync date time with DDS service.
    ///
    /// CSDL: property `lastSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Indicates the status of sync with Device data sync (DDS) service.
    ///
    /// CSDL: property `syncStatus`: `microsoft.graph.windowsAutopilotSyncStatus`, not nullable.
    pub sync_status: rt::Field<crate::beta::WindowsAutopilotSyncStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsAutopilotSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_manual_sync_trigger_date_time: rt::Field::Absent,
            last_sync_date_time: rt::Field::Absent,
            sync_status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsAutopilotSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsAutopilotSettings";
    const KEYS: &'static [&'static str] = &[
        "id",
        "lastManualSyncTriggerDateTime",
        "lastSyncDateTime",
        "syncStatus",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastManualSyncTriggerDateTime\":",
        ",\"lastSyncDateTime\":             ",
        ",\"syncStatus\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsAutopilotSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "last_manual_sync_trigger_date_time",
            &self.last_manual_sync_trigger_date_time,
        );
        v.field(2usize, "last_sync_date_time", &self.last_sync_date_time);
        v.field(3usize, "sync_status", &self.sync_status);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsAutopilotSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_manual_sync_trigger_date_time.read_from(r),
            2usize => self.last_sync_date_time.read_from(r),
            3usize => self.sync_status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_manual_sync_trigger_date_time);
        w.field(2usize, &self.last_sync_date_time);
        w.field(3usize, &self.sync_status);
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
rt::impl_object!(WindowsAutopilotSettings);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsAutopilotSettings { with_id id : ::std::string::String;
    with_last_manual_sync_trigger_date_time last_manual_sync_trigger_date_time :
    rt::edm::DateTimeOffset; with_last_sync_date_time last_sync_date_time :
    rt::edm::DateTimeOffset; with_sync_status sync_status : crate
    ::beta::WindowsAutopilotSyncStatus; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAutopilotSettings);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsAutopilotSyncStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsAutopilotSyncStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `inProgress` (value 1).
    InProgress,
    /// `completed` (value 2).
    Completed,
    /// `failed` (value 3).
    Failed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsAutopilotSyncStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsAutopilotSyncStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "inProgress",
        "completed",
        "failed",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "inProgress" => Self::InProgress,
                "completed" => Self::Completed,
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
            Self::InProgress => "inProgress",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsAutopilotSyncStatus);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAutopilotSyncStatus);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.windowsDefenderApplicationControlSupplementalPolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WindowsDefenderApplicationControlSupplementalPolicyPath`](requests/trait.WindowsDefenderApplicationControlSupplementalPolicyPath.html), what a path to one (`EntityPath<WindowsDefenderApplicationControlSupplementalPolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsDefenderApplicationControlSupplementalPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The WindowsDefenderApplicationControl supplemental policy content in byte array format.
    ///
    /// CSDL: property `content`: `Edm.Binary`, nullable.
    pub content: rt::Field<rt::edm::Binary>,
    /// The WindowsDefenderApplicationControl supplemental policy content's file name.
    ///
    /// CSDL: property `contentFileName`: `Edm.String`, nullable.
    pub content_file_name: rt::Field<::std::string::String>,
    /// The date and time when the WindowsDefenderApplicationControl supplemental policy was uploaded.
    ///
    /// CSDL: property `creationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The description of WindowsDefenderApplicationControl supplemental policy.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The display name of WindowsDefenderApplicationControl supplemental policy.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The date and time when the WindowsDefenderApplicationControl supplemental policy was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tags for this WindowsDefenderApplicationControl supplemental policy entity.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The WindowsDefenderApplicationControl supplemental policy's version.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// The associated group assignments for this WindowsDefenderApplicationControl supplemental policy.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<
            crate::beta::WindowsDefenderApplicationControlSupplementalPolicyAssignment,
        >,
    >,
    /// WindowsDefenderApplicationControl supplemental policy deployment summary.
    ///
    /// CSDL: containment navigation property `deploySummary`: `microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyDeploymentSummary`, nullable.
    pub deploy_summary: rt::Field<
        crate::beta::WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary,
    >,
    /// The list of device deployment states for this WindowsDefenderApplicationControl supplemental policy.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyDeploymentStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<
            crate::beta::WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus,
        >,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for WindowsDefenderApplicationControlSupplementalPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content: rt::Field::Absent,
            content_file_name: rt::Field::Absent,
            creation_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            deploy_summary: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for WindowsDefenderApplicationControlSupplementalPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDefenderApplicationControlSupplementalPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "content",
        "contentFileName",
        "creationDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "version",
        "assignments",
        "deploySummary",
        "deviceStatuses",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"content\":                      ",
        ",\"contentFileName\":              ",
        ",\"creationDateTime\":             ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deploySummary\":                ",
        ",\"deviceStatuses\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsDefenderApplicationControlSupplementalPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content", &self.content);
        v.field(2usize, "content_file_name", &self.content_file_name);
        v.field(3usize, "creation_date_time", &self.creation_date_time);
        v.field(4usize, "description", &self.description);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(8usize, "version", &self.version);
        v.field(9usize, "assignments", &self.assignments);
        v.field(10usize, "deploy_summary", &self.deploy_summary);
        v.field(11usize, "device_statuses", &self.device_statuses);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for WindowsDefenderApplicationControlSupplementalPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content.read_from(r),
            2usize => self.content_file_name.read_from(r),
            3usize => self.creation_date_time.read_from(r),
            4usize => self.description.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.role_scope_tag_ids.read_from(r),
            8usize => self.version.read_from(r),
            9usize => self.assignments.read_from(r),
            10usize => self.deploy_summary.read_from(r),
            11usize => self.device_statuses.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content);
        w.field(2usize, &self.content_file_name);
        w.field(3usize, &self.creation_date_time);
        w.field(4usize, &self.description);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.role_scope_tag_ids);
        w.field(8usize, &self.version);
        w.field(9usize, &self.assignments);
        w.field(10usize, &self.deploy_summary);
        w.field(11usize, &self.device_statuses);
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
rt::impl_object!(WindowsDefenderApplicationControlSupplementalPolicy);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    WindowsDefenderApplicationControlSupplementalPolicy { with_id id :
    ::std::string::String; with_content content : rt::edm::Binary; with_content_file_name
    content_file_name : ::std::string::String; with_creation_date_time creation_date_time
    : rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >; with_version version
    : ::std::string::String; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::WindowsDefenderApplicationControlSupplementalPolicyAssignment >;
    with_deploy_summary deploy_summary : crate
    ::beta::WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary;
    with_device_statuses device_statuses : ::std::vec::Vec < crate
    ::beta::WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDefenderApplicationControlSupplementalPolicy);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A class containing the properties used for assignment of a WindowsDefenderApplicationControl supplemental policy to a group.
///
/// CSDL: `microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WindowsDefenderApplicationControlSupplementalPolicyAssignmentPath`](requests/trait.WindowsDefenderApplicationControlSupplementalPolicyAssignmentPath.html), what a path to one (`EntityPath<WindowsDefenderApplicationControlSupplementalPolicyAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsDefenderApplicationControlSupplementalPolicyAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The target group assignment defined by the admin.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default
for WindowsDefenderApplicationControlSupplementalPolicyAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for WindowsDefenderApplicationControlSupplementalPolicyAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyAssignment";
    const KEYS: &'static [&'static str] = &["id", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members
for WindowsDefenderApplicationControlSupplementalPolicyAssignment {
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(WindowsDefenderApplicationControlSupplementalPolicyAssignment);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    WindowsDefenderApplicationControlSupplementalPolicyAssignment { with_id id :
    ::std::string::String; with_target target : crate
    ::beta::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDefenderApplicationControlSupplementalPolicyAssignment);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties for the deployment state of a WindowsDefenderApplicationControl supplemental policy for a device.
///
/// CSDL: `microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyDeploymentStatus`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatusPath`](requests/trait.WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatusPath.html), what a path to one (`EntityPath<WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The deployment state of the policy.
    ///
    /// CSDL: property `deploymentStatus`: `microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyStatuses`, not nullable.
    pub deployment_status: rt::Field<
        crate::beta::WindowsDefenderApplicationControlSupplementalPolicyStatuses,
    >,
    /// Device ID.
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// Device name.
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// Last sync date time.
    ///
    /// CSDL: property `lastSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Windows OS Version Description.
    ///
    /// CSDL: property `osDescription`: `Edm.String`, nullable.
    pub os_description: rt::Field<::std::string::String>,
    /// Windows OS Version.
    ///
    /// CSDL: property `osVersion`: `Edm.String`, nullable.
    pub os_version: rt::Field<::std::string::String>,
    /// Human readable version of the WindowsDefenderApplicationControl supplemental policy.
    ///
    /// CSDL: property `policyVersion`: `Edm.String`, nullable.
    pub policy_version: rt::Field<::std::string::String>,
    /// The name of the user of this device.
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// User Principal Name.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// The navigation link to the WindowsDefenderApplicationControl supplemental policy.
    ///
    /// CSDL: navigation property `policy`: `microsoft.graph.windowsDefenderApplicationControlSupplementalPolicy`, nullable.
    pub policy: rt::Field<
        crate::beta::WindowsDefenderApplicationControlSupplementalPolicy,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default
for WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deployment_status: rt::Field::Absent,
            device_id: rt::Field::Absent,
            device_name: rt::Field::Absent,
            last_sync_date_time: rt::Field::Absent,
            os_description: rt::Field::Absent,
            os_version: rt::Field::Absent,
            policy_version: rt::Field::Absent,
            user_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            policy: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyDeploymentStatus";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deploymentStatus",
        "deviceId",
        "deviceName",
        "lastSyncDateTime",
        "osDescription",
        "osVersion",
        "policyVersion",
        "userName",
        "userPrincipalName",
        "policy",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deploymentStatus\":             ",
        ",\"deviceId\":                     ",
        ",\"deviceName\":                   ",
        ",\"lastSyncDateTime\":             ",
        ",\"osDescription\":                ",
        ",\"osVersion\":                    ",
        ",\"policyVersion\":                ",
        ",\"userName\":                     ",
        ",\"userPrincipalName\":            ",
        ",\"policy\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyDeploymentStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deployment_status", &self.deployment_status);
        v.field(2usize, "device_id", &self.device_id);
        v.field(3usize, "device_name", &self.device_name);
        v.field(4usize, "last_sync_date_time", &self.last_sync_date_time);
        v.field(5usize, "os_description", &self.os_description);
        v.field(6usize, "os_version", &self.os_version);
        v.field(7usize, "policy_version", &self.policy_version);
        v.field(8usize, "user_name", &self.user_name);
        v.field(9usize, "user_principal_name", &self.user_principal_name);
        v.field(10usize, "policy", &self.policy);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members
for WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deployment_status.read_from(r),
            2usize => self.device_id.read_from(r),
            3usize => self.device_name.read_from(r),
            4usize => self.last_sync_date_time.read_from(r),
            5usize => self.os_description.read_from(r),
            6usize => self.os_version.read_from(r),
            7usize => self.policy_version.read_from(r),
            8usize => self.user_name.read_from(r),
            9usize => self.user_principal_name.read_from(r),
            10usize => self.policy.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deployment_status);
        w.field(2usize, &self.device_id);
        w.field(3usize, &self.device_name);
        w.field(4usize, &self.last_sync_date_time);
        w.field(5usize, &self.os_description);
        w.field(6usize, &self.os_version);
        w.field(7usize, &self.policy_version);
        w.field(8usize, &self.user_name);
        w.field(9usize, &self.user_principal_name);
        w.field(10usize, &self.policy);
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
rt::impl_object!(WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus { with_id id :
    ::std::string::String; with_deployment_status deployment_status : crate
    ::beta::WindowsDefenderApplicationControlSupplementalPolicyStatuses; with_device_id
    device_id : ::std::string::String; with_device_name device_name :
    ::std::string::String; with_last_sync_date_time last_sync_date_time :
    rt::edm::DateTimeOffset; with_os_description os_description : ::std::string::String;
    with_os_version os_version : ::std::string::String; with_policy_version
    policy_version : ::std::string::String; with_user_name user_name :
    ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; with_policy policy : crate
    ::beta::WindowsDefenderApplicationControlSupplementalPolicy; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties for the deployment summary of a WindowsDefenderApplicationControl supplemental policy.
///
/// CSDL: `microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyDeploymentSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Number of Devices that have successfully deployed this WindowsDefenderApplicationControl supplemental policy.
    ///
    /// CSDL: property `deployedDeviceCount`: `Edm.Int32`, not nullable.
    pub deployed_device_count: rt::Field<i32>,
    /// Number of Devices that have failed to deploy this WindowsDefenderApplicationControl supplemental policy.
    ///
    /// CSDL: property `failedDeviceCount`: `Edm.Int32`, not nullable.
    pub failed_device_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default
for WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deployed_device_count: rt::Field::Absent,
            failed_device_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object
for WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyDeploymentSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deployedDeviceCount",
        "failedDeviceCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deployedDeviceCount\":          ",
        ",\"failedDeviceCount\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyDeploymentSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deployed_device_count", &self.deployed_device_count);
        v.field(2usize, "failed_device_count", &self.failed_device_count);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members
for WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deployed_device_count.read_from(r),
            2usize => self.failed_device_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deployed_device_count);
        w.field(2usize, &self.failed_device_count);
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
rt::impl_object!(WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary { with_id id :
    ::std::string::String; with_deployed_device_count deployed_device_count : i32;
    with_failed_device_count failed_device_count : i32; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyStatuses`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsDefenderApplicationControlSupplementalPolicyStatuses {
    /// `unknown` (value 0).
    Unknown,
    /// `success` (value 1).
    Success,
    /// `tokenError` (value 2).
    TokenError,
    /// `notAuthorizedByToken` (value 3).
    NotAuthorizedByToken,
    /// `policyNotFound` (value 4).
    PolicyNotFound,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for WindowsDefenderApplicationControlSupplementalPolicyStatuses {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyStatuses";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "success",
        "tokenError",
        "notAuthorizedByToken",
        "policyNotFound",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "success" => Self::Success,
                "tokenError" => Self::TokenError,
                "notAuthorizedByToken" => Self::NotAuthorizedByToken,
                "policyNotFound" => Self::PolicyNotFound,
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
            Self::Success => "success",
            Self::TokenError => "tokenError",
            Self::NotAuthorizedByToken => "notAuthorizedByToken",
            Self::PolicyNotFound => "policyNotFound",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(WindowsDefenderApplicationControlSupplementalPolicyStatuses);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDefenderApplicationControlSupplementalPolicyStatuses);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.windowsDeviceType`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsDeviceType {
    /// `none` (value 0).
    None,
    /// `desktop` (value 1).
    Desktop,
    /// `mobile` (value 2).
    Mobile,
    /// `holographic` (value 4).
    Holographic,
    /// `team` (value 8).
    Team,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for WindowsDeviceType {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDeviceType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "desktop",
        "mobile",
        "holographic",
        "team",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "desktop" => Self::Desktop,
                "mobile" => Self::Mobile,
                "holographic" => Self::Holographic,
                "team" => Self::Team,
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
            Self::Desktop => "desktop",
            Self::Mobile => "mobile",
            Self::Holographic => "holographic",
            Self::Team => "team",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(WindowsDeviceType);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDeviceType);
#[cfg(msgraph_beta_device_management_or_search)]
/// Enrollment status screen setting
///
/// CSDL: `microsoft.graph.windowsEnrollmentStatusScreenSettings`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsEnrollmentStatusScreenSettings {
    /// Allow or block user to use device before profile and app installation complete
    ///
    /// CSDL: property `allowDeviceUseBeforeProfileAndAppInstallComplete`: `Edm.Boolean`, not nullable.
    pub allow_device_use_before_profile_and_app_install_complete: rt::Field<bool>,
    /// Allow the user to continue using the device on installation failure
    ///
    /// CSDL: property `allowDeviceUseOnInstallFailure`: `Edm.Boolean`, not nullable.
    pub allow_device_use_on_install_failure: rt::Field<bool>,
    /// Allow or block log collection on installation failure
    ///
    /// CSDL: property `allowLogCollectionOnInstallFailure`: `Edm.Boolean`, not nullable.
    pub allow_log_collection_on_install_failure: rt::Field<bool>,
    /// Allow the user to retry the setup on installation failure
    ///
    /// CSDL: property `blockDeviceSetupRetryByUser`: `Edm.Boolean`, not nullable.
    pub block_device_setup_retry_by_user: rt::Field<bool>,
    /// Set custom error message to show upon installation failure
    ///
    /// CSDL: property `customErrorMessage`: `Edm.String`, nullable.
    pub custom_error_message: rt::Field<::std::string::String>,
    /// Show or hide installation progress to user
    ///
    /// CSDL: property `hideInstallationProgress`: `Edm.Boolean`, not nullable.
    pub hide_installation_progress: rt::Field<bool>,
    /// Set installation progress timeout in minutes
    ///
    /// CSDL: property `installProgressTimeoutInMinutes`: `Edm.Int32`, nullable.
    pub install_progress_timeout_in_minutes: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsEnrollmentStatusScreenSettings {
    #[inline]
    fn default() -> Self {
        Self {
            allow_device_use_before_profile_and_app_install_complete: rt::Field::Absent,
            allow_device_use_on_install_failure: rt::Field::Absent,
            allow_log_collection_on_install_failure: rt::Field::Absent,
            block_device_setup_retry_by_user: rt::Field::Absent,
            custom_error_message: rt::Field::Absent,
            hide_installation_progress: rt::Field::Absent,
            install_progress_timeout_in_minutes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsEnrollmentStatusScreenSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsEnrollmentStatusScreenSettings";
    const KEYS: &'static [&'static str] = &[
        "allowDeviceUseBeforeProfileAndAppInstallComplete",
        "allowDeviceUseOnInstallFailure",
        "allowLogCollectionOnInstallFailure",
        "blockDeviceSetupRetryByUser",
        "customErrorMessage",
        "hideInstallationProgress",
        "installProgressTimeoutInMinutes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowDeviceUseBeforeProfileAndAppInstallComplete\":",
        ",\"allowDeviceUseOnInstallFailure\":",
        ",\"allowLogCollectionOnInstallFailure\":",
        ",\"blockDeviceSetupRetryByUser\":  ",
        ",\"customErrorMessage\":           ",
        ",\"hideInstallationProgress\":     ",
        ",\"installProgressTimeoutInMinutes\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsEnrollmentStatusScreenSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "allow_device_use_before_profile_and_app_install_complete",
            &self.allow_device_use_before_profile_and_app_install_complete,
        );
        v.field(
            1usize,
            "allow_device_use_on_install_failure",
            &self.allow_device_use_on_install_failure,
        );
        v.field(
            2usize,
            "allow_log_collection_on_install_failure",
            &self.allow_log_collection_on_install_failure,
        );
        v.field(
            3usize,
            "block_device_setup_retry_by_user",
            &self.block_device_setup_retry_by_user,
        );
        v.field(4usize, "custom_error_message", &self.custom_error_message);
        v.field(5usize, "hide_installation_progress", &self.hide_installation_progress);
        v.field(
            6usize,
            "install_progress_timeout_in_minutes",
            &self.install_progress_timeout_in_minutes,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsEnrollmentStatusScreenSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => {
                self.allow_device_use_before_profile_and_app_install_complete
                    .read_from(r)
            }
            1usize => self.allow_device_use_on_install_failure.read_from(r),
            2usize => self.allow_log_collection_on_install_failure.read_from(r),
            3usize => self.block_device_setup_retry_by_user.read_from(r),
            4usize => self.custom_error_message.read_from(r),
            5usize => self.hide_installation_progress.read_from(r),
            6usize => self.install_progress_timeout_in_minutes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_device_use_before_profile_and_app_install_complete);
        w.field(1usize, &self.allow_device_use_on_install_failure);
        w.field(2usize, &self.allow_log_collection_on_install_failure);
        w.field(3usize, &self.block_device_setup_retry_by_user);
        w.field(4usize, &self.custom_error_message);
        w.field(5usize, &self.hide_installation_progress);
        w.field(6usize, &self.install_progress_timeout_in_minutes);
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
rt::impl_object!(WindowsEnrollmentStatusScreenSettings);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsEnrollmentStatusScreenSettings {
    with_allow_device_use_before_profile_and_app_install_complete
    allow_device_use_before_profile_and_app_install_complete : bool;
    with_allow_device_use_on_install_failure allow_device_use_on_install_failure : bool;
    with_allow_log_collection_on_install_failure allow_log_collection_on_install_failure
    : bool; with_block_device_setup_retry_by_user block_device_setup_retry_by_user :
    bool; with_custom_error_message custom_error_message : ::std::string::String;
    with_hide_installation_progress hide_installation_progress : bool;
    with_install_progress_timeout_in_minutes install_progress_timeout_in_minutes : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsEnrollmentStatusScreenSettings);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsHealthMonitoringScope`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsHealthMonitoringScope {
    /// `undefined` (value 0).
    Undefined,
    /// `healthMonitoring` (value 1).
    HealthMonitoring,
    /// `bootPerformance` (value 2).
    BootPerformance,
    /// `windowsUpdates` (value 4).
    WindowsUpdates,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsHealthMonitoringScope {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsHealthMonitoringScope";
    const MEMBERS: &'static [&'static str] = &[
        "undefined",
        "healthMonitoring",
        "bootPerformance",
        "windowsUpdates",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "undefined" => Self::Undefined,
                "healthMonitoring" => Self::HealthMonitoring,
                "bootPerformance" => Self::BootPerformance,
                "windowsUpdates" => Self::WindowsUpdates,
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
            Self::Undefined => "undefined",
            Self::HealthMonitoring => "healthMonitoring",
            Self::BootPerformance => "bootPerformance",
            Self::WindowsUpdates => "windowsUpdates",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsHealthMonitoringScope);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsHealthMonitoringScope);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.windowsHelloForBusinessPinUsage`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsHelloForBusinessPinUsage {
    /// `allowed` (value 0).
    Allowed,
    /// `required` (value 1).
    Required,
    /// `disallowed` (value 2).
    Disallowed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for WindowsHelloForBusinessPinUsage {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsHelloForBusinessPinUsage";
    const MEMBERS: &'static [&'static str] = &["allowed", "required", "disallowed"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allowed" => Self::Allowed,
                "required" => Self::Required,
                "disallowed" => Self::Disallowed,
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
            Self::Allowed => "allowed",
            Self::Required => "required",
            Self::Disallowed => "disallowed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(WindowsHelloForBusinessPinUsage);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsHelloForBusinessPinUsage);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Policy for Windows information protection to configure detailed management settings
///
/// CSDL: `microsoft.graph.windowsInformationProtection`, entity type, derived from `microsoft.graph.managedAppPolicy`, abstract, key `id`.
///
/// Request builders: [`WindowsInformationProtectionPath`](requests/trait.WindowsInformationProtectionPath.html), what a path to one (`EntityPath<AnyWindowsInformationProtection, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsInformationProtection {
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
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Specifies whether to allow Azure RMS encryption for WIP
    ///
    /// CSDL: property `azureRightsManagementServicesAllowed`: `Edm.Boolean`, not nullable.
    pub azure_rights_management_services_allowed: rt::Field<bool>,
    /// Specifies a recovery certificate that can be used for data recovery of encrypted files. This is the same as the data recovery agent(DRA) certificate for encrypting file system(EFS)
    ///
    /// CSDL: property `dataRecoveryCertificate`: `microsoft.graph.windowsInformationProtectionDataRecoveryCertificate`, nullable.
    pub data_recovery_certificate: rt::Field<
        crate::beta::WindowsInformationProtectionDataRecoveryCertificate,
    >,
    /// WIP enforcement level.See the Enum definition for supported values
    ///
    /// CSDL: property `enforcementLevel`: `microsoft.graph.windowsInformationProtectionEnforcementLevel`, not nullable.
    pub enforcement_level: rt::Field<
        crate::beta::WindowsInformationProtectionEnforcementLevel,
    >,
    /// Primary enterprise domain
    ///
    /// CSDL: property `enterpriseDomain`: `Edm.String`, nullable.
    pub enterprise_domain: rt::Field<::std::string::String>,
    /// This is the comma-separated list of internal proxy servers. For example, "157.54.14.28, 157.54.11.118, 10.202.14.167, 157.53.14.163, 157.69.210.59". These proxies have been configured by the admin to connect to specific resources on the Internet. They are considered to be enterprise network locations. The proxies are only leveraged in configuring the EnterpriseProxiedDomains policy to force traffic to the matched domains through these proxies
    ///
    /// CSDL: property `enterpriseInternalProxyServers`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub enterprise_internal_proxy_servers: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    >,
    /// Sets the enterprise IP ranges that define the computers in the enterprise network. Data that comes from those computers will be considered part of the enterprise and protected. These locations will be considered a safe destination for enterprise data to be shared to
    ///
    /// CSDL: property `enterpriseIPRanges`: `Collection(microsoft.graph.windowsInformationProtectionIPRangeCollection)`, nullable.
    pub enterprise_ip_ranges: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionIpRangeCollection>,
    >,
    /// Boolean value that tells the client to accept the configured list and not to use heuristics to attempt to find other subnets. Default is false
    ///
    /// CSDL: property `enterpriseIPRangesAreAuthoritative`: `Edm.Boolean`, not nullable.
    pub enterprise_ip_ranges_are_authoritative: rt::Field<bool>,
    /// This is the list of domains that comprise the boundaries of the enterprise. Data from one of these domains that is sent to a device will be considered enterprise data and protected These locations will be considered a safe destination for enterprise data to be shared to
    ///
    /// CSDL: property `enterpriseNetworkDomainNames`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub enterprise_network_domain_names: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    >,
    /// List of enterprise domains to be protected
    ///
    /// CSDL: property `enterpriseProtectedDomainNames`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub enterprise_protected_domain_names: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    >,
    /// Contains a list of Enterprise resource domains hosted in the cloud that need to be protected. Connections to these resources are considered enterprise data. If a proxy is paired with a cloud resource, traffic to the cloud resource will be routed through the enterprise network via the denoted proxy server (on Port 80). A proxy server used for this purpose must also be configured using the EnterpriseInternalProxyServers policy
    ///
    /// CSDL: property `enterpriseProxiedDomains`: `Collection(microsoft.graph.windowsInformationProtectionProxiedDomainCollection)`, nullable.
    pub enterprise_proxied_domains: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionProxiedDomainCollection>,
    >,
    /// This is a list of proxy servers. Any server not on this list is considered non-enterprise
    ///
    /// CSDL: property `enterpriseProxyServers`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub enterprise_proxy_servers: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    >,
    /// Boolean value that tells the client to accept the configured list of proxies and not try to detect other work proxies. Default is false
    ///
    /// CSDL: property `enterpriseProxyServersAreAuthoritative`: `Edm.Boolean`, not nullable.
    pub enterprise_proxy_servers_are_authoritative: rt::Field<bool>,
    /// Exempt applications can also access enterprise data, but the data handled by those applications are not protected. This is because some critical enterprise applications may have compatibility problems with encrypted data.
    ///
    /// CSDL: property `exemptApps`: `Collection(microsoft.graph.windowsInformationProtectionApp)`, nullable.
    pub exempt_apps: rt::Field<
        ::std::vec::Vec<crate::beta::AnyWindowsInformationProtectionApp>,
    >,
    /// Determines whether overlays are added to icons for WIP protected files in Explorer and enterprise only app tiles in the Start menu. Starting in Windows 10, version 1703 this setting also configures the visibility of the WIP icon in the title bar of a WIP-protected app
    ///
    /// CSDL: property `iconsVisible`: `Edm.Boolean`, not nullable.
    pub icons_visible: rt::Field<bool>,
    /// This switch is for the Windows Search Indexer, to allow or disallow indexing of items
    ///
    /// CSDL: property `indexingEncryptedStoresOrItemsBlocked`: `Edm.Boolean`, not nullable.
    pub indexing_encrypted_stores_or_items_blocked: rt::Field<bool>,
    /// Indicates if the policy is deployed to any inclusion groups or not.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// List of domain names that can used for work or personal resource
    ///
    /// CSDL: property `neutralDomainResources`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub neutral_domain_resources: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    >,
    /// Protected applications can access enterprise data and the data handled by those applications are protected with encryption
    ///
    /// CSDL: property `protectedApps`: `Collection(microsoft.graph.windowsInformationProtectionApp)`, nullable.
    pub protected_apps: rt::Field<
        ::std::vec::Vec<crate::beta::AnyWindowsInformationProtectionApp>,
    >,
    /// Specifies whether the protection under lock feature (also known as encrypt under pin) should be configured
    ///
    /// CSDL: property `protectionUnderLockConfigRequired`: `Edm.Boolean`, not nullable.
    pub protection_under_lock_config_required: rt::Field<bool>,
    /// This policy controls whether to revoke the WIP keys when a device unenrolls from the management service. If set to 1 (Don't revoke keys), the keys will not be revoked and the user will continue to have access to protected files after unenrollment. If the keys are not revoked, there will be no revoked file cleanup subsequently.
    ///
    /// CSDL: property `revokeOnUnenrollDisabled`: `Edm.Boolean`, not nullable.
    pub revoke_on_unenroll_disabled: rt::Field<bool>,
    /// TemplateID GUID to use for RMS encryption. The RMS template allows the IT admin to configure the details about who has access to RMS-protected file and how long they have access
    ///
    /// CSDL: property `rightsManagementServicesTemplateId`: `Edm.Guid`, nullable.
    pub rights_management_services_template_id: rt::Field<rt::edm::Guid>,
    /// Specifies a list of file extensions, so that files with these extensions are encrypted when copying from an SMB share within the corporate boundary
    ///
    /// CSDL: property `smbAutoEncryptedFileExtensions`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub smb_auto_encrypted_file_extensions: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    >,
    /// Navigation property to list of security groups targeted for policy.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::TargetedManagedAppPolicyAssignment>,
    >,
    /// Another way to input exempt apps through xml files
    ///
    /// CSDL: containment navigation property `exemptAppLockerFiles`: `Collection(microsoft.graph.windowsInformationProtectionAppLockerFile)`, not nullable.
    pub exempt_app_locker_files: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionAppLockerFile>,
    >,
    /// Another way to input protected apps through xml files
    ///
    /// CSDL: containment navigation property `protectedAppLockerFiles`: `Collection(microsoft.graph.windowsInformationProtectionAppLockerFile)`, not nullable.
    pub protected_app_locker_files: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionAppLockerFile>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for WindowsInformationProtection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            version: rt::Field::Absent,
            azure_rights_management_services_allowed: rt::Field::Absent,
            data_recovery_certificate: rt::Field::Absent,
            enforcement_level: rt::Field::Absent,
            enterprise_domain: rt::Field::Absent,
            enterprise_internal_proxy_servers: rt::Field::Absent,
            enterprise_ip_ranges: rt::Field::Absent,
            enterprise_ip_ranges_are_authoritative: rt::Field::Absent,
            enterprise_network_domain_names: rt::Field::Absent,
            enterprise_protected_domain_names: rt::Field::Absent,
            enterprise_proxied_domains: rt::Field::Absent,
            enterprise_proxy_servers: rt::Field::Absent,
            enterprise_proxy_servers_are_authoritative: rt::Field::Absent,
            exempt_apps: rt::Field::Absent,
            icons_visible: rt::Field::Absent,
            indexing_encrypted_stores_or_items_blocked: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            neutral_domain_resources: rt::Field::Absent,
            protected_apps: rt::Field::Absent,
            protection_under_lock_config_required: rt::Field::Absent,
            revoke_on_unenroll_disabled: rt::Field::Absent,
            rights_management_services_template_id: rt::Field::Absent,
            smb_auto_encrypted_file_extensions: rt::Field::Absent,
            assignments: rt::Field::Absent,
            exempt_app_locker_files: rt::Field::Absent,
            protected_app_locker_files: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for WindowsInformationProtection {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtection";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "version",
        "azureRightsManagementServicesAllowed",
        "dataRecoveryCertificate",
        "enforcementLevel",
        "enterpriseDomain",
        "enterpriseInternalProxyServers",
        "enterpriseIPRanges",
        "enterpriseIPRangesAreAuthoritative",
        "enterpriseNetworkDomainNames",
        "enterpriseProtectedDomainNames",
        "enterpriseProxiedDomains",
        "enterpriseProxyServers",
        "enterpriseProxyServersAreAuthoritative",
        "exemptApps",
        "iconsVisible",
        "indexingEncryptedStoresOrItemsBlocked",
        "isAssigned",
        "neutralDomainResources",
        "protectedApps",
        "protectionUnderLockConfigRequired",
        "revokeOnUnenrollDisabled",
        "rightsManagementServicesTemplateId",
        "smbAutoEncryptedFileExtensions",
        "assignments",
        "exemptAppLockerFiles",
        "protectedAppLockerFiles",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
        ",\"azureRightsManagementServicesAllowed\":",
        ",\"dataRecoveryCertificate\":      ",
        ",\"enforcementLevel\":             ",
        ",\"enterpriseDomain\":             ",
        ",\"enterpriseInternalProxyServers\":",
        ",\"enterpriseIPRanges\":           ",
        ",\"enterpriseIPRangesAreAuthoritative\":",
        ",\"enterpriseNetworkDomainNames\": ",
        ",\"enterpriseProtectedDomainNames\":",
        ",\"enterpriseProxiedDomains\":     ",
        ",\"enterpriseProxyServers\":       ",
        ",\"enterpriseProxyServersAreAuthoritative\":",
        ",\"exemptApps\":                   ",
        ",\"iconsVisible\":                 ",
        ",\"indexingEncryptedStoresOrItemsBlocked\":",
        ",\"isAssigned\":                   ",
        ",\"neutralDomainResources\":       ",
        ",\"protectedApps\":                ",
        ",\"protectionUnderLockConfigRequired\":",
        ",\"revokeOnUnenrollDisabled\":     ",
        ",\"rightsManagementServicesTemplateId\":",
        ",\"smbAutoEncryptedFileExtensions\":",
        ",\"assignments\":                  ",
        ",\"exemptAppLockerFiles\":         ",
        ",\"protectedAppLockerFiles\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsInformationProtection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "version", &self.version);
        v.field(
            7usize,
            "azure_rights_management_services_allowed",
            &self.azure_rights_management_services_allowed,
        );
        v.field(8usize, "data_recovery_certificate", &self.data_recovery_certificate);
        v.field(9usize, "enforcement_level", &self.enforcement_level);
        v.field(10usize, "enterprise_domain", &self.enterprise_domain);
        v.field(
            11usize,
            "enterprise_internal_proxy_servers",
            &self.enterprise_internal_proxy_servers,
        );
        v.field(12usize, "enterprise_ip_ranges", &self.enterprise_ip_ranges);
        v.field(
            13usize,
            "enterprise_ip_ranges_are_authoritative",
            &self.enterprise_ip_ranges_are_authoritative,
        );
        v.field(
            14usize,
            "enterprise_network_domain_names",
            &self.enterprise_network_domain_names,
        );
        v.field(
            15usize,
            "enterprise_protected_domain_names",
            &self.enterprise_protected_domain_names,
        );
        v.field(16usize, "enterprise_proxied_domains", &self.enterprise_proxied_domains);
        v.field(17usize, "enterprise_proxy_servers", &self.enterprise_proxy_servers);
        v.field(
            18usize,
            "enterprise_proxy_servers_are_authoritative",
            &self.enterprise_proxy_servers_are_authoritative,
        );
        v.field(19usize, "exempt_apps", &self.exempt_apps);
        v.field(20usize, "icons_visible", &self.icons_visible);
        v.field(
            21usize,
            "indexing_encrypted_stores_or_items_blocked",
            &self.indexing_encrypted_stores_or_items_blocked,
        );
        v.field(22usize, "is_assigned", &self.is_assigned);
        v.field(23usize, "neutral_domain_resources", &self.neutral_domain_resources);
        v.field(24usize, "protected_apps", &self.protected_apps);
        v.field(
            25usize,
            "protection_under_lock_config_required",
            &self.protection_under_lock_config_required,
        );
        v.field(
            26usize,
            "revoke_on_unenroll_disabled",
            &self.revoke_on_unenroll_disabled,
        );
        v.field(
            27usize,
            "rights_management_services_template_id",
            &self.rights_management_services_template_id,
        );
        v.field(
            28usize,
            "smb_auto_encrypted_file_extensions",
            &self.smb_auto_encrypted_file_extensions,
        );
        v.field(29usize, "assignments", &self.assignments);
        v.field(30usize, "exempt_app_locker_files", &self.exempt_app_locker_files);
        v.field(31usize, "protected_app_locker_files", &self.protected_app_locker_files);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for WindowsInformationProtection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.role_scope_tag_ids.read_from(r),
            6usize => self.version.read_from(r),
            7usize => self.azure_rights_management_services_allowed.read_from(r),
            8usize => self.data_recovery_certificate.read_from(r),
            9usize => self.enforcement_level.read_from(r),
            10usize => self.enterprise_domain.read_from(r),
            11usize => self.enterprise_internal_proxy_servers.read_from(r),
            12usize => self.enterprise_ip_ranges.read_from(r),
            13usize => self.enterprise_ip_ranges_are_authoritative.read_from(r),
            14usize => self.enterprise_network_domain_names.read_from(r),
            15usize => self.enterprise_protected_domain_names.read_from(r),
            16usize => self.enterprise_proxied_domains.read_from(r),
            17usize => self.enterprise_proxy_servers.read_from(r),
            18usize => self.enterprise_proxy_servers_are_authoritative.read_from(r),
            19usize => self.exempt_apps.read_from(r),
            20usize => self.icons_visible.read_from(r),
            21usize => self.indexing_encrypted_stores_or_items_blocked.read_from(r),
            22usize => self.is_assigned.read_from(r),
            23usize => self.neutral_domain_resources.read_from(r),
            24usize => self.protected_apps.read_from(r),
            25usize => self.protection_under_lock_config_required.read_from(r),
            26usize => self.revoke_on_unenroll_disabled.read_from(r),
            27usize => self.rights_management_services_template_id.read_from(r),
            28usize => self.smb_auto_encrypted_file_extensions.read_from(r),
            29usize => self.assignments.read_from(r),
            30usize => self.exempt_app_locker_files.read_from(r),
            31usize => self.protected_app_locker_files.read_from(r),
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
        w.field(5usize, &self.role_scope_tag_ids);
        w.field(6usize, &self.version);
        w.field(7usize, &self.azure_rights_management_services_allowed);
        w.field(8usize, &self.data_recovery_certificate);
        w.field(9usize, &self.enforcement_level);
        w.field(10usize, &self.enterprise_domain);
        w.field(11usize, &self.enterprise_internal_proxy_servers);
        w.field(12usize, &self.enterprise_ip_ranges);
        w.field(13usize, &self.enterprise_ip_ranges_are_authoritative);
        w.field(14usize, &self.enterprise_network_domain_names);
        w.field(15usize, &self.enterprise_protected_domain_names);
        w.field(16usize, &self.enterprise_proxied_domains);
        w.field(17usize, &self.enterprise_proxy_servers);
        w.field(18usize, &self.enterprise_proxy_servers_are_authoritative);
        w.field(19usize, &self.exempt_apps);
        w.field(20usize, &self.icons_visible);
        w.field(21usize, &self.indexing_encrypted_stores_or_items_blocked);
        w.field(22usize, &self.is_assigned);
        w.field(23usize, &self.neutral_domain_resources);
        w.field(24usize, &self.protected_apps);
        w.field(25usize, &self.protection_under_lock_config_required);
        w.field(26usize, &self.revoke_on_unenroll_disabled);
        w.field(27usize, &self.rights_management_services_template_id);
        w.field(28usize, &self.smb_auto_encrypted_file_extensions);
        w.field(29usize, &self.assignments);
        w.field(30usize, &self.exempt_app_locker_files);
        w.field(31usize, &self.protected_app_locker_files);
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(WindowsInformationProtection);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    WindowsInformationProtection { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_version version : ::std::string::String;
    with_azure_rights_management_services_allowed
    azure_rights_management_services_allowed : bool; with_data_recovery_certificate
    data_recovery_certificate : crate
    ::beta::WindowsInformationProtectionDataRecoveryCertificate; with_enforcement_level
    enforcement_level : crate ::beta::WindowsInformationProtectionEnforcementLevel;
    with_enterprise_domain enterprise_domain : ::std::string::String;
    with_enterprise_internal_proxy_servers enterprise_internal_proxy_servers :
    ::std::vec::Vec < crate ::beta::WindowsInformationProtectionResourceCollection >;
    with_enterprise_ip_ranges enterprise_ip_ranges : ::std::vec::Vec < crate
    ::beta::WindowsInformationProtectionIpRangeCollection >;
    with_enterprise_ip_ranges_are_authoritative enterprise_ip_ranges_are_authoritative :
    bool; with_enterprise_network_domain_names enterprise_network_domain_names :
    ::std::vec::Vec < crate ::beta::WindowsInformationProtectionResourceCollection >;
    with_enterprise_protected_domain_names enterprise_protected_domain_names :
    ::std::vec::Vec < crate ::beta::WindowsInformationProtectionResourceCollection >;
    with_enterprise_proxied_domains enterprise_proxied_domains : ::std::vec::Vec < crate
    ::beta::WindowsInformationProtectionProxiedDomainCollection >;
    with_enterprise_proxy_servers enterprise_proxy_servers : ::std::vec::Vec < crate
    ::beta::WindowsInformationProtectionResourceCollection >;
    with_enterprise_proxy_servers_are_authoritative
    enterprise_proxy_servers_are_authoritative : bool; with_exempt_apps exempt_apps :
    ::std::vec::Vec < crate ::beta::AnyWindowsInformationProtectionApp >;
    with_icons_visible icons_visible : bool;
    with_indexing_encrypted_stores_or_items_blocked
    indexing_encrypted_stores_or_items_blocked : bool; with_is_assigned is_assigned :
    bool; with_neutral_domain_resources neutral_domain_resources : ::std::vec::Vec <
    crate ::beta::WindowsInformationProtectionResourceCollection >; with_protected_apps
    protected_apps : ::std::vec::Vec < crate ::beta::AnyWindowsInformationProtectionApp
    >; with_protection_under_lock_config_required protection_under_lock_config_required :
    bool; with_revoke_on_unenroll_disabled revoke_on_unenroll_disabled : bool;
    with_rights_management_services_template_id rights_management_services_template_id :
    rt::edm::Guid; with_smb_auto_encrypted_file_extensions
    smb_auto_encrypted_file_extensions : ::std::vec::Vec < crate
    ::beta::WindowsInformationProtectionResourceCollection >; with_assignments
    assignments : ::std::vec::Vec < crate ::beta::TargetedManagedAppPolicyAssignment >;
    with_exempt_app_locker_files exempt_app_locker_files : ::std::vec::Vec < crate
    ::beta::WindowsInformationProtectionAppLockerFile >; with_protected_app_locker_files
    protected_app_locker_files : ::std::vec::Vec < crate
    ::beta::WindowsInformationProtectionAppLockerFile >; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtection);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// `microsoft.graph.windowsInformationProtection` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWindowsInformationProtection {
    WindowsInformationProtection(
        ::std::boxed::Box<crate::beta::WindowsInformationProtection>,
    ),
    MdmWindowsInformationProtectionPolicy(
        ::std::boxed::Box<crate::beta::MdmWindowsInformationProtectionPolicy>,
    ),
    WindowsInformationProtectionPolicy(
        ::std::boxed::Box<crate::beta::WindowsInformationProtectionPolicy>,
    ),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for AnyWindowsInformationProtection {
    #[inline]
    fn default() -> Self {
        Self::WindowsInformationProtection(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsInformationProtection>
for AnyWindowsInformationProtection {
    #[inline]
    fn from(v: crate::beta::WindowsInformationProtection) -> Self {
        Self::WindowsInformationProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MdmWindowsInformationProtectionPolicy>
for AnyWindowsInformationProtection {
    #[inline]
    fn from(v: crate::beta::MdmWindowsInformationProtectionPolicy) -> Self {
        Self::MdmWindowsInformationProtectionPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsInformationProtectionPolicy>
for AnyWindowsInformationProtection {
    #[inline]
    fn from(v: crate::beta::WindowsInformationProtectionPolicy) -> Self {
        Self::WindowsInformationProtectionPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
unsafe impl ::std::marker::Send for AnyWindowsInformationProtection {}
#[cfg(msgraph_beta_core_or_device_app_management)]
unsafe impl ::std::marker::Sync for AnyWindowsInformationProtection {}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::marker::Unpin for AnyWindowsInformationProtection {}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::panic::UnwindSafe for AnyWindowsInformationProtection {}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::panic::RefUnwindSafe for AnyWindowsInformationProtection {}
#[cfg(msgraph_beta_core_or_device_app_management)]
const _: () = {
    rt::object::auto_traits::<crate::beta::WindowsInformationProtection>();
    rt::object::auto_traits::<crate::beta::MdmWindowsInformationProtectionPolicy>();
    rt::object::auto_traits::<crate::beta::WindowsInformationProtectionPolicy>();
};
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Poly for AnyWindowsInformationProtection {
    const BASE_NAME: &'static str = "microsoft.graph.windowsInformationProtection";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.mdmWindowsInformationProtectionPolicy",
            ) => Self::MdmWindowsInformationProtectionPolicy(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionPolicy",
            ) => Self::WindowsInformationProtectionPolicy(rt::object::new_boxed()),
            _ => Self::WindowsInformationProtection(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::WindowsInformationProtection(v) => &**v,
            Self::MdmWindowsInformationProtectionPolicy(v) => &**v,
            Self::WindowsInformationProtectionPolicy(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::WindowsInformationProtection(v) => &mut **v,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut **v,
            Self::WindowsInformationProtectionPolicy(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl AnyWindowsInformationProtection {
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
            Self::WindowsInformationProtection(v) => &v.id,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.id,
            Self::WindowsInformationProtectionPolicy(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.id,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.id,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsInformationProtection(v) => &v.created_date_time,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.created_date_time,
            Self::WindowsInformationProtectionPolicy(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.created_date_time,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.created_date_time,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtection(v) => &v.description,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.description,
            Self::WindowsInformationProtectionPolicy(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.description,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.description,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtection(v) => &v.display_name,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.display_name,
            Self::WindowsInformationProtectionPolicy(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.display_name,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.display_name,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsInformationProtection(v) => &v.last_modified_date_time,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.last_modified_date_time,
            Self::WindowsInformationProtectionPolicy(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.last_modified_date_time,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.last_modified_date_time
            }
            Self::WindowsInformationProtectionPolicy(v) => &mut v.last_modified_date_time,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::WindowsInformationProtection(v) => &v.role_scope_tag_ids,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.role_scope_tag_ids,
            Self::WindowsInformationProtectionPolicy(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.role_scope_tag_ids,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.role_scope_tag_ids,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtection(v) => &v.version,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.version,
            Self::WindowsInformationProtectionPolicy(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.version,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.version,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.version,
        }
    }
    /// `azureRightsManagementServicesAllowed` of any variant.
    #[inline]
    pub fn azure_rights_management_services_allowed(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => {
                &v.azure_rights_management_services_allowed
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.azure_rights_management_services_allowed
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &v.azure_rights_management_services_allowed
            }
        }
    }
    /// `azureRightsManagementServicesAllowed` of any variant.
    #[inline]
    pub fn azure_rights_management_services_allowed_mut(
        &mut self,
    ) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => {
                &mut v.azure_rights_management_services_allowed
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.azure_rights_management_services_allowed
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.azure_rights_management_services_allowed
            }
        }
    }
    /// `dataRecoveryCertificate` of any variant.
    #[inline]
    pub fn data_recovery_certificate(
        &self,
    ) -> &rt::Field<crate::beta::WindowsInformationProtectionDataRecoveryCertificate> {
        match self {
            Self::WindowsInformationProtection(v) => &v.data_recovery_certificate,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.data_recovery_certificate
            }
            Self::WindowsInformationProtectionPolicy(v) => &v.data_recovery_certificate,
        }
    }
    /// `dataRecoveryCertificate` of any variant.
    #[inline]
    pub fn data_recovery_certificate_mut(
        &mut self,
    ) -> &mut rt::Field<
        crate::beta::WindowsInformationProtectionDataRecoveryCertificate,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.data_recovery_certificate,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.data_recovery_certificate
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.data_recovery_certificate
            }
        }
    }
    /// `enforcementLevel` of any variant.
    #[inline]
    pub fn enforcement_level(
        &self,
    ) -> &rt::Field<crate::beta::WindowsInformationProtectionEnforcementLevel> {
        match self {
            Self::WindowsInformationProtection(v) => &v.enforcement_level,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.enforcement_level,
            Self::WindowsInformationProtectionPolicy(v) => &v.enforcement_level,
        }
    }
    /// `enforcementLevel` of any variant.
    #[inline]
    pub fn enforcement_level_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::WindowsInformationProtectionEnforcementLevel> {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.enforcement_level,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.enforcement_level,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.enforcement_level,
        }
    }
    /// `enterpriseDomain` of any variant.
    #[inline]
    pub fn enterprise_domain(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtection(v) => &v.enterprise_domain,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.enterprise_domain,
            Self::WindowsInformationProtectionPolicy(v) => &v.enterprise_domain,
        }
    }
    /// `enterpriseDomain` of any variant.
    #[inline]
    pub fn enterprise_domain_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.enterprise_domain,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.enterprise_domain,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.enterprise_domain,
        }
    }
    /// `enterpriseInternalProxyServers` of any variant.
    #[inline]
    pub fn enterprise_internal_proxy_servers(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &v.enterprise_internal_proxy_servers,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.enterprise_internal_proxy_servers
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &v.enterprise_internal_proxy_servers
            }
        }
    }
    /// `enterpriseInternalProxyServers` of any variant.
    #[inline]
    pub fn enterprise_internal_proxy_servers_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => {
                &mut v.enterprise_internal_proxy_servers
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_internal_proxy_servers
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_internal_proxy_servers
            }
        }
    }
    /// `enterpriseIPRanges` of any variant.
    #[inline]
    pub fn enterprise_ip_ranges(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionIpRangeCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &v.enterprise_ip_ranges,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.enterprise_ip_ranges,
            Self::WindowsInformationProtectionPolicy(v) => &v.enterprise_ip_ranges,
        }
    }
    /// `enterpriseIPRanges` of any variant.
    #[inline]
    pub fn enterprise_ip_ranges_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionIpRangeCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.enterprise_ip_ranges,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.enterprise_ip_ranges,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.enterprise_ip_ranges,
        }
    }
    /// `enterpriseIPRangesAreAuthoritative` of any variant.
    #[inline]
    pub fn enterprise_ip_ranges_are_authoritative(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => {
                &v.enterprise_ip_ranges_are_authoritative
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.enterprise_ip_ranges_are_authoritative
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &v.enterprise_ip_ranges_are_authoritative
            }
        }
    }
    /// `enterpriseIPRangesAreAuthoritative` of any variant.
    #[inline]
    pub fn enterprise_ip_ranges_are_authoritative_mut(
        &mut self,
    ) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => {
                &mut v.enterprise_ip_ranges_are_authoritative
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_ip_ranges_are_authoritative
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_ip_ranges_are_authoritative
            }
        }
    }
    /// `enterpriseNetworkDomainNames` of any variant.
    #[inline]
    pub fn enterprise_network_domain_names(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &v.enterprise_network_domain_names,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.enterprise_network_domain_names
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &v.enterprise_network_domain_names
            }
        }
    }
    /// `enterpriseNetworkDomainNames` of any variant.
    #[inline]
    pub fn enterprise_network_domain_names_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => {
                &mut v.enterprise_network_domain_names
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_network_domain_names
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_network_domain_names
            }
        }
    }
    /// `enterpriseProtectedDomainNames` of any variant.
    #[inline]
    pub fn enterprise_protected_domain_names(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &v.enterprise_protected_domain_names,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.enterprise_protected_domain_names
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &v.enterprise_protected_domain_names
            }
        }
    }
    /// `enterpriseProtectedDomainNames` of any variant.
    #[inline]
    pub fn enterprise_protected_domain_names_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => {
                &mut v.enterprise_protected_domain_names
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_protected_domain_names
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_protected_domain_names
            }
        }
    }
    /// `enterpriseProxiedDomains` of any variant.
    #[inline]
    pub fn enterprise_proxied_domains(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionProxiedDomainCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &v.enterprise_proxied_domains,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.enterprise_proxied_domains
            }
            Self::WindowsInformationProtectionPolicy(v) => &v.enterprise_proxied_domains,
        }
    }
    /// `enterpriseProxiedDomains` of any variant.
    #[inline]
    pub fn enterprise_proxied_domains_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionProxiedDomainCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.enterprise_proxied_domains,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_proxied_domains
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_proxied_domains
            }
        }
    }
    /// `enterpriseProxyServers` of any variant.
    #[inline]
    pub fn enterprise_proxy_servers(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &v.enterprise_proxy_servers,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.enterprise_proxy_servers,
            Self::WindowsInformationProtectionPolicy(v) => &v.enterprise_proxy_servers,
        }
    }
    /// `enterpriseProxyServers` of any variant.
    #[inline]
    pub fn enterprise_proxy_servers_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.enterprise_proxy_servers,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_proxy_servers
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_proxy_servers
            }
        }
    }
    /// `enterpriseProxyServersAreAuthoritative` of any variant.
    #[inline]
    pub fn enterprise_proxy_servers_are_authoritative(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => {
                &v.enterprise_proxy_servers_are_authoritative
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.enterprise_proxy_servers_are_authoritative
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &v.enterprise_proxy_servers_are_authoritative
            }
        }
    }
    /// `enterpriseProxyServersAreAuthoritative` of any variant.
    #[inline]
    pub fn enterprise_proxy_servers_are_authoritative_mut(
        &mut self,
    ) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => {
                &mut v.enterprise_proxy_servers_are_authoritative
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_proxy_servers_are_authoritative
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.enterprise_proxy_servers_are_authoritative
            }
        }
    }
    /// `exemptApps` of any variant.
    #[inline]
    pub fn exempt_apps(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyWindowsInformationProtectionApp>> {
        match self {
            Self::WindowsInformationProtection(v) => &v.exempt_apps,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.exempt_apps,
            Self::WindowsInformationProtectionPolicy(v) => &v.exempt_apps,
        }
    }
    /// `exemptApps` of any variant.
    #[inline]
    pub fn exempt_apps_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::AnyWindowsInformationProtectionApp>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.exempt_apps,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.exempt_apps,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.exempt_apps,
        }
    }
    /// `iconsVisible` of any variant.
    #[inline]
    pub fn icons_visible(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => &v.icons_visible,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.icons_visible,
            Self::WindowsInformationProtectionPolicy(v) => &v.icons_visible,
        }
    }
    /// `iconsVisible` of any variant.
    #[inline]
    pub fn icons_visible_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.icons_visible,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.icons_visible,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.icons_visible,
        }
    }
    /// `indexingEncryptedStoresOrItemsBlocked` of any variant.
    #[inline]
    pub fn indexing_encrypted_stores_or_items_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => {
                &v.indexing_encrypted_stores_or_items_blocked
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.indexing_encrypted_stores_or_items_blocked
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &v.indexing_encrypted_stores_or_items_blocked
            }
        }
    }
    /// `indexingEncryptedStoresOrItemsBlocked` of any variant.
    #[inline]
    pub fn indexing_encrypted_stores_or_items_blocked_mut(
        &mut self,
    ) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => {
                &mut v.indexing_encrypted_stores_or_items_blocked
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.indexing_encrypted_stores_or_items_blocked
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.indexing_encrypted_stores_or_items_blocked
            }
        }
    }
    /// `isAssigned` of any variant.
    #[inline]
    pub fn is_assigned(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => &v.is_assigned,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.is_assigned,
            Self::WindowsInformationProtectionPolicy(v) => &v.is_assigned,
        }
    }
    /// `isAssigned` of any variant.
    #[inline]
    pub fn is_assigned_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.is_assigned,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.is_assigned,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.is_assigned,
        }
    }
    /// `neutralDomainResources` of any variant.
    #[inline]
    pub fn neutral_domain_resources(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &v.neutral_domain_resources,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.neutral_domain_resources,
            Self::WindowsInformationProtectionPolicy(v) => &v.neutral_domain_resources,
        }
    }
    /// `neutralDomainResources` of any variant.
    #[inline]
    pub fn neutral_domain_resources_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.neutral_domain_resources,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.neutral_domain_resources
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.neutral_domain_resources
            }
        }
    }
    /// `protectedApps` of any variant.
    #[inline]
    pub fn protected_apps(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyWindowsInformationProtectionApp>> {
        match self {
            Self::WindowsInformationProtection(v) => &v.protected_apps,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.protected_apps,
            Self::WindowsInformationProtectionPolicy(v) => &v.protected_apps,
        }
    }
    /// `protectedApps` of any variant.
    #[inline]
    pub fn protected_apps_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::AnyWindowsInformationProtectionApp>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.protected_apps,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.protected_apps,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.protected_apps,
        }
    }
    /// `protectionUnderLockConfigRequired` of any variant.
    #[inline]
    pub fn protection_under_lock_config_required(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => {
                &v.protection_under_lock_config_required
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.protection_under_lock_config_required
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &v.protection_under_lock_config_required
            }
        }
    }
    /// `protectionUnderLockConfigRequired` of any variant.
    #[inline]
    pub fn protection_under_lock_config_required_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => {
                &mut v.protection_under_lock_config_required
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.protection_under_lock_config_required
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.protection_under_lock_config_required
            }
        }
    }
    /// `revokeOnUnenrollDisabled` of any variant.
    #[inline]
    pub fn revoke_on_unenroll_disabled(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => &v.revoke_on_unenroll_disabled,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.revoke_on_unenroll_disabled
            }
            Self::WindowsInformationProtectionPolicy(v) => &v.revoke_on_unenroll_disabled,
        }
    }
    /// `revokeOnUnenrollDisabled` of any variant.
    #[inline]
    pub fn revoke_on_unenroll_disabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.revoke_on_unenroll_disabled,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.revoke_on_unenroll_disabled
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.revoke_on_unenroll_disabled
            }
        }
    }
    /// `rightsManagementServicesTemplateId` of any variant.
    #[inline]
    pub fn rights_management_services_template_id(&self) -> &rt::Field<rt::edm::Guid> {
        match self {
            Self::WindowsInformationProtection(v) => {
                &v.rights_management_services_template_id
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.rights_management_services_template_id
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &v.rights_management_services_template_id
            }
        }
    }
    /// `rightsManagementServicesTemplateId` of any variant.
    #[inline]
    pub fn rights_management_services_template_id_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Guid> {
        match self {
            Self::WindowsInformationProtection(v) => {
                &mut v.rights_management_services_template_id
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.rights_management_services_template_id
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.rights_management_services_template_id
            }
        }
    }
    /// `smbAutoEncryptedFileExtensions` of any variant.
    #[inline]
    pub fn smb_auto_encrypted_file_extensions(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => {
                &v.smb_auto_encrypted_file_extensions
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.smb_auto_encrypted_file_extensions
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &v.smb_auto_encrypted_file_extensions
            }
        }
    }
    /// `smbAutoEncryptedFileExtensions` of any variant.
    #[inline]
    pub fn smb_auto_encrypted_file_extensions_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => {
                &mut v.smb_auto_encrypted_file_extensions
            }
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.smb_auto_encrypted_file_extensions
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.smb_auto_encrypted_file_extensions
            }
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::TargetedManagedAppPolicyAssignment>> {
        match self {
            Self::WindowsInformationProtection(v) => &v.assignments,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.assignments,
            Self::WindowsInformationProtectionPolicy(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::TargetedManagedAppPolicyAssignment>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.assignments,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.assignments,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.assignments,
        }
    }
    /// `exemptAppLockerFiles` of any variant.
    #[inline]
    pub fn exempt_app_locker_files(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionAppLockerFile>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &v.exempt_app_locker_files,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.exempt_app_locker_files,
            Self::WindowsInformationProtectionPolicy(v) => &v.exempt_app_locker_files,
        }
    }
    /// `exemptAppLockerFiles` of any variant.
    #[inline]
    pub fn exempt_app_locker_files_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionAppLockerFile>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.exempt_app_locker_files,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.exempt_app_locker_files
            }
            Self::WindowsInformationProtectionPolicy(v) => &mut v.exempt_app_locker_files,
        }
    }
    /// `protectedAppLockerFiles` of any variant.
    #[inline]
    pub fn protected_app_locker_files(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionAppLockerFile>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &v.protected_app_locker_files,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &v.protected_app_locker_files
            }
            Self::WindowsInformationProtectionPolicy(v) => &v.protected_app_locker_files,
        }
    }
    /// `protectedAppLockerFiles` of any variant.
    #[inline]
    pub fn protected_app_locker_files_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionAppLockerFile>,
    > {
        match self {
            Self::WindowsInformationProtection(v) => &mut v.protected_app_locker_files,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.protected_app_locker_files
            }
            Self::WindowsInformationProtectionPolicy(v) => {
                &mut v.protected_app_locker_files
            }
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_poly!(AnyWindowsInformationProtection);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWindowsInformationProtection);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// App for Windows information protection
///
/// CSDL: `microsoft.graph.windowsInformationProtectionApp`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsInformationProtectionApp {
    /// If true, app is denied protection or exemption.
    ///
    /// CSDL: property `denied`: `Edm.Boolean`, not nullable.
    pub denied: rt::Field<bool>,
    /// The app's description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// App display name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The product name.
    ///
    /// CSDL: property `productName`: `Edm.String`, nullable.
    pub product_name: rt::Field<::std::string::String>,
    /// The publisher name
    ///
    /// CSDL: property `publisherName`: `Edm.String`, nullable.
    pub publisher_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for WindowsInformationProtectionApp {
    #[inline]
    fn default() -> Self {
        Self {
            denied: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            product_name: rt::Field::Absent,
            publisher_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for WindowsInformationProtectionApp {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionApp";
    const KEYS: &'static [&'static str] = &[
        "denied",
        "description",
        "displayName",
        "productName",
        "publisherName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"denied\":                       ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"productName\":                  ",
        ",\"publisherName\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsInformationProtectionApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "denied", &self.denied);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "product_name", &self.product_name);
        v.field(4usize, "publisher_name", &self.publisher_name);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for WindowsInformationProtectionApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.denied.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.product_name.read_from(r),
            4usize => self.publisher_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.denied);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.product_name);
        w.field(4usize, &self.publisher_name);
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(WindowsInformationProtectionApp);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    WindowsInformationProtectionApp { with_denied denied : bool; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_product_name product_name : ::std::string::String;
    with_publisher_name publisher_name : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionApp);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// `microsoft.graph.windowsInformationProtectionApp` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWindowsInformationProtectionApp {
    WindowsInformationProtectionApp(
        ::std::boxed::Box<crate::beta::WindowsInformationProtectionApp>,
    ),
    WindowsInformationProtectionDesktopApp(
        ::std::boxed::Box<crate::beta::WindowsInformationProtectionDesktopApp>,
    ),
    WindowsInformationProtectionStoreApp(
        ::std::boxed::Box<crate::beta::WindowsInformationProtectionStoreApp>,
    ),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for AnyWindowsInformationProtectionApp {
    #[inline]
    fn default() -> Self {
        Self::WindowsInformationProtectionApp(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsInformationProtectionApp>
for AnyWindowsInformationProtectionApp {
    #[inline]
    fn from(v: crate::beta::WindowsInformationProtectionApp) -> Self {
        Self::WindowsInformationProtectionApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsInformationProtectionDesktopApp>
for AnyWindowsInformationProtectionApp {
    #[inline]
    fn from(v: crate::beta::WindowsInformationProtectionDesktopApp) -> Self {
        Self::WindowsInformationProtectionDesktopApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsInformationProtectionStoreApp>
for AnyWindowsInformationProtectionApp {
    #[inline]
    fn from(v: crate::beta::WindowsInformationProtectionStoreApp) -> Self {
        Self::WindowsInformationProtectionStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
unsafe impl ::std::marker::Send for AnyWindowsInformationProtectionApp {}
#[cfg(msgraph_beta_core_or_device_app_management)]
unsafe impl ::std::marker::Sync for AnyWindowsInformationProtectionApp {}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::marker::Unpin for AnyWindowsInformationProtectionApp {}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::panic::UnwindSafe for AnyWindowsInformationProtectionApp {}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::panic::RefUnwindSafe for AnyWindowsInformationProtectionApp {}
#[cfg(msgraph_beta_core_or_device_app_management)]
const _: () = {
    rt::object::auto_traits::<crate::beta::WindowsInformationProtectionApp>();
    rt::object::auto_traits::<crate::beta::WindowsInformationProtectionDesktopApp>();
    rt::object::auto_traits::<crate::beta::WindowsInformationProtectionStoreApp>();
};
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Poly for AnyWindowsInformationProtectionApp {
    const BASE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionApp";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionDesktopApp",
            ) => Self::WindowsInformationProtectionDesktopApp(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionStoreApp",
            ) => Self::WindowsInformationProtectionStoreApp(rt::object::new_boxed()),
            _ => Self::WindowsInformationProtectionApp(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::WindowsInformationProtectionApp(v) => &**v,
            Self::WindowsInformationProtectionDesktopApp(v) => &**v,
            Self::WindowsInformationProtectionStoreApp(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::WindowsInformationProtectionApp(v) => &mut **v,
            Self::WindowsInformationProtectionDesktopApp(v) => &mut **v,
            Self::WindowsInformationProtectionStoreApp(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl AnyWindowsInformationProtectionApp {
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
    /// `denied` of any variant.
    #[inline]
    pub fn denied(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsInformationProtectionApp(v) => &v.denied,
            Self::WindowsInformationProtectionDesktopApp(v) => &v.denied,
            Self::WindowsInformationProtectionStoreApp(v) => &v.denied,
        }
    }
    /// `denied` of any variant.
    #[inline]
    pub fn denied_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsInformationProtectionApp(v) => &mut v.denied,
            Self::WindowsInformationProtectionDesktopApp(v) => &mut v.denied,
            Self::WindowsInformationProtectionStoreApp(v) => &mut v.denied,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtectionApp(v) => &v.description,
            Self::WindowsInformationProtectionDesktopApp(v) => &v.description,
            Self::WindowsInformationProtectionStoreApp(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtectionApp(v) => &mut v.description,
            Self::WindowsInformationProtectionDesktopApp(v) => &mut v.description,
            Self::WindowsInformationProtectionStoreApp(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtectionApp(v) => &v.display_name,
            Self::WindowsInformationProtectionDesktopApp(v) => &v.display_name,
            Self::WindowsInformationProtectionStoreApp(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtectionApp(v) => &mut v.display_name,
            Self::WindowsInformationProtectionDesktopApp(v) => &mut v.display_name,
            Self::WindowsInformationProtectionStoreApp(v) => &mut v.display_name,
        }
    }
    /// `productName` of any variant.
    #[inline]
    pub fn product_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtectionApp(v) => &v.product_name,
            Self::WindowsInformationProtectionDesktopApp(v) => &v.product_name,
            Self::WindowsInformationProtectionStoreApp(v) => &v.product_name,
        }
    }
    /// `productName` of any variant.
    #[inline]
    pub fn product_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtectionApp(v) => &mut v.product_name,
            Self::WindowsInformationProtectionDesktopApp(v) => &mut v.product_name,
            Self::WindowsInformationProtectionStoreApp(v) => &mut v.product_name,
        }
    }
    /// `publisherName` of any variant.
    #[inline]
    pub fn publisher_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtectionApp(v) => &v.publisher_name,
            Self::WindowsInformationProtectionDesktopApp(v) => &v.publisher_name,
            Self::WindowsInformationProtectionStoreApp(v) => &v.publisher_name,
        }
    }
    /// `publisherName` of any variant.
    #[inline]
    pub fn publisher_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsInformationProtectionApp(v) => &mut v.publisher_name,
            Self::WindowsInformationProtectionDesktopApp(v) => &mut v.publisher_name,
            Self::WindowsInformationProtectionStoreApp(v) => &mut v.publisher_name,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_poly!(AnyWindowsInformationProtectionApp);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWindowsInformationProtectionApp);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Windows Information Protection AppLocker File
///
/// CSDL: `microsoft.graph.windowsInformationProtectionAppLockerFile`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsInformationProtectionAppLockerFile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The friendly name
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// File as a byte array
    ///
    /// CSDL: property `file`: `Edm.Binary`, nullable.
    pub file: rt::Field<rt::edm::Binary>,
    /// SHA256 hash of the file
    ///
    /// CSDL: property `fileHash`: `Edm.String`, nullable.
    pub file_hash: rt::Field<::std::string::String>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for WindowsInformationProtectionAppLockerFile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            file: rt::Field::Absent,
            file_hash: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for WindowsInformationProtectionAppLockerFile {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionAppLockerFile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "file",
        "fileHash",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"file\":                         ",
        ",\"fileHash\":                     ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsInformationProtectionAppLockerFile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "file", &self.file);
        v.field(3usize, "file_hash", &self.file_hash);
        v.field(4usize, "version", &self.version);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for WindowsInformationProtectionAppLockerFile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.file.read_from(r),
            3usize => self.file_hash.read_from(r),
            4usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.file);
        w.field(3usize, &self.file_hash);
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(WindowsInformationProtectionAppLockerFile);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    WindowsInformationProtectionAppLockerFile { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_file file :
    rt::edm::Binary; with_file_hash file_hash : ::std::string::String; with_version
    version : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionAppLockerFile);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Windows Information Protection DataRecoveryCertificate
///
/// CSDL: `microsoft.graph.windowsInformationProtectionDataRecoveryCertificate`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsInformationProtectionDataRecoveryCertificate {
    /// Data recovery Certificate
    ///
    /// CSDL: property `certificate`: `Edm.Binary`, nullable.
    pub certificate: rt::Field<rt::edm::Binary>,
    /// Data recovery Certificate description
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Data recovery Certificate expiration datetime
    ///
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Data recovery Certificate subject name
    ///
    /// CSDL: property `subjectName`: `Edm.String`, nullable.
    pub subject_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for WindowsInformationProtectionDataRecoveryCertificate {
    #[inline]
    fn default() -> Self {
        Self {
            certificate: rt::Field::Absent,
            description: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            subject_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for WindowsInformationProtectionDataRecoveryCertificate {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionDataRecoveryCertificate";
    const KEYS: &'static [&'static str] = &[
        "certificate",
        "description",
        "expirationDateTime",
        "subjectName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"certificate\":                  ",
        ",\"description\":                  ",
        ",\"expirationDateTime\":           ",
        ",\"subjectName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsInformationProtectionDataRecoveryCertificate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "certificate", &self.certificate);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "expiration_date_time", &self.expiration_date_time);
        v.field(3usize, "subject_name", &self.subject_name);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for WindowsInformationProtectionDataRecoveryCertificate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.certificate.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.expiration_date_time.read_from(r),
            3usize => self.subject_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.certificate);
        w.field(1usize, &self.description);
        w.field(2usize, &self.expiration_date_time);
        w.field(3usize, &self.subject_name);
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(WindowsInformationProtectionDataRecoveryCertificate);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    WindowsInformationProtectionDataRecoveryCertificate { with_certificate certificate :
    rt::edm::Binary; with_description description : ::std::string::String;
    with_expiration_date_time expiration_date_time : rt::edm::DateTimeOffset;
    with_subject_name subject_name : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionDataRecoveryCertificate);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Desktop App for Windows information protection
///
/// CSDL: `microsoft.graph.windowsInformationProtectionDesktopApp`, complex type, derived from `microsoft.graph.windowsInformationProtectionApp`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsInformationProtectionDesktopApp {
    /// If true, app is denied protection or exemption.
    ///
    /// CSDL: property `denied`: `Edm.Boolean`, not nullable.
    pub denied: rt::Field<bool>,
    /// The app's description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// App display name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The product name.
    ///
    /// CSDL: property `productName`: `Edm.String`, nullable.
    pub product_name: rt::Field<::std::string::String>,
    /// The publisher name
    ///
    /// CSDL: property `publisherName`: `Edm.String`, nullable.
    pub publisher_name: rt::Field<::std::string::String>,
    /// The binary name.
    ///
    /// CSDL: property `binaryName`: `Edm.String`, not nullable.
    pub binary_name: rt::Field<::std::string::String>,
    /// The high binary version.
    ///
    /// CSDL: property `binaryVersionHigh`: `Edm.String`, nullable.
    pub binary_version_high: rt::Field<::std::string::String>,
    /// The lower binary version.
    ///
    /// CSDL: property `binaryVersionLow`: `Edm.String`, nullable.
    pub binary_version_low: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for WindowsInformationProtectionDesktopApp {
    #[inline]
    fn default() -> Self {
        Self {
            denied: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            product_name: rt::Field::Absent,
            publisher_name: rt::Field::Absent,
            binary_name: rt::Field::Absent,
            binary_version_high: rt::Field::Absent,
            binary_version_low: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for WindowsInformationProtectionDesktopApp {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionDesktopApp";
    const KEYS: &'static [&'static str] = &[
        "denied",
        "description",
        "displayName",
        "productName",
        "publisherName",
        "binaryName",
        "binaryVersionHigh",
        "binaryVersionLow",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"denied\":                       ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"productName\":                  ",
        ",\"publisherName\":                ",
        ",\"binaryName\":                   ",
        ",\"binaryVersionHigh\":            ",
        ",\"binaryVersionLow\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsInformationProtectionDesktopApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "denied", &self.denied);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "product_name", &self.product_name);
        v.field(4usize, "publisher_name", &self.publisher_name);
        v.field(5usize, "binary_name", &self.binary_name);
        v.field(6usize, "binary_version_high", &self.binary_version_high);
        v.field(7usize, "binary_version_low", &self.binary_version_low);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for WindowsInformationProtectionDesktopApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.denied.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.product_name.read_from(r),
            4usize => self.publisher_name.read_from(r),
            5usize => self.binary_name.read_from(r),
            6usize => self.binary_version_high.read_from(r),
            7usize => self.binary_version_low.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.denied);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.product_name);
        w.field(4usize, &self.publisher_name);
        w.field(5usize, &self.binary_name);
        w.field(6usize, &self.binary_version_high);
        w.field(7usize, &self.binary_version_low);
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(WindowsInformationProtectionDesktopApp);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    WindowsInformationProtectionDesktopApp { with_denied denied : bool; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_product_name product_name : ::std::string::String;
    with_publisher_name publisher_name : ::std::string::String; with_binary_name
    binary_name : ::std::string::String; with_binary_version_high binary_version_high :
    ::std::string::String; with_binary_version_low binary_version_low :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionDesktopApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Represents device registration records for Bring-Your-Own-Device(BYOD) Windows devices.
///
/// CSDL: `microsoft.graph.windowsInformationProtectionDeviceRegistration`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WindowsInformationProtectionDeviceRegistrationPath`](requests/trait.WindowsInformationProtectionDeviceRegistrationPath.html), what a path to one (`EntityPath<WindowsInformationProtectionDeviceRegistration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsInformationProtectionDeviceRegistration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Device Mac address.
    ///
    /// CSDL: property `deviceMacAddress`: `Edm.String`, nullable.
    pub device_mac_address: rt::Field<::std::string::String>,
    /// Device name.
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// Device identifier for this device registration record.
    ///
    /// CSDL: property `deviceRegistrationId`: `Edm.String`, nullable.
    pub device_registration_id: rt::Field<::std::string::String>,
    /// Device type, for example, Windows laptop VS Windows phone.
    ///
    /// CSDL: property `deviceType`: `Edm.String`, nullable.
    pub device_type: rt::Field<::std::string::String>,
    /// Last checkin time of the device.
    ///
    /// CSDL: property `lastCheckInDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_check_in_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// UserId associated with this device registration record.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for WindowsInformationProtectionDeviceRegistration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            device_mac_address: rt::Field::Absent,
            device_name: rt::Field::Absent,
            device_registration_id: rt::Field::Absent,
            device_type: rt::Field::Absent,
            last_check_in_date_time: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for WindowsInformationProtectionDeviceRegistration {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionDeviceRegistration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deviceMacAddress",
        "deviceName",
        "deviceRegistrationId",
        "deviceType",
        "lastCheckInDateTime",
        "userId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deviceMacAddress\":             ",
        ",\"deviceName\":                   ",
        ",\"deviceRegistrationId\":         ",
        ",\"deviceType\":                   ",
        ",\"lastCheckInDateTime\":          ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsInformationProtectionDeviceRegistration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "device_mac_address", &self.device_mac_address);
        v.field(2usize, "device_name", &self.device_name);
        v.field(3usize, "device_registration_id", &self.device_registration_id);
        v.field(4usize, "device_type", &self.device_type);
        v.field(5usize, "last_check_in_date_time", &self.last_check_in_date_time);
        v.field(6usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for WindowsInformationProtectionDeviceRegistration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.device_mac_address.read_from(r),
            2usize => self.device_name.read_from(r),
            3usize => self.device_registration_id.read_from(r),
            4usize => self.device_type.read_from(r),
            5usize => self.last_check_in_date_time.read_from(r),
            6usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.device_mac_address);
        w.field(2usize, &self.device_name);
        w.field(3usize, &self.device_registration_id);
        w.field(4usize, &self.device_type);
        w.field(5usize, &self.last_check_in_date_time);
        w.field(6usize, &self.user_id);
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
rt::impl_object!(WindowsInformationProtectionDeviceRegistration);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    WindowsInformationProtectionDeviceRegistration { with_id id : ::std::string::String;
    with_device_mac_address device_mac_address : ::std::string::String; with_device_name
    device_name : ::std::string::String; with_device_registration_id
    device_registration_id : ::std::string::String; with_device_type device_type :
    ::std::string::String; with_last_check_in_date_time last_check_in_date_time :
    rt::edm::DateTimeOffset; with_user_id user_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionDeviceRegistration);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// CSDL: `microsoft.graph.windowsInformationProtectionEnforcementLevel`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsInformationProtectionEnforcementLevel {
    /// `noProtection` (value 0).
    NoProtection,
    /// `encryptAndAuditOnly` (value 1).
    EncryptAndAuditOnly,
    /// `encryptAuditAndPrompt` (value 2).
    EncryptAuditAndPrompt,
    /// `encryptAuditAndBlock` (value 3).
    EncryptAuditAndBlock,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::StrEnum for WindowsInformationProtectionEnforcementLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionEnforcementLevel";
    const MEMBERS: &'static [&'static str] = &[
        "noProtection",
        "encryptAndAuditOnly",
        "encryptAuditAndPrompt",
        "encryptAuditAndBlock",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "noProtection" => Self::NoProtection,
                "encryptAndAuditOnly" => Self::EncryptAndAuditOnly,
                "encryptAuditAndPrompt" => Self::EncryptAuditAndPrompt,
                "encryptAuditAndBlock" => Self::EncryptAuditAndBlock,
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
            Self::NoProtection => "noProtection",
            Self::EncryptAndAuditOnly => "encryptAndAuditOnly",
            Self::EncryptAuditAndPrompt => "encryptAuditAndPrompt",
            Self::EncryptAuditAndBlock => "encryptAuditAndBlock",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_enum!(WindowsInformationProtectionEnforcementLevel);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionEnforcementLevel);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Windows Information Protection IP Range Collection
///
/// CSDL: `microsoft.graph.windowsInformationProtectionIPRangeCollection`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsInformationProtectionIpRangeCollection {
    /// Display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Collection of ip ranges
    ///
    /// CSDL: property `ranges`: `Collection(microsoft.graph.ipRange)`, not nullable.
    pub ranges: rt::Field<::std::vec::Vec<crate::beta::AnyIpRange>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for WindowsInformationProtectionIpRangeCollection {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            ranges: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for WindowsInformationProtectionIpRangeCollection {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionIPRangeCollection";
    const KEYS: &'static [&'static str] = &["displayName", "ranges"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"ranges\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsInformationProtectionIPRangeCollection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "ranges", &self.ranges);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for WindowsInformationProtectionIpRangeCollection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.ranges.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.ranges);
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(WindowsInformationProtectionIpRangeCollection);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    WindowsInformationProtectionIpRangeCollection { with_display_name display_name :
    ::std::string::String; with_ranges ranges : ::std::vec::Vec < crate
    ::beta::AnyIpRange >; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionIpRangeCollection);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// CSDL: `microsoft.graph.windowsInformationProtectionPinCharacterRequirements`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsInformationProtectionPinCharacterRequirements {
    /// `notAllow` (value 0).
    NotAllow,
    /// `requireAtLeastOne` (value 1).
    RequireAtLeastOne,
    /// `allow` (value 2).
    Allow,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::StrEnum for WindowsInformationProtectionPinCharacterRequirements {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionPinCharacterRequirements";
    const MEMBERS: &'static [&'static str] = &["notAllow", "requireAtLeastOne", "allow"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notAllow" => Self::NotAllow,
                "requireAtLeastOne" => Self::RequireAtLeastOne,
                "allow" => Self::Allow,
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
            Self::NotAllow => "notAllow",
            Self::RequireAtLeastOne => "requireAtLeastOne",
            Self::Allow => "allow",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_enum!(WindowsInformationProtectionPinCharacterRequirements);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionPinCharacterRequirements);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Policy for Windows information protection without MDM
///
/// CSDL: `microsoft.graph.windowsInformationProtectionPolicy`, entity type, derived from `microsoft.graph.windowsInformationProtection`, key `id`.
///
/// Request builders: [`WindowsInformationProtectionPath`](requests/trait.WindowsInformationProtectionPath.html), what a path to one (`EntityPath<WindowsInformationProtectionPolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsInformationProtectionPolicy {
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
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Specifies whether to allow Azure RMS encryption for WIP
    ///
    /// CSDL: property `azureRightsManagementServicesAllowed`: `Edm.Boolean`, not nullable.
    pub azure_rights_management_services_allowed: rt::Field<bool>,
    /// Specifies a recovery certificate that can be used for data recovery of encrypted files. This is the same as the data recovery agent(DRA) certificate for encrypting file system(EFS)
    ///
    /// CSDL: property `dataRecoveryCertificate`: `microsoft.graph.windowsInformationProtectionDataRecoveryCertificate`, nullable.
    pub data_recovery_certificate: rt::Field<
        crate::beta::WindowsInformationProtectionDataRecoveryCertificate,
    >,
    /// WIP enforcement level.See the Enum definition for supported values
    ///
    /// CSDL: property `enforcementLevel`: `microsoft.graph.windowsInformationProtectionEnforcementLevel`, not nullable.
    pub enforcement_level: rt::Field<
        crate::beta::WindowsInformationProtectionEnforcementLevel,
    >,
    /// Primary enterprise domain
    ///
    /// CSDL: property `enterpriseDomain`: `Edm.String`, nullable.
    pub enterprise_domain: rt::Field<::std::string::String>,
    /// This is the comma-separated list of internal proxy servers. For example, "157.54.14.28, 157.54.11.118, 10.202.14.167, 157.53.14.163, 157.69.210.59". These proxies have been configured by the admin to connect to specific resources on the Internet. They are considered to be enterprise network locations. The proxies are only leveraged in configuring the EnterpriseProxiedDomains policy to force traffic to the matched domains through these proxies
    ///
    /// CSDL: property `enterpriseInternalProxyServers`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub enterprise_internal_proxy_servers: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    >,
    /// Sets the enterprise IP ranges that define the computers in the enterprise network. Data that comes from those computers will be considered part of the enterprise and protected. These locations will be considered a safe destination for enterprise data to be shared to
    ///
    /// CSDL: property `enterpriseIPRanges`: `Collection(microsoft.graph.windowsInformationProtectionIPRangeCollection)`, nullable.
    pub enterprise_ip_ranges: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionIpRangeCollection>,
    >,
    /// Boolean value that tells the client to accept the configured list and not to use heuristics to attempt to find other subnets. Default is false
    ///
    /// CSDL: property `enterpriseIPRangesAreAuthoritative`: `Edm.Boolean`, not nullable.
    pub enterprise_ip_ranges_are_authoritative: rt::Field<bool>,
    /// This is the list of domains that comprise the boundaries of the enterprise. Data from one of these domains that is sent to a device will be considered enterprise data and protected These locations will be considered a safe destination for enterprise data to be shared to
    ///
    /// CSDL: property `enterpriseNetworkDomainNames`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub enterprise_network_domain_names: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    >,
    /// List of enterprise domains to be protected
    ///
    /// CSDL: property `enterpriseProtectedDomainNames`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub enterprise_protected_domain_names: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    >,
    /// Contains a list of Enterprise resource domains hosted in the cloud that need to be protected. Connections to these resources are considered enterprise data. If a proxy is paired with a cloud resource, traffic to the cloud resource will be routed through the enterprise network via the denoted proxy server (on Port 80). A proxy server used for this purpose must also be configured using the EnterpriseInternalProxyServers policy
    ///
    /// CSDL: property `enterpriseProxiedDomains`: `Collection(microsoft.graph.windowsInformationProtectionProxiedDomainCollection)`, nullable.
    pub enterprise_proxied_domains: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionProxiedDomainCollection>,
    >,
    /// This is a list of proxy servers. Any server not on this list is considered non-enterprise
    ///
    /// CSDL: property `enterpriseProxyServers`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub enterprise_proxy_servers: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    >,
    /// Boolean value that tells the client to accept the configured list of proxies and not try to detect other work proxies. Default is false
    ///
    /// CSDL: property `enterpriseProxyServersAreAuthoritative`: `Edm.Boolean`, not nullable.
    pub enterprise_proxy_servers_are_authoritative: rt::Field<bool>,
    /// Exempt applications can also access enterprise data, but the data handled by those applications are not protected. This is because some critical enterprise applications may have compatibility problems with encrypted data.
    ///
    /// CSDL: property `exemptApps`: `Collection(microsoft.graph.windowsInformationProtectionApp)`, nullable.
    pub exempt_apps: rt::Field<
        ::std::vec::Vec<crate::beta::AnyWindowsInformationProtectionApp>,
    >,
    /// Determines whether overlays are added to icons for WIP protected files in Explorer and enterprise only app tiles in the Start menu. Starting in Windows 10, version 1703 this setting also configures the visibility of the WIP icon in the title bar of a WIP-protected app
    ///
    /// CSDL: property `iconsVisible`: `Edm.Boolean`, not nullable.
    pub icons_visible: rt::Field<bool>,
    /// This switch is for the Windows Search Indexer, to allow or disallow indexing of items
    ///
    /// CSDL: property `indexingEncryptedStoresOrItemsBlocked`: `Edm.Boolean`, not nullable.
    pub indexing_encrypted_stores_or_items_blocked: rt::Field<bool>,
    /// Indicates if the policy is deployed to any inclusion groups or not.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// List of domain names that can used for work or personal resource
    ///
    /// CSDL: property `neutralDomainResources`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub neutral_domain_resources: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    >,
    /// Protected applications can access enterprise data and the data handled by those applications are protected with encryption
    ///
    /// CSDL: property `protectedApps`: `Collection(microsoft.graph.windowsInformationProtectionApp)`, nullable.
    pub protected_apps: rt::Field<
        ::std::vec::Vec<crate::beta::AnyWindowsInformationProtectionApp>,
    >,
    /// Specifies whether the protection under lock feature (also known as encrypt under pin) should be configured
    ///
    /// CSDL: property `protectionUnderLockConfigRequired`: `Edm.Boolean`, not nullable.
    pub protection_under_lock_config_required: rt::Field<bool>,
    /// This policy controls whether to revoke the WIP keys when a device unenrolls from the management service. If set to 1 (Don't revoke keys), the keys will not be revoked and the user will continue to have access to protected files after unenrollment. If the keys are not revoked, there will be no revoked file cleanup subsequently.
    ///
    /// CSDL: property `revokeOnUnenrollDisabled`: `Edm.Boolean`, not nullable.
    pub revoke_on_unenroll_disabled: rt::Field<bool>,
    /// TemplateID GUID to use for RMS encryption. The RMS template allows the IT admin to configure the details about who has access to RMS-protected file and how long they have access
    ///
    /// CSDL: property `rightsManagementServicesTemplateId`: `Edm.Guid`, nullable.
    pub rights_management_services_template_id: rt::Field<rt::edm::Guid>,
    /// Specifies a list of file extensions, so that files with these extensions are encrypted when copying from an SMB share within the corporate boundary
    ///
    /// CSDL: property `smbAutoEncryptedFileExtensions`: `Collection(microsoft.graph.windowsInformationProtectionResourceCollection)`, nullable.
    pub smb_auto_encrypted_file_extensions: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionResourceCollection>,
    >,
    /// Navigation property to list of security groups targeted for policy.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::TargetedManagedAppPolicyAssignment>,
    >,
    /// Another way to input exempt apps through xml files
    ///
    /// CSDL: containment navigation property `exemptAppLockerFiles`: `Collection(microsoft.graph.windowsInformationProtectionAppLockerFile)`, not nullable.
    pub exempt_app_locker_files: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionAppLockerFile>,
    >,
    /// Another way to input protected apps through xml files
    ///
    /// CSDL: containment navigation property `protectedAppLockerFiles`: `Collection(microsoft.graph.windowsInformationProtectionAppLockerFile)`, not nullable.
    pub protected_app_locker_files: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionAppLockerFile>,
    >,
    /// Offline interval before app data is wiped (days)
    ///
    /// CSDL: property `daysWithoutContactBeforeUnenroll`: `Edm.Int32`, not nullable.
    pub days_without_contact_before_unenroll: rt::Field<i32>,
    /// Enrollment url for the MDM
    ///
    /// CSDL: property `mdmEnrollmentUrl`: `Edm.String`, nullable.
    pub mdm_enrollment_url: rt::Field<::std::string::String>,
    /// Specifies the maximum amount of time (in minutes) allowed after the device is idle that will cause the device to become PIN or password locked.   Range is an integer X where 0 <= X <= 999.
    ///
    /// CSDL: property `minutesOfInactivityBeforeDeviceLock`: `Edm.Int32`, not nullable.
    pub minutes_of_inactivity_before_device_lock: rt::Field<i32>,
    /// Integer value that specifies the number of past PINs that can be associated to a user account that can't be reused. The largest number you can configure for this policy setting is 50. The lowest number you can configure for this policy setting is 0. If this policy is set to 0, then storage of previous PINs is not required. This node was added in Windows 10, version 1511. Default is 0.
    ///
    /// CSDL: property `numberOfPastPinsRemembered`: `Edm.Int32`, not nullable.
    pub number_of_past_pins_remembered: rt::Field<i32>,
    /// The number of authentication failures allowed before the device will be wiped. A value of 0 disables device wipe functionality. Range is an integer X where 4 <= X <= 16 for desktop and 0 <= X <= 999 for mobile devices.
    ///
    /// CSDL: property `passwordMaximumAttemptCount`: `Edm.Int32`, not nullable.
    pub password_maximum_attempt_count: rt::Field<i32>,
    /// Integer value specifies the period of time (in days) that a PIN can be used before the system requires the user to change it. The largest number you can configure for this policy setting is 730. The lowest number you can configure for this policy setting is 0. If this policy is set to 0, then the user's PIN will never expire. This node was added in Windows 10, version 1511. Default is 0.
    ///
    /// CSDL: property `pinExpirationDays`: `Edm.Int32`, not nullable.
    pub pin_expiration_days: rt::Field<i32>,
    /// Integer value that configures the use of lowercase letters in the Windows Hello for Business PIN. Default is NotAllow.
    ///
    /// CSDL: property `pinLowercaseLetters`: `microsoft.graph.windowsInformationProtectionPinCharacterRequirements`, not nullable.
    pub pin_lowercase_letters: rt::Field<
        crate::beta::WindowsInformationProtectionPinCharacterRequirements,
    >,
    /// Integer value that sets the minimum number of characters required for the PIN. Default value is 4. The lowest number you can configure for this policy setting is 4. The largest number you can configure must be less than the number configured in the Maximum PIN length policy setting or the number 127, whichever is the lowest.
    ///
    /// CSDL: property `pinMinimumLength`: `Edm.Int32`, not nullable.
    pub pin_minimum_length: rt::Field<i32>,
    /// Integer value that configures the use of special characters in the Windows Hello for Business PIN. Valid special characters for Windows Hello for Business PIN gestures include: ! " # $ % & ' ( ) * + , - . / : ; < = > ? @ [ \ ] ^ _ ` { | } ~. Default is NotAllow.
    ///
    /// CSDL: property `pinSpecialCharacters`: `microsoft.graph.windowsInformationProtectionPinCharacterRequirements`, not nullable.
    pub pin_special_characters: rt::Field<
        crate::beta::WindowsInformationProtectionPinCharacterRequirements,
    >,
    /// Integer value that configures the use of uppercase letters in the Windows Hello for Business PIN. Default is NotAllow.
    ///
    /// CSDL: property `pinUppercaseLetters`: `microsoft.graph.windowsInformationProtectionPinCharacterRequirements`, not nullable.
    pub pin_uppercase_letters: rt::Field<
        crate::beta::WindowsInformationProtectionPinCharacterRequirements,
    >,
    /// New property in RS2, pending documentation
    ///
    /// CSDL: property `revokeOnMdmHandoffDisabled`: `Edm.Boolean`, not nullable.
    pub revoke_on_mdm_handoff_disabled: rt::Field<bool>,
    /// Boolean value that sets Windows Hello for Business as a method for signing into Windows.
    ///
    /// CSDL: property `windowsHelloForBusinessBlocked`: `Edm.Boolean`, not nullable.
    pub windows_hello_for_business_blocked: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for WindowsInformationProtectionPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            version: rt::Field::Absent,
            azure_rights_management_services_allowed: rt::Field::Absent,
            data_recovery_certificate: rt::Field::Absent,
            enforcement_level: rt::Field::Absent,
            enterprise_domain: rt::Field::Absent,
            enterprise_internal_proxy_servers: rt::Field::Absent,
            enterprise_ip_ranges: rt::Field::Absent,
            enterprise_ip_ranges_are_authoritative: rt::Field::Absent,
            enterprise_network_domain_names: rt::Field::Absent,
            enterprise_protected_domain_names: rt::Field::Absent,
            enterprise_proxied_domains: rt::Field::Absent,
            enterprise_proxy_servers: rt::Field::Absent,
            enterprise_proxy_servers_are_authoritative: rt::Field::Absent,
            exempt_apps: rt::Field::Absent,
            icons_visible: rt::Field::Absent,
            indexing_encrypted_stores_or_items_blocked: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            neutral_domain_resources: rt::Field::Absent,
            protected_apps: rt::Field::Absent,
            protection_under_lock_config_required: rt::Field::Absent,
            revoke_on_unenroll_disabled: rt::Field::Absent,
            rights_management_services_template_id: rt::Field::Absent,
            smb_auto_encrypted_file_extensions: rt::Field::Absent,
            assignments: rt::Field::Absent,
            exempt_app_locker_files: rt::Field::Absent,
            protected_app_locker_files: rt::Field::Absent,
            days_without_contact_before_unenroll: rt::Field::Absent,
            mdm_enrollment_url: rt::Field::Absent,
            minutes_of_inactivity_before_device_lock: rt::Field::Absent,
            number_of_past_pins_remembered: rt::Field::Absent,
            password_maximum_attempt_count: rt::Field::Absent,
            pin_expiration_days: rt::Field::Absent,
            pin_lowercase_letters: rt::Field::Absent,
            pin_minimum_length: rt::Field::Absent,
            pin_special_characters: rt::Field::Absent,
            pin_uppercase_letters: rt::Field::Absent,
            revoke_on_mdm_handoff_disabled: rt::Field::Absent,
            windows_hello_for_business_blocked: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for WindowsInformationProtectionPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "version",
        "azureRightsManagementServicesAllowed",
        "dataRecoveryCertificate",
        "enforcementLevel",
        "enterpriseDomain",
        "enterpriseInternalProxyServers",
        "enterpriseIPRanges",
        "enterpriseIPRangesAreAuthoritative",
        "enterpriseNetworkDomainNames",
        "enterpriseProtectedDomainNames",
        "enterpriseProxiedDomains",
        "enterpriseProxyServers",
        "enterpriseProxyServersAreAuthoritative",
        "exemptApps",
        "iconsVisible",
        "indexingEncryptedStoresOrItemsBlocked",
        "isAssigned",
        "neutralDomainResources",
        "protectedApps",
        "protectionUnderLockConfigRequired",
        "revokeOnUnenrollDisabled",
        "rightsManagementServicesTemplateId",
        "smbAutoEncryptedFileExtensions",
        "assignments",
        "exemptAppLockerFiles",
        "protectedAppLockerFiles",
        "daysWithoutContactBeforeUnenroll",
        "mdmEnrollmentUrl",
        "minutesOfInactivityBeforeDeviceLock",
        "numberOfPastPinsRemembered",
        "passwordMaximumAttemptCount",
        "pinExpirationDays",
        "pinLowercaseLetters",
        "pinMinimumLength",
        "pinSpecialCharacters",
        "pinUppercaseLetters",
        "revokeOnMdmHandoffDisabled",
        "windowsHelloForBusinessBlocked",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
        ",\"azureRightsManagementServicesAllowed\":",
        ",\"dataRecoveryCertificate\":      ",
        ",\"enforcementLevel\":             ",
        ",\"enterpriseDomain\":             ",
        ",\"enterpriseInternalProxyServers\":",
        ",\"enterpriseIPRanges\":           ",
        ",\"enterpriseIPRangesAreAuthoritative\":",
        ",\"enterpriseNetworkDomainNames\": ",
        ",\"enterpriseProtectedDomainNames\":",
        ",\"enterpriseProxiedDomains\":     ",
        ",\"enterpriseProxyServers\":       ",
        ",\"enterpriseProxyServersAreAuthoritative\":",
        ",\"exemptApps\":                   ",
        ",\"iconsVisible\":                 ",
        ",\"indexingEncryptedStoresOrItemsBlocked\":",
        ",\"isAssigned\":                   ",
        ",\"neutralDomainResources\":       ",
        ",\"protectedApps\":                ",
        ",\"protectionUnderLockConfigRequired\":",
        ",\"revokeOnUnenrollDisabled\":     ",
        ",\"rightsManagementServicesTemplateId\":",
        ",\"smbAutoEncryptedFileExtensions\":",
        ",\"assignments\":                  ",
        ",\"exemptAppLockerFiles\":         ",
        ",\"protectedAppLockerFiles\":      ",
        ",\"daysWithoutContactBeforeUnenroll\":",
        ",\"mdmEnrollmentUrl\":             ",
        ",\"minutesOfInactivityBeforeDeviceLock\":",
        ",\"numberOfPastPinsRemembered\":   ",
        ",\"passwordMaximumAttemptCount\":  ",
        ",\"pinExpirationDays\":            ",
        ",\"pinLowercaseLetters\":          ",
        ",\"pinMinimumLength\":             ",
        ",\"pinSpecialCharacters\":         ",
        ",\"pinUppercaseLetters\":          ",
        ",\"revokeOnMdmHandoffDisabled\":   ",
        ",\"windowsHelloForBusinessBlocked\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsInformationProtectionPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "version", &self.version);
        v.field(
            7usize,
            "azure_rights_management_services_allowed",
            &self.azure_rights_management_services_allowed,
        );
        v.field(8usize, "data_recovery_certificate", &self.data_recovery_certificate);
        v.field(9usize, "enforcement_level", &self.enforcement_level);
        v.field(10usize, "enterprise_domain", &self.enterprise_domain);
        v.field(
            11usize,
            "enterprise_internal_proxy_servers",
            &self.enterprise_internal_proxy_servers,
        );
        v.field(12usize, "enterprise_ip_ranges", &self.enterprise_ip_ranges);
        v.field(
            13usize,
            "enterprise_ip_ranges_are_authoritative",
            &self.enterprise_ip_ranges_are_authoritative,
        );
        v.field(
            14usize,
            "enterprise_network_domain_names",
            &self.enterprise_network_domain_names,
        );
        v.field(
            15usize,
            "enterprise_protected_domain_names",
            &self.enterprise_protected_domain_names,
        );
        v.field(16usize, "enterprise_proxied_domains", &self.enterprise_proxied_domains);
        v.field(17usize, "enterprise_proxy_servers", &self.enterprise_proxy_servers);
        v.field(
            18usize,
            "enterprise_proxy_servers_are_authoritative",
            &self.enterprise_proxy_servers_are_authoritative,
        );
        v.field(19usize, "exempt_apps", &self.exempt_apps);
        v.field(20usize, "icons_visible", &self.icons_visible);
        v.field(
            21usize,
            "indexing_encrypted_stores_or_items_blocked",
            &self.indexing_encrypted_stores_or_items_blocked,
        );
        v.field(22usize, "is_assigned", &self.is_assigned);
        v.field(23usize, "neutral_domain_resources", &self.neutral_domain_resources);
        v.field(24usize, "protected_apps", &self.protected_apps);
        v.field(
            25usize,
            "protection_under_lock_config_required",
            &self.protection_under_lock_config_required,
        );
        v.field(
            26usize,
            "revoke_on_unenroll_disabled",
            &self.revoke_on_unenroll_disabled,
        );
        v.field(
            27usize,
            "rights_management_services_template_id",
            &self.rights_management_services_template_id,
        );
        v.field(
            28usize,
            "smb_auto_encrypted_file_extensions",
            &self.smb_auto_encrypted_file_extensions,
        );
        v.field(29usize, "assignments", &self.assignments);
        v.field(30usize, "exempt_app_locker_files", &self.exempt_app_locker_files);
        v.field(31usize, "protected_app_locker_files", &self.protected_app_locker_files);
        v.field(
            32usize,
            "days_without_contact_before_unenroll",
            &self.days_without_contact_before_unenroll,
        );
        v.field(33usize, "mdm_enrollment_url", &self.mdm_enrollment_url);
        v.field(
            34usize,
            "minutes_of_inactivity_before_device_lock",
            &self.minutes_of_inactivity_before_device_lock,
        );
        v.field(
            35usize,
            "number_of_past_pins_remembered",
            &self.number_of_past_pins_remembered,
        );
        v.field(
            36usize,
            "password_maximum_attempt_count",
            &self.password_maximum_attempt_count,
        );
        v.field(37usize, "pin_expiration_days", &self.pin_expiration_days);
        v.field(38usize, "pin_lowercase_letters", &self.pin_lowercase_letters);
        v.field(39usize, "pin_minimum_length", &self.pin_minimum_length);
        v.field(40usize, "pin_special_characters", &self.pin_special_characters);
        v.field(41usize, "pin_uppercase_letters", &self.pin_uppercase_letters);
        v.field(
            42usize,
            "revoke_on_mdm_handoff_disabled",
            &self.revoke_on_mdm_handoff_disabled,
        );
        v.field(
            43usize,
            "windows_hello_for_business_blocked",
            &self.windows_hello_for_business_blocked,
        );
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for WindowsInformationProtectionPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.role_scope_tag_ids.read_from(r),
            6usize => self.version.read_from(r),
            7usize => self.azure_rights_management_services_allowed.read_from(r),
            8usize => self.data_recovery_certificate.read_from(r),
            9usize => self.enforcement_level.read_from(r),
            10usize => self.enterprise_domain.read_from(r),
            11usize => self.enterprise_internal_proxy_servers.read_from(r),
            12usize => self.enterprise_ip_ranges.read_from(r),
            13usize => self.enterprise_ip_ranges_are_authoritative.read_from(r),
            14usize => self.enterprise_network_domain_names.read_from(r),
            15usize => self.enterprise_protected_domain_names.read_from(r),
            16usize => self.enterprise_proxied_domains.read_from(r),
            17usize => self.enterprise_proxy_servers.read_from(r),
            18usize => self.enterprise_proxy_servers_are_authoritative.read_from(r),
            19usize => self.exempt_apps.read_from(r),
            20usize => self.icons_visible.read_from(r),
            21usize => self.indexing_encrypted_stores_or_items_blocked.read_from(r),
            22usize => self.is_assigned.read_from(r),
            23usize => self.neutral_domain_resources.read_from(r),
            24usize => self.protected_apps.read_from(r),
            25usize => self.protection_under_lock_config_required.read_from(r),
            26usize => self.revoke_on_unenroll_disabled.read_from(r),
            27usize => self.rights_management_services_template_id.read_from(r),
            28usize => self.smb_auto_encrypted_file_extensions.read_from(r),
            29usize => self.assignments.read_from(r),
            30usize => self.exempt_app_locker_files.read_from(r),
            31usize => self.protected_app_locker_files.read_from(r),
            32usize => self.days_without_contact_before_unenroll.read_from(r),
            33usize => self.mdm_enrollment_url.read_from(r),
            34usize => self.minutes_of_inactivity_before_device_lock.read_from(r),
            35usize => self.number_of_past_pins_remembered.read_from(r),
            36usize => self.password_maximum_attempt_count.read_from(r),
            37usize => self.pin_expiration_days.read_from(r),
            38usize => self.pin_lowercase_letters.read_from(r),
            39usize => self.pin_minimum_length.read_from(r),
            40usize => self.pin_special_characters.read_from(r),
            41usize => self.pin_uppercase_letters.read_from(r),
            42usize => self.revoke_on_mdm_handoff_disabled.read_from(r),
            43usize => self.windows_hello_for_business_blocked.read_from(r),
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
        w.field(5usize, &self.role_scope_tag_ids);
        w.field(6usize, &self.version);
        w.field(7usize, &self.azure_rights_management_services_allowed);
        w.field(8usize, &self.data_recovery_certificate);
        w.field(9usize, &self.enforcement_level);
        w.field(10usize, &self.enterprise_domain);
        w.field(11usize, &self.enterprise_internal_proxy_servers);
        w.field(12usize, &self.enterprise_ip_ranges);
        w.field(13usize, &self.enterprise_ip_ranges_are_authoritative);
        w.field(14usize, &self.enterprise_network_domain_names);
        w.field(15usize, &self.enterprise_protected_domain_names);
        w.field(16usize, &self.enterprise_proxied_domains);
        w.field(17usize, &self.enterprise_proxy_servers);
        w.field(18usize, &self.enterprise_proxy_servers_are_authoritative);
        w.field(19usize, &self.exempt_apps);
        w.field(20usize, &self.icons_visible);
        w.field(21usize, &self.indexing_encrypted_stores_or_items_blocked);
        w.field(22usize, &self.is_assigned);
        w.field(23usize, &self.neutral_domain_resources);
        w.field(24usize, &self.protected_apps);
        w.field(25usize, &self.protection_under_lock_config_required);
        w.field(26usize, &self.revoke_on_unenroll_disabled);
        w.field(27usize, &self.rights_management_services_template_id);
        w.field(28usize, &self.smb_auto_encrypted_file_extensions);
        w.field(29usize, &self.assignments);
        w.field(30usize, &self.exempt_app_locker_files);
        w.field(31usize, &self.protected_app_locker_files);
        w.field(32usize, &self.days_without_contact_before_unenroll);
        w.field(33usize, &self.mdm_enrollment_url);
        w.field(34usize, &self.minutes_of_inactivity_before_device_lock);
        w.field(35usize, &self.number_of_past_pins_remembered);
        w.field(36usize, &self.password_maximum_attempt_count);
        w.field(37usize, &self.pin_expiration_days);
        w.field(38usize, &self.pin_lowercase_letters);
        w.field(39usize, &self.pin_minimum_length);
        w.field(40usize, &self.pin_special_characters);
        w.field(41usize, &self.pin_uppercase_letters);
        w.field(42usize, &self.revoke_on_mdm_handoff_disabled);
        w.field(43usize, &self.windows_hello_for_business_blocked);
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(WindowsInformationProtectionPolicy);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    WindowsInformationProtectionPolicy { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_version version : ::std::string::String;
    with_azure_rights_management_services_allowed
    azure_rights_management_services_allowed : bool; with_data_recovery_certificate
    data_recovery_certificate : crate
    ::beta::WindowsInformationProtectionDataRecoveryCertificate; with_enforcement_level
    enforcement_level : crate ::beta::WindowsInformationProtectionEnforcementLevel;
    with_enterprise_domain enterprise_domain : ::std::string::String;
    with_enterprise_internal_proxy_servers enterprise_internal_proxy_servers :
    ::std::vec::Vec < crate ::beta::WindowsInformationProtectionResourceCollection >;
    with_enterprise_ip_ranges enterprise_ip_ranges : ::std::vec::Vec < crate
    ::beta::WindowsInformationProtectionIpRangeCollection >;
    with_enterprise_ip_ranges_are_authoritative enterprise_ip_ranges_are_authoritative :
    bool; with_enterprise_network_domain_names enterprise_network_domain_names :
    ::std::vec::Vec < crate ::beta::WindowsInformationProtectionResourceCollection >;
    with_enterprise_protected_domain_names enterprise_protected_domain_names :
    ::std::vec::Vec < crate ::beta::WindowsInformationProtectionResourceCollection >;
    with_enterprise_proxied_domains enterprise_proxied_domains : ::std::vec::Vec < crate
    ::beta::WindowsInformationProtectionProxiedDomainCollection >;
    with_enterprise_proxy_servers enterprise_proxy_servers : ::std::vec::Vec < crate
    ::beta::WindowsInformationProtectionResourceCollection >;
    with_enterprise_proxy_servers_are_authoritative
    enterprise_proxy_servers_are_authoritative : bool; with_exempt_apps exempt_apps :
    ::std::vec::Vec < crate ::beta::AnyWindowsInformationProtectionApp >;
    with_icons_visible icons_visible : bool;
    with_indexing_encrypted_stores_or_items_blocked
    indexing_encrypted_stores_or_items_blocked : bool; with_is_assigned is_assigned :
    bool; with_neutral_domain_resources neutral_domain_resources : ::std::vec::Vec <
    crate ::beta::WindowsInformationProtectionResourceCollection >; with_protected_apps
    protected_apps : ::std::vec::Vec < crate ::beta::AnyWindowsInformationProtectionApp
    >; with_protection_under_lock_config_required protection_under_lock_config_required :
    bool; with_revoke_on_unenroll_disabled revoke_on_unenroll_disabled : bool;
    with_rights_management_services_template_id rights_management_services_template_id :
    rt::edm::Guid; with_smb_auto_encrypted_file_extensions
    smb_auto_encrypted_file_extensions : ::std::vec::Vec < crate
    ::beta::WindowsInformationProtectionResourceCollection >; with_assignments
    assignments : ::std::vec::Vec < crate ::beta::TargetedManagedAppPolicyAssignment >;
    with_exempt_app_locker_files exempt_app_locker_files : ::std::vec::Vec < crate
    ::beta::WindowsInformationProtectionAppLockerFile >; with_protected_app_locker_files
    protected_app_locker_files : ::std::vec::Vec < crate
    ::beta::WindowsInformationProtectionAppLockerFile >;
    with_days_without_contact_before_unenroll days_without_contact_before_unenroll : i32;
    with_mdm_enrollment_url mdm_enrollment_url : ::std::string::String;
    with_minutes_of_inactivity_before_device_lock
    minutes_of_inactivity_before_device_lock : i32; with_number_of_past_pins_remembered
    number_of_past_pins_remembered : i32; with_password_maximum_attempt_count
    password_maximum_attempt_count : i32; with_pin_expiration_days pin_expiration_days :
    i32; with_pin_lowercase_letters pin_lowercase_letters : crate
    ::beta::WindowsInformationProtectionPinCharacterRequirements; with_pin_minimum_length
    pin_minimum_length : i32; with_pin_special_characters pin_special_characters : crate
    ::beta::WindowsInformationProtectionPinCharacterRequirements;
    with_pin_uppercase_letters pin_uppercase_letters : crate
    ::beta::WindowsInformationProtectionPinCharacterRequirements;
    with_revoke_on_mdm_handoff_disabled revoke_on_mdm_handoff_disabled : bool;
    with_windows_hello_for_business_blocked windows_hello_for_business_blocked : bool; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionPolicy);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Windows Information Protection Proxied Domain Collection
///
/// CSDL: `microsoft.graph.windowsInformationProtectionProxiedDomainCollection`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsInformationProtectionProxiedDomainCollection {
    /// Display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Collection of proxied domains
    ///
    /// CSDL: property `proxiedDomains`: `Collection(microsoft.graph.proxiedDomain)`, not nullable.
    pub proxied_domains: rt::Field<::std::vec::Vec<crate::beta::ProxiedDomain>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for WindowsInformationProtectionProxiedDomainCollection {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            proxied_domains: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for WindowsInformationProtectionProxiedDomainCollection {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionProxiedDomainCollection";
    const KEYS: &'static [&'static str] = &["displayName", "proxiedDomains"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"proxiedDomains\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsInformationProtectionProxiedDomainCollection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "proxied_domains", &self.proxied_domains);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for WindowsInformationProtectionProxiedDomainCollection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.proxied_domains.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.proxied_domains);
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(WindowsInformationProtectionProxiedDomainCollection);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    WindowsInformationProtectionProxiedDomainCollection { with_display_name display_name
    : ::std::string::String; with_proxied_domains proxied_domains : ::std::vec::Vec <
    crate ::beta::ProxiedDomain >; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionProxiedDomainCollection);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Windows Information Protection Resource Collection
///
/// CSDL: `microsoft.graph.windowsInformationProtectionResourceCollection`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsInformationProtectionResourceCollection {
    /// Display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Collection of resources
    ///
    /// CSDL: property `resources`: `Collection(Edm.String)`, nullable.
    pub resources: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for WindowsInformationProtectionResourceCollection {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            resources: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for WindowsInformationProtectionResourceCollection {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionResourceCollection";
    const KEYS: &'static [&'static str] = &["displayName", "resources"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"resources\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsInformationProtectionResourceCollection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "resources", &self.resources);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for WindowsInformationProtectionResourceCollection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.resources.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.resources);
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(WindowsInformationProtectionResourceCollection);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    WindowsInformationProtectionResourceCollection { with_display_name display_name :
    ::std::string::String; with_resources resources : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionResourceCollection);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Store App for Windows information protection
///
/// CSDL: `microsoft.graph.windowsInformationProtectionStoreApp`, complex type, derived from `microsoft.graph.windowsInformationProtectionApp`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsInformationProtectionStoreApp {
    /// If true, app is denied protection or exemption.
    ///
    /// CSDL: property `denied`: `Edm.Boolean`, not nullable.
    pub denied: rt::Field<bool>,
    /// The app's description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// App display name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The product name.
    ///
    /// CSDL: property `productName`: `Edm.String`, nullable.
    pub product_name: rt::Field<::std::string::String>,
    /// The publisher name
    ///
    /// CSDL: property `publisherName`: `Edm.String`, nullable.
    pub publisher_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for WindowsInformationProtectionStoreApp {
    #[inline]
    fn default() -> Self {
        Self {
            denied: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            product_name: rt::Field::Absent,
            publisher_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for WindowsInformationProtectionStoreApp {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionStoreApp";
    const KEYS: &'static [&'static str] = &[
        "denied",
        "description",
        "displayName",
        "productName",
        "publisherName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"denied\":                       ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"productName\":                  ",
        ",\"publisherName\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsInformationProtectionStoreApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "denied", &self.denied);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "product_name", &self.product_name);
        v.field(4usize, "publisher_name", &self.publisher_name);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for WindowsInformationProtectionStoreApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.denied.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.product_name.read_from(r),
            4usize => self.publisher_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.denied);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.product_name);
        w.field(4usize, &self.publisher_name);
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(WindowsInformationProtectionStoreApp);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    WindowsInformationProtectionStoreApp { with_denied denied : bool; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_product_name product_name : ::std::string::String;
    with_publisher_name publisher_name : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionStoreApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Represents wipe requests issued by tenant admin for Bring-Your-Own-Device(BYOD) Windows devices.
///
/// CSDL: `microsoft.graph.windowsInformationProtectionWipeAction`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsInformationProtectionWipeAction {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Last checkin time of the device that was targeted by this wipe action.
    ///
    /// CSDL: property `lastCheckInDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_check_in_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Wipe action status.
    ///
    /// CSDL: property `status`: `microsoft.graph.actionState`, not nullable.
    pub status: rt::Field<crate::beta::ActionState>,
    /// Targeted device Mac address.
    ///
    /// CSDL: property `targetedDeviceMacAddress`: `Edm.String`, nullable.
    pub targeted_device_mac_address: rt::Field<::std::string::String>,
    /// Targeted device name.
    ///
    /// CSDL: property `targetedDeviceName`: `Edm.String`, nullable.
    pub targeted_device_name: rt::Field<::std::string::String>,
    /// The DeviceRegistrationId being targeted by this wipe action.
    ///
    /// CSDL: property `targetedDeviceRegistrationId`: `Edm.String`, nullable.
    pub targeted_device_registration_id: rt::Field<::std::string::String>,
    /// The UserId being targeted by this wipe action.
    ///
    /// CSDL: property `targetedUserId`: `Edm.String`, nullable.
    pub targeted_user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for WindowsInformationProtectionWipeAction {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_check_in_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            targeted_device_mac_address: rt::Field::Absent,
            targeted_device_name: rt::Field::Absent,
            targeted_device_registration_id: rt::Field::Absent,
            targeted_user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for WindowsInformationProtectionWipeAction {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionWipeAction";
    const KEYS: &'static [&'static str] = &[
        "id",
        "lastCheckInDateTime",
        "status",
        "targetedDeviceMacAddress",
        "targetedDeviceName",
        "targetedDeviceRegistrationId",
        "targetedUserId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastCheckInDateTime\":          ",
        ",\"status\":                       ",
        ",\"targetedDeviceMacAddress\":     ",
        ",\"targetedDeviceName\":           ",
        ",\"targetedDeviceRegistrationId\": ",
        ",\"targetedUserId\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsInformationProtectionWipeAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "last_check_in_date_time", &self.last_check_in_date_time);
        v.field(2usize, "status", &self.status);
        v.field(
            3usize,
            "targeted_device_mac_address",
            &self.targeted_device_mac_address,
        );
        v.field(4usize, "targeted_device_name", &self.targeted_device_name);
        v.field(
            5usize,
            "targeted_device_registration_id",
            &self.targeted_device_registration_id,
        );
        v.field(6usize, "targeted_user_id", &self.targeted_user_id);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for WindowsInformationProtectionWipeAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_check_in_date_time.read_from(r),
            2usize => self.status.read_from(r),
            3usize => self.targeted_device_mac_address.read_from(r),
            4usize => self.targeted_device_name.read_from(r),
            5usize => self.targeted_device_registration_id.read_from(r),
            6usize => self.targeted_user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_check_in_date_time);
        w.field(2usize, &self.status);
        w.field(3usize, &self.targeted_device_mac_address);
        w.field(4usize, &self.targeted_device_name);
        w.field(5usize, &self.targeted_device_registration_id);
        w.field(6usize, &self.targeted_user_id);
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
rt::impl_object!(WindowsInformationProtectionWipeAction);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    WindowsInformationProtectionWipeAction { with_id id : ::std::string::String;
    with_last_check_in_date_time last_check_in_date_time : rt::edm::DateTimeOffset;
    with_status status : crate ::beta::ActionState; with_targeted_device_mac_address
    targeted_device_mac_address : ::std::string::String; with_targeted_device_name
    targeted_device_name : ::std::string::String; with_targeted_device_registration_id
    targeted_device_registration_id : ::std::string::String; with_targeted_user_id
    targeted_user_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionWipeAction);
#[cfg(msgraph_beta_device_management_or_search)]
/// Malware information entity.
///
/// CSDL: `microsoft.graph.windowsMalwareInformation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WindowsMalwareInformationPath`](requests/trait.WindowsMalwareInformationPath.html), what a path to one (`EntityPath<WindowsMalwareInformation, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsMalwareInformation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Information URL to learn more about the malware
    ///
    /// CSDL: property `additionalInformationUrl`: `Edm.String`, nullable.
    pub additional_information_url: rt::Field<::std::string::String>,
    /// Category of the malware
    ///
    /// CSDL: property `category`: `microsoft.graph.windowsMalwareCategory`, nullable.
    pub category: rt::Field<crate::beta::WindowsMalwareCategory>,
    /// Malware name
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The last time the malware is detected
    ///
    /// CSDL: property `lastDetectionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_detection_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Severity of the malware
    ///
    /// CSDL: property `severity`: `microsoft.graph.windowsMalwareSeverity`, nullable.
    pub severity: rt::Field<crate::beta::WindowsMalwareSeverity>,
    /// List of devices affected by current malware with the malware state on each device
    ///
    /// CSDL: containment navigation property `deviceMalwareStates`: `Collection(microsoft.graph.malwareStateForWindowsDevice)`, not nullable.
    pub device_malware_states: rt::Field<
        ::std::vec::Vec<crate::beta::MalwareStateForWindowsDevice>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsMalwareInformation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            additional_information_url: rt::Field::Absent,
            category: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_detection_date_time: rt::Field::Absent,
            severity: rt::Field::Absent,
            device_malware_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsMalwareInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMalwareInformation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "additionalInformationUrl",
        "category",
        "displayName",
        "lastDetectionDateTime",
        "severity",
        "deviceMalwareStates",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"additionalInformationUrl\":     ",
        ",\"category\":                     ",
        ",\"displayName\":                  ",
        ",\"lastDetectionDateTime\":        ",
        ",\"severity\":                     ",
        ",\"deviceMalwareStates\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsMalwareInformation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "additional_information_url", &self.additional_information_url);
        v.field(2usize, "category", &self.category);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_detection_date_time", &self.last_detection_date_time);
        v.field(5usize, "severity", &self.severity);
        v.field(6usize, "device_malware_states", &self.device_malware_states);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsMalwareInformation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.additional_information_url.read_from(r),
            2usize => self.category.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_detection_date_time.read_from(r),
            5usize => self.severity.read_from(r),
            6usize => self.device_malware_states.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.additional_information_url);
        w.field(2usize, &self.category);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_detection_date_time);
        w.field(5usize, &self.severity);
        w.field(6usize, &self.device_malware_states);
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
rt::impl_object!(WindowsMalwareInformation);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsMalwareInformation { with_id id : ::std::string::String;
    with_additional_information_url additional_information_url : ::std::string::String;
    with_category category : crate ::beta::WindowsMalwareCategory; with_display_name
    display_name : ::std::string::String; with_last_detection_date_time
    last_detection_date_time : rt::edm::DateTimeOffset; with_severity severity : crate
    ::beta::WindowsMalwareSeverity; with_device_malware_states device_malware_states :
    ::std::vec::Vec < crate ::beta::MalwareStateForWindowsDevice >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMalwareInformation);
#[cfg(msgraph_beta_search)]
/// Windows management app entity.
///
/// CSDL: `microsoft.graph.windowsManagementApp`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WindowsManagementAppPath`](requests/trait.WindowsManagementAppPath.html), what a path to one (`EntityPath<WindowsManagementApp, C>`) dereferences to.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct WindowsManagementApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Windows management app available version.
    ///
    /// CSDL: property `availableVersion`: `Edm.String`, nullable.
    pub available_version: rt::Field<::std::string::String>,
    /// Managed Installer Status
    ///
    /// CSDL: property `managedInstaller`: `microsoft.graph.managedInstallerStatus`, not nullable.
    pub managed_installer: rt::Field<crate::beta::ManagedInstallerStatus>,
    /// Managed Installer Configured Date Time
    ///
    /// CSDL: property `managedInstallerConfiguredDateTime`: `Edm.String`, nullable.
    pub managed_installer_configured_date_time: rt::Field<::std::string::String>,
    /// The list of health states for installed Windows management app.
    ///
    /// CSDL: containment navigation property `healthStates`: `Collection(microsoft.graph.windowsManagementAppHealthState)`, not nullable.
    pub health_states: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsManagementAppHealthState>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for WindowsManagementApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            available_version: rt::Field::Absent,
            managed_installer: rt::Field::Absent,
            managed_installer_configured_date_time: rt::Field::Absent,
            health_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for WindowsManagementApp {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsManagementApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "availableVersion",
        "managedInstaller",
        "managedInstallerConfiguredDateTime",
        "healthStates",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"availableVersion\":             ",
        ",\"managedInstaller\":             ",
        ",\"managedInstallerConfiguredDateTime\":",
        ",\"healthStates\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsManagementApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "available_version", &self.available_version);
        v.field(2usize, "managed_installer", &self.managed_installer);
        v.field(
            3usize,
            "managed_installer_configured_date_time",
            &self.managed_installer_configured_date_time,
        );
        v.field(4usize, "health_states", &self.health_states);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for WindowsManagementApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.available_version.read_from(r),
            2usize => self.managed_installer.read_from(r),
            3usize => self.managed_installer_configured_date_time.read_from(r),
            4usize => self.health_states.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.available_version);
        w.field(2usize, &self.managed_installer);
        w.field(3usize, &self.managed_installer_configured_date_time);
        w.field(4usize, &self.health_states);
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
#[cfg(msgraph_beta_search)]
rt::impl_object!(WindowsManagementApp);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    WindowsManagementApp { with_id id : ::std::string::String; with_available_version
    available_version : ::std::string::String; with_managed_installer managed_installer :
    crate ::beta::ManagedInstallerStatus; with_managed_installer_configured_date_time
    managed_installer_configured_date_time : ::std::string::String; with_health_states
    health_states : ::std::vec::Vec < crate ::beta::WindowsManagementAppHealthState >; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsManagementApp);
#[cfg(msgraph_beta_search)]
/// Windows management app health state entity.
///
/// CSDL: `microsoft.graph.windowsManagementAppHealthState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct WindowsManagementAppHealthState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Name of the device on which Windows management app is installed.
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// Windows 10 OS version of the device on which Windows management app is installed.
    ///
    /// CSDL: property `deviceOSVersion`: `Edm.String`, nullable.
    pub device_os_version: rt::Field<::std::string::String>,
    /// Windows management app health state.
    ///
    /// CSDL: property `healthState`: `microsoft.graph.healthState`, not nullable.
    pub health_state: rt::Field<crate::beta::HealthState>,
    /// Windows management app installed version.
    ///
    /// CSDL: property `installedVersion`: `Edm.String`, nullable.
    pub installed_version: rt::Field<::std::string::String>,
    /// Windows management app last check-in time.
    ///
    /// CSDL: property `lastCheckInDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_check_in_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for WindowsManagementAppHealthState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            device_name: rt::Field::Absent,
            device_os_version: rt::Field::Absent,
            health_state: rt::Field::Absent,
            installed_version: rt::Field::Absent,
            last_check_in_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for WindowsManagementAppHealthState {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsManagementAppHealthState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deviceName",
        "deviceOSVersion",
        "healthState",
        "installedVersion",
        "lastCheckInDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deviceName\":                   ",
        ",\"deviceOSVersion\":              ",
        ",\"healthState\":                  ",
        ",\"installedVersion\":             ",
        ",\"lastCheckInDateTime\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsManagementAppHealthState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "device_name", &self.device_name);
        v.field(2usize, "device_os_version", &self.device_os_version);
        v.field(3usize, "health_state", &self.health_state);
        v.field(4usize, "installed_version", &self.installed_version);
        v.field(5usize, "last_check_in_date_time", &self.last_check_in_date_time);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for WindowsManagementAppHealthState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.device_name.read_from(r),
            2usize => self.device_os_version.read_from(r),
            3usize => self.health_state.read_from(r),
            4usize => self.installed_version.read_from(r),
            5usize => self.last_check_in_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.device_name);
        w.field(2usize, &self.device_os_version);
        w.field(3usize, &self.health_state);
        w.field(4usize, &self.installed_version);
        w.field(5usize, &self.last_check_in_date_time);
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
#[cfg(msgraph_beta_search)]
rt::impl_object!(WindowsManagementAppHealthState);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    WindowsManagementAppHealthState { with_id id : ::std::string::String;
    with_device_name device_name : ::std::string::String; with_device_os_version
    device_os_version : ::std::string::String; with_health_state health_state : crate
    ::beta::HealthState; with_installed_version installed_version :
    ::std::string::String; with_last_check_in_date_time last_check_in_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsManagementAppHealthState);
#[cfg(msgraph_beta_search)]
/// Contains properties for the health summary of the Windows management app.
///
/// CSDL: `microsoft.graph.windowsManagementAppHealthSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct WindowsManagementAppHealthSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Healthy device count.
    ///
    /// CSDL: property `healthyDeviceCount`: `Edm.Int32`, not nullable.
    pub healthy_device_count: rt::Field<i32>,
    /// Unhealthy device count.
    ///
    /// CSDL: property `unhealthyDeviceCount`: `Edm.Int32`, not nullable.
    pub unhealthy_device_count: rt::Field<i32>,
    /// Unknown device count.
    ///
    /// CSDL: property `unknownDeviceCount`: `Edm.Int32`, not nullable.
    pub unknown_device_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for WindowsManagementAppHealthSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            healthy_device_count: rt::Field::Absent,
            unhealthy_device_count: rt::Field::Absent,
            unknown_device_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for WindowsManagementAppHealthSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsManagementAppHealthSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "healthyDeviceCount",
        "unhealthyDeviceCount",
        "unknownDeviceCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"healthyDeviceCount\":           ",
        ",\"unhealthyDeviceCount\":         ",
        ",\"unknownDeviceCount\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsManagementAppHealthSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "healthy_device_count", &self.healthy_device_count);
        v.field(2usize, "unhealthy_device_count", &self.unhealthy_device_count);
        v.field(3usize, "unknown_device_count", &self.unknown_device_count);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for WindowsManagementAppHealthSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.healthy_device_count.read_from(r),
            2usize => self.unhealthy_device_count.read_from(r),
            3usize => self.unknown_device_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.healthy_device_count);
        w.field(2usize, &self.unhealthy_device_count);
        w.field(3usize, &self.unknown_device_count);
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
#[cfg(msgraph_beta_search)]
rt::impl_object!(WindowsManagementAppHealthSummary);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    WindowsManagementAppHealthSummary { with_id id : ::std::string::String;
    with_healthy_device_count healthy_device_count : i32; with_unhealthy_device_count
    unhealthy_device_count : i32; with_unknown_device_count unknown_device_count : i32; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsManagementAppHealthSummary);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for the Microsoft Edge app on Windows.
///
/// CSDL: `microsoft.graph.windowsMicrosoftEdgeApp`, entity type, derived from `microsoft.graph.mobileApp`, key `id`.
///
/// Request builders: [`MobileAppPath`](requests/trait.MobileAppPath.html), what a path to one (`EntityPath<WindowsMicrosoftEdgeApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsMicrosoftEdgeApp {
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
    /// The channel to install on target devices.
    ///
    /// CSDL: property `channel`: `microsoft.graph.microsoftEdgeChannel`, not nullable.
    pub channel: rt::Field<crate::beta::MicrosoftEdgeChannel>,
    /// The language locale to use when the Edge app displays text to the user.
    ///
    /// CSDL: property `displayLanguageLocale`: `Edm.String`, nullable.
    pub display_language_locale: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for WindowsMicrosoftEdgeApp {
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
            channel: rt::Field::Absent,
            display_language_locale: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for WindowsMicrosoftEdgeApp {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMicrosoftEdgeApp";
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
        "channel",
        "displayLanguageLocale",
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
        ",\"channel\":                      ",
        ",\"displayLanguageLocale\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsMicrosoftEdgeApp\"";
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
        v.field(26usize, "channel", &self.channel);
        v.field(27usize, "display_language_locale", &self.display_language_locale);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for WindowsMicrosoftEdgeApp {
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
            26usize => self.channel.read_from(r),
            27usize => self.display_language_locale.read_from(r),
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
        w.field(26usize, &self.channel);
        w.field(27usize, &self.display_language_locale);
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
rt::impl_object!(WindowsMicrosoftEdgeApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    WindowsMicrosoftEdgeApp { with_id id : ::std::string::String; with_created_date_time
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
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >; with_channel channel : crate
    ::beta::MicrosoftEdgeChannel; with_display_language_locale display_language_locale :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMicrosoftEdgeApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// The minimum operating system required for a Windows mobile app.
///
/// CSDL: `microsoft.graph.windowsMinimumOperatingSystem`, complex type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsMinimumOperatingSystem {
    /// Windows version 10.0 or later.
    ///
    /// CSDL: property `v10_0`: `Edm.Boolean`, not nullable.
    pub v10_0: rt::Field<bool>,
    /// Windows 10 1607 or later.
    ///
    /// CSDL: property `v10_1607`: `Edm.Boolean`, not nullable.
    pub v10_1607: rt::Field<bool>,
    /// Windows 10 1703 or later.
    ///
    /// CSDL: property `v10_1703`: `Edm.Boolean`, not nullable.
    pub v10_1703: rt::Field<bool>,
    /// Windows 10 1709 or later.
    ///
    /// CSDL: property `v10_1709`: `Edm.Boolean`, not nullable.
    pub v10_1709: rt::Field<bool>,
    /// Windows 10 1803 or later.
    ///
    /// CSDL: property `v10_1803`: `Edm.Boolean`, not nullable.
    pub v10_1803: rt::Field<bool>,
    /// Windows 10 1809 or later.
    ///
    /// CSDL: property `v10_1809`: `Edm.Boolean`, not nullable.
    pub v10_1809: rt::Field<bool>,
    /// Windows 10 1903 or later.
    ///
    /// CSDL: property `v10_1903`: `Edm.Boolean`, not nullable.
    pub v10_1903: rt::Field<bool>,
    /// Windows 10 1909 or later.
    ///
    /// CSDL: property `v10_1909`: `Edm.Boolean`, not nullable.
    pub v10_1909: rt::Field<bool>,
    /// Windows 10 2004 or later.
    ///
    /// CSDL: property `v10_2004`: `Edm.Boolean`, not nullable.
    pub v10_2004: rt::Field<bool>,
    /// Windows 10 2H20 or later.
    ///
    /// CSDL: property `v10_2H20`: `Edm.Boolean`, not nullable.
    pub v10_2h20: rt::Field<bool>,
    /// Windows version 8.0 or later.
    ///
    /// CSDL: property `v8_0`: `Edm.Boolean`, not nullable.
    pub v8_0: rt::Field<bool>,
    /// Windows version 8.1 or later.
    ///
    /// CSDL: property `v8_1`: `Edm.Boolean`, not nullable.
    pub v8_1: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for WindowsMinimumOperatingSystem {
    #[inline]
    fn default() -> Self {
        Self {
            v10_0: rt::Field::Absent,
            v10_1607: rt::Field::Absent,
            v10_1703: rt::Field::Absent,
            v10_1709: rt::Field::Absent,
            v10_1803: rt::Field::Absent,
            v10_1809: rt::Field::Absent,
            v10_1903: rt::Field::Absent,
            v10_1909: rt::Field::Absent,
            v10_2004: rt::Field::Absent,
            v10_2h20: rt::Field::Absent,
            v8_0: rt::Field::Absent,
            v8_1: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for WindowsMinimumOperatingSystem {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMinimumOperatingSystem";
    const KEYS: &'static [&'static str] = &[
        "v10_0",
        "v10_1607",
        "v10_1703",
        "v10_1709",
        "v10_1803",
        "v10_1809",
        "v10_1903",
        "v10_1909",
        "v10_2004",
        "v10_2H20",
        "v8_0",
        "v8_1",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"v10_0\":                        ",
        ",\"v10_1607\":                     ",
        ",\"v10_1703\":                     ",
        ",\"v10_1709\":                     ",
        ",\"v10_1803\":                     ",
        ",\"v10_1809\":                     ",
        ",\"v10_1903\":                     ",
        ",\"v10_1909\":                     ",
        ",\"v10_2004\":                     ",
        ",\"v10_2H20\":                     ",
        ",\"v8_0\":                         ",
        ",\"v8_1\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsMinimumOperatingSystem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "v10_0", &self.v10_0);
        v.field(1usize, "v10_1607", &self.v10_1607);
        v.field(2usize, "v10_1703", &self.v10_1703);
        v.field(3usize, "v10_1709", &self.v10_1709);
        v.field(4usize, "v10_1803", &self.v10_1803);
        v.field(5usize, "v10_1809", &self.v10_1809);
        v.field(6usize, "v10_1903", &self.v10_1903);
        v.field(7usize, "v10_1909", &self.v10_1909);
        v.field(8usize, "v10_2004", &self.v10_2004);
        v.field(9usize, "v10_2h20", &self.v10_2h20);
        v.field(10usize, "v8_0", &self.v8_0);
        v.field(11usize, "v8_1", &self.v8_1);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for WindowsMinimumOperatingSystem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.v10_0.read_from(r),
            1usize => self.v10_1607.read_from(r),
            2usize => self.v10_1703.read_from(r),
            3usize => self.v10_1709.read_from(r),
            4usize => self.v10_1803.read_from(r),
            5usize => self.v10_1809.read_from(r),
            6usize => self.v10_1903.read_from(r),
            7usize => self.v10_1909.read_from(r),
            8usize => self.v10_2004.read_from(r),
            9usize => self.v10_2h20.read_from(r),
            10usize => self.v8_0.read_from(r),
            11usize => self.v8_1.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.v10_0);
        w.field(1usize, &self.v10_1607);
        w.field(2usize, &self.v10_1703);
        w.field(3usize, &self.v10_1709);
        w.field(4usize, &self.v10_1803);
        w.field(5usize, &self.v10_1809);
        w.field(6usize, &self.v10_1903);
        w.field(7usize, &self.v10_1909);
        w.field(8usize, &self.v10_2004);
        w.field(9usize, &self.v10_2h20);
        w.field(10usize, &self.v8_0);
        w.field(11usize, &self.v8_1);
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
rt::impl_object!(WindowsMinimumOperatingSystem);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    WindowsMinimumOperatingSystem { with_v10_0 v10_0 : bool; with_v10_1607 v10_1607 :
    bool; with_v10_1703 v10_1703 : bool; with_v10_1709 v10_1709 : bool; with_v10_1803
    v10_1803 : bool; with_v10_1809 v10_1809 : bool; with_v10_1903 v10_1903 : bool;
    with_v10_1909 v10_1909 : bool; with_v10_2004 v10_2004 : bool; with_v10_2h20 v10_2h20
    : bool; with_v8_0 v8_0 : bool; with_v8_1 v8_1 : bool; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMinimumOperatingSystem);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for Windows Mobile MSI Line Of Business apps.
///
/// CSDL: `microsoft.graph.windowsMobileMSI`, entity type, derived from `microsoft.graph.mobileLobApp`, key `id`.
///
/// Request builders: [`MobileLobAppPath`](requests/trait.MobileLobAppPath.html), what a path to one (`EntityPath<WindowsMobileMsi, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsMobileMsi {
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
    /// The command line.
    ///
    /// CSDL: property `commandLine`: `Edm.String`, nullable.
    pub command_line: rt::Field<::std::string::String>,
    /// The identity version.
    ///
    /// CSDL: property `identityVersion`: `Edm.String`, nullable.
    pub identity_version: rt::Field<::std::string::String>,
    /// A boolean to control whether the app's version will be used to detect the app after it is installed on a device. Set this to true for Windows Mobile MSI Line of Business (LoB) apps that use a self update feature.
    ///
    /// CSDL: property `ignoreVersionDetection`: `Edm.Boolean`, not nullable.
    pub ignore_version_detection: rt::Field<bool>,
    /// The product code.
    ///
    /// CSDL: property `productCode`: `Edm.String`, nullable.
    pub product_code: rt::Field<::std::string::String>,
    /// The product version of Windows Mobile MSI Line of Business (LoB) app.
    ///
    /// CSDL: property `productVersion`: `Edm.String`, nullable.
    pub product_version: rt::Field<::std::string::String>,
    /// Indicates whether to install a dual-mode MSI in the device context. If true, app will be installed for all users. If false, app will be installed per-user. If null, service will use the MSI package's default install context. In case of dual-mode MSI, this default will be per-user.  Cannot be set for non-dual-mode apps.  Cannot be changed after initial creation of the application.
    ///
    /// CSDL: property `useDeviceContext`: `Edm.Boolean`, nullable.
    pub use_device_context: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for WindowsMobileMsi {
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
            command_line: rt::Field::Absent,
            identity_version: rt::Field::Absent,
            ignore_version_detection: rt::Field::Absent,
            product_code: rt::Field::Absent,
            product_version: rt::Field::Absent,
            use_device_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for WindowsMobileMsi {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMobileMSI";
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
        "commandLine",
        "identityVersion",
        "ignoreVersionDetection",
        "productCode",
        "productVersion",
        "useDeviceContext",
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
        ",\"commandLine\":                  ",
        ",\"identityVersion\":              ",
        ",\"ignoreVersionDetection\":       ",
        ",\"productCode\":                  ",
        ",\"productVersion\":               ",
        ",\"useDeviceContext\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsMobileMSI\"";
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
        v.field(30usize, "command_line", &self.command_line);
        v.field(31usize, "identity_version", &self.identity_version);
        v.field(32usize, "ignore_version_detection", &self.ignore_version_detection);
        v.field(33usize, "product_code", &self.product_code);
        v.field(34usize, "product_version", &self.product_version);
        v.field(35usize, "use_device_context", &self.use_device_context);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for WindowsMobileMsi {
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
            30usize => self.command_line.read_from(r),
            31usize => self.identity_version.read_from(r),
            32usize => self.ignore_version_detection.read_from(r),
            33usize => self.product_code.read_from(r),
            34usize => self.product_version.read_from(r),
            35usize => self.use_device_context.read_from(r),
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
        w.field(30usize, &self.command_line);
        w.field(31usize, &self.identity_version);
        w.field(32usize, &self.ignore_version_detection);
        w.field(33usize, &self.product_code);
        w.field(34usize, &self.product_version);
        w.field(35usize, &self.use_device_context);
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
rt::impl_object!(WindowsMobileMsi);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    WindowsMobileMsi { with_id id : ::std::string::String; with_created_date_time
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
    ::beta::MobileAppContent >; with_command_line command_line : ::std::string::String;
    with_identity_version identity_version : ::std::string::String;
    with_ignore_version_detection ignore_version_detection : bool; with_product_code
    product_code : ::std::string::String; with_product_version product_version :
    ::std::string::String; with_use_device_context use_device_context : bool; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMobileMsi);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows Network Isolation Policy
///
/// CSDL: `microsoft.graph.windowsNetworkIsolationPolicy`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsNetworkIsolationPolicy {
    /// Contains a list of enterprise resource domains hosted in the cloud that need to be protected. Connections to these resources are considered enterprise data. If a proxy is paired with a cloud resource, traffic to the cloud resource will be routed through the enterprise network via the denoted proxy server (on Port 80). A proxy server used for this purpose must also be configured using the EnterpriseInternalProxyServers policy. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `enterpriseCloudResources`: `Collection(microsoft.graph.proxiedDomain)`, nullable.
    pub enterprise_cloud_resources: rt::Field<
        ::std::vec::Vec<crate::beta::ProxiedDomain>,
    >,
    /// This is the comma-separated list of internal proxy servers. For example, "157.54.14.28, 157.54.11.118, 10.202.14.167, 157.53.14.163, 157.69.210.59". These proxies have been configured by the admin to connect to specific resources on the Internet. They are considered to be enterprise network locations. The proxies are only leveraged in configuring the EnterpriseCloudResources policy to force traffic to the matched cloud resources through these proxies.
    ///
    /// CSDL: property `enterpriseInternalProxyServers`: `Collection(Edm.String)`, nullable.
    pub enterprise_internal_proxy_servers: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Sets the enterprise IP ranges that define the computers in the enterprise network. Data that comes from those computers will be considered part of the enterprise and protected. These locations will be considered a safe destination for enterprise data to be shared to. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `enterpriseIPRanges`: `Collection(microsoft.graph.ipRange)`, nullable.
    pub enterprise_ip_ranges: rt::Field<::std::vec::Vec<crate::beta::AnyIpRange>>,
    /// Boolean value that tells the client to accept the configured list and not to use heuristics to attempt to find other subnets. Default is false.
    ///
    /// CSDL: property `enterpriseIPRangesAreAuthoritative`: `Edm.Boolean`, not nullable.
    pub enterprise_ip_ranges_are_authoritative: rt::Field<bool>,
    /// This is the list of domains that comprise the boundaries of the enterprise. Data from one of these domains that is sent to a device will be considered enterprise data and protected. These locations will be considered a safe destination for enterprise data to be shared to.
    ///
    /// CSDL: property `enterpriseNetworkDomainNames`: `Collection(Edm.String)`, nullable.
    pub enterprise_network_domain_names: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// This is a list of proxy servers. Any server not on this list is considered non-enterprise.
    ///
    /// CSDL: property `enterpriseProxyServers`: `Collection(Edm.String)`, nullable.
    pub enterprise_proxy_servers: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Boolean value that tells the client to accept the configured list of proxies and not try to detect other work proxies. Default is false
    ///
    /// CSDL: property `enterpriseProxyServersAreAuthoritative`: `Edm.Boolean`, not nullable.
    pub enterprise_proxy_servers_are_authoritative: rt::Field<bool>,
    /// List of domain names that can used for work or personal resource.
    ///
    /// CSDL: property `neutralDomainResources`: `Collection(Edm.String)`, nullable.
    pub neutral_domain_resources: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsNetworkIsolationPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            enterprise_cloud_resources: rt::Field::Absent,
            enterprise_internal_proxy_servers: rt::Field::Absent,
            enterprise_ip_ranges: rt::Field::Absent,
            enterprise_ip_ranges_are_authoritative: rt::Field::Absent,
            enterprise_network_domain_names: rt::Field::Absent,
            enterprise_proxy_servers: rt::Field::Absent,
            enterprise_proxy_servers_are_authoritative: rt::Field::Absent,
            neutral_domain_resources: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsNetworkIsolationPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsNetworkIsolationPolicy";
    const KEYS: &'static [&'static str] = &[
        "enterpriseCloudResources",
        "enterpriseInternalProxyServers",
        "enterpriseIPRanges",
        "enterpriseIPRangesAreAuthoritative",
        "enterpriseNetworkDomainNames",
        "enterpriseProxyServers",
        "enterpriseProxyServersAreAuthoritative",
        "neutralDomainResources",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"enterpriseCloudResources\":     ",
        ",\"enterpriseInternalProxyServers\":",
        ",\"enterpriseIPRanges\":           ",
        ",\"enterpriseIPRangesAreAuthoritative\":",
        ",\"enterpriseNetworkDomainNames\": ",
        ",\"enterpriseProxyServers\":       ",
        ",\"enterpriseProxyServersAreAuthoritative\":",
        ",\"neutralDomainResources\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsNetworkIsolationPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "enterprise_cloud_resources", &self.enterprise_cloud_resources);
        v.field(
            1usize,
            "enterprise_internal_proxy_servers",
            &self.enterprise_internal_proxy_servers,
        );
        v.field(2usize, "enterprise_ip_ranges", &self.enterprise_ip_ranges);
        v.field(
            3usize,
            "enterprise_ip_ranges_are_authoritative",
            &self.enterprise_ip_ranges_are_authoritative,
        );
        v.field(
            4usize,
            "enterprise_network_domain_names",
            &self.enterprise_network_domain_names,
        );
        v.field(5usize, "enterprise_proxy_servers", &self.enterprise_proxy_servers);
        v.field(
            6usize,
            "enterprise_proxy_servers_are_authoritative",
            &self.enterprise_proxy_servers_are_authoritative,
        );
        v.field(7usize, "neutral_domain_resources", &self.neutral_domain_resources);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsNetworkIsolationPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.enterprise_cloud_resources.read_from(r),
            1usize => self.enterprise_internal_proxy_servers.read_from(r),
            2usize => self.enterprise_ip_ranges.read_from(r),
            3usize => self.enterprise_ip_ranges_are_authoritative.read_from(r),
            4usize => self.enterprise_network_domain_names.read_from(r),
            5usize => self.enterprise_proxy_servers.read_from(r),
            6usize => self.enterprise_proxy_servers_are_authoritative.read_from(r),
            7usize => self.neutral_domain_resources.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.enterprise_cloud_resources);
        w.field(1usize, &self.enterprise_internal_proxy_servers);
        w.field(2usize, &self.enterprise_ip_ranges);
        w.field(3usize, &self.enterprise_ip_ranges_are_authoritative);
        w.field(4usize, &self.enterprise_network_domain_names);
        w.field(5usize, &self.enterprise_proxy_servers);
        w.field(6usize, &self.enterprise_proxy_servers_are_authoritative);
        w.field(7usize, &self.neutral_domain_resources);
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
rt::impl_object!(WindowsNetworkIsolationPolicy);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsNetworkIsolationPolicy { with_enterprise_cloud_resources
    enterprise_cloud_resources : ::std::vec::Vec < crate ::beta::ProxiedDomain >;
    with_enterprise_internal_proxy_servers enterprise_internal_proxy_servers :
    ::std::vec::Vec < ::std::string::String >; with_enterprise_ip_ranges
    enterprise_ip_ranges : ::std::vec::Vec < crate ::beta::AnyIpRange >;
    with_enterprise_ip_ranges_are_authoritative enterprise_ip_ranges_are_authoritative :
    bool; with_enterprise_network_domain_names enterprise_network_domain_names :
    ::std::vec::Vec < ::std::string::String >; with_enterprise_proxy_servers
    enterprise_proxy_servers : ::std::vec::Vec < ::std::string::String >;
    with_enterprise_proxy_servers_are_authoritative
    enterprise_proxy_servers_are_authoritative : bool; with_neutral_domain_resources
    neutral_domain_resources : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsNetworkIsolationPolicy);
#[cfg(msgraph_beta_office_configuration_or_search)]
/// CSDL: `microsoft.graph.windowsOfficeClientConfiguration`, entity type, derived from `microsoft.graph.officeClientConfiguration`, key `id`.
///
/// Request builders: [`OfficeClientConfigurationPath`](requests/trait.OfficeClientConfigurationPath.html), what a path to one (`EntityPath<WindowsOfficeClientConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-office-configuration`, `beta-search`.
#[derive(Clone)]
pub struct WindowsOfficeClientConfiguration {
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
impl ::std::default::Default for WindowsOfficeClientConfiguration {
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
impl rt::Object for WindowsOfficeClientConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsOfficeClientConfiguration";
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
    const TAG: &'static str = "\"#microsoft.graph.windowsOfficeClientConfiguration\"";
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
impl rt::object::Members for WindowsOfficeClientConfiguration {
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
rt::impl_object!(WindowsOfficeClientConfiguration);
#[cfg(msgraph_beta_office_configuration_or_search)]
rt::impl_setters!(
    WindowsOfficeClientConfiguration { with_id id : ::std::string::String;
    with_checkin_statuses checkin_statuses : ::std::vec::Vec < crate
    ::beta::OfficeClientCheckinStatus >; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_policy_payload policy_payload : rt::RawJson; with_priority priority : i32;
    with_user_checkin_summary user_checkin_summary : crate
    ::beta::OfficeUserCheckinSummary; with_user_preference_payload
    user_preference_payload : rt::RawJson; with_assignments assignments : ::std::vec::Vec
    < crate ::beta::OfficeClientConfigurationAssignment >; }
);
#[cfg(msgraph_beta_office_configuration_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsOfficeClientConfiguration);
#[cfg(msgraph_beta_office_configuration_or_search)]
/// CSDL: `microsoft.graph.windowsOfficeClientSecurityConfiguration`, entity type, derived from `microsoft.graph.officeClientConfiguration`, key `id`.
///
/// Request builders: [`OfficeClientConfigurationPath`](requests/trait.OfficeClientConfigurationPath.html), what a path to one (`EntityPath<WindowsOfficeClientSecurityConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-office-configuration`, `beta-search`.
#[derive(Clone)]
pub struct WindowsOfficeClientSecurityConfiguration {
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
impl ::std::default::Default for WindowsOfficeClientSecurityConfiguration {
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
impl rt::Object for WindowsOfficeClientSecurityConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsOfficeClientSecurityConfiguration";
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
    const TAG: &'static str = "\"#microsoft.graph.windowsOfficeClientSecurityConfiguration\"";
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
impl rt::object::Members for WindowsOfficeClientSecurityConfiguration {
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
rt::impl_object!(WindowsOfficeClientSecurityConfiguration);
#[cfg(msgraph_beta_office_configuration_or_search)]
rt::impl_setters!(
    WindowsOfficeClientSecurityConfiguration { with_id id : ::std::string::String;
    with_checkin_statuses checkin_statuses : ::std::vec::Vec < crate
    ::beta::OfficeClientCheckinStatus >; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_policy_payload policy_payload : rt::RawJson; with_priority priority : i32;
    with_user_checkin_summary user_checkin_summary : crate
    ::beta::OfficeUserCheckinSummary; with_user_preference_payload
    user_preference_payload : rt::RawJson; with_assignments assignments : ::std::vec::Vec
    < crate ::beta::OfficeClientConfigurationAssignment >; }
);
#[cfg(msgraph_beta_office_configuration_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsOfficeClientSecurityConfiguration);
