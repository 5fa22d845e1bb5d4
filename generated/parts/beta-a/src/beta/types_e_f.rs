//! Types of `microsoft.graph` by the first letters of their names (`e_f`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties for the installation summary of a book for a device.
///
/// CSDL: `microsoft.graph.eBookInstallSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct EBookInstallSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Number of Devices that have failed to install this book.
    ///
    /// CSDL: property `failedDeviceCount`: `Edm.Int32`, not nullable.
    pub failed_device_count: rt::Field<i32>,
    /// Number of Users that have 1 or more device that failed to install this book.
    ///
    /// CSDL: property `failedUserCount`: `Edm.Int32`, not nullable.
    pub failed_user_count: rt::Field<i32>,
    /// Number of Devices that have successfully installed this book.
    ///
    /// CSDL: property `installedDeviceCount`: `Edm.Int32`, not nullable.
    pub installed_device_count: rt::Field<i32>,
    /// Number of Users whose devices have all succeeded to install this book.
    ///
    /// CSDL: property `installedUserCount`: `Edm.Int32`, not nullable.
    pub installed_user_count: rt::Field<i32>,
    /// Number of Devices that does not have this book installed.
    ///
    /// CSDL: property `notInstalledDeviceCount`: `Edm.Int32`, not nullable.
    pub not_installed_device_count: rt::Field<i32>,
    /// Number of Users that did not install this book.
    ///
    /// CSDL: property `notInstalledUserCount`: `Edm.Int32`, not nullable.
    pub not_installed_user_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for EBookInstallSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            failed_device_count: rt::Field::Absent,
            failed_user_count: rt::Field::Absent,
            installed_device_count: rt::Field::Absent,
            installed_user_count: rt::Field::Absent,
            not_installed_device_count: rt::Field::Absent,
            not_installed_user_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for EBookInstallSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.eBookInstallSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "failedDeviceCount",
        "failedUserCount",
        "installedDeviceCount",
        "installedUserCount",
        "notInstalledDeviceCount",
        "notInstalledUserCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"failedDeviceCount\":            ",
        ",\"failedUserCount\":              ",
        ",\"installedDeviceCount\":         ",
        ",\"installedUserCount\":           ",
        ",\"notInstalledDeviceCount\":      ",
        ",\"notInstalledUserCount\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.eBookInstallSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "failed_device_count", &self.failed_device_count);
        v.field(2usize, "failed_user_count", &self.failed_user_count);
        v.field(3usize, "installed_device_count", &self.installed_device_count);
        v.field(4usize, "installed_user_count", &self.installed_user_count);
        v.field(5usize, "not_installed_device_count", &self.not_installed_device_count);
        v.field(6usize, "not_installed_user_count", &self.not_installed_user_count);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for EBookInstallSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.failed_device_count.read_from(r),
            2usize => self.failed_user_count.read_from(r),
            3usize => self.installed_device_count.read_from(r),
            4usize => self.installed_user_count.read_from(r),
            5usize => self.not_installed_device_count.read_from(r),
            6usize => self.not_installed_user_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.failed_device_count);
        w.field(2usize, &self.failed_user_count);
        w.field(3usize, &self.installed_device_count);
        w.field(4usize, &self.installed_user_count);
        w.field(5usize, &self.not_installed_device_count);
        w.field(6usize, &self.not_installed_user_count);
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
rt::impl_object!(EBookInstallSummary);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    EBookInstallSummary { with_id id : ::std::string::String; with_failed_device_count
    failed_device_count : i32; with_failed_user_count failed_user_count : i32;
    with_installed_device_count installed_device_count : i32; with_installed_user_count
    installed_user_count : i32; with_not_installed_device_count
    not_installed_device_count : i32; with_not_installed_user_count
    not_installed_user_count : i32; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EBookInstallSummary);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.eapType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EapType {
    /// `eapTls` (value 13).
    EapTls,
    /// `leap` (value 17).
    Leap,
    /// `eapSim` (value 18).
    EapSim,
    /// `eapTtls` (value 21).
    EapTtls,
    /// `peap` (value 25).
    Peap,
    /// `eapFast` (value 43).
    EapFast,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for EapType {
    const TYPE_NAME: &'static str = "microsoft.graph.eapType";
    const MEMBERS: &'static [&'static str] = &[
        "eapTls",
        "leap",
        "eapSim",
        "eapTtls",
        "peap",
        "eapFast",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "eapTls" => Self::EapTls,
                "leap" => Self::Leap,
                "eapSim" => Self::EapSim,
                "eapTtls" => Self::EapTtls,
                "peap" => Self::Peap,
                "eapFast" => Self::EapFast,
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
            Self::EapTls => "eapTls",
            Self::Leap => "leap",
            Self::EapSim => "eapSim",
            Self::EapTtls => "eapTtls",
            Self::Peap => "peap",
            Self::EapFast => "eapFast",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(EapType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EapType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.easAuthenticationMethod`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EasAuthenticationMethod {
    /// `usernameAndPassword` (value 0).
    UsernameAndPassword,
    /// `certificate` (value 1).
    Certificate,
    /// `derivedCredential` (value 2).
    DerivedCredential,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for EasAuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.easAuthenticationMethod";
    const MEMBERS: &'static [&'static str] = &[
        "usernameAndPassword",
        "certificate",
        "derivedCredential",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "usernameAndPassword" => Self::UsernameAndPassword,
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
            Self::UsernameAndPassword => "usernameAndPassword",
            Self::Certificate => "certificate",
            Self::DerivedCredential => "derivedCredential",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(EasAuthenticationMethod);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EasAuthenticationMethod);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.edgeKioskModeRestrictionType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EdgeKioskModeRestrictionType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `digitalSignage` (value 1).
    DigitalSignage,
    /// `normalMode` (value 2).
    NormalMode,
    /// `publicBrowsingSingleApp` (value 3).
    PublicBrowsingSingleApp,
    /// `publicBrowsingMultiApp` (value 4).
    PublicBrowsingMultiApp,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for EdgeKioskModeRestrictionType {
    const TYPE_NAME: &'static str = "microsoft.graph.edgeKioskModeRestrictionType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "digitalSignage",
        "normalMode",
        "publicBrowsingSingleApp",
        "publicBrowsingMultiApp",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "digitalSignage" => Self::DigitalSignage,
                "normalMode" => Self::NormalMode,
                "publicBrowsingSingleApp" => Self::PublicBrowsingSingleApp,
                "publicBrowsingMultiApp" => Self::PublicBrowsingMultiApp,
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
            Self::DigitalSignage => "digitalSignage",
            Self::NormalMode => "normalMode",
            Self::PublicBrowsingSingleApp => "publicBrowsingSingleApp",
            Self::PublicBrowsingMultiApp => "publicBrowsingMultiApp",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(EdgeKioskModeRestrictionType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdgeKioskModeRestrictionType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.edgeTelemetryMode`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EdgeTelemetryMode {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `intranet` (value 1).
    Intranet,
    /// `internet` (value 2).
    Internet,
    /// `intranetAndInternet` (value 3).
    IntranetAndInternet,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for EdgeTelemetryMode {
    const TYPE_NAME: &'static str = "microsoft.graph.edgeTelemetryMode";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "intranet",
        "internet",
        "intranetAndInternet",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "intranet" => Self::Intranet,
                "internet" => Self::Internet,
                "intranetAndInternet" => Self::IntranetAndInternet,
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
            Self::Intranet => "intranet",
            Self::Internet => "internet",
            Self::IntranetAndInternet => "intranetAndInternet",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(EdgeTelemetryMode);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdgeTelemetryMode);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.editAction`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EditAction {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for EditAction {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for EditAction {
    const TYPE_NAME: &'static str = "microsoft.graph.editAction";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.editAction\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for EditAction {
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(EditAction);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(EditAction);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationAddToCalendarOptions`, enum type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EducationAddToCalendarOptions {
    /// `none` (value 0).
    None,
    /// `studentsAndPublisher` (value 1).
    StudentsAndPublisher,
    /// `studentsAndTeamOwners` (value 2).
    StudentsAndTeamOwners,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::StrEnum for EducationAddToCalendarOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAddToCalendarOptions";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "studentsAndPublisher",
        "studentsAndTeamOwners",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "studentsAndPublisher" => Self::StudentsAndPublisher,
                "studentsAndTeamOwners" => Self::StudentsAndTeamOwners,
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
            Self::StudentsAndPublisher => "studentsAndPublisher",
            Self::StudentsAndTeamOwners => "studentsAndTeamOwners",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
rt::impl_enum!(EducationAddToCalendarOptions);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAddToCalendarOptions);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationAddedStudentAction`, enum type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EducationAddedStudentAction {
    /// `none` (value 0).
    None,
    /// `assignIfOpen` (value 1).
    AssignIfOpen,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::StrEnum for EducationAddedStudentAction {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAddedStudentAction";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "assignIfOpen",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "assignIfOpen" => Self::AssignIfOpen,
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
            Self::AssignIfOpen => "assignIfOpen",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
rt::impl_enum!(EducationAddedStudentAction);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAddedStudentAction);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EducationAssignmentPath`](requests/trait.EducationAssignmentPath.html), what a path to one (`EntityPath<EducationAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `addedStudentAction`: `microsoft.graph.educationAddedStudentAction`, nullable.
    pub added_student_action: rt::Field<crate::beta::EducationAddedStudentAction>,
    /// CSDL: property `addToCalendarAction`: `microsoft.graph.educationAddToCalendarOptions`, nullable.
    pub add_to_calendar_action: rt::Field<crate::beta::EducationAddToCalendarOptions>,
    /// CSDL: property `allowLateSubmissions`: `Edm.Boolean`, nullable.
    pub allow_late_submissions: rt::Field<bool>,
    /// CSDL: property `allowStudentsToAddResourcesToSubmission`: `Edm.Boolean`, nullable.
    pub allow_students_to_add_resources_to_submission: rt::Field<bool>,
    /// CSDL: property `assignDateTime`: `Edm.DateTimeOffset`, nullable.
    pub assign_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `assignedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub assigned_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `assignTo`: `microsoft.graph.educationAssignmentRecipient`, nullable.
    pub assign_to: rt::Field<crate::beta::AnyEducationAssignmentRecipient>,
    /// CSDL: property `classId`: `Edm.String`, nullable.
    pub class_id: rt::Field<::std::string::String>,
    /// CSDL: property `closeDateTime`: `Edm.DateTimeOffset`, nullable.
    pub close_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `dueDateTime`: `Edm.DateTimeOffset`, nullable.
    pub due_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `grading`: `microsoft.graph.educationAssignmentGradeType`, nullable.
    pub grading: rt::Field<crate::beta::AnyEducationAssignmentGradeType>,
    /// CSDL: property `instructions`: `microsoft.graph.educationItemBody`, nullable.
    pub instructions: rt::Field<crate::beta::EducationItemBody>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `notificationChannelUrl`: `Edm.String`, nullable.
    pub notification_channel_url: rt::Field<::std::string::String>,
    /// CSDL: property `resourcesFolderUrl`: `Edm.String`, nullable.
    pub resources_folder_url: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.educationAssignmentStatus`, nullable.
    pub status: rt::Field<crate::beta::EducationAssignmentStatus>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `categories`: `Collection(microsoft.graph.educationCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::beta::EducationCategory>>,
    /// CSDL: containment navigation property `resources`: `Collection(microsoft.graph.educationAssignmentResource)`, not nullable.
    pub resources: rt::Field<::std::vec::Vec<crate::beta::EducationAssignmentResource>>,
    /// CSDL: containment navigation property `rubric`: `microsoft.graph.educationRubric`, nullable.
    pub rubric: rt::Field<crate::beta::EducationRubric>,
    /// CSDL: containment navigation property `submissions`: `Collection(microsoft.graph.educationSubmission)`, not nullable.
    pub submissions: rt::Field<::std::vec::Vec<crate::beta::EducationSubmission>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            added_student_action: rt::Field::Absent,
            add_to_calendar_action: rt::Field::Absent,
            allow_late_submissions: rt::Field::Absent,
            allow_students_to_add_resources_to_submission: rt::Field::Absent,
            assign_date_time: rt::Field::Absent,
            assigned_date_time: rt::Field::Absent,
            assign_to: rt::Field::Absent,
            class_id: rt::Field::Absent,
            close_date_time: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            due_date_time: rt::Field::Absent,
            grading: rt::Field::Absent,
            instructions: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notification_channel_url: rt::Field::Absent,
            resources_folder_url: rt::Field::Absent,
            status: rt::Field::Absent,
            web_url: rt::Field::Absent,
            categories: rt::Field::Absent,
            resources: rt::Field::Absent,
            rubric: rt::Field::Absent,
            submissions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAssignment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "addedStudentAction",
        "addToCalendarAction",
        "allowLateSubmissions",
        "allowStudentsToAddResourcesToSubmission",
        "assignDateTime",
        "assignedDateTime",
        "assignTo",
        "classId",
        "closeDateTime",
        "createdBy",
        "createdDateTime",
        "displayName",
        "dueDateTime",
        "grading",
        "instructions",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "notificationChannelUrl",
        "resourcesFolderUrl",
        "status",
        "webUrl",
        "categories",
        "resources",
        "rubric",
        "submissions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"addedStudentAction\":           ",
        ",\"addToCalendarAction\":          ",
        ",\"allowLateSubmissions\":         ",
        ",\"allowStudentsToAddResourcesToSubmission\":",
        ",\"assignDateTime\":               ",
        ",\"assignedDateTime\":             ",
        ",\"assignTo\":                     ",
        ",\"classId\":                      ",
        ",\"closeDateTime\":                ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"dueDateTime\":                  ",
        ",\"grading\":                      ",
        ",\"instructions\":                 ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notificationChannelUrl\":       ",
        ",\"resourcesFolderUrl\":           ",
        ",\"status\":                       ",
        ",\"webUrl\":                       ",
        ",\"categories\":                   ",
        ",\"resources\":                    ",
        ",\"rubric\":                       ",
        ",\"submissions\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "added_student_action", &self.added_student_action);
        v.field(2usize, "add_to_calendar_action", &self.add_to_calendar_action);
        v.field(3usize, "allow_late_submissions", &self.allow_late_submissions);
        v.field(
            4usize,
            "allow_students_to_add_resources_to_submission",
            &self.allow_students_to_add_resources_to_submission,
        );
        v.field(5usize, "assign_date_time", &self.assign_date_time);
        v.field(6usize, "assigned_date_time", &self.assigned_date_time);
        v.field(7usize, "assign_to", &self.assign_to);
        v.field(8usize, "class_id", &self.class_id);
        v.field(9usize, "close_date_time", &self.close_date_time);
        v.field(10usize, "created_by", &self.created_by);
        v.field(11usize, "created_date_time", &self.created_date_time);
        v.field(12usize, "display_name", &self.display_name);
        v.field(13usize, "due_date_time", &self.due_date_time);
        v.field(14usize, "grading", &self.grading);
        v.field(15usize, "instructions", &self.instructions);
        v.field(16usize, "last_modified_by", &self.last_modified_by);
        v.field(17usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(18usize, "notification_channel_url", &self.notification_channel_url);
        v.field(19usize, "resources_folder_url", &self.resources_folder_url);
        v.field(20usize, "status", &self.status);
        v.field(21usize, "web_url", &self.web_url);
        v.field(22usize, "categories", &self.categories);
        v.field(23usize, "resources", &self.resources);
        v.field(24usize, "rubric", &self.rubric);
        v.field(25usize, "submissions", &self.submissions);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.added_student_action.read_from(r),
            2usize => self.add_to_calendar_action.read_from(r),
            3usize => self.allow_late_submissions.read_from(r),
            4usize => self.allow_students_to_add_resources_to_submission.read_from(r),
            5usize => self.assign_date_time.read_from(r),
            6usize => self.assigned_date_time.read_from(r),
            7usize => self.assign_to.read_from(r),
            8usize => self.class_id.read_from(r),
            9usize => self.close_date_time.read_from(r),
            10usize => self.created_by.read_from(r),
            11usize => self.created_date_time.read_from(r),
            12usize => self.display_name.read_from(r),
            13usize => self.due_date_time.read_from(r),
            14usize => self.grading.read_from(r),
            15usize => self.instructions.read_from(r),
            16usize => self.last_modified_by.read_from(r),
            17usize => self.last_modified_date_time.read_from(r),
            18usize => self.notification_channel_url.read_from(r),
            19usize => self.resources_folder_url.read_from(r),
            20usize => self.status.read_from(r),
            21usize => self.web_url.read_from(r),
            22usize => self.categories.read_from(r),
            23usize => self.resources.read_from(r),
            24usize => self.rubric.read_from(r),
            25usize => self.submissions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.added_student_action);
        w.field(2usize, &self.add_to_calendar_action);
        w.field(3usize, &self.allow_late_submissions);
        w.field(4usize, &self.allow_students_to_add_resources_to_submission);
        w.field(5usize, &self.assign_date_time);
        w.field(6usize, &self.assigned_date_time);
        w.field(7usize, &self.assign_to);
        w.field(8usize, &self.class_id);
        w.field(9usize, &self.close_date_time);
        w.field(10usize, &self.created_by);
        w.field(11usize, &self.created_date_time);
        w.field(12usize, &self.display_name);
        w.field(13usize, &self.due_date_time);
        w.field(14usize, &self.grading);
        w.field(15usize, &self.instructions);
        w.field(16usize, &self.last_modified_by);
        w.field(17usize, &self.last_modified_date_time);
        w.field(18usize, &self.notification_channel_url);
        w.field(19usize, &self.resources_folder_url);
        w.field(20usize, &self.status);
        w.field(21usize, &self.web_url);
        w.field(22usize, &self.categories);
        w.field(23usize, &self.resources);
        w.field(24usize, &self.rubric);
        w.field(25usize, &self.submissions);
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
rt::impl_object!(EducationAssignment);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationAssignment { with_id id : ::std::string::String; with_added_student_action
    added_student_action : crate ::beta::EducationAddedStudentAction;
    with_add_to_calendar_action add_to_calendar_action : crate
    ::beta::EducationAddToCalendarOptions; with_allow_late_submissions
    allow_late_submissions : bool; with_allow_students_to_add_resources_to_submission
    allow_students_to_add_resources_to_submission : bool; with_assign_date_time
    assign_date_time : rt::edm::DateTimeOffset; with_assigned_date_time
    assigned_date_time : rt::edm::DateTimeOffset; with_assign_to assign_to : crate
    ::beta::AnyEducationAssignmentRecipient; with_class_id class_id :
    ::std::string::String; with_close_date_time close_date_time :
    rt::edm::DateTimeOffset; with_created_by created_by : crate ::beta::IdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_due_date_time due_date_time :
    rt::edm::DateTimeOffset; with_grading grading : crate
    ::beta::AnyEducationAssignmentGradeType; with_instructions instructions : crate
    ::beta::EducationItemBody; with_last_modified_by last_modified_by : crate
    ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_notification_channel_url notification_channel_url :
    ::std::string::String; with_resources_folder_url resources_folder_url :
    ::std::string::String; with_status status : crate ::beta::EducationAssignmentStatus;
    with_web_url web_url : ::std::string::String; with_categories categories :
    ::std::vec::Vec < crate ::beta::EducationCategory >; with_resources resources :
    ::std::vec::Vec < crate ::beta::EducationAssignmentResource >; with_rubric rubric :
    crate ::beta::EducationRubric; with_submissions submissions : ::std::vec::Vec < crate
    ::beta::EducationSubmission >; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAssignment);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationAssignmentClassRecipient`, complex type, derived from `microsoft.graph.educationAssignmentRecipient`.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationAssignmentClassRecipient {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationAssignmentClassRecipient {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationAssignmentClassRecipient {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAssignmentClassRecipient";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.educationAssignmentClassRecipient\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationAssignmentClassRecipient {
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
rt::impl_object!(EducationAssignmentClassRecipient);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAssignmentClassRecipient);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationAssignmentDefaults`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationAssignmentDefaults {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `addedStudentAction`: `microsoft.graph.educationAddedStudentAction`, nullable.
    pub added_student_action: rt::Field<crate::beta::EducationAddedStudentAction>,
    /// CSDL: property `addToCalendarAction`: `microsoft.graph.educationAddToCalendarOptions`, nullable.
    pub add_to_calendar_action: rt::Field<crate::beta::EducationAddToCalendarOptions>,
    /// CSDL: property `dueTime`: `Edm.TimeOfDay`, nullable.
    pub due_time: rt::Field<rt::edm::TimeOfDay>,
    /// CSDL: property `notificationChannelUrl`: `Edm.String`, nullable.
    pub notification_channel_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationAssignmentDefaults {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            added_student_action: rt::Field::Absent,
            add_to_calendar_action: rt::Field::Absent,
            due_time: rt::Field::Absent,
            notification_channel_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationAssignmentDefaults {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAssignmentDefaults";
    const KEYS: &'static [&'static str] = &[
        "id",
        "addedStudentAction",
        "addToCalendarAction",
        "dueTime",
        "notificationChannelUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"addedStudentAction\":           ",
        ",\"addToCalendarAction\":          ",
        ",\"dueTime\":                      ",
        ",\"notificationChannelUrl\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationAssignmentDefaults\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "added_student_action", &self.added_student_action);
        v.field(2usize, "add_to_calendar_action", &self.add_to_calendar_action);
        v.field(3usize, "due_time", &self.due_time);
        v.field(4usize, "notification_channel_url", &self.notification_channel_url);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationAssignmentDefaults {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.added_student_action.read_from(r),
            2usize => self.add_to_calendar_action.read_from(r),
            3usize => self.due_time.read_from(r),
            4usize => self.notification_channel_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.added_student_action);
        w.field(2usize, &self.add_to_calendar_action);
        w.field(3usize, &self.due_time);
        w.field(4usize, &self.notification_channel_url);
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
rt::impl_object!(EducationAssignmentDefaults);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationAssignmentDefaults { with_id id : ::std::string::String;
    with_added_student_action added_student_action : crate
    ::beta::EducationAddedStudentAction; with_add_to_calendar_action
    add_to_calendar_action : crate ::beta::EducationAddToCalendarOptions; with_due_time
    due_time : rt::edm::TimeOfDay; with_notification_channel_url notification_channel_url
    : ::std::string::String; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAssignmentDefaults);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationAssignmentGrade`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationAssignmentGrade {
    /// CSDL: property `gradedBy`: `microsoft.graph.identitySet`, nullable.
    pub graded_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `gradedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub graded_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationAssignmentGrade {
    #[inline]
    fn default() -> Self {
        Self {
            graded_by: rt::Field::Absent,
            graded_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationAssignmentGrade {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAssignmentGrade";
    const KEYS: &'static [&'static str] = &["gradedBy", "gradedDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"gradedBy\":                     ",
        ",\"gradedDateTime\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationAssignmentGrade\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "graded_by", &self.graded_by);
        v.field(1usize, "graded_date_time", &self.graded_date_time);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationAssignmentGrade {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.graded_by.read_from(r),
            1usize => self.graded_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.graded_by);
        w.field(1usize, &self.graded_date_time);
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
rt::impl_object!(EducationAssignmentGrade);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationAssignmentGrade { with_graded_by graded_by : crate ::beta::IdentitySet;
    with_graded_date_time graded_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAssignmentGrade);
#[cfg(msgraph_beta_education_or_search)]
/// `microsoft.graph.educationAssignmentGrade` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEducationAssignmentGrade {
    EducationAssignmentGrade(::std::boxed::Box<crate::beta::EducationAssignmentGrade>),
    EducationAssignmentPointsGrade(
        ::std::boxed::Box<crate::beta::EducationAssignmentPointsGrade>,
    ),
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for AnyEducationAssignmentGrade {
    #[inline]
    fn default() -> Self {
        Self::EducationAssignmentGrade(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationAssignmentGrade>
for AnyEducationAssignmentGrade {
    #[inline]
    fn from(v: crate::beta::EducationAssignmentGrade) -> Self {
        Self::EducationAssignmentGrade(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationAssignmentPointsGrade>
for AnyEducationAssignmentGrade {
    #[inline]
    fn from(v: crate::beta::EducationAssignmentPointsGrade) -> Self {
        Self::EducationAssignmentPointsGrade(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
unsafe impl ::std::marker::Send for AnyEducationAssignmentGrade {}
#[cfg(msgraph_beta_education_or_search)]
unsafe impl ::std::marker::Sync for AnyEducationAssignmentGrade {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::marker::Unpin for AnyEducationAssignmentGrade {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::panic::UnwindSafe for AnyEducationAssignmentGrade {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::panic::RefUnwindSafe for AnyEducationAssignmentGrade {}
#[cfg(msgraph_beta_education_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::EducationAssignmentGrade>();
    rt::object::auto_traits::<crate::beta::EducationAssignmentPointsGrade>();
};
#[cfg(msgraph_beta_education_or_search)]
impl rt::Poly for AnyEducationAssignmentGrade {
    const BASE_NAME: &'static str = "microsoft.graph.educationAssignmentGrade";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.educationAssignmentPointsGrade",
            ) => Self::EducationAssignmentPointsGrade(rt::object::new_boxed()),
            _ => Self::EducationAssignmentGrade(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EducationAssignmentGrade(v) => &**v,
            Self::EducationAssignmentPointsGrade(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EducationAssignmentGrade(v) => &mut **v,
            Self::EducationAssignmentPointsGrade(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl AnyEducationAssignmentGrade {
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
    /// `gradedBy` of any variant.
    #[inline]
    pub fn graded_by(&self) -> &rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::EducationAssignmentGrade(v) => &v.graded_by,
            Self::EducationAssignmentPointsGrade(v) => &v.graded_by,
        }
    }
    /// `gradedBy` of any variant.
    #[inline]
    pub fn graded_by_mut(&mut self) -> &mut rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::EducationAssignmentGrade(v) => &mut v.graded_by,
            Self::EducationAssignmentPointsGrade(v) => &mut v.graded_by,
        }
    }
    /// `gradedDateTime` of any variant.
    #[inline]
    pub fn graded_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EducationAssignmentGrade(v) => &v.graded_date_time,
            Self::EducationAssignmentPointsGrade(v) => &v.graded_date_time,
        }
    }
    /// `gradedDateTime` of any variant.
    #[inline]
    pub fn graded_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EducationAssignmentGrade(v) => &mut v.graded_date_time,
            Self::EducationAssignmentPointsGrade(v) => &mut v.graded_date_time,
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
rt::impl_poly!(AnyEducationAssignmentGrade);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEducationAssignmentGrade);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationAssignmentGradeType`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationAssignmentGradeType {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationAssignmentGradeType {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationAssignmentGradeType {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAssignmentGradeType";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.educationAssignmentGradeType\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationAssignmentGradeType {
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
rt::impl_object!(EducationAssignmentGradeType);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAssignmentGradeType);
#[cfg(msgraph_beta_education_or_search)]
/// `microsoft.graph.educationAssignmentGradeType` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEducationAssignmentGradeType {
    EducationAssignmentGradeType(
        ::std::boxed::Box<crate::beta::EducationAssignmentGradeType>,
    ),
    EducationAssignmentPointsGradeType(
        ::std::boxed::Box<crate::beta::EducationAssignmentPointsGradeType>,
    ),
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for AnyEducationAssignmentGradeType {
    #[inline]
    fn default() -> Self {
        Self::EducationAssignmentGradeType(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationAssignmentGradeType>
for AnyEducationAssignmentGradeType {
    #[inline]
    fn from(v: crate::beta::EducationAssignmentGradeType) -> Self {
        Self::EducationAssignmentGradeType(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationAssignmentPointsGradeType>
for AnyEducationAssignmentGradeType {
    #[inline]
    fn from(v: crate::beta::EducationAssignmentPointsGradeType) -> Self {
        Self::EducationAssignmentPointsGradeType(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
unsafe impl ::std::marker::Send for AnyEducationAssignmentGradeType {}
#[cfg(msgraph_beta_education_or_search)]
unsafe impl ::std::marker::Sync for AnyEducationAssignmentGradeType {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::marker::Unpin for AnyEducationAssignmentGradeType {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::panic::UnwindSafe for AnyEducationAssignmentGradeType {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::panic::RefUnwindSafe for AnyEducationAssignmentGradeType {}
#[cfg(msgraph_beta_education_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::EducationAssignmentGradeType>();
    rt::object::auto_traits::<crate::beta::EducationAssignmentPointsGradeType>();
};
#[cfg(msgraph_beta_education_or_search)]
impl rt::Poly for AnyEducationAssignmentGradeType {
    const BASE_NAME: &'static str = "microsoft.graph.educationAssignmentGradeType";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.educationAssignmentPointsGradeType",
            ) => Self::EducationAssignmentPointsGradeType(rt::object::new_boxed()),
            _ => Self::EducationAssignmentGradeType(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EducationAssignmentGradeType(v) => &**v,
            Self::EducationAssignmentPointsGradeType(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EducationAssignmentGradeType(v) => &mut **v,
            Self::EducationAssignmentPointsGradeType(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl AnyEducationAssignmentGradeType {
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
rt::impl_poly!(AnyEducationAssignmentGradeType);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEducationAssignmentGradeType);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationAssignmentGroupRecipient`, complex type, derived from `microsoft.graph.educationAssignmentRecipient`.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationAssignmentGroupRecipient {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationAssignmentGroupRecipient {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationAssignmentGroupRecipient {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAssignmentGroupRecipient";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.educationAssignmentGroupRecipient\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationAssignmentGroupRecipient {
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
rt::impl_object!(EducationAssignmentGroupRecipient);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAssignmentGroupRecipient);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationAssignmentIndividualRecipient`, complex type, derived from `microsoft.graph.educationAssignmentRecipient`.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationAssignmentIndividualRecipient {
    /// CSDL: property `recipients`: `Collection(Edm.String)`, nullable.
    pub recipients: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationAssignmentIndividualRecipient {
    #[inline]
    fn default() -> Self {
        Self {
            recipients: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationAssignmentIndividualRecipient {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAssignmentIndividualRecipient";
    const KEYS: &'static [&'static str] = &["recipients"];
    const KEYS_JSON: &'static [&'static str] = &[",\"recipients\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.educationAssignmentIndividualRecipient\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "recipients", &self.recipients);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationAssignmentIndividualRecipient {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.recipients.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.recipients);
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
rt::impl_object!(EducationAssignmentIndividualRecipient);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationAssignmentIndividualRecipient { with_recipients recipients : ::std::vec::Vec
    < ::std::string::String >; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAssignmentIndividualRecipient);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationAssignmentPointsGrade`, complex type, derived from `microsoft.graph.educationAssignmentGrade`.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationAssignmentPointsGrade {
    /// CSDL: property `gradedBy`: `microsoft.graph.identitySet`, nullable.
    pub graded_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `gradedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub graded_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `points`: `Edm.Single`, nullable.
    pub points: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationAssignmentPointsGrade {
    #[inline]
    fn default() -> Self {
        Self {
            graded_by: rt::Field::Absent,
            graded_date_time: rt::Field::Absent,
            points: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationAssignmentPointsGrade {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAssignmentPointsGrade";
    const KEYS: &'static [&'static str] = &["gradedBy", "gradedDateTime", "points"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"gradedBy\":                     ",
        ",\"gradedDateTime\":               ",
        ",\"points\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationAssignmentPointsGrade\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "graded_by", &self.graded_by);
        v.field(1usize, "graded_date_time", &self.graded_date_time);
        v.field(2usize, "points", &self.points);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationAssignmentPointsGrade {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.graded_by.read_from(r),
            1usize => self.graded_date_time.read_from(r),
            2usize => self.points.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.graded_by);
        w.field(1usize, &self.graded_date_time);
        w.field(2usize, &self.points);
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
rt::impl_object!(EducationAssignmentPointsGrade);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationAssignmentPointsGrade { with_graded_by graded_by : crate
    ::beta::IdentitySet; with_graded_date_time graded_date_time :
    rt::edm::DateTimeOffset; with_points points : f64; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAssignmentPointsGrade);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationAssignmentPointsGradeType`, complex type, derived from `microsoft.graph.educationAssignmentGradeType`.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationAssignmentPointsGradeType {
    /// CSDL: property `maxPoints`: `Edm.Single`, nullable.
    pub max_points: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationAssignmentPointsGradeType {
    #[inline]
    fn default() -> Self {
        Self {
            max_points: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationAssignmentPointsGradeType {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAssignmentPointsGradeType";
    const KEYS: &'static [&'static str] = &["maxPoints"];
    const KEYS_JSON: &'static [&'static str] = &[",\"maxPoints\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.educationAssignmentPointsGradeType\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "max_points", &self.max_points);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationAssignmentPointsGradeType {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.max_points.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.max_points);
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
rt::impl_object!(EducationAssignmentPointsGradeType);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationAssignmentPointsGradeType { with_max_points max_points : f64; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAssignmentPointsGradeType);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationAssignmentRecipient`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationAssignmentRecipient {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationAssignmentRecipient {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationAssignmentRecipient {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAssignmentRecipient";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.educationAssignmentRecipient\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationAssignmentRecipient {
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
rt::impl_object!(EducationAssignmentRecipient);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAssignmentRecipient);
#[cfg(msgraph_beta_education_or_search)]
/// `microsoft.graph.educationAssignmentRecipient` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEducationAssignmentRecipient {
    EducationAssignmentRecipient(
        ::std::boxed::Box<crate::beta::EducationAssignmentRecipient>,
    ),
    EducationAssignmentClassRecipient(
        ::std::boxed::Box<crate::beta::EducationAssignmentClassRecipient>,
    ),
    EducationAssignmentGroupRecipient(
        ::std::boxed::Box<crate::beta::EducationAssignmentGroupRecipient>,
    ),
    EducationAssignmentIndividualRecipient(
        ::std::boxed::Box<crate::beta::EducationAssignmentIndividualRecipient>,
    ),
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for AnyEducationAssignmentRecipient {
    #[inline]
    fn default() -> Self {
        Self::EducationAssignmentRecipient(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationAssignmentRecipient>
for AnyEducationAssignmentRecipient {
    #[inline]
    fn from(v: crate::beta::EducationAssignmentRecipient) -> Self {
        Self::EducationAssignmentRecipient(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationAssignmentClassRecipient>
for AnyEducationAssignmentRecipient {
    #[inline]
    fn from(v: crate::beta::EducationAssignmentClassRecipient) -> Self {
        Self::EducationAssignmentClassRecipient(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationAssignmentGroupRecipient>
for AnyEducationAssignmentRecipient {
    #[inline]
    fn from(v: crate::beta::EducationAssignmentGroupRecipient) -> Self {
        Self::EducationAssignmentGroupRecipient(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationAssignmentIndividualRecipient>
for AnyEducationAssignmentRecipient {
    #[inline]
    fn from(v: crate::beta::EducationAssignmentIndividualRecipient) -> Self {
        Self::EducationAssignmentIndividualRecipient(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
unsafe impl ::std::marker::Send for AnyEducationAssignmentRecipient {}
#[cfg(msgraph_beta_education_or_search)]
unsafe impl ::std::marker::Sync for AnyEducationAssignmentRecipient {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::marker::Unpin for AnyEducationAssignmentRecipient {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::panic::UnwindSafe for AnyEducationAssignmentRecipient {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::panic::RefUnwindSafe for AnyEducationAssignmentRecipient {}
#[cfg(msgraph_beta_education_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::EducationAssignmentRecipient>();
    rt::object::auto_traits::<crate::beta::EducationAssignmentClassRecipient>();
    rt::object::auto_traits::<crate::beta::EducationAssignmentGroupRecipient>();
    rt::object::auto_traits::<crate::beta::EducationAssignmentIndividualRecipient>();
};
#[cfg(msgraph_beta_education_or_search)]
impl rt::Poly for AnyEducationAssignmentRecipient {
    const BASE_NAME: &'static str = "microsoft.graph.educationAssignmentRecipient";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.educationAssignmentClassRecipient",
            ) => Self::EducationAssignmentClassRecipient(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.educationAssignmentGroupRecipient",
            ) => Self::EducationAssignmentGroupRecipient(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.educationAssignmentIndividualRecipient",
            ) => Self::EducationAssignmentIndividualRecipient(rt::object::new_boxed()),
            _ => Self::EducationAssignmentRecipient(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EducationAssignmentRecipient(v) => &**v,
            Self::EducationAssignmentClassRecipient(v) => &**v,
            Self::EducationAssignmentGroupRecipient(v) => &**v,
            Self::EducationAssignmentIndividualRecipient(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EducationAssignmentRecipient(v) => &mut **v,
            Self::EducationAssignmentClassRecipient(v) => &mut **v,
            Self::EducationAssignmentGroupRecipient(v) => &mut **v,
            Self::EducationAssignmentIndividualRecipient(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl AnyEducationAssignmentRecipient {
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
rt::impl_poly!(AnyEducationAssignmentRecipient);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEducationAssignmentRecipient);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationAssignmentResource`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EducationAssignmentResourcePath`](requests/trait.EducationAssignmentResourcePath.html), what a path to one (`EntityPath<EducationAssignmentResource, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationAssignmentResource {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `distributeForStudentWork`: `Edm.Boolean`, nullable.
    pub distribute_for_student_work: rt::Field<bool>,
    /// CSDL: property `resource`: `microsoft.graph.educationResource`, nullable.
    pub resource: rt::Field<crate::beta::AnyEducationResource>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationAssignmentResource {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            distribute_for_student_work: rt::Field::Absent,
            resource: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationAssignmentResource {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAssignmentResource";
    const KEYS: &'static [&'static str] = &[
        "id",
        "distributeForStudentWork",
        "resource",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"distributeForStudentWork\":     ",
        ",\"resource\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationAssignmentResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "distribute_for_student_work",
            &self.distribute_for_student_work,
        );
        v.field(2usize, "resource", &self.resource);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationAssignmentResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.distribute_for_student_work.read_from(r),
            2usize => self.resource.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.distribute_for_student_work);
        w.field(2usize, &self.resource);
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
rt::impl_object!(EducationAssignmentResource);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationAssignmentResource { with_id id : ::std::string::String;
    with_distribute_for_student_work distribute_for_student_work : bool; with_resource
    resource : crate ::beta::AnyEducationResource; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAssignmentResource);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationAssignmentSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationAssignmentSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `submissionAnimationDisabled`: `Edm.Boolean`, nullable.
    pub submission_animation_disabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationAssignmentSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            submission_animation_disabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationAssignmentSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAssignmentSettings";
    const KEYS: &'static [&'static str] = &["id", "submissionAnimationDisabled"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"submissionAnimationDisabled\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationAssignmentSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "submission_animation_disabled",
            &self.submission_animation_disabled,
        );
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationAssignmentSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.submission_animation_disabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.submission_animation_disabled);
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
rt::impl_object!(EducationAssignmentSettings);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationAssignmentSettings { with_id id : ::std::string::String;
    with_submission_animation_disabled submission_animation_disabled : bool; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAssignmentSettings);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationAssignmentStatus`, enum type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EducationAssignmentStatus {
    /// `draft` (value 0).
    Draft,
    /// `published` (value 1).
    Published,
    /// `assigned` (value 2).
    Assigned,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::StrEnum for EducationAssignmentStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.educationAssignmentStatus";
    const MEMBERS: &'static [&'static str] = &[
        "draft",
        "published",
        "assigned",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "draft" => Self::Draft,
                "published" => Self::Published,
                "assigned" => Self::Assigned,
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
            Self::Draft => "draft",
            Self::Published => "published",
            Self::Assigned => "assigned",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
rt::impl_enum!(EducationAssignmentStatus);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationAssignmentStatus);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationCategory`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationCategory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationCategory {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.educationCategory";
    const KEYS: &'static [&'static str] = &["id", "displayName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationCategory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationCategory {
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
#[cfg(msgraph_beta_education_or_search)]
rt::impl_object!(EducationCategory);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationCategory { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationCategory);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationExcelResource`, complex type, derived from `microsoft.graph.educationResource`.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationExcelResource {
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `fileUrl`: `Edm.String`, nullable.
    pub file_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationExcelResource {
    #[inline]
    fn default() -> Self {
        Self {
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            file_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationExcelResource {
    const TYPE_NAME: &'static str = "microsoft.graph.educationExcelResource";
    const KEYS: &'static [&'static str] = &[
        "createdBy",
        "createdDateTime",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "fileUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"fileUrl\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationExcelResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_by", &self.created_by);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "file_url", &self.file_url);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationExcelResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_by.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.file_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_by);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.file_url);
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
rt::impl_object!(EducationExcelResource);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationExcelResource { with_created_by created_by : crate ::beta::IdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_last_modified_by last_modified_by : crate
    ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_file_url file_url : ::std::string::String; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationExcelResource);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationFeedback`, complex type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationFeedback {
    /// CSDL: property `feedbackBy`: `microsoft.graph.identitySet`, nullable.
    pub feedback_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `feedbackDateTime`: `Edm.DateTimeOffset`, nullable.
    pub feedback_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `text`: `microsoft.graph.educationItemBody`, nullable.
    pub text: rt::Field<crate::beta::EducationItemBody>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationFeedback {
    #[inline]
    fn default() -> Self {
        Self {
            feedback_by: rt::Field::Absent,
            feedback_date_time: rt::Field::Absent,
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationFeedback {
    const TYPE_NAME: &'static str = "microsoft.graph.educationFeedback";
    const KEYS: &'static [&'static str] = &["feedbackBy", "feedbackDateTime", "text"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"feedbackBy\":                   ",
        ",\"feedbackDateTime\":             ",
        ",\"text\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationFeedback\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "feedback_by", &self.feedback_by);
        v.field(1usize, "feedback_date_time", &self.feedback_date_time);
        v.field(2usize, "text", &self.text);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationFeedback {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.feedback_by.read_from(r),
            1usize => self.feedback_date_time.read_from(r),
            2usize => self.text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.feedback_by);
        w.field(1usize, &self.feedback_date_time);
        w.field(2usize, &self.text);
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
rt::impl_object!(EducationFeedback);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationFeedback { with_feedback_by feedback_by : crate ::beta::IdentitySet;
    with_feedback_date_time feedback_date_time : rt::edm::DateTimeOffset; with_text text
    : crate ::beta::EducationItemBody; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationFeedback);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationFeedbackOutcome`, entity type, derived from `microsoft.graph.educationOutcome`, key `id`.
///
/// Request builders: [`EducationFeedbackOutcomePath`](requests/trait.EducationFeedbackOutcomePath.html), what a path to one (`EntityPath<EducationFeedbackOutcome, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationFeedbackOutcome {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `feedback`: `microsoft.graph.educationFeedback`, nullable.
    pub feedback: rt::Field<crate::beta::EducationFeedback>,
    /// CSDL: property `publishedFeedback`: `microsoft.graph.educationFeedback`, nullable.
    pub published_feedback: rt::Field<crate::beta::EducationFeedback>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationFeedbackOutcome {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            feedback: rt::Field::Absent,
            published_feedback: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationFeedbackOutcome {
    const TYPE_NAME: &'static str = "microsoft.graph.educationFeedbackOutcome";
    const KEYS: &'static [&'static str] = &[
        "id",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "feedback",
        "publishedFeedback",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"feedback\":                     ",
        ",\"publishedFeedback\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationFeedbackOutcome\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "last_modified_by", &self.last_modified_by);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "feedback", &self.feedback);
        v.field(4usize, "published_feedback", &self.published_feedback);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationFeedbackOutcome {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_modified_by.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.feedback.read_from(r),
            4usize => self.published_feedback.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_modified_by);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.feedback);
        w.field(4usize, &self.published_feedback);
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
rt::impl_object!(EducationFeedbackOutcome);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationFeedbackOutcome { with_id id : ::std::string::String; with_last_modified_by
    last_modified_by : crate ::beta::IdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_feedback feedback : crate
    ::beta::EducationFeedback; with_published_feedback published_feedback : crate
    ::beta::EducationFeedback; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationFeedbackOutcome);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationFileResource`, complex type, derived from `microsoft.graph.educationResource`.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationFileResource {
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `fileUrl`: `Edm.String`, nullable.
    pub file_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationFileResource {
    #[inline]
    fn default() -> Self {
        Self {
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            file_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationFileResource {
    const TYPE_NAME: &'static str = "microsoft.graph.educationFileResource";
    const KEYS: &'static [&'static str] = &[
        "createdBy",
        "createdDateTime",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "fileUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"fileUrl\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationFileResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_by", &self.created_by);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "file_url", &self.file_url);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationFileResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_by.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.file_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_by);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.file_url);
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
rt::impl_object!(EducationFileResource);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationFileResource { with_created_by created_by : crate ::beta::IdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_last_modified_by last_modified_by : crate
    ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_file_url file_url : ::std::string::String; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationFileResource);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationGender`, enum type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EducationGender {
    /// `female` (value 0).
    Female,
    /// `male` (value 1).
    Male,
    /// `other` (value 2).
    Other,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::StrEnum for EducationGender {
    const TYPE_NAME: &'static str = "microsoft.graph.educationGender";
    const MEMBERS: &'static [&'static str] = &[
        "female",
        "male",
        "other",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "female" => Self::Female,
                "male" => Self::Male,
                "other" => Self::Other,
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
            Self::Female => "female",
            Self::Male => "male",
            Self::Other => "other",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
rt::impl_enum!(EducationGender);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationGender);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationItemBody`, complex type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationItemBody {
    /// CSDL: property `content`: `Edm.String`, nullable.
    pub content: rt::Field<::std::string::String>,
    /// CSDL: property `contentType`: `microsoft.graph.bodyType`, nullable.
    pub content_type: rt::Field<crate::beta::BodyType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationItemBody {
    #[inline]
    fn default() -> Self {
        Self {
            content: rt::Field::Absent,
            content_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationItemBody {
    const TYPE_NAME: &'static str = "microsoft.graph.educationItemBody";
    const KEYS: &'static [&'static str] = &["content", "contentType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"content\":                      ",
        ",\"contentType\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationItemBody\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content", &self.content);
        v.field(1usize, "content_type", &self.content_type);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationItemBody {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content.read_from(r),
            1usize => self.content_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content);
        w.field(1usize, &self.content_type);
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
rt::impl_object!(EducationItemBody);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationItemBody { with_content content : ::std::string::String; with_content_type
    content_type : crate ::beta::BodyType; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationItemBody);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationLinkResource`, complex type, derived from `microsoft.graph.educationResource`.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationLinkResource {
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `link`: `Edm.String`, nullable.
    pub link: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationLinkResource {
    #[inline]
    fn default() -> Self {
        Self {
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            link: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationLinkResource {
    const TYPE_NAME: &'static str = "microsoft.graph.educationLinkResource";
    const KEYS: &'static [&'static str] = &[
        "createdBy",
        "createdDateTime",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "link",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"link\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationLinkResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_by", &self.created_by);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "link", &self.link);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationLinkResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_by.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.link.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_by);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.link);
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
rt::impl_object!(EducationLinkResource);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationLinkResource { with_created_by created_by : crate ::beta::IdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_last_modified_by last_modified_by : crate
    ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_link link : ::std::string::String; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationLinkResource);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationOutcome`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`EducationOutcomePath`](requests/trait.EducationOutcomePath.html), what a path to one (`EntityPath<AnyEducationOutcome, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationOutcome {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationOutcome {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationOutcome {
    const TYPE_NAME: &'static str = "microsoft.graph.educationOutcome";
    const KEYS: &'static [&'static str] = &[
        "id",
        "lastModifiedBy",
        "lastModifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationOutcome\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "last_modified_by", &self.last_modified_by);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationOutcome {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_modified_by.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_modified_by);
        w.field(2usize, &self.last_modified_date_time);
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
rt::impl_object!(EducationOutcome);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationOutcome { with_id id : ::std::string::String; with_last_modified_by
    last_modified_by : crate ::beta::IdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationOutcome);
#[cfg(msgraph_beta_education_or_search)]
/// `microsoft.graph.educationOutcome` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEducationOutcome {
    EducationOutcome(::std::boxed::Box<crate::beta::EducationOutcome>),
    EducationFeedbackOutcome(::std::boxed::Box<crate::beta::EducationFeedbackOutcome>),
    EducationPointsOutcome(::std::boxed::Box<crate::beta::EducationPointsOutcome>),
    EducationRubricOutcome(::std::boxed::Box<crate::beta::EducationRubricOutcome>),
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for AnyEducationOutcome {
    #[inline]
    fn default() -> Self {
        Self::EducationOutcome(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationOutcome> for AnyEducationOutcome {
    #[inline]
    fn from(v: crate::beta::EducationOutcome) -> Self {
        Self::EducationOutcome(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationFeedbackOutcome>
for AnyEducationOutcome {
    #[inline]
    fn from(v: crate::beta::EducationFeedbackOutcome) -> Self {
        Self::EducationFeedbackOutcome(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationPointsOutcome> for AnyEducationOutcome {
    #[inline]
    fn from(v: crate::beta::EducationPointsOutcome) -> Self {
        Self::EducationPointsOutcome(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationRubricOutcome> for AnyEducationOutcome {
    #[inline]
    fn from(v: crate::beta::EducationRubricOutcome) -> Self {
        Self::EducationRubricOutcome(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
unsafe impl ::std::marker::Send for AnyEducationOutcome {}
#[cfg(msgraph_beta_education_or_search)]
unsafe impl ::std::marker::Sync for AnyEducationOutcome {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::marker::Unpin for AnyEducationOutcome {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::panic::UnwindSafe for AnyEducationOutcome {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::panic::RefUnwindSafe for AnyEducationOutcome {}
#[cfg(msgraph_beta_education_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::EducationOutcome>();
    rt::object::auto_traits::<crate::beta::EducationFeedbackOutcome>();
    rt::object::auto_traits::<crate::beta::EducationPointsOutcome>();
    rt::object::auto_traits::<crate::beta::EducationRubricOutcome>();
};
#[cfg(msgraph_beta_education_or_search)]
impl rt::Poly for AnyEducationOutcome {
    const BASE_NAME: &'static str = "microsoft.graph.educationOutcome";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.educationFeedbackOutcome") => {
                Self::EducationFeedbackOutcome(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.educationPointsOutcome") => {
                Self::EducationPointsOutcome(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.educationRubricOutcome") => {
                Self::EducationRubricOutcome(rt::object::new_boxed())
            }
            _ => Self::EducationOutcome(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EducationOutcome(v) => &**v,
            Self::EducationFeedbackOutcome(v) => &**v,
            Self::EducationPointsOutcome(v) => &**v,
            Self::EducationRubricOutcome(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EducationOutcome(v) => &mut **v,
            Self::EducationFeedbackOutcome(v) => &mut **v,
            Self::EducationPointsOutcome(v) => &mut **v,
            Self::EducationRubricOutcome(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl AnyEducationOutcome {
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
            Self::EducationOutcome(v) => &v.id,
            Self::EducationFeedbackOutcome(v) => &v.id,
            Self::EducationPointsOutcome(v) => &v.id,
            Self::EducationRubricOutcome(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EducationOutcome(v) => &mut v.id,
            Self::EducationFeedbackOutcome(v) => &mut v.id,
            Self::EducationPointsOutcome(v) => &mut v.id,
            Self::EducationRubricOutcome(v) => &mut v.id,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by(&self) -> &rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::EducationOutcome(v) => &v.last_modified_by,
            Self::EducationFeedbackOutcome(v) => &v.last_modified_by,
            Self::EducationPointsOutcome(v) => &v.last_modified_by,
            Self::EducationRubricOutcome(v) => &v.last_modified_by,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by_mut(&mut self) -> &mut rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::EducationOutcome(v) => &mut v.last_modified_by,
            Self::EducationFeedbackOutcome(v) => &mut v.last_modified_by,
            Self::EducationPointsOutcome(v) => &mut v.last_modified_by,
            Self::EducationRubricOutcome(v) => &mut v.last_modified_by,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EducationOutcome(v) => &v.last_modified_date_time,
            Self::EducationFeedbackOutcome(v) => &v.last_modified_date_time,
            Self::EducationPointsOutcome(v) => &v.last_modified_date_time,
            Self::EducationRubricOutcome(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EducationOutcome(v) => &mut v.last_modified_date_time,
            Self::EducationFeedbackOutcome(v) => &mut v.last_modified_date_time,
            Self::EducationPointsOutcome(v) => &mut v.last_modified_date_time,
            Self::EducationRubricOutcome(v) => &mut v.last_modified_date_time,
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
rt::impl_poly!(AnyEducationOutcome);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEducationOutcome);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationPointsOutcome`, entity type, derived from `microsoft.graph.educationOutcome`, key `id`.
///
/// Request builders: [`EducationPointsOutcomePath`](requests/trait.EducationPointsOutcomePath.html), what a path to one (`EntityPath<EducationPointsOutcome, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationPointsOutcome {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `points`: `microsoft.graph.educationAssignmentPointsGrade`, nullable.
    pub points: rt::Field<crate::beta::EducationAssignmentPointsGrade>,
    /// CSDL: property `publishedPoints`: `microsoft.graph.educationAssignmentPointsGrade`, nullable.
    pub published_points: rt::Field<crate::beta::EducationAssignmentPointsGrade>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationPointsOutcome {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            points: rt::Field::Absent,
            published_points: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationPointsOutcome {
    const TYPE_NAME: &'static str = "microsoft.graph.educationPointsOutcome";
    const KEYS: &'static [&'static str] = &[
        "id",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "points",
        "publishedPoints",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"points\":                       ",
        ",\"publishedPoints\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationPointsOutcome\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "last_modified_by", &self.last_modified_by);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "points", &self.points);
        v.field(4usize, "published_points", &self.published_points);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationPointsOutcome {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_modified_by.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.points.read_from(r),
            4usize => self.published_points.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_modified_by);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.points);
        w.field(4usize, &self.published_points);
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
rt::impl_object!(EducationPointsOutcome);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationPointsOutcome { with_id id : ::std::string::String; with_last_modified_by
    last_modified_by : crate ::beta::IdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_points points : crate
    ::beta::EducationAssignmentPointsGrade; with_published_points published_points :
    crate ::beta::EducationAssignmentPointsGrade; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationPointsOutcome);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationPowerPointResource`, complex type, derived from `microsoft.graph.educationResource`.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationPowerPointResource {
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `fileUrl`: `Edm.String`, nullable.
    pub file_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationPowerPointResource {
    #[inline]
    fn default() -> Self {
        Self {
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            file_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationPowerPointResource {
    const TYPE_NAME: &'static str = "microsoft.graph.educationPowerPointResource";
    const KEYS: &'static [&'static str] = &[
        "createdBy",
        "createdDateTime",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "fileUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"fileUrl\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationPowerPointResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_by", &self.created_by);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "file_url", &self.file_url);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationPowerPointResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_by.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.file_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_by);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.file_url);
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
rt::impl_object!(EducationPowerPointResource);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationPowerPointResource { with_created_by created_by : crate ::beta::IdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_last_modified_by last_modified_by : crate
    ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_file_url file_url : ::std::string::String; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationPowerPointResource);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationResource`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationResource {
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationResource {
    #[inline]
    fn default() -> Self {
        Self {
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationResource {
    const TYPE_NAME: &'static str = "microsoft.graph.educationResource";
    const KEYS: &'static [&'static str] = &[
        "createdBy",
        "createdDateTime",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_by", &self.created_by);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_by.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_by);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
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
rt::impl_object!(EducationResource);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationResource { with_created_by created_by : crate ::beta::IdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_last_modified_by last_modified_by : crate
    ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationResource);
#[cfg(msgraph_beta_education_or_search)]
/// `microsoft.graph.educationResource` or any type derived from it, selected by `@odata.type` (6 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEducationResource {
    EducationResource(::std::boxed::Box<crate::beta::EducationResource>),
    EducationExcelResource(::std::boxed::Box<crate::beta::EducationExcelResource>),
    EducationFileResource(::std::boxed::Box<crate::beta::EducationFileResource>),
    EducationLinkResource(::std::boxed::Box<crate::beta::EducationLinkResource>),
    EducationPowerPointResource(
        ::std::boxed::Box<crate::beta::EducationPowerPointResource>,
    ),
    EducationWordResource(::std::boxed::Box<crate::beta::EducationWordResource>),
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for AnyEducationResource {
    #[inline]
    fn default() -> Self {
        Self::EducationResource(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationResource> for AnyEducationResource {
    #[inline]
    fn from(v: crate::beta::EducationResource) -> Self {
        Self::EducationResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationExcelResource> for AnyEducationResource {
    #[inline]
    fn from(v: crate::beta::EducationExcelResource) -> Self {
        Self::EducationExcelResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationFileResource> for AnyEducationResource {
    #[inline]
    fn from(v: crate::beta::EducationFileResource) -> Self {
        Self::EducationFileResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationLinkResource> for AnyEducationResource {
    #[inline]
    fn from(v: crate::beta::EducationLinkResource) -> Self {
        Self::EducationLinkResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationPowerPointResource>
for AnyEducationResource {
    #[inline]
    fn from(v: crate::beta::EducationPowerPointResource) -> Self {
        Self::EducationPowerPointResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationWordResource> for AnyEducationResource {
    #[inline]
    fn from(v: crate::beta::EducationWordResource) -> Self {
        Self::EducationWordResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
unsafe impl ::std::marker::Send for AnyEducationResource {}
#[cfg(msgraph_beta_education_or_search)]
unsafe impl ::std::marker::Sync for AnyEducationResource {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::marker::Unpin for AnyEducationResource {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::panic::UnwindSafe for AnyEducationResource {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::panic::RefUnwindSafe for AnyEducationResource {}
#[cfg(msgraph_beta_education_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::EducationResource>();
    rt::object::auto_traits::<crate::beta::EducationExcelResource>();
    rt::object::auto_traits::<crate::beta::EducationFileResource>();
    rt::object::auto_traits::<crate::beta::EducationLinkResource>();
    rt::object::auto_traits::<crate::beta::EducationPowerPointResource>();
    rt::object::auto_traits::<crate::beta::EducationWordResource>();
};
#[cfg(msgraph_beta_education_or_search)]
impl rt::Poly for AnyEducationResource {
    const BASE_NAME: &'static str = "microsoft.graph.educationResource";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.educationExcelResource") => {
                Self::EducationExcelResource(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.educationFileResource") => {
                Self::EducationFileResource(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.educationLinkResource") => {
                Self::EducationLinkResource(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.educationPowerPointResource",
            ) => Self::EducationPowerPointResource(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.educationWordResource") => {
                Self::EducationWordResource(rt::object::new_boxed())
            }
            _ => Self::EducationResource(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EducationResource(v) => &**v,
            Self::EducationExcelResource(v) => &**v,
            Self::EducationFileResource(v) => &**v,
            Self::EducationLinkResource(v) => &**v,
            Self::EducationPowerPointResource(v) => &**v,
            Self::EducationWordResource(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EducationResource(v) => &mut **v,
            Self::EducationExcelResource(v) => &mut **v,
            Self::EducationFileResource(v) => &mut **v,
            Self::EducationLinkResource(v) => &mut **v,
            Self::EducationPowerPointResource(v) => &mut **v,
            Self::EducationWordResource(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl AnyEducationResource {
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
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::EducationResource(v) => &v.created_by,
            Self::EducationExcelResource(v) => &v.created_by,
            Self::EducationFileResource(v) => &v.created_by,
            Self::EducationLinkResource(v) => &v.created_by,
            Self::EducationPowerPointResource(v) => &v.created_by,
            Self::EducationWordResource(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::EducationResource(v) => &mut v.created_by,
            Self::EducationExcelResource(v) => &mut v.created_by,
            Self::EducationFileResource(v) => &mut v.created_by,
            Self::EducationLinkResource(v) => &mut v.created_by,
            Self::EducationPowerPointResource(v) => &mut v.created_by,
            Self::EducationWordResource(v) => &mut v.created_by,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EducationResource(v) => &v.created_date_time,
            Self::EducationExcelResource(v) => &v.created_date_time,
            Self::EducationFileResource(v) => &v.created_date_time,
            Self::EducationLinkResource(v) => &v.created_date_time,
            Self::EducationPowerPointResource(v) => &v.created_date_time,
            Self::EducationWordResource(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EducationResource(v) => &mut v.created_date_time,
            Self::EducationExcelResource(v) => &mut v.created_date_time,
            Self::EducationFileResource(v) => &mut v.created_date_time,
            Self::EducationLinkResource(v) => &mut v.created_date_time,
            Self::EducationPowerPointResource(v) => &mut v.created_date_time,
            Self::EducationWordResource(v) => &mut v.created_date_time,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EducationResource(v) => &v.display_name,
            Self::EducationExcelResource(v) => &v.display_name,
            Self::EducationFileResource(v) => &v.display_name,
            Self::EducationLinkResource(v) => &v.display_name,
            Self::EducationPowerPointResource(v) => &v.display_name,
            Self::EducationWordResource(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EducationResource(v) => &mut v.display_name,
            Self::EducationExcelResource(v) => &mut v.display_name,
            Self::EducationFileResource(v) => &mut v.display_name,
            Self::EducationLinkResource(v) => &mut v.display_name,
            Self::EducationPowerPointResource(v) => &mut v.display_name,
            Self::EducationWordResource(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by(&self) -> &rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::EducationResource(v) => &v.last_modified_by,
            Self::EducationExcelResource(v) => &v.last_modified_by,
            Self::EducationFileResource(v) => &v.last_modified_by,
            Self::EducationLinkResource(v) => &v.last_modified_by,
            Self::EducationPowerPointResource(v) => &v.last_modified_by,
            Self::EducationWordResource(v) => &v.last_modified_by,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by_mut(&mut self) -> &mut rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::EducationResource(v) => &mut v.last_modified_by,
            Self::EducationExcelResource(v) => &mut v.last_modified_by,
            Self::EducationFileResource(v) => &mut v.last_modified_by,
            Self::EducationLinkResource(v) => &mut v.last_modified_by,
            Self::EducationPowerPointResource(v) => &mut v.last_modified_by,
            Self::EducationWordResource(v) => &mut v.last_modified_by,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EducationResource(v) => &v.last_modified_date_time,
            Self::EducationExcelResource(v) => &v.last_modified_date_time,
            Self::EducationFileResource(v) => &v.last_modified_date_time,
            Self::EducationLinkResource(v) => &v.last_modified_date_time,
            Self::EducationPowerPointResource(v) => &v.last_modified_date_time,
            Self::EducationWordResource(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EducationResource(v) => &mut v.last_modified_date_time,
            Self::EducationExcelResource(v) => &mut v.last_modified_date_time,
            Self::EducationFileResource(v) => &mut v.last_modified_date_time,
            Self::EducationLinkResource(v) => &mut v.last_modified_date_time,
            Self::EducationPowerPointResource(v) => &mut v.last_modified_date_time,
            Self::EducationWordResource(v) => &mut v.last_modified_date_time,
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
rt::impl_poly!(AnyEducationResource);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEducationResource);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationRubric`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EducationRubricPath`](requests/trait.EducationRubricPath.html), what a path to one (`EntityPath<EducationRubric, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationRubric {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `microsoft.graph.educationItemBody`, nullable.
    pub description: rt::Field<crate::beta::EducationItemBody>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `grading`: `microsoft.graph.educationAssignmentGradeType`, nullable.
    pub grading: rt::Field<crate::beta::AnyEducationAssignmentGradeType>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `levels`: `Collection(microsoft.graph.rubricLevel)`, nullable.
    pub levels: rt::Field<::std::vec::Vec<crate::beta::RubricLevel>>,
    /// CSDL: property `qualities`: `Collection(microsoft.graph.rubricQuality)`, nullable.
    pub qualities: rt::Field<::std::vec::Vec<crate::beta::RubricQuality>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationRubric {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            grading: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            levels: rt::Field::Absent,
            qualities: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationRubric {
    const TYPE_NAME: &'static str = "microsoft.graph.educationRubric";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "description",
        "displayName",
        "grading",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "levels",
        "qualities",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"grading\":                      ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"levels\":                       ",
        ",\"qualities\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationRubric\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "grading", &self.grading);
        v.field(6usize, "last_modified_by", &self.last_modified_by);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "levels", &self.levels);
        v.field(9usize, "qualities", &self.qualities);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationRubric {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.grading.read_from(r),
            6usize => self.last_modified_by.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.levels.read_from(r),
            9usize => self.qualities.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.grading);
        w.field(6usize, &self.last_modified_by);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.levels);
        w.field(9usize, &self.qualities);
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
rt::impl_object!(EducationRubric);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationRubric { with_id id : ::std::string::String; with_created_by created_by :
    crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : crate
    ::beta::EducationItemBody; with_display_name display_name : ::std::string::String;
    with_grading grading : crate ::beta::AnyEducationAssignmentGradeType;
    with_last_modified_by last_modified_by : crate ::beta::IdentitySet;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_levels levels : ::std::vec::Vec < crate ::beta::RubricLevel >; with_qualities
    qualities : ::std::vec::Vec < crate ::beta::RubricQuality >; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationRubric);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationRubricOutcome`, entity type, derived from `microsoft.graph.educationOutcome`, key `id`.
///
/// Request builders: [`EducationOutcomePath`](requests/trait.EducationOutcomePath.html), what a path to one (`EntityPath<EducationRubricOutcome, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationRubricOutcome {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `publishedRubricQualityFeedback`: `Collection(microsoft.graph.rubricQualityFeedbackModel)`, nullable.
    pub published_rubric_quality_feedback: rt::Field<
        ::std::vec::Vec<crate::beta::RubricQualityFeedbackModel>,
    >,
    /// CSDL: property `publishedRubricQualitySelectedLevels`: `Collection(microsoft.graph.rubricQualitySelectedColumnModel)`, nullable.
    pub published_rubric_quality_selected_levels: rt::Field<
        ::std::vec::Vec<crate::beta::RubricQualitySelectedColumnModel>,
    >,
    /// CSDL: property `rubricQualityFeedback`: `Collection(microsoft.graph.rubricQualityFeedbackModel)`, nullable.
    pub rubric_quality_feedback: rt::Field<
        ::std::vec::Vec<crate::beta::RubricQualityFeedbackModel>,
    >,
    /// CSDL: property `rubricQualitySelectedLevels`: `Collection(microsoft.graph.rubricQualitySelectedColumnModel)`, nullable.
    pub rubric_quality_selected_levels: rt::Field<
        ::std::vec::Vec<crate::beta::RubricQualitySelectedColumnModel>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationRubricOutcome {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            published_rubric_quality_feedback: rt::Field::Absent,
            published_rubric_quality_selected_levels: rt::Field::Absent,
            rubric_quality_feedback: rt::Field::Absent,
            rubric_quality_selected_levels: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationRubricOutcome {
    const TYPE_NAME: &'static str = "microsoft.graph.educationRubricOutcome";
    const KEYS: &'static [&'static str] = &[
        "id",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "publishedRubricQualityFeedback",
        "publishedRubricQualitySelectedLevels",
        "rubricQualityFeedback",
        "rubricQualitySelectedLevels",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"publishedRubricQualityFeedback\":",
        ",\"publishedRubricQualitySelectedLevels\":",
        ",\"rubricQualityFeedback\":        ",
        ",\"rubricQualitySelectedLevels\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationRubricOutcome\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "last_modified_by", &self.last_modified_by);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(
            3usize,
            "published_rubric_quality_feedback",
            &self.published_rubric_quality_feedback,
        );
        v.field(
            4usize,
            "published_rubric_quality_selected_levels",
            &self.published_rubric_quality_selected_levels,
        );
        v.field(5usize, "rubric_quality_feedback", &self.rubric_quality_feedback);
        v.field(
            6usize,
            "rubric_quality_selected_levels",
            &self.rubric_quality_selected_levels,
        );
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationRubricOutcome {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_modified_by.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.published_rubric_quality_feedback.read_from(r),
            4usize => self.published_rubric_quality_selected_levels.read_from(r),
            5usize => self.rubric_quality_feedback.read_from(r),
            6usize => self.rubric_quality_selected_levels.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_modified_by);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.published_rubric_quality_feedback);
        w.field(4usize, &self.published_rubric_quality_selected_levels);
        w.field(5usize, &self.rubric_quality_feedback);
        w.field(6usize, &self.rubric_quality_selected_levels);
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
rt::impl_object!(EducationRubricOutcome);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationRubricOutcome { with_id id : ::std::string::String; with_last_modified_by
    last_modified_by : crate ::beta::IdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset;
    with_published_rubric_quality_feedback published_rubric_quality_feedback :
    ::std::vec::Vec < crate ::beta::RubricQualityFeedbackModel >;
    with_published_rubric_quality_selected_levels
    published_rubric_quality_selected_levels : ::std::vec::Vec < crate
    ::beta::RubricQualitySelectedColumnModel >; with_rubric_quality_feedback
    rubric_quality_feedback : ::std::vec::Vec < crate ::beta::RubricQualityFeedbackModel
    >; with_rubric_quality_selected_levels rubric_quality_selected_levels :
    ::std::vec::Vec < crate ::beta::RubricQualitySelectedColumnModel >; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationRubricOutcome);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationStudent`, complex type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationStudent {
    /// CSDL: property `birthDate`: `Edm.Date`, nullable.
    pub birth_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `externalId`: `Edm.String`, nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// CSDL: property `gender`: `microsoft.graph.educationGender`, nullable.
    pub gender: rt::Field<crate::beta::EducationGender>,
    /// CSDL: property `grade`: `Edm.String`, nullable.
    pub grade: rt::Field<::std::string::String>,
    /// CSDL: property `graduationYear`: `Edm.String`, nullable.
    pub graduation_year: rt::Field<::std::string::String>,
    /// CSDL: property `studentNumber`: `Edm.String`, nullable.
    pub student_number: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationStudent {
    #[inline]
    fn default() -> Self {
        Self {
            birth_date: rt::Field::Absent,
            external_id: rt::Field::Absent,
            gender: rt::Field::Absent,
            grade: rt::Field::Absent,
            graduation_year: rt::Field::Absent,
            student_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationStudent {
    const TYPE_NAME: &'static str = "microsoft.graph.educationStudent";
    const KEYS: &'static [&'static str] = &[
        "birthDate",
        "externalId",
        "gender",
        "grade",
        "graduationYear",
        "studentNumber",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"birthDate\":                    ",
        ",\"externalId\":                   ",
        ",\"gender\":                       ",
        ",\"grade\":                        ",
        ",\"graduationYear\":               ",
        ",\"studentNumber\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationStudent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "birth_date", &self.birth_date);
        v.field(1usize, "external_id", &self.external_id);
        v.field(2usize, "gender", &self.gender);
        v.field(3usize, "grade", &self.grade);
        v.field(4usize, "graduation_year", &self.graduation_year);
        v.field(5usize, "student_number", &self.student_number);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationStudent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.birth_date.read_from(r),
            1usize => self.external_id.read_from(r),
            2usize => self.gender.read_from(r),
            3usize => self.grade.read_from(r),
            4usize => self.graduation_year.read_from(r),
            5usize => self.student_number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.birth_date);
        w.field(1usize, &self.external_id);
        w.field(2usize, &self.gender);
        w.field(3usize, &self.grade);
        w.field(4usize, &self.graduation_year);
        w.field(5usize, &self.student_number);
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
rt::impl_object!(EducationStudent);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationStudent { with_birth_date birth_date : rt::edm::Date; with_external_id
    external_id : ::std::string::String; with_gender gender : crate
    ::beta::EducationGender; with_grade grade : ::std::string::String;
    with_graduation_year graduation_year : ::std::string::String; with_student_number
    student_number : ::std::string::String; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationStudent);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationSubmission`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EducationSubmissionPath`](requests/trait.EducationSubmissionPath.html), what a path to one (`EntityPath<EducationSubmission, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationSubmission {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `recipient`: `microsoft.graph.educationSubmissionRecipient`, nullable.
    pub recipient: rt::Field<crate::beta::AnyEducationSubmissionRecipient>,
    /// CSDL: property `resourcesFolderUrl`: `Edm.String`, nullable.
    pub resources_folder_url: rt::Field<::std::string::String>,
    /// CSDL: property `returnedBy`: `microsoft.graph.identitySet`, nullable.
    pub returned_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `returnedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub returned_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.educationSubmissionStatus`, nullable.
    pub status: rt::Field<crate::beta::EducationSubmissionStatus>,
    /// CSDL: property `submittedBy`: `microsoft.graph.identitySet`, nullable.
    pub submitted_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `submittedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub submitted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `unsubmittedBy`: `microsoft.graph.identitySet`, nullable.
    pub unsubmitted_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `unsubmittedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub unsubmitted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: containment navigation property `outcomes`: `Collection(microsoft.graph.educationOutcome)`, not nullable.
    pub outcomes: rt::Field<::std::vec::Vec<crate::beta::AnyEducationOutcome>>,
    /// CSDL: containment navigation property `resources`: `Collection(microsoft.graph.educationSubmissionResource)`, not nullable.
    pub resources: rt::Field<::std::vec::Vec<crate::beta::EducationSubmissionResource>>,
    /// CSDL: containment navigation property `submittedResources`: `Collection(microsoft.graph.educationSubmissionResource)`, not nullable.
    pub submitted_resources: rt::Field<
        ::std::vec::Vec<crate::beta::EducationSubmissionResource>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationSubmission {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            recipient: rt::Field::Absent,
            resources_folder_url: rt::Field::Absent,
            returned_by: rt::Field::Absent,
            returned_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            submitted_by: rt::Field::Absent,
            submitted_date_time: rt::Field::Absent,
            unsubmitted_by: rt::Field::Absent,
            unsubmitted_date_time: rt::Field::Absent,
            outcomes: rt::Field::Absent,
            resources: rt::Field::Absent,
            submitted_resources: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationSubmission {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSubmission";
    const KEYS: &'static [&'static str] = &[
        "id",
        "recipient",
        "resourcesFolderUrl",
        "returnedBy",
        "returnedDateTime",
        "status",
        "submittedBy",
        "submittedDateTime",
        "unsubmittedBy",
        "unsubmittedDateTime",
        "outcomes",
        "resources",
        "submittedResources",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"recipient\":                    ",
        ",\"resourcesFolderUrl\":           ",
        ",\"returnedBy\":                   ",
        ",\"returnedDateTime\":             ",
        ",\"status\":                       ",
        ",\"submittedBy\":                  ",
        ",\"submittedDateTime\":            ",
        ",\"unsubmittedBy\":                ",
        ",\"unsubmittedDateTime\":          ",
        ",\"outcomes\":                     ",
        ",\"resources\":                    ",
        ",\"submittedResources\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationSubmission\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "recipient", &self.recipient);
        v.field(2usize, "resources_folder_url", &self.resources_folder_url);
        v.field(3usize, "returned_by", &self.returned_by);
        v.field(4usize, "returned_date_time", &self.returned_date_time);
        v.field(5usize, "status", &self.status);
        v.field(6usize, "submitted_by", &self.submitted_by);
        v.field(7usize, "submitted_date_time", &self.submitted_date_time);
        v.field(8usize, "unsubmitted_by", &self.unsubmitted_by);
        v.field(9usize, "unsubmitted_date_time", &self.unsubmitted_date_time);
        v.field(10usize, "outcomes", &self.outcomes);
        v.field(11usize, "resources", &self.resources);
        v.field(12usize, "submitted_resources", &self.submitted_resources);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationSubmission {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.recipient.read_from(r),
            2usize => self.resources_folder_url.read_from(r),
            3usize => self.returned_by.read_from(r),
            4usize => self.returned_date_time.read_from(r),
            5usize => self.status.read_from(r),
            6usize => self.submitted_by.read_from(r),
            7usize => self.submitted_date_time.read_from(r),
            8usize => self.unsubmitted_by.read_from(r),
            9usize => self.unsubmitted_date_time.read_from(r),
            10usize => self.outcomes.read_from(r),
            11usize => self.resources.read_from(r),
            12usize => self.submitted_resources.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.recipient);
        w.field(2usize, &self.resources_folder_url);
        w.field(3usize, &self.returned_by);
        w.field(4usize, &self.returned_date_time);
        w.field(5usize, &self.status);
        w.field(6usize, &self.submitted_by);
        w.field(7usize, &self.submitted_date_time);
        w.field(8usize, &self.unsubmitted_by);
        w.field(9usize, &self.unsubmitted_date_time);
        w.field(10usize, &self.outcomes);
        w.field(11usize, &self.resources);
        w.field(12usize, &self.submitted_resources);
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
rt::impl_object!(EducationSubmission);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationSubmission { with_id id : ::std::string::String; with_recipient recipient :
    crate ::beta::AnyEducationSubmissionRecipient; with_resources_folder_url
    resources_folder_url : ::std::string::String; with_returned_by returned_by : crate
    ::beta::IdentitySet; with_returned_date_time returned_date_time :
    rt::edm::DateTimeOffset; with_status status : crate
    ::beta::EducationSubmissionStatus; with_submitted_by submitted_by : crate
    ::beta::IdentitySet; with_submitted_date_time submitted_date_time :
    rt::edm::DateTimeOffset; with_unsubmitted_by unsubmitted_by : crate
    ::beta::IdentitySet; with_unsubmitted_date_time unsubmitted_date_time :
    rt::edm::DateTimeOffset; with_outcomes outcomes : ::std::vec::Vec < crate
    ::beta::AnyEducationOutcome >; with_resources resources : ::std::vec::Vec < crate
    ::beta::EducationSubmissionResource >; with_submitted_resources submitted_resources :
    ::std::vec::Vec < crate ::beta::EducationSubmissionResource >; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSubmission);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationSubmissionIndividualRecipient`, complex type, derived from `microsoft.graph.educationSubmissionRecipient`.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationSubmissionIndividualRecipient {
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationSubmissionIndividualRecipient {
    #[inline]
    fn default() -> Self {
        Self {
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationSubmissionIndividualRecipient {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSubmissionIndividualRecipient";
    const KEYS: &'static [&'static str] = &["userId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"userId\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.educationSubmissionIndividualRecipient\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationSubmissionIndividualRecipient {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_id);
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
rt::impl_object!(EducationSubmissionIndividualRecipient);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationSubmissionIndividualRecipient { with_user_id user_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSubmissionIndividualRecipient);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationSubmissionRecipient`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationSubmissionRecipient {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationSubmissionRecipient {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationSubmissionRecipient {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSubmissionRecipient";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.educationSubmissionRecipient\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationSubmissionRecipient {
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
rt::impl_object!(EducationSubmissionRecipient);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSubmissionRecipient);
#[cfg(msgraph_beta_education_or_search)]
/// `microsoft.graph.educationSubmissionRecipient` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEducationSubmissionRecipient {
    EducationSubmissionRecipient(
        ::std::boxed::Box<crate::beta::EducationSubmissionRecipient>,
    ),
    EducationSubmissionIndividualRecipient(
        ::std::boxed::Box<crate::beta::EducationSubmissionIndividualRecipient>,
    ),
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for AnyEducationSubmissionRecipient {
    #[inline]
    fn default() -> Self {
        Self::EducationSubmissionRecipient(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationSubmissionRecipient>
for AnyEducationSubmissionRecipient {
    #[inline]
    fn from(v: crate::beta::EducationSubmissionRecipient) -> Self {
        Self::EducationSubmissionRecipient(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationSubmissionIndividualRecipient>
for AnyEducationSubmissionRecipient {
    #[inline]
    fn from(v: crate::beta::EducationSubmissionIndividualRecipient) -> Self {
        Self::EducationSubmissionIndividualRecipient(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_education_or_search)]
unsafe impl ::std::marker::Send for AnyEducationSubmissionRecipient {}
#[cfg(msgraph_beta_education_or_search)]
unsafe impl ::std::marker::Sync for AnyEducationSubmissionRecipient {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::marker::Unpin for AnyEducationSubmissionRecipient {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::panic::UnwindSafe for AnyEducationSubmissionRecipient {}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::panic::RefUnwindSafe for AnyEducationSubmissionRecipient {}
#[cfg(msgraph_beta_education_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::EducationSubmissionRecipient>();
    rt::object::auto_traits::<crate::beta::EducationSubmissionIndividualRecipient>();
};
#[cfg(msgraph_beta_education_or_search)]
impl rt::Poly for AnyEducationSubmissionRecipient {
    const BASE_NAME: &'static str = "microsoft.graph.educationSubmissionRecipient";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.educationSubmissionIndividualRecipient",
            ) => Self::EducationSubmissionIndividualRecipient(rt::object::new_boxed()),
            _ => Self::EducationSubmissionRecipient(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EducationSubmissionRecipient(v) => &**v,
            Self::EducationSubmissionIndividualRecipient(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EducationSubmissionRecipient(v) => &mut **v,
            Self::EducationSubmissionIndividualRecipient(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl AnyEducationSubmissionRecipient {
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
rt::impl_poly!(AnyEducationSubmissionRecipient);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEducationSubmissionRecipient);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationSubmissionResource`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EducationSubmissionResourcePath`](requests/trait.EducationSubmissionResourcePath.html), what a path to one (`EntityPath<EducationSubmissionResource, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationSubmissionResource {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `assignmentResourceUrl`: `Edm.String`, nullable.
    pub assignment_resource_url: rt::Field<::std::string::String>,
    /// CSDL: property `resource`: `microsoft.graph.educationResource`, nullable.
    pub resource: rt::Field<crate::beta::AnyEducationResource>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationSubmissionResource {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            assignment_resource_url: rt::Field::Absent,
            resource: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationSubmissionResource {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSubmissionResource";
    const KEYS: &'static [&'static str] = &["id", "assignmentResourceUrl", "resource"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"assignmentResourceUrl\":        ",
        ",\"resource\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationSubmissionResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "assignment_resource_url", &self.assignment_resource_url);
        v.field(2usize, "resource", &self.resource);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationSubmissionResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.assignment_resource_url.read_from(r),
            2usize => self.resource.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.assignment_resource_url);
        w.field(2usize, &self.resource);
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
rt::impl_object!(EducationSubmissionResource);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationSubmissionResource { with_id id : ::std::string::String;
    with_assignment_resource_url assignment_resource_url : ::std::string::String;
    with_resource resource : crate ::beta::AnyEducationResource; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSubmissionResource);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationSubmissionStatus`, enum type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EducationSubmissionStatus {
    /// `working` (value 0).
    Working,
    /// `submitted` (value 1).
    Submitted,
    /// `released` (value 2).
    Released,
    /// `returned` (value 3).
    Returned,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::StrEnum for EducationSubmissionStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.educationSubmissionStatus";
    const MEMBERS: &'static [&'static str] = &[
        "working",
        "submitted",
        "released",
        "returned",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "working" => Self::Working,
                "submitted" => Self::Submitted,
                "released" => Self::Released,
                "returned" => Self::Returned,
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
            Self::Working => "working",
            Self::Submitted => "submitted",
            Self::Released => "released",
            Self::Returned => "returned",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
rt::impl_enum!(EducationSubmissionStatus);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationSubmissionStatus);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationTerm`, complex type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationTerm {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endDate`: `Edm.Date`, nullable.
    pub end_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `externalId`: `Edm.String`, nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// CSDL: property `startDate`: `Edm.Date`, nullable.
    pub start_date: rt::Field<rt::edm::Date>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationTerm {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            end_date: rt::Field::Absent,
            external_id: rt::Field::Absent,
            start_date: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationTerm {
    const TYPE_NAME: &'static str = "microsoft.graph.educationTerm";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "endDate",
        "externalId",
        "startDate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"endDate\":                      ",
        ",\"externalId\":                   ",
        ",\"startDate\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationTerm\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "end_date", &self.end_date);
        v.field(2usize, "external_id", &self.external_id);
        v.field(3usize, "start_date", &self.start_date);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationTerm {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.end_date.read_from(r),
            2usize => self.external_id.read_from(r),
            3usize => self.start_date.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.end_date);
        w.field(2usize, &self.external_id);
        w.field(3usize, &self.start_date);
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
rt::impl_object!(EducationTerm);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationTerm { with_display_name display_name : ::std::string::String; with_end_date
    end_date : rt::edm::Date; with_external_id external_id : ::std::string::String;
    with_start_date start_date : rt::edm::Date; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationTerm);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.educationWordResource`, complex type, derived from `microsoft.graph.educationResource`.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone)]
pub struct EducationWordResource {
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `fileUrl`: `Edm.String`, nullable.
    pub file_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_education_or_search)]
impl ::std::default::Default for EducationWordResource {
    #[inline]
    fn default() -> Self {
        Self {
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            file_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::Object for EducationWordResource {
    const TYPE_NAME: &'static str = "microsoft.graph.educationWordResource";
    const KEYS: &'static [&'static str] = &[
        "createdBy",
        "createdDateTime",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "fileUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"fileUrl\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationWordResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_by", &self.created_by);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "file_url", &self.file_url);
    }
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::object::Members for EducationWordResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_by.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.file_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_by);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.file_url);
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
rt::impl_object!(EducationWordResource);
#[cfg(msgraph_beta_education_or_search)]
rt::impl_setters!(
    EducationWordResource { with_created_by created_by : crate ::beta::IdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_last_modified_by last_modified_by : crate
    ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_file_url file_url : ::std::string::String; }
);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationWordResource);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.emailActivityUserDetail`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct EmailActivityUserDetail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `assignedProducts`: `Collection(Edm.String)`, nullable.
    pub assigned_products: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `deletedDate`: `Edm.Date`, nullable.
    pub deleted_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isDeleted`: `Edm.Boolean`, nullable.
    pub is_deleted: rt::Field<bool>,
    /// CSDL: property `lastActivityDate`: `Edm.Date`, nullable.
    pub last_activity_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `readCount`: `Edm.Int64`, nullable.
    pub read_count: rt::Field<i64>,
    /// CSDL: property `receiveCount`: `Edm.Int64`, nullable.
    pub receive_count: rt::Field<i64>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `sendCount`: `Edm.Int64`, nullable.
    pub send_count: rt::Field<i64>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for EmailActivityUserDetail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            assigned_products: rt::Field::Absent,
            deleted_date: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_deleted: rt::Field::Absent,
            last_activity_date: rt::Field::Absent,
            read_count: rt::Field::Absent,
            receive_count: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            send_count: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for EmailActivityUserDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.emailActivityUserDetail";
    const KEYS: &'static [&'static str] = &[
        "id",
        "assignedProducts",
        "deletedDate",
        "displayName",
        "isDeleted",
        "lastActivityDate",
        "readCount",
        "receiveCount",
        "reportPeriod",
        "reportRefreshDate",
        "sendCount",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"assignedProducts\":             ",
        ",\"deletedDate\":                  ",
        ",\"displayName\":                  ",
        ",\"isDeleted\":                    ",
        ",\"lastActivityDate\":             ",
        ",\"readCount\":                    ",
        ",\"receiveCount\":                 ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"sendCount\":                    ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.emailActivityUserDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "assigned_products", &self.assigned_products);
        v.field(2usize, "deleted_date", &self.deleted_date);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "is_deleted", &self.is_deleted);
        v.field(5usize, "last_activity_date", &self.last_activity_date);
        v.field(6usize, "read_count", &self.read_count);
        v.field(7usize, "receive_count", &self.receive_count);
        v.field(8usize, "report_period", &self.report_period);
        v.field(9usize, "report_refresh_date", &self.report_refresh_date);
        v.field(10usize, "send_count", &self.send_count);
        v.field(11usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for EmailActivityUserDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.assigned_products.read_from(r),
            2usize => self.deleted_date.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.is_deleted.read_from(r),
            5usize => self.last_activity_date.read_from(r),
            6usize => self.read_count.read_from(r),
            7usize => self.receive_count.read_from(r),
            8usize => self.report_period.read_from(r),
            9usize => self.report_refresh_date.read_from(r),
            10usize => self.send_count.read_from(r),
            11usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.assigned_products);
        w.field(2usize, &self.deleted_date);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.is_deleted);
        w.field(5usize, &self.last_activity_date);
        w.field(6usize, &self.read_count);
        w.field(7usize, &self.receive_count);
        w.field(8usize, &self.report_period);
        w.field(9usize, &self.report_refresh_date);
        w.field(10usize, &self.send_count);
        w.field(11usize, &self.user_principal_name);
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
rt::impl_object!(EmailActivityUserDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    EmailActivityUserDetail { with_id id : ::std::string::String; with_assigned_products
    assigned_products : ::std::vec::Vec < ::std::string::String >; with_deleted_date
    deleted_date : rt::edm::Date; with_display_name display_name : ::std::string::String;
    with_is_deleted is_deleted : bool; with_last_activity_date last_activity_date :
    rt::edm::Date; with_read_count read_count : i64; with_receive_count receive_count :
    i64; with_report_period report_period : ::std::string::String;
    with_report_refresh_date report_refresh_date : rt::edm::Date; with_send_count
    send_count : i64; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmailActivityUserDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.emailAppUsageVersionsUserCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct EmailAppUsageVersionsUserCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `outlook2007`: `Edm.Int64`, nullable.
    pub outlook2007: rt::Field<i64>,
    /// CSDL: property `outlook2010`: `Edm.Int64`, nullable.
    pub outlook2010: rt::Field<i64>,
    /// CSDL: property `outlook2013`: `Edm.Int64`, nullable.
    pub outlook2013: rt::Field<i64>,
    /// CSDL: property `outlook2016`: `Edm.Int64`, nullable.
    pub outlook2016: rt::Field<i64>,
    /// CSDL: property `outlook2019`: `Edm.Int64`, nullable.
    pub outlook2019: rt::Field<i64>,
    /// CSDL: property `outlookM365`: `Edm.Int64`, nullable.
    pub outlook_m365: rt::Field<i64>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `undetermined`: `Edm.Int64`, nullable.
    pub undetermined: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for EmailAppUsageVersionsUserCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            outlook2007: rt::Field::Absent,
            outlook2010: rt::Field::Absent,
            outlook2013: rt::Field::Absent,
            outlook2016: rt::Field::Absent,
            outlook2019: rt::Field::Absent,
            outlook_m365: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            undetermined: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for EmailAppUsageVersionsUserCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.emailAppUsageVersionsUserCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "outlook2007",
        "outlook2010",
        "outlook2013",
        "outlook2016",
        "outlook2019",
        "outlookM365",
        "reportPeriod",
        "reportRefreshDate",
        "undetermined",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"outlook2007\":                  ",
        ",\"outlook2010\":                  ",
        ",\"outlook2013\":                  ",
        ",\"outlook2016\":                  ",
        ",\"outlook2019\":                  ",
        ",\"outlookM365\":                  ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"undetermined\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.emailAppUsageVersionsUserCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "outlook2007", &self.outlook2007);
        v.field(2usize, "outlook2010", &self.outlook2010);
        v.field(3usize, "outlook2013", &self.outlook2013);
        v.field(4usize, "outlook2016", &self.outlook2016);
        v.field(5usize, "outlook2019", &self.outlook2019);
        v.field(6usize, "outlook_m365", &self.outlook_m365);
        v.field(7usize, "report_period", &self.report_period);
        v.field(8usize, "report_refresh_date", &self.report_refresh_date);
        v.field(9usize, "undetermined", &self.undetermined);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for EmailAppUsageVersionsUserCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.outlook2007.read_from(r),
            2usize => self.outlook2010.read_from(r),
            3usize => self.outlook2013.read_from(r),
            4usize => self.outlook2016.read_from(r),
            5usize => self.outlook2019.read_from(r),
            6usize => self.outlook_m365.read_from(r),
            7usize => self.report_period.read_from(r),
            8usize => self.report_refresh_date.read_from(r),
            9usize => self.undetermined.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.outlook2007);
        w.field(2usize, &self.outlook2010);
        w.field(3usize, &self.outlook2013);
        w.field(4usize, &self.outlook2016);
        w.field(5usize, &self.outlook2019);
        w.field(6usize, &self.outlook_m365);
        w.field(7usize, &self.report_period);
        w.field(8usize, &self.report_refresh_date);
        w.field(9usize, &self.undetermined);
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
rt::impl_object!(EmailAppUsageVersionsUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    EmailAppUsageVersionsUserCounts { with_id id : ::std::string::String;
    with_outlook2007 outlook2007 : i64; with_outlook2010 outlook2010 : i64;
    with_outlook2013 outlook2013 : i64; with_outlook2016 outlook2016 : i64;
    with_outlook2019 outlook2019 : i64; with_outlook_m365 outlook_m365 : i64;
    with_report_period report_period : ::std::string::String; with_report_refresh_date
    report_refresh_date : rt::edm::Date; with_undetermined undetermined : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmailAppUsageVersionsUserCounts);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.emailFileAssessmentRequest`, entity type, derived from `microsoft.graph.threatAssessmentRequest`, key `id`.
///
/// Request builders: [`ThreatAssessmentRequestPath`](requests/trait.ThreatAssessmentRequestPath.html), what a path to one (`EntityPath<EmailFileAssessmentRequest, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EmailFileAssessmentRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `category`: `microsoft.graph.threatCategory`, not nullable.
    pub category: rt::Field<crate::beta::ThreatCategory>,
    /// CSDL: property `contentType`: `microsoft.graph.threatAssessmentContentType`, nullable.
    pub content_type: rt::Field<crate::beta::ThreatAssessmentContentType>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `expectedAssessment`: `microsoft.graph.threatExpectedAssessment`, not nullable.
    pub expected_assessment: rt::Field<crate::beta::ThreatExpectedAssessment>,
    /// CSDL: property `requestSource`: `microsoft.graph.threatAssessmentRequestSource`, nullable.
    pub request_source: rt::Field<crate::beta::ThreatAssessmentRequestSource>,
    /// CSDL: property `status`: `microsoft.graph.threatAssessmentStatus`, nullable.
    pub status: rt::Field<crate::beta::ThreatAssessmentStatus>,
    /// CSDL: containment navigation property `results`: `Collection(microsoft.graph.threatAssessmentResult)`, not nullable.
    pub results: rt::Field<::std::vec::Vec<crate::beta::ThreatAssessmentResult>>,
    /// CSDL: property `contentData`: `Edm.String`, not nullable.
    pub content_data: rt::Field<::std::string::String>,
    /// CSDL: property `destinationRoutingReason`: `microsoft.graph.mailDestinationRoutingReason`, nullable.
    pub destination_routing_reason: rt::Field<crate::beta::MailDestinationRoutingReason>,
    /// CSDL: property `recipientEmail`: `Edm.String`, not nullable.
    pub recipient_email: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for EmailFileAssessmentRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            category: rt::Field::Absent,
            content_type: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            expected_assessment: rt::Field::Absent,
            request_source: rt::Field::Absent,
            status: rt::Field::Absent,
            results: rt::Field::Absent,
            content_data: rt::Field::Absent,
            destination_routing_reason: rt::Field::Absent,
            recipient_email: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for EmailFileAssessmentRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.emailFileAssessmentRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "category",
        "contentType",
        "createdBy",
        "createdDateTime",
        "expectedAssessment",
        "requestSource",
        "status",
        "results",
        "contentData",
        "destinationRoutingReason",
        "recipientEmail",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"category\":                     ",
        ",\"contentType\":                  ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"expectedAssessment\":           ",
        ",\"requestSource\":                ",
        ",\"status\":                       ",
        ",\"results\":                      ",
        ",\"contentData\":                  ",
        ",\"destinationRoutingReason\":     ",
        ",\"recipientEmail\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.emailFileAssessmentRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "category", &self.category);
        v.field(2usize, "content_type", &self.content_type);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "expected_assessment", &self.expected_assessment);
        v.field(6usize, "request_source", &self.request_source);
        v.field(7usize, "status", &self.status);
        v.field(8usize, "results", &self.results);
        v.field(9usize, "content_data", &self.content_data);
        v.field(10usize, "destination_routing_reason", &self.destination_routing_reason);
        v.field(11usize, "recipient_email", &self.recipient_email);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for EmailFileAssessmentRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.category.read_from(r),
            2usize => self.content_type.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.expected_assessment.read_from(r),
            6usize => self.request_source.read_from(r),
            7usize => self.status.read_from(r),
            8usize => self.results.read_from(r),
            9usize => self.content_data.read_from(r),
            10usize => self.destination_routing_reason.read_from(r),
            11usize => self.recipient_email.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.category);
        w.field(2usize, &self.content_type);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.expected_assessment);
        w.field(6usize, &self.request_source);
        w.field(7usize, &self.status);
        w.field(8usize, &self.results);
        w.field(9usize, &self.content_data);
        w.field(10usize, &self.destination_routing_reason);
        w.field(11usize, &self.recipient_email);
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
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_object!(EmailFileAssessmentRequest);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    EmailFileAssessmentRequest { with_id id : ::std::string::String; with_category
    category : crate ::beta::ThreatCategory; with_content_type content_type : crate
    ::beta::ThreatAssessmentContentType; with_created_by created_by : crate
    ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_expected_assessment expected_assessment : crate
    ::beta::ThreatExpectedAssessment; with_request_source request_source : crate
    ::beta::ThreatAssessmentRequestSource; with_status status : crate
    ::beta::ThreatAssessmentStatus; with_results results : ::std::vec::Vec < crate
    ::beta::ThreatAssessmentResult >; with_content_data content_data :
    ::std::string::String; with_destination_routing_reason destination_routing_reason :
    crate ::beta::MailDestinationRoutingReason; with_recipient_email recipient_email :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmailFileAssessmentRequest);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.emailSyncDuration`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EmailSyncDuration {
    /// `userDefined` (value 0).
    UserDefined,
    /// `oneDay` (value 1).
    OneDay,
    /// `threeDays` (value 2).
    ThreeDays,
    /// `oneWeek` (value 3).
    OneWeek,
    /// `twoWeeks` (value 4).
    TwoWeeks,
    /// `oneMonth` (value 5).
    OneMonth,
    /// `unlimited` (value 6).
    Unlimited,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for EmailSyncDuration {
    const TYPE_NAME: &'static str = "microsoft.graph.emailSyncDuration";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "oneDay",
        "threeDays",
        "oneWeek",
        "twoWeeks",
        "oneMonth",
        "unlimited",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "oneDay" => Self::OneDay,
                "threeDays" => Self::ThreeDays,
                "oneWeek" => Self::OneWeek,
                "twoWeeks" => Self::TwoWeeks,
                "oneMonth" => Self::OneMonth,
                "unlimited" => Self::Unlimited,
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
            Self::OneDay => "oneDay",
            Self::ThreeDays => "threeDays",
            Self::OneWeek => "oneWeek",
            Self::TwoWeeks => "twoWeeks",
            Self::OneMonth => "oneMonth",
            Self::Unlimited => "unlimited",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(EmailSyncDuration);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmailSyncDuration);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.encryptionReadinessState`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EncryptionReadinessState {
    /// `notReady` (value 0).
    NotReady,
    /// `ready` (value 1).
    Ready,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for EncryptionReadinessState {
    const TYPE_NAME: &'static str = "microsoft.graph.encryptionReadinessState";
    const MEMBERS: &'static [&'static str] = &["notReady", "ready"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notReady" => Self::NotReady,
                "ready" => Self::Ready,
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
            Self::NotReady => "notReady",
            Self::Ready => "ready",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(EncryptionReadinessState);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EncryptionReadinessState);
#[cfg(msgraph_beta_device_management_or_search)]
/// Policy Details for Encryption Report
///
/// CSDL: `microsoft.graph.encryptionReportPolicyDetails`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct EncryptionReportPolicyDetails {
    /// Policy Id for Encryption Report
    ///
    /// CSDL: property `policyId`: `Edm.String`, nullable.
    pub policy_id: rt::Field<::std::string::String>,
    /// Policy Name for Encryption Report
    ///
    /// CSDL: property `policyName`: `Edm.String`, nullable.
    pub policy_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for EncryptionReportPolicyDetails {
    #[inline]
    fn default() -> Self {
        Self {
            policy_id: rt::Field::Absent,
            policy_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for EncryptionReportPolicyDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.encryptionReportPolicyDetails";
    const KEYS: &'static [&'static str] = &["policyId", "policyName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"policyId\":                     ",
        ",\"policyName\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.encryptionReportPolicyDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "policy_id", &self.policy_id);
        v.field(1usize, "policy_name", &self.policy_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for EncryptionReportPolicyDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.policy_id.read_from(r),
            1usize => self.policy_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.policy_id);
        w.field(1usize, &self.policy_name);
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
rt::impl_object!(EncryptionReportPolicyDetails);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    EncryptionReportPolicyDetails { with_policy_id policy_id : ::std::string::String;
    with_policy_name policy_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EncryptionReportPolicyDetails);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.encryptionState`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EncryptionState {
    /// `notEncrypted` (value 0).
    NotEncrypted,
    /// `encrypted` (value 1).
    Encrypted,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for EncryptionState {
    const TYPE_NAME: &'static str = "microsoft.graph.encryptionState";
    const MEMBERS: &'static [&'static str] = &["notEncrypted", "encrypted"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notEncrypted" => Self::NotEncrypted,
                "encrypted" => Self::Encrypted,
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
            Self::NotEncrypted => "notEncrypted",
            Self::Encrypted => "encrypted",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(EncryptionState);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EncryptionState);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.endpoint`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`DirectoryObjectPath`](requests/trait.DirectoryObjectPath.html), what a path to one (`EntityPath<Endpoint, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Endpoint {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `capability`: `Edm.String`, not nullable.
    pub capability: rt::Field<::std::string::String>,
    /// CSDL: property `providerId`: `Edm.String`, nullable.
    pub provider_id: rt::Field<::std::string::String>,
    /// CSDL: property `providerName`: `Edm.String`, nullable.
    pub provider_name: rt::Field<::std::string::String>,
    /// CSDL: property `providerResourceId`: `Edm.String`, nullable.
    pub provider_resource_id: rt::Field<::std::string::String>,
    /// CSDL: property `uri`: `Edm.String`, not nullable.
    pub uri: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Endpoint {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            capability: rt::Field::Absent,
            provider_id: rt::Field::Absent,
            provider_name: rt::Field::Absent,
            provider_resource_id: rt::Field::Absent,
            uri: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Endpoint {
    const TYPE_NAME: &'static str = "microsoft.graph.endpoint";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "capability",
        "providerId",
        "providerName",
        "providerResourceId",
        "uri",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"capability\":                   ",
        ",\"providerId\":                   ",
        ",\"providerName\":                 ",
        ",\"providerResourceId\":           ",
        ",\"uri\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.endpoint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "capability", &self.capability);
        v.field(3usize, "provider_id", &self.provider_id);
        v.field(4usize, "provider_name", &self.provider_name);
        v.field(5usize, "provider_resource_id", &self.provider_resource_id);
        v.field(6usize, "uri", &self.uri);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Endpoint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.capability.read_from(r),
            3usize => self.provider_id.read_from(r),
            4usize => self.provider_name.read_from(r),
            5usize => self.provider_resource_id.read_from(r),
            6usize => self.uri.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.capability);
        w.field(3usize, &self.provider_id);
        w.field(4usize, &self.provider_name);
        w.field(5usize, &self.provider_resource_id);
        w.field(6usize, &self.uri);
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
rt::impl_object!(Endpoint);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Endpoint { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_capability capability :
    ::std::string::String; with_provider_id provider_id : ::std::string::String;
    with_provider_name provider_name : ::std::string::String; with_provider_resource_id
    provider_resource_id : ::std::string::String; with_uri uri : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Endpoint);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.endpointSecurityConfigurationApplicablePlatform`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EndpointSecurityConfigurationApplicablePlatform {
    /// `unknown` (value 0).
    Unknown,
    /// `macOS` (value 1).
    MacOs,
    /// `windows10AndLater` (value 2).
    Windows10AndLater,
    /// `windows10AndWindowsServer` (value 3).
    Windows10AndWindowsServer,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for EndpointSecurityConfigurationApplicablePlatform {
    const TYPE_NAME: &'static str = "microsoft.graph.endpointSecurityConfigurationApplicablePlatform";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "macOS",
        "windows10AndLater",
        "windows10AndWindowsServer",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "macOS" => Self::MacOs,
                "windows10AndLater" => Self::Windows10AndLater,
                "windows10AndWindowsServer" => Self::Windows10AndWindowsServer,
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
            Self::MacOs => "macOS",
            Self::Windows10AndLater => "windows10AndLater",
            Self::Windows10AndWindowsServer => "windows10AndWindowsServer",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(EndpointSecurityConfigurationApplicablePlatform);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EndpointSecurityConfigurationApplicablePlatform);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.endpointSecurityConfigurationProfileType`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EndpointSecurityConfigurationProfileType {
    /// `unknown` (value 0).
    Unknown,
    /// `antivirus` (value 1).
    Antivirus,
    /// `windowsSecurity` (value 2).
    WindowsSecurity,
    /// `bitLocker` (value 3).
    BitLocker,
    /// `fileVault` (value 4).
    FileVault,
    /// `firewall` (value 5).
    Firewall,
    /// `firewallRules` (value 6).
    FirewallRules,
    /// `endpointDetectionAndResponse` (value 7).
    EndpointDetectionAndResponse,
    /// `deviceControl` (value 8).
    DeviceControl,
    /// `appAndBrowserIsolation` (value 9).
    AppAndBrowserIsolation,
    /// `exploitProtection` (value 10).
    ExploitProtection,
    /// `webProtection` (value 11).
    WebProtection,
    /// `applicationControl` (value 12).
    ApplicationControl,
    /// `attackSurfaceReductionRules` (value 13).
    AttackSurfaceReductionRules,
    /// `accountProtection` (value 14).
    AccountProtection,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for EndpointSecurityConfigurationProfileType {
    const TYPE_NAME: &'static str = "microsoft.graph.endpointSecurityConfigurationProfileType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "antivirus",
        "windowsSecurity",
        "bitLocker",
        "fileVault",
        "firewall",
        "firewallRules",
        "endpointDetectionAndResponse",
        "deviceControl",
        "appAndBrowserIsolation",
        "exploitProtection",
        "webProtection",
        "applicationControl",
        "attackSurfaceReductionRules",
        "accountProtection",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "antivirus" => Self::Antivirus,
                "windowsSecurity" => Self::WindowsSecurity,
                "bitLocker" => Self::BitLocker,
                "fileVault" => Self::FileVault,
                "firewall" => Self::Firewall,
                "firewallRules" => Self::FirewallRules,
                "endpointDetectionAndResponse" => Self::EndpointDetectionAndResponse,
                "deviceControl" => Self::DeviceControl,
                "appAndBrowserIsolation" => Self::AppAndBrowserIsolation,
                "exploitProtection" => Self::ExploitProtection,
                "webProtection" => Self::WebProtection,
                "applicationControl" => Self::ApplicationControl,
                "attackSurfaceReductionRules" => Self::AttackSurfaceReductionRules,
                "accountProtection" => Self::AccountProtection,
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
            Self::Antivirus => "antivirus",
            Self::WindowsSecurity => "windowsSecurity",
            Self::BitLocker => "bitLocker",
            Self::FileVault => "fileVault",
            Self::Firewall => "firewall",
            Self::FirewallRules => "firewallRules",
            Self::EndpointDetectionAndResponse => "endpointDetectionAndResponse",
            Self::DeviceControl => "deviceControl",
            Self::AppAndBrowserIsolation => "appAndBrowserIsolation",
            Self::ExploitProtection => "exploitProtection",
            Self::WebProtection => "webProtection",
            Self::ApplicationControl => "applicationControl",
            Self::AttackSurfaceReductionRules => "attackSurfaceReductionRules",
            Self::AccountProtection => "accountProtection",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(EndpointSecurityConfigurationProfileType);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EndpointSecurityConfigurationProfileType);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.endpointSecurityConfigurationType`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EndpointSecurityConfigurationType {
    /// `unknown` (value 0).
    Unknown,
    /// `antivirus` (value 1).
    Antivirus,
    /// `diskEncryption` (value 2).
    DiskEncryption,
    /// `firewall` (value 3).
    Firewall,
    /// `endpointDetectionAndResponse` (value 4).
    EndpointDetectionAndResponse,
    /// `attackSurfaceReduction` (value 5).
    AttackSurfaceReduction,
    /// `accountProtection` (value 6).
    AccountProtection,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for EndpointSecurityConfigurationType {
    const TYPE_NAME: &'static str = "microsoft.graph.endpointSecurityConfigurationType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "antivirus",
        "diskEncryption",
        "firewall",
        "endpointDetectionAndResponse",
        "attackSurfaceReduction",
        "accountProtection",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "antivirus" => Self::Antivirus,
                "diskEncryption" => Self::DiskEncryption,
                "firewall" => Self::Firewall,
                "endpointDetectionAndResponse" => Self::EndpointDetectionAndResponse,
                "attackSurfaceReduction" => Self::AttackSurfaceReduction,
                "accountProtection" => Self::AccountProtection,
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
            Self::Antivirus => "antivirus",
            Self::DiskEncryption => "diskEncryption",
            Self::Firewall => "firewall",
            Self::EndpointDetectionAndResponse => "endpointDetectionAndResponse",
            Self::AttackSurfaceReduction => "attackSurfaceReduction",
            Self::AccountProtection => "accountProtection",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(EndpointSecurityConfigurationType);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EndpointSecurityConfigurationType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.enrollmentAvailabilityOptions`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EnrollmentAvailabilityOptions {
    /// `availableWithPrompts` (value 0).
    AvailableWithPrompts,
    /// `availableWithoutPrompts` (value 1).
    AvailableWithoutPrompts,
    /// `unavailable` (value 2).
    Unavailable,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for EnrollmentAvailabilityOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.enrollmentAvailabilityOptions";
    const MEMBERS: &'static [&'static str] = &[
        "availableWithPrompts",
        "availableWithoutPrompts",
        "unavailable",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "availableWithPrompts" => Self::AvailableWithPrompts,
                "availableWithoutPrompts" => Self::AvailableWithoutPrompts,
                "unavailable" => Self::Unavailable,
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
            Self::AvailableWithPrompts => "availableWithPrompts",
            Self::AvailableWithoutPrompts => "availableWithoutPrompts",
            Self::Unavailable => "unavailable",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(EnrollmentAvailabilityOptions);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EnrollmentAvailabilityOptions);
#[cfg(msgraph_beta_core)]
/// Enrollment Configuration Assignment
///
/// CSDL: `microsoft.graph.enrollmentConfigurationAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EnrollmentConfigurationAssignmentPath`](requests/trait.EnrollmentConfigurationAssignmentPath.html), what a path to one (`EntityPath<EnrollmentConfigurationAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EnrollmentConfigurationAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Type of resource used for deployment to a group, direct or policySet
    ///
    /// CSDL: property `source`: `microsoft.graph.deviceAndAppManagementAssignmentSource`, not nullable.
    pub source: rt::Field<crate::beta::DeviceAndAppManagementAssignmentSource>,
    /// Identifier for resource used for deployment to a group
    ///
    /// CSDL: property `sourceId`: `Edm.String`, nullable.
    pub source_id: rt::Field<::std::string::String>,
    /// Represents an assignment to managed devices in the tenant
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for EnrollmentConfigurationAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            source: rt::Field::Absent,
            source_id: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for EnrollmentConfigurationAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.enrollmentConfigurationAssignment";
    const KEYS: &'static [&'static str] = &["id", "source", "sourceId", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"source\":                       ",
        ",\"sourceId\":                     ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.enrollmentConfigurationAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "source", &self.source);
        v.field(2usize, "source_id", &self.source_id);
        v.field(3usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for EnrollmentConfigurationAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.source.read_from(r),
            2usize => self.source_id.read_from(r),
            3usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.source);
        w.field(2usize, &self.source_id);
        w.field(3usize, &self.target);
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
rt::impl_object!(EnrollmentConfigurationAssignment);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    EnrollmentConfigurationAssignment { with_id id : ::std::string::String; with_source
    source : crate ::beta::DeviceAndAppManagementAssignmentSource; with_source_id
    source_id : ::std::string::String; with_target target : crate
    ::beta::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EnrollmentConfigurationAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
/// The enrollmentProfile resource represents a collection of configurations which must be provided pre-enrollment to enable enrolling certain devices whose identities have been pre-staged. Pre-staged device identities are assigned to this type of profile to apply the profile's configurations at enrollment of the corresponding device.
///
/// CSDL: `microsoft.graph.enrollmentProfile`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EnrollmentProfilePath`](requests/trait.EnrollmentProfilePath.html), what a path to one (`EntityPath<AnyEnrollmentProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct EnrollmentProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Configuration endpoint url to use for Enrollment
    ///
    /// CSDL: property `configurationEndpointUrl`: `Edm.String`, nullable.
    pub configuration_endpoint_url: rt::Field<::std::string::String>,
    /// Description of the profile
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Name of the profile
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Indicates to authenticate with Apple Setup Assistant instead of Company Portal.
    ///
    /// CSDL: property `enableAuthenticationViaCompanyPortal`: `Edm.Boolean`, not nullable.
    pub enable_authentication_via_company_portal: rt::Field<bool>,
    /// Indicates that Company Portal is required on setup assistant enrolled devices
    ///
    /// CSDL: property `requireCompanyPortalOnSetupAssistantEnrolledDevices`: `Edm.Boolean`, not nullable.
    pub require_company_portal_on_setup_assistant_enrolled_devices: rt::Field<bool>,
    /// Indicates if the profile requires user authentication
    ///
    /// CSDL: property `requiresUserAuthentication`: `Edm.Boolean`, not nullable.
    pub requires_user_authentication: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for EnrollmentProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            configuration_endpoint_url: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            enable_authentication_via_company_portal: rt::Field::Absent,
            require_company_portal_on_setup_assistant_enrolled_devices: rt::Field::Absent,
            requires_user_authentication: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for EnrollmentProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.enrollmentProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "configurationEndpointUrl",
        "description",
        "displayName",
        "enableAuthenticationViaCompanyPortal",
        "requireCompanyPortalOnSetupAssistantEnrolledDevices",
        "requiresUserAuthentication",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"configurationEndpointUrl\":     ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"enableAuthenticationViaCompanyPortal\":",
        ",\"requireCompanyPortalOnSetupAssistantEnrolledDevices\":",
        ",\"requiresUserAuthentication\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.enrollmentProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "configuration_endpoint_url", &self.configuration_endpoint_url);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(
            4usize,
            "enable_authentication_via_company_portal",
            &self.enable_authentication_via_company_portal,
        );
        v.field(
            5usize,
            "require_company_portal_on_setup_assistant_enrolled_devices",
            &self.require_company_portal_on_setup_assistant_enrolled_devices,
        );
        v.field(
            6usize,
            "requires_user_authentication",
            &self.requires_user_authentication,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for EnrollmentProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.configuration_endpoint_url.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.enable_authentication_via_company_portal.read_from(r),
            5usize => {
                self.require_company_portal_on_setup_assistant_enrolled_devices
                    .read_from(r)
            }
            6usize => self.requires_user_authentication.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.configuration_endpoint_url);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.enable_authentication_via_company_portal);
        w.field(
            5usize,
            &self.require_company_portal_on_setup_assistant_enrolled_devices,
        );
        w.field(6usize, &self.requires_user_authentication);
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
rt::impl_object!(EnrollmentProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    EnrollmentProfile { with_id id : ::std::string::String;
    with_configuration_endpoint_url configuration_endpoint_url : ::std::string::String;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_enable_authentication_via_company_portal
    enable_authentication_via_company_portal : bool;
    with_require_company_portal_on_setup_assistant_enrolled_devices
    require_company_portal_on_setup_assistant_enrolled_devices : bool;
    with_requires_user_authentication requires_user_authentication : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EnrollmentProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.enrollmentProfile` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEnrollmentProfile {
    EnrollmentProfile(::std::boxed::Box<crate::beta::EnrollmentProfile>),
    DepEnrollmentBaseProfile(::std::boxed::Box<crate::beta::DepEnrollmentBaseProfile>),
    DepEnrollmentProfile(::std::boxed::Box<crate::beta::DepEnrollmentProfile>),
    DepIosEnrollmentProfile(::std::boxed::Box<crate::beta::DepIosEnrollmentProfile>),
    DepMacOsEnrollmentProfile(::std::boxed::Box<crate::beta::DepMacOsEnrollmentProfile>),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyEnrollmentProfile {
    #[inline]
    fn default() -> Self {
        Self::EnrollmentProfile(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EnrollmentProfile> for AnyEnrollmentProfile {
    #[inline]
    fn from(v: crate::beta::EnrollmentProfile) -> Self {
        Self::EnrollmentProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DepEnrollmentBaseProfile>
for AnyEnrollmentProfile {
    #[inline]
    fn from(v: crate::beta::DepEnrollmentBaseProfile) -> Self {
        Self::DepEnrollmentBaseProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DepEnrollmentProfile> for AnyEnrollmentProfile {
    #[inline]
    fn from(v: crate::beta::DepEnrollmentProfile) -> Self {
        Self::DepEnrollmentProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DepIosEnrollmentProfile>
for AnyEnrollmentProfile {
    #[inline]
    fn from(v: crate::beta::DepIosEnrollmentProfile) -> Self {
        Self::DepIosEnrollmentProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DepMacOsEnrollmentProfile>
for AnyEnrollmentProfile {
    #[inline]
    fn from(v: crate::beta::DepMacOsEnrollmentProfile) -> Self {
        Self::DepMacOsEnrollmentProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyEnrollmentProfile {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyEnrollmentProfile {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyEnrollmentProfile {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyEnrollmentProfile {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyEnrollmentProfile {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::EnrollmentProfile>();
    rt::object::auto_traits::<crate::beta::DepEnrollmentBaseProfile>();
    rt::object::auto_traits::<crate::beta::DepEnrollmentProfile>();
    rt::object::auto_traits::<crate::beta::DepIosEnrollmentProfile>();
    rt::object::auto_traits::<crate::beta::DepMacOsEnrollmentProfile>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyEnrollmentProfile {
    const BASE_NAME: &'static str = "microsoft.graph.enrollmentProfile";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.depEnrollmentBaseProfile") => {
                Self::DepEnrollmentBaseProfile(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.depEnrollmentProfile") => {
                Self::DepEnrollmentProfile(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.depIOSEnrollmentProfile") => {
                Self::DepIosEnrollmentProfile(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.depMacOSEnrollmentProfile") => {
                Self::DepMacOsEnrollmentProfile(rt::object::new_boxed())
            }
            _ => Self::EnrollmentProfile(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EnrollmentProfile(v) => &**v,
            Self::DepEnrollmentBaseProfile(v) => &**v,
            Self::DepEnrollmentProfile(v) => &**v,
            Self::DepIosEnrollmentProfile(v) => &**v,
            Self::DepMacOsEnrollmentProfile(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EnrollmentProfile(v) => &mut **v,
            Self::DepEnrollmentBaseProfile(v) => &mut **v,
            Self::DepEnrollmentProfile(v) => &mut **v,
            Self::DepIosEnrollmentProfile(v) => &mut **v,
            Self::DepMacOsEnrollmentProfile(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyEnrollmentProfile {
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
            Self::EnrollmentProfile(v) => &v.id,
            Self::DepEnrollmentBaseProfile(v) => &v.id,
            Self::DepEnrollmentProfile(v) => &v.id,
            Self::DepIosEnrollmentProfile(v) => &v.id,
            Self::DepMacOsEnrollmentProfile(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EnrollmentProfile(v) => &mut v.id,
            Self::DepEnrollmentBaseProfile(v) => &mut v.id,
            Self::DepEnrollmentProfile(v) => &mut v.id,
            Self::DepIosEnrollmentProfile(v) => &mut v.id,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.id,
        }
    }
    /// `configurationEndpointUrl` of any variant.
    #[inline]
    pub fn configuration_endpoint_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EnrollmentProfile(v) => &v.configuration_endpoint_url,
            Self::DepEnrollmentBaseProfile(v) => &v.configuration_endpoint_url,
            Self::DepEnrollmentProfile(v) => &v.configuration_endpoint_url,
            Self::DepIosEnrollmentProfile(v) => &v.configuration_endpoint_url,
            Self::DepMacOsEnrollmentProfile(v) => &v.configuration_endpoint_url,
        }
    }
    /// `configurationEndpointUrl` of any variant.
    #[inline]
    pub fn configuration_endpoint_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EnrollmentProfile(v) => &mut v.configuration_endpoint_url,
            Self::DepEnrollmentBaseProfile(v) => &mut v.configuration_endpoint_url,
            Self::DepEnrollmentProfile(v) => &mut v.configuration_endpoint_url,
            Self::DepIosEnrollmentProfile(v) => &mut v.configuration_endpoint_url,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.configuration_endpoint_url,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EnrollmentProfile(v) => &v.description,
            Self::DepEnrollmentBaseProfile(v) => &v.description,
            Self::DepEnrollmentProfile(v) => &v.description,
            Self::DepIosEnrollmentProfile(v) => &v.description,
            Self::DepMacOsEnrollmentProfile(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EnrollmentProfile(v) => &mut v.description,
            Self::DepEnrollmentBaseProfile(v) => &mut v.description,
            Self::DepEnrollmentProfile(v) => &mut v.description,
            Self::DepIosEnrollmentProfile(v) => &mut v.description,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EnrollmentProfile(v) => &v.display_name,
            Self::DepEnrollmentBaseProfile(v) => &v.display_name,
            Self::DepEnrollmentProfile(v) => &v.display_name,
            Self::DepIosEnrollmentProfile(v) => &v.display_name,
            Self::DepMacOsEnrollmentProfile(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EnrollmentProfile(v) => &mut v.display_name,
            Self::DepEnrollmentBaseProfile(v) => &mut v.display_name,
            Self::DepEnrollmentProfile(v) => &mut v.display_name,
            Self::DepIosEnrollmentProfile(v) => &mut v.display_name,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.display_name,
        }
    }
    /// `enableAuthenticationViaCompanyPortal` of any variant.
    #[inline]
    pub fn enable_authentication_via_company_portal(&self) -> &rt::Field<bool> {
        match self {
            Self::EnrollmentProfile(v) => &v.enable_authentication_via_company_portal,
            Self::DepEnrollmentBaseProfile(v) => {
                &v.enable_authentication_via_company_portal
            }
            Self::DepEnrollmentProfile(v) => &v.enable_authentication_via_company_portal,
            Self::DepIosEnrollmentProfile(v) => {
                &v.enable_authentication_via_company_portal
            }
            Self::DepMacOsEnrollmentProfile(v) => {
                &v.enable_authentication_via_company_portal
            }
        }
    }
    /// `enableAuthenticationViaCompanyPortal` of any variant.
    #[inline]
    pub fn enable_authentication_via_company_portal_mut(
        &mut self,
    ) -> &mut rt::Field<bool> {
        match self {
            Self::EnrollmentProfile(v) => &mut v.enable_authentication_via_company_portal,
            Self::DepEnrollmentBaseProfile(v) => {
                &mut v.enable_authentication_via_company_portal
            }
            Self::DepEnrollmentProfile(v) => {
                &mut v.enable_authentication_via_company_portal
            }
            Self::DepIosEnrollmentProfile(v) => {
                &mut v.enable_authentication_via_company_portal
            }
            Self::DepMacOsEnrollmentProfile(v) => {
                &mut v.enable_authentication_via_company_portal
            }
        }
    }
    /// `requireCompanyPortalOnSetupAssistantEnrolledDevices` of any variant.
    #[inline]
    pub fn require_company_portal_on_setup_assistant_enrolled_devices(
        &self,
    ) -> &rt::Field<bool> {
        match self {
            Self::EnrollmentProfile(v) => {
                &v.require_company_portal_on_setup_assistant_enrolled_devices
            }
            Self::DepEnrollmentBaseProfile(v) => {
                &v.require_company_portal_on_setup_assistant_enrolled_devices
            }
            Self::DepEnrollmentProfile(v) => {
                &v.require_company_portal_on_setup_assistant_enrolled_devices
            }
            Self::DepIosEnrollmentProfile(v) => {
                &v.require_company_portal_on_setup_assistant_enrolled_devices
            }
            Self::DepMacOsEnrollmentProfile(v) => {
                &v.require_company_portal_on_setup_assistant_enrolled_devices
            }
        }
    }
    /// `requireCompanyPortalOnSetupAssistantEnrolledDevices` of any variant.
    #[inline]
    pub fn require_company_portal_on_setup_assistant_enrolled_devices_mut(
        &mut self,
    ) -> &mut rt::Field<bool> {
        match self {
            Self::EnrollmentProfile(v) => {
                &mut v.require_company_portal_on_setup_assistant_enrolled_devices
            }
            Self::DepEnrollmentBaseProfile(v) => {
                &mut v.require_company_portal_on_setup_assistant_enrolled_devices
            }
            Self::DepEnrollmentProfile(v) => {
                &mut v.require_company_portal_on_setup_assistant_enrolled_devices
            }
            Self::DepIosEnrollmentProfile(v) => {
                &mut v.require_company_portal_on_setup_assistant_enrolled_devices
            }
            Self::DepMacOsEnrollmentProfile(v) => {
                &mut v.require_company_portal_on_setup_assistant_enrolled_devices
            }
        }
    }
    /// `requiresUserAuthentication` of any variant.
    #[inline]
    pub fn requires_user_authentication(&self) -> &rt::Field<bool> {
        match self {
            Self::EnrollmentProfile(v) => &v.requires_user_authentication,
            Self::DepEnrollmentBaseProfile(v) => &v.requires_user_authentication,
            Self::DepEnrollmentProfile(v) => &v.requires_user_authentication,
            Self::DepIosEnrollmentProfile(v) => &v.requires_user_authentication,
            Self::DepMacOsEnrollmentProfile(v) => &v.requires_user_authentication,
        }
    }
    /// `requiresUserAuthentication` of any variant.
    #[inline]
    pub fn requires_user_authentication_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::EnrollmentProfile(v) => &mut v.requires_user_authentication,
            Self::DepEnrollmentBaseProfile(v) => &mut v.requires_user_authentication,
            Self::DepEnrollmentProfile(v) => &mut v.requires_user_authentication,
            Self::DepIosEnrollmentProfile(v) => &mut v.requires_user_authentication,
            Self::DepMacOsEnrollmentProfile(v) => &mut v.requires_user_authentication,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyEnrollmentProfile);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEnrollmentProfile);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A class containing the properties used for enrollment restriction PolicySetItem.
///
/// CSDL: `microsoft.graph.enrollmentRestrictionsConfigurationPolicySetItem`, entity type, derived from `microsoft.graph.policySetItem`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct EnrollmentRestrictionsConfigurationPolicySetItem {
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
    /// Limit of the EnrollmentRestrictionsConfigurationPolicySetItem.
    ///
    /// CSDL: property `limit`: `Edm.Int32`, nullable.
    pub limit: rt::Field<i32>,
    /// Priority of the EnrollmentRestrictionsConfigurationPolicySetItem.
    ///
    /// CSDL: property `priority`: `Edm.Int32`, nullable.
    pub priority: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for EnrollmentRestrictionsConfigurationPolicySetItem {
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
            limit: rt::Field::Absent,
            priority: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for EnrollmentRestrictionsConfigurationPolicySetItem {
    const TYPE_NAME: &'static str = "microsoft.graph.enrollmentRestrictionsConfigurationPolicySetItem";
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
        "limit",
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
        ",\"limit\":                        ",
        ",\"priority\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.enrollmentRestrictionsConfigurationPolicySetItem\"";
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
        v.field(9usize, "limit", &self.limit);
        v.field(10usize, "priority", &self.priority);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for EnrollmentRestrictionsConfigurationPolicySetItem {
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
            9usize => self.limit.read_from(r),
            10usize => self.priority.read_from(r),
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
        w.field(9usize, &self.limit);
        w.field(10usize, &self.priority);
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
rt::impl_object!(EnrollmentRestrictionsConfigurationPolicySetItem);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    EnrollmentRestrictionsConfigurationPolicySetItem { with_id id :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_display_name display_name : ::std::string::String;
    with_error_code error_code : crate ::beta::ErrorCode; with_guided_deployment_tags
    guided_deployment_tags : ::std::vec::Vec < ::std::string::String >; with_item_type
    item_type : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_payload_id payload_id :
    ::std::string::String; with_status status : crate ::beta::PolicySetStatus; with_limit
    limit : i32; with_priority priority : i32; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EnrollmentRestrictionsConfigurationPolicySetItem);
#[cfg(msgraph_beta_core)]
/// Event representing an enrollment failure.
///
/// CSDL: `microsoft.graph.enrollmentTroubleshootingEvent`, entity type, derived from `microsoft.graph.deviceManagementTroubleshootingEvent`, key `id`.
///
/// Request builders: [`DeviceManagementTroubleshootingEventPath`](requests/trait.DeviceManagementTroubleshootingEventPath.html), what a path to one (`EntityPath<EnrollmentTroubleshootingEvent, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EnrollmentTroubleshootingEvent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// A set of string key and string value pairs which provides additional information on the Troubleshooting event
    ///
    /// CSDL: property `additionalInformation`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub additional_information: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// Id used for tracing the failure in the service.
    ///
    /// CSDL: property `correlationId`: `Edm.String`, nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// Time when the event occurred .
    ///
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Event Name corresponding to the Troubleshooting Event. It is an Optional field
    ///
    /// CSDL: property `eventName`: `Edm.String`, nullable.
    pub event_name: rt::Field<::std::string::String>,
    /// Object containing detailed information about the error and its remediation.
    ///
    /// CSDL: property `troubleshootingErrorDetails`: `microsoft.graph.deviceManagementTroubleshootingErrorDetails`, nullable.
    pub troubleshooting_error_details: rt::Field<
        crate::beta::DeviceManagementTroubleshootingErrorDetails,
    >,
    /// Azure AD device identifier.
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// Type of the enrollment.
    ///
    /// CSDL: property `enrollmentType`: `microsoft.graph.deviceEnrollmentType`, not nullable.
    pub enrollment_type: rt::Field<crate::beta::DeviceEnrollmentType>,
    /// Highlevel failure category.
    ///
    /// CSDL: property `failureCategory`: `microsoft.graph.deviceEnrollmentFailureReason`, not nullable.
    pub failure_category: rt::Field<crate::beta::DeviceEnrollmentFailureReason>,
    /// Detailed failure reason.
    ///
    /// CSDL: property `failureReason`: `Edm.String`, nullable.
    pub failure_reason: rt::Field<::std::string::String>,
    /// Device identifier created or collected by Intune.
    ///
    /// CSDL: property `managedDeviceIdentifier`: `Edm.String`, nullable.
    pub managed_device_identifier: rt::Field<::std::string::String>,
    /// Operating System.
    ///
    /// CSDL: property `operatingSystem`: `Edm.String`, nullable.
    pub operating_system: rt::Field<::std::string::String>,
    /// OS Version.
    ///
    /// CSDL: property `osVersion`: `Edm.String`, nullable.
    pub os_version: rt::Field<::std::string::String>,
    /// Identifier for the user that tried to enroll the device.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for EnrollmentTroubleshootingEvent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            additional_information: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            event_date_time: rt::Field::Absent,
            event_name: rt::Field::Absent,
            troubleshooting_error_details: rt::Field::Absent,
            device_id: rt::Field::Absent,
            enrollment_type: rt::Field::Absent,
            failure_category: rt::Field::Absent,
            failure_reason: rt::Field::Absent,
            managed_device_identifier: rt::Field::Absent,
            operating_system: rt::Field::Absent,
            os_version: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for EnrollmentTroubleshootingEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.enrollmentTroubleshootingEvent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "additionalInformation",
        "correlationId",
        "eventDateTime",
        "eventName",
        "troubleshootingErrorDetails",
        "deviceId",
        "enrollmentType",
        "failureCategory",
        "failureReason",
        "managedDeviceIdentifier",
        "operatingSystem",
        "osVersion",
        "userId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"additionalInformation\":        ",
        ",\"correlationId\":                ",
        ",\"eventDateTime\":                ",
        ",\"eventName\":                    ",
        ",\"troubleshootingErrorDetails\":  ",
        ",\"deviceId\":                     ",
        ",\"enrollmentType\":               ",
        ",\"failureCategory\":              ",
        ",\"failureReason\":                ",
        ",\"managedDeviceIdentifier\":      ",
        ",\"operatingSystem\":              ",
        ",\"osVersion\":                    ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.enrollmentTroubleshootingEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "additional_information", &self.additional_information);
        v.field(2usize, "correlation_id", &self.correlation_id);
        v.field(3usize, "event_date_time", &self.event_date_time);
        v.field(4usize, "event_name", &self.event_name);
        v.field(
            5usize,
            "troubleshooting_error_details",
            &self.troubleshooting_error_details,
        );
        v.field(6usize, "device_id", &self.device_id);
        v.field(7usize, "enrollment_type", &self.enrollment_type);
        v.field(8usize, "failure_category", &self.failure_category);
        v.field(9usize, "failure_reason", &self.failure_reason);
        v.field(10usize, "managed_device_identifier", &self.managed_device_identifier);
        v.field(11usize, "operating_system", &self.operating_system);
        v.field(12usize, "os_version", &self.os_version);
        v.field(13usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for EnrollmentTroubleshootingEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.additional_information.read_from(r),
            2usize => self.correlation_id.read_from(r),
            3usize => self.event_date_time.read_from(r),
            4usize => self.event_name.read_from(r),
            5usize => self.troubleshooting_error_details.read_from(r),
            6usize => self.device_id.read_from(r),
            7usize => self.enrollment_type.read_from(r),
            8usize => self.failure_category.read_from(r),
            9usize => self.failure_reason.read_from(r),
            10usize => self.managed_device_identifier.read_from(r),
            11usize => self.operating_system.read_from(r),
            12usize => self.os_version.read_from(r),
            13usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.additional_information);
        w.field(2usize, &self.correlation_id);
        w.field(3usize, &self.event_date_time);
        w.field(4usize, &self.event_name);
        w.field(5usize, &self.troubleshooting_error_details);
        w.field(6usize, &self.device_id);
        w.field(7usize, &self.enrollment_type);
        w.field(8usize, &self.failure_category);
        w.field(9usize, &self.failure_reason);
        w.field(10usize, &self.managed_device_identifier);
        w.field(11usize, &self.operating_system);
        w.field(12usize, &self.os_version);
        w.field(13usize, &self.user_id);
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
rt::impl_object!(EnrollmentTroubleshootingEvent);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    EnrollmentTroubleshootingEvent { with_id id : ::std::string::String;
    with_additional_information additional_information : ::std::vec::Vec < crate
    ::beta::KeyValuePair >; with_correlation_id correlation_id : ::std::string::String;
    with_event_date_time event_date_time : rt::edm::DateTimeOffset; with_event_name
    event_name : ::std::string::String; with_troubleshooting_error_details
    troubleshooting_error_details : crate
    ::beta::DeviceManagementTroubleshootingErrorDetails; with_device_id device_id :
    ::std::string::String; with_enrollment_type enrollment_type : crate
    ::beta::DeviceEnrollmentType; with_failure_category failure_category : crate
    ::beta::DeviceEnrollmentFailureReason; with_failure_reason failure_reason :
    ::std::string::String; with_managed_device_identifier managed_device_identifier :
    ::std::string::String; with_operating_system operating_system :
    ::std::string::String; with_os_version os_version : ::std::string::String;
    with_user_id user_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EnrollmentTroubleshootingEvent);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.enterpriseCodeSigningCertificate`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct EnterpriseCodeSigningCertificate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The Windows Enterprise Code-Signing Certificate in the raw data format.
    ///
    /// CSDL: property `content`: `Edm.Binary`, nullable.
    pub content: rt::Field<rt::edm::Binary>,
    /// The Cert Expiration Date.
    ///
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The Issuer value for the cert.
    ///
    /// CSDL: property `issuer`: `Edm.String`, nullable.
    pub issuer: rt::Field<::std::string::String>,
    /// The Issuer Name for the cert.
    ///
    /// CSDL: property `issuerName`: `Edm.String`, nullable.
    pub issuer_name: rt::Field<::std::string::String>,
    /// The Certificate Status Provisioned or not Provisioned.
    ///
    /// CSDL: property `status`: `microsoft.graph.certificateStatus`, not nullable.
    pub status: rt::Field<crate::beta::CertificateStatus>,
    /// The Subject Value for the cert.
    ///
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// The Subject Name for the cert.
    ///
    /// CSDL: property `subjectName`: `Edm.String`, nullable.
    pub subject_name: rt::Field<::std::string::String>,
    /// The date time of CodeSigning Cert when it is uploaded.
    ///
    /// CSDL: property `uploadDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub upload_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for EnterpriseCodeSigningCertificate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            issuer: rt::Field::Absent,
            issuer_name: rt::Field::Absent,
            status: rt::Field::Absent,
            subject: rt::Field::Absent,
            subject_name: rt::Field::Absent,
            upload_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for EnterpriseCodeSigningCertificate {
    const TYPE_NAME: &'static str = "microsoft.graph.enterpriseCodeSigningCertificate";
    const KEYS: &'static [&'static str] = &[
        "id",
        "content",
        "expirationDateTime",
        "issuer",
        "issuerName",
        "status",
        "subject",
        "subjectName",
        "uploadDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"content\":                      ",
        ",\"expirationDateTime\":           ",
        ",\"issuer\":                       ",
        ",\"issuerName\":                   ",
        ",\"status\":                       ",
        ",\"subject\":                      ",
        ",\"subjectName\":                  ",
        ",\"uploadDateTime\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.enterpriseCodeSigningCertificate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content", &self.content);
        v.field(2usize, "expiration_date_time", &self.expiration_date_time);
        v.field(3usize, "issuer", &self.issuer);
        v.field(4usize, "issuer_name", &self.issuer_name);
        v.field(5usize, "status", &self.status);
        v.field(6usize, "subject", &self.subject);
        v.field(7usize, "subject_name", &self.subject_name);
        v.field(8usize, "upload_date_time", &self.upload_date_time);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for EnterpriseCodeSigningCertificate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content.read_from(r),
            2usize => self.expiration_date_time.read_from(r),
            3usize => self.issuer.read_from(r),
            4usize => self.issuer_name.read_from(r),
            5usize => self.status.read_from(r),
            6usize => self.subject.read_from(r),
            7usize => self.subject_name.read_from(r),
            8usize => self.upload_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content);
        w.field(2usize, &self.expiration_date_time);
        w.field(3usize, &self.issuer);
        w.field(4usize, &self.issuer_name);
        w.field(5usize, &self.status);
        w.field(6usize, &self.subject);
        w.field(7usize, &self.subject_name);
        w.field(8usize, &self.upload_date_time);
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
rt::impl_object!(EnterpriseCodeSigningCertificate);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    EnterpriseCodeSigningCertificate { with_id id : ::std::string::String; with_content
    content : rt::edm::Binary; with_expiration_date_time expiration_date_time :
    rt::edm::DateTimeOffset; with_issuer issuer : ::std::string::String; with_issuer_name
    issuer_name : ::std::string::String; with_status status : crate
    ::beta::CertificateStatus; with_subject subject : ::std::string::String;
    with_subject_name subject_name : ::std::string::String; with_upload_date_time
    upload_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EnterpriseCodeSigningCertificate);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.entitlementManagementSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct EntitlementManagementSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `daysUntilExternalUserDeletedAfterBlocked`: `Edm.Int32`, nullable.
    pub days_until_external_user_deleted_after_blocked: rt::Field<i32>,
    /// CSDL: property `externalUserLifecycleAction`: `Edm.String`, nullable.
    pub external_user_lifecycle_action: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for EntitlementManagementSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            days_until_external_user_deleted_after_blocked: rt::Field::Absent,
            external_user_lifecycle_action: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for EntitlementManagementSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.entitlementManagementSettings";
    const KEYS: &'static [&'static str] = &[
        "id",
        "daysUntilExternalUserDeletedAfterBlocked",
        "externalUserLifecycleAction",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"daysUntilExternalUserDeletedAfterBlocked\":",
        ",\"externalUserLifecycleAction\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.entitlementManagementSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "days_until_external_user_deleted_after_blocked",
            &self.days_until_external_user_deleted_after_blocked,
        );
        v.field(
            2usize,
            "external_user_lifecycle_action",
            &self.external_user_lifecycle_action,
        );
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for EntitlementManagementSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.days_until_external_user_deleted_after_blocked.read_from(r),
            2usize => self.external_user_lifecycle_action.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.days_until_external_user_deleted_after_blocked);
        w.field(2usize, &self.external_user_lifecycle_action);
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
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_object!(EntitlementManagementSettings);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    EntitlementManagementSettings { with_id id : ::std::string::String;
    with_days_until_external_user_deleted_after_blocked
    days_until_external_user_deleted_after_blocked : i32;
    with_external_user_lifecycle_action external_user_lifecycle_action :
    ::std::string::String; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EntitlementManagementSettings);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.entitySetNames`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct EntitySetNames {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for EntitySetNames {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for EntitySetNames {
    const TYPE_NAME: &'static str = "microsoft.graph.entitySetNames";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.entitySetNames\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for EntitySetNames {
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(EntitySetNames);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(EntitySetNames);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.entryExportStatus`, enum type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EntryExportStatus {
    /// `Noop` (value 0).
    Noop,
    /// `Success` (value 1).
    Success,
    /// `RetryableError` (value 2).
    RetryableError,
    /// `PermanentError` (value 3).
    PermanentError,
    /// `Error` (value 4).
    Error,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_any_area)]
impl rt::StrEnum for EntryExportStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.entryExportStatus";
    const MEMBERS: &'static [&'static str] = &[
        "Noop",
        "Success",
        "RetryableError",
        "PermanentError",
        "Error",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "Noop" => Self::Noop,
                "Success" => Self::Success,
                "RetryableError" => Self::RetryableError,
                "PermanentError" => Self::PermanentError,
                "Error" => Self::Error,
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
            Self::Noop => "Noop",
            Self::Success => "Success",
            Self::RetryableError => "RetryableError",
            Self::PermanentError => "PermanentError",
            Self::Error => "Error",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_any_area)]
rt::impl_enum!(EntryExportStatus);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(EntryExportStatus);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.errorCode`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ErrorCode {
    /// `noError` (value 0).
    NoError,
    /// `unauthorized` (value 1).
    Unauthorized,
    /// `notFound` (value 2).
    NotFound,
    /// `deleted` (value 3).
    Deleted,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for ErrorCode {
    const TYPE_NAME: &'static str = "microsoft.graph.errorCode";
    const MEMBERS: &'static [&'static str] = &[
        "noError",
        "unauthorized",
        "notFound",
        "deleted",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "noError" => Self::NoError,
                "unauthorized" => Self::Unauthorized,
                "notFound" => Self::NotFound,
                "deleted" => Self::Deleted,
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
            Self::NoError => "noError",
            Self::Unauthorized => "unauthorized",
            Self::NotFound => "notFound",
            Self::Deleted => "deleted",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(ErrorCode);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ErrorCode);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.exactMatchClassificationRequest`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct ExactMatchClassificationRequest {
    /// CSDL: property `contentClassifications`: `Collection(microsoft.graph.contentClassification)`, nullable.
    pub content_classifications: rt::Field<
        ::std::vec::Vec<crate::beta::ContentClassification>,
    >,
    /// CSDL: property `sensitiveTypeIds`: `Collection(Edm.String)`, nullable.
    pub sensitive_type_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `text`: `Edm.String`, nullable.
    pub text: rt::Field<::std::string::String>,
    /// CSDL: property `timeoutInMs`: `Edm.Int32`, nullable.
    pub timeout_in_ms: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for ExactMatchClassificationRequest {
    #[inline]
    fn default() -> Self {
        Self {
            content_classifications: rt::Field::Absent,
            sensitive_type_ids: rt::Field::Absent,
            text: rt::Field::Absent,
            timeout_in_ms: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for ExactMatchClassificationRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.exactMatchClassificationRequest";
    const KEYS: &'static [&'static str] = &[
        "contentClassifications",
        "sensitiveTypeIds",
        "text",
        "timeoutInMs",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"contentClassifications\":       ",
        ",\"sensitiveTypeIds\":             ",
        ",\"text\":                         ",
        ",\"timeoutInMs\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.exactMatchClassificationRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content_classifications", &self.content_classifications);
        v.field(1usize, "sensitive_type_ids", &self.sensitive_type_ids);
        v.field(2usize, "text", &self.text);
        v.field(3usize, "timeout_in_ms", &self.timeout_in_ms);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for ExactMatchClassificationRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content_classifications.read_from(r),
            1usize => self.sensitive_type_ids.read_from(r),
            2usize => self.text.read_from(r),
            3usize => self.timeout_in_ms.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content_classifications);
        w.field(1usize, &self.sensitive_type_ids);
        w.field(2usize, &self.text);
        w.field(3usize, &self.timeout_in_ms);
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(ExactMatchClassificationRequest);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    ExactMatchClassificationRequest { with_content_classifications
    content_classifications : ::std::vec::Vec < crate ::beta::ContentClassification >;
    with_sensitive_type_ids sensitive_type_ids : ::std::vec::Vec < ::std::string::String
    >; with_text text : ::std::string::String; with_timeout_in_ms timeout_in_ms : i32; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExactMatchClassificationRequest);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.exchangeIdFormat`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ExchangeIdFormat {
    /// `entryId` (value 0).
    EntryId,
    /// `ewsId` (value 1).
    EwsId,
    /// `immutableEntryId` (value 2).
    ImmutableEntryId,
    /// `restId` (value 3).
    RestId,
    /// `restImmutableEntryId` (value 4).
    RestImmutableEntryId,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ExchangeIdFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.exchangeIdFormat";
    const MEMBERS: &'static [&'static str] = &[
        "entryId",
        "ewsId",
        "immutableEntryId",
        "restId",
        "restImmutableEntryId",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "entryId" => Self::EntryId,
                "ewsId" => Self::EwsId,
                "immutableEntryId" => Self::ImmutableEntryId,
                "restId" => Self::RestId,
                "restImmutableEntryId" => Self::RestImmutableEntryId,
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
            Self::EntryId => "entryId",
            Self::EwsId => "ewsId",
            Self::ImmutableEntryId => "immutableEntryId",
            Self::RestId => "restId",
            Self::RestImmutableEntryId => "restImmutableEntryId",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ExchangeIdFormat);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExchangeIdFormat);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties for Excluded Office365 Apps.
///
/// CSDL: `microsoft.graph.excludedApps`, complex type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct ExcludedApps {
    /// The value for if MS Office Access should be excluded or not.
    ///
    /// CSDL: property `access`: `Edm.Boolean`, not nullable.
    pub access: rt::Field<bool>,
    /// The value for if Microsoft Search as default should be excluded or not.
    ///
    /// CSDL: property `bing`: `Edm.Boolean`, not nullable.
    pub bing: rt::Field<bool>,
    /// The value for if MS Office Excel should be excluded or not.
    ///
    /// CSDL: property `excel`: `Edm.Boolean`, not nullable.
    pub excel: rt::Field<bool>,
    /// The value for if MS Office OneDrive for Business - Groove should be excluded or not.
    ///
    /// CSDL: property `groove`: `Edm.Boolean`, not nullable.
    pub groove: rt::Field<bool>,
    /// The value for if MS Office InfoPath should be excluded or not.
    ///
    /// CSDL: property `infoPath`: `Edm.Boolean`, not nullable.
    pub info_path: rt::Field<bool>,
    /// The value for if MS Office Skype for Business - Lync should be excluded or not.
    ///
    /// CSDL: property `lync`: `Edm.Boolean`, not nullable.
    pub lync: rt::Field<bool>,
    /// The value for if MS Office OneDrive should be excluded or not.
    ///
    /// CSDL: property `oneDrive`: `Edm.Boolean`, not nullable.
    pub one_drive: rt::Field<bool>,
    /// The value for if MS Office OneNote should be excluded or not.
    ///
    /// CSDL: property `oneNote`: `Edm.Boolean`, not nullable.
    pub one_note: rt::Field<bool>,
    /// The value for if MS Office Outlook should be excluded or not.
    ///
    /// CSDL: property `outlook`: `Edm.Boolean`, not nullable.
    pub outlook: rt::Field<bool>,
    /// The value for if MS Office PowerPoint should be excluded or not.
    ///
    /// CSDL: property `powerPoint`: `Edm.Boolean`, not nullable.
    pub power_point: rt::Field<bool>,
    /// The value for if MS Office Publisher should be excluded or not.
    ///
    /// CSDL: property `publisher`: `Edm.Boolean`, not nullable.
    pub publisher: rt::Field<bool>,
    /// The value for if MS Office SharePointDesigner should be excluded or not.
    ///
    /// CSDL: property `sharePointDesigner`: `Edm.Boolean`, not nullable.
    pub share_point_designer: rt::Field<bool>,
    /// The value for if MS Office Teams should be excluded or not.
    ///
    /// CSDL: property `teams`: `Edm.Boolean`, not nullable.
    pub teams: rt::Field<bool>,
    /// The value for if MS Office Visio should be excluded or not.
    ///
    /// CSDL: property `visio`: `Edm.Boolean`, not nullable.
    pub visio: rt::Field<bool>,
    /// The value for if MS Office Word should be excluded or not.
    ///
    /// CSDL: property `word`: `Edm.Boolean`, not nullable.
    pub word: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for ExcludedApps {
    #[inline]
    fn default() -> Self {
        Self {
            access: rt::Field::Absent,
            bing: rt::Field::Absent,
            excel: rt::Field::Absent,
            groove: rt::Field::Absent,
            info_path: rt::Field::Absent,
            lync: rt::Field::Absent,
            one_drive: rt::Field::Absent,
            one_note: rt::Field::Absent,
            outlook: rt::Field::Absent,
            power_point: rt::Field::Absent,
            publisher: rt::Field::Absent,
            share_point_designer: rt::Field::Absent,
            teams: rt::Field::Absent,
            visio: rt::Field::Absent,
            word: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for ExcludedApps {
    const TYPE_NAME: &'static str = "microsoft.graph.excludedApps";
    const KEYS: &'static [&'static str] = &[
        "access",
        "bing",
        "excel",
        "groove",
        "infoPath",
        "lync",
        "oneDrive",
        "oneNote",
        "outlook",
        "powerPoint",
        "publisher",
        "sharePointDesigner",
        "teams",
        "visio",
        "word",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"access\":                       ",
        ",\"bing\":                         ",
        ",\"excel\":                        ",
        ",\"groove\":                       ",
        ",\"infoPath\":                     ",
        ",\"lync\":                         ",
        ",\"oneDrive\":                     ",
        ",\"oneNote\":                      ",
        ",\"outlook\":                      ",
        ",\"powerPoint\":                   ",
        ",\"publisher\":                    ",
        ",\"sharePointDesigner\":           ",
        ",\"teams\":                        ",
        ",\"visio\":                        ",
        ",\"word\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.excludedApps\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "access", &self.access);
        v.field(1usize, "bing", &self.bing);
        v.field(2usize, "excel", &self.excel);
        v.field(3usize, "groove", &self.groove);
        v.field(4usize, "info_path", &self.info_path);
        v.field(5usize, "lync", &self.lync);
        v.field(6usize, "one_drive", &self.one_drive);
        v.field(7usize, "one_note", &self.one_note);
        v.field(8usize, "outlook", &self.outlook);
        v.field(9usize, "power_point", &self.power_point);
        v.field(10usize, "publisher", &self.publisher);
        v.field(11usize, "share_point_designer", &self.share_point_designer);
        v.field(12usize, "teams", &self.teams);
        v.field(13usize, "visio", &self.visio);
        v.field(14usize, "word", &self.word);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for ExcludedApps {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.access.read_from(r),
            1usize => self.bing.read_from(r),
            2usize => self.excel.read_from(r),
            3usize => self.groove.read_from(r),
            4usize => self.info_path.read_from(r),
            5usize => self.lync.read_from(r),
            6usize => self.one_drive.read_from(r),
            7usize => self.one_note.read_from(r),
            8usize => self.outlook.read_from(r),
            9usize => self.power_point.read_from(r),
            10usize => self.publisher.read_from(r),
            11usize => self.share_point_designer.read_from(r),
            12usize => self.teams.read_from(r),
            13usize => self.visio.read_from(r),
            14usize => self.word.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.access);
        w.field(1usize, &self.bing);
        w.field(2usize, &self.excel);
        w.field(3usize, &self.groove);
        w.field(4usize, &self.info_path);
        w.field(5usize, &self.lync);
        w.field(6usize, &self.one_drive);
        w.field(7usize, &self.one_note);
        w.field(8usize, &self.outlook);
        w.field(9usize, &self.power_point);
        w.field(10usize, &self.publisher);
        w.field(11usize, &self.share_point_designer);
        w.field(12usize, &self.teams);
        w.field(13usize, &self.visio);
        w.field(14usize, &self.word);
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
rt::impl_object!(ExcludedApps);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    ExcludedApps { with_access access : bool; with_bing bing : bool; with_excel excel :
    bool; with_groove groove : bool; with_info_path info_path : bool; with_lync lync :
    bool; with_one_drive one_drive : bool; with_one_note one_note : bool; with_outlook
    outlook : bool; with_power_point power_point : bool; with_publisher publisher : bool;
    with_share_point_designer share_point_designer : bool; with_teams teams : bool;
    with_visio visio : bool; with_word word : bool; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExcludedApps);
#[cfg(msgraph_beta_device_management_or_search)]
/// A complex type to store the expedited quality update settings such as release date and days until forced reboot.
///
/// CSDL: `microsoft.graph.expeditedWindowsQualityUpdateSettings`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ExpeditedWindowsQualityUpdateSettings {
    /// The number of days after installation that forced reboot will happen.
    ///
    /// CSDL: property `daysUntilForcedReboot`: `Edm.Int32`, not nullable.
    pub days_until_forced_reboot: rt::Field<i32>,
    /// The release date to identify a quality update.
    ///
    /// CSDL: property `qualityUpdateRelease`: `Edm.String`, not nullable.
    pub quality_update_release: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ExpeditedWindowsQualityUpdateSettings {
    #[inline]
    fn default() -> Self {
        Self {
            days_until_forced_reboot: rt::Field::Absent,
            quality_update_release: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ExpeditedWindowsQualityUpdateSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.expeditedWindowsQualityUpdateSettings";
    const KEYS: &'static [&'static str] = &[
        "daysUntilForcedReboot",
        "qualityUpdateRelease",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"daysUntilForcedReboot\":        ",
        ",\"qualityUpdateRelease\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.expeditedWindowsQualityUpdateSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "days_until_forced_reboot", &self.days_until_forced_reboot);
        v.field(1usize, "quality_update_release", &self.quality_update_release);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ExpeditedWindowsQualityUpdateSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.days_until_forced_reboot.read_from(r),
            1usize => self.quality_update_release.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.days_until_forced_reboot);
        w.field(1usize, &self.quality_update_release);
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
rt::impl_object!(ExpeditedWindowsQualityUpdateSettings);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ExpeditedWindowsQualityUpdateSettings { with_days_until_forced_reboot
    days_until_forced_reboot : i32; with_quality_update_release quality_update_release :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExpeditedWindowsQualityUpdateSettings);
#[cfg(msgraph_beta_identity_governance_or_role_management_or_search)]
/// CSDL: `microsoft.graph.expirationPattern`, complex type.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-role-management`, `beta-search`.
#[derive(Clone)]
pub struct ExpirationPattern {
    /// CSDL: property `duration`: `Edm.Duration`, nullable.
    pub duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `type`: `microsoft.graph.expirationPatternType`, nullable.
    pub type_: rt::Field<crate::beta::ExpirationPatternType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_role_management_or_search)]
impl ::std::default::Default for ExpirationPattern {
    #[inline]
    fn default() -> Self {
        Self {
            duration: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_role_management_or_search)]
impl rt::Object for ExpirationPattern {
    const TYPE_NAME: &'static str = "microsoft.graph.expirationPattern";
    const KEYS: &'static [&'static str] = &["duration", "endDateTime", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"duration\":                     ",
        ",\"endDateTime\":                  ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.expirationPattern\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "duration", &self.duration);
        v.field(1usize, "end_date_time", &self.end_date_time);
        v.field(2usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_identity_governance_or_role_management_or_search)]
impl rt::object::Members for ExpirationPattern {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.duration.read_from(r),
            1usize => self.end_date_time.read_from(r),
            2usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.duration);
        w.field(1usize, &self.end_date_time);
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
#[cfg(msgraph_beta_identity_governance_or_role_management_or_search)]
rt::impl_object!(ExpirationPattern);
#[cfg(msgraph_beta_identity_governance_or_role_management_or_search)]
rt::impl_setters!(
    ExpirationPattern { with_duration duration : rt::edm::Duration; with_end_date_time
    end_date_time : rt::edm::DateTimeOffset; with_type type_ : crate
    ::beta::ExpirationPatternType; }
);
#[cfg(msgraph_beta_identity_governance_or_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExpirationPattern);
#[cfg(msgraph_beta_identity_governance_or_role_management_or_search)]
/// CSDL: `microsoft.graph.expirationPatternType`, enum type.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-role-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ExpirationPatternType {
    /// `notSpecified` (value 0).
    NotSpecified,
    /// `noExpiration` (value 1).
    NoExpiration,
    /// `afterDateTime` (value 2).
    AfterDateTime,
    /// `afterDuration` (value 3).
    AfterDuration,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_identity_governance_or_role_management_or_search)]
impl rt::StrEnum for ExpirationPatternType {
    const TYPE_NAME: &'static str = "microsoft.graph.expirationPatternType";
    const MEMBERS: &'static [&'static str] = &[
        "notSpecified",
        "noExpiration",
        "afterDateTime",
        "afterDuration",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notSpecified" => Self::NotSpecified,
                "noExpiration" => Self::NoExpiration,
                "afterDateTime" => Self::AfterDateTime,
                "afterDuration" => Self::AfterDuration,
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
            Self::NotSpecified => "notSpecified",
            Self::NoExpiration => "noExpiration",
            Self::AfterDateTime => "afterDateTime",
            Self::AfterDuration => "afterDuration",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_role_management_or_search)]
rt::impl_enum!(ExpirationPatternType);
#[cfg(msgraph_beta_identity_governance_or_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExpirationPatternType);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.external`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ExternalPath`](requests/trait.ExternalPath.html), what a path to one (`EntityPath<External, C>`) dereferences to.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct External {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `connections`: `Collection(microsoft.graph.externalConnection)`, not nullable.
    pub connections: rt::Field<::std::vec::Vec<crate::beta::ExternalConnection>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for External {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            connections: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for External {
    const TYPE_NAME: &'static str = "microsoft.graph.external";
    const KEYS: &'static [&'static str] = &["id", "connections"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"connections\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.external\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "connections", &self.connections);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for External {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.connections.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.connections);
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
rt::impl_object!(External);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    External { with_id id : ::std::string::String; with_connections connections :
    ::std::vec::Vec < crate ::beta::ExternalConnection >; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(External);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.externalAudienceScope`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ExternalAudienceScope {
    /// `none` (value 0).
    None,
    /// `contactsOnly` (value 1).
    ContactsOnly,
    /// `all` (value 2).
    All,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ExternalAudienceScope {
    const TYPE_NAME: &'static str = "microsoft.graph.externalAudienceScope";
    const MEMBERS: &'static [&'static str] = &["none", "contactsOnly", "all"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "contactsOnly" => Self::ContactsOnly,
                "all" => Self::All,
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
            Self::ContactsOnly => "contactsOnly",
            Self::All => "all",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ExternalAudienceScope);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExternalAudienceScope);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.externalAuthenticationType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ExternalAuthenticationType {
    /// `passthru` (value 0).
    Passthru,
    /// `aadPreAuthentication` (value 1).
    AadPreAuthentication,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ExternalAuthenticationType {
    const TYPE_NAME: &'static str = "microsoft.graph.externalAuthenticationType";
    const MEMBERS: &'static [&'static str] = &["passthru", "aadPreAuthentication"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "passthru" => Self::Passthru,
                "aadPreAuthentication" => Self::AadPreAuthentication,
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
            Self::Passthru => "passthru",
            Self::AadPreAuthentication => "aadPreAuthentication",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ExternalAuthenticationType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExternalAuthenticationType);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.externalConnection`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ExternalConnectionPath`](requests/trait.ExternalConnectionPath.html), what a path to one (`EntityPath<ExternalConnection, C>`) dereferences to.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct ExternalConnection {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `configuration`: `microsoft.graph.configuration`, nullable.
    pub configuration: rt::Field<crate::beta::Configuration>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `microsoft.graph.connectionState`, nullable.
    pub state: rt::Field<crate::beta::ConnectionState>,
    /// CSDL: containment navigation property `groups`: `Collection(microsoft.graph.externalGroup)`, not nullable.
    pub groups: rt::Field<::std::vec::Vec<crate::beta::ExternalGroup>>,
    /// CSDL: containment navigation property `items`: `Collection(microsoft.graph.externalItem)`, not nullable.
    pub items: rt::Field<::std::vec::Vec<crate::beta::ExternalItem>>,
    /// CSDL: containment navigation property `operations`: `Collection(microsoft.graph.connectionOperation)`, not nullable.
    pub operations: rt::Field<::std::vec::Vec<crate::beta::ConnectionOperation>>,
    /// CSDL: containment navigation property `schema`: `microsoft.graph.schema`, nullable.
    pub schema: rt::Field<crate::beta::Schema>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for ExternalConnection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            configuration: rt::Field::Absent,
            description: rt::Field::Absent,
            name: rt::Field::Absent,
            state: rt::Field::Absent,
            groups: rt::Field::Absent,
            items: rt::Field::Absent,
            operations: rt::Field::Absent,
            schema: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for ExternalConnection {
    const TYPE_NAME: &'static str = "microsoft.graph.externalConnection";
    const KEYS: &'static [&'static str] = &[
        "id",
        "configuration",
        "description",
        "name",
        "state",
        "groups",
        "items",
        "operations",
        "schema",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"configuration\":                ",
        ",\"description\":                  ",
        ",\"name\":                         ",
        ",\"state\":                        ",
        ",\"groups\":                       ",
        ",\"items\":                        ",
        ",\"operations\":                   ",
        ",\"schema\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.externalConnection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "configuration", &self.configuration);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "name", &self.name);
        v.field(4usize, "state", &self.state);
        v.field(5usize, "groups", &self.groups);
        v.field(6usize, "items", &self.items);
        v.field(7usize, "operations", &self.operations);
        v.field(8usize, "schema", &self.schema);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for ExternalConnection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.configuration.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.name.read_from(r),
            4usize => self.state.read_from(r),
            5usize => self.groups.read_from(r),
            6usize => self.items.read_from(r),
            7usize => self.operations.read_from(r),
            8usize => self.schema.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.configuration);
        w.field(2usize, &self.description);
        w.field(3usize, &self.name);
        w.field(4usize, &self.state);
        w.field(5usize, &self.groups);
        w.field(6usize, &self.items);
        w.field(7usize, &self.operations);
        w.field(8usize, &self.schema);
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
rt::impl_object!(ExternalConnection);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    ExternalConnection { with_id id : ::std::string::String; with_configuration
    configuration : crate ::beta::Configuration; with_description description :
    ::std::string::String; with_name name : ::std::string::String; with_state state :
    crate ::beta::ConnectionState; with_groups groups : ::std::vec::Vec < crate
    ::beta::ExternalGroup >; with_items items : ::std::vec::Vec < crate
    ::beta::ExternalItem >; with_operations operations : ::std::vec::Vec < crate
    ::beta::ConnectionOperation >; with_schema schema : crate ::beta::Schema; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExternalConnection);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.externalDomainFederation`, complex type, derived from `microsoft.graph.identitySource`.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct ExternalDomainFederation {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `domainName`: `Edm.String`, nullable.
    pub domain_name: rt::Field<::std::string::String>,
    /// CSDL: property `issuerUri`: `Edm.String`, nullable.
    pub issuer_uri: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for ExternalDomainFederation {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            domain_name: rt::Field::Absent,
            issuer_uri: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for ExternalDomainFederation {
    const TYPE_NAME: &'static str = "microsoft.graph.externalDomainFederation";
    const KEYS: &'static [&'static str] = &["displayName", "domainName", "issuerUri"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"domainName\":                   ",
        ",\"issuerUri\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.externalDomainFederation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "domain_name", &self.domain_name);
        v.field(2usize, "issuer_uri", &self.issuer_uri);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for ExternalDomainFederation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.domain_name.read_from(r),
            2usize => self.issuer_uri.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.domain_name);
        w.field(2usize, &self.issuer_uri);
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
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_object!(ExternalDomainFederation);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    ExternalDomainFederation { with_display_name display_name : ::std::string::String;
    with_domain_name domain_name : ::std::string::String; with_issuer_uri issuer_uri :
    ::std::string::String; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExternalDomainFederation);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.externalGroup`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ExternalGroupPath`](requests/trait.ExternalGroupPath.html), what a path to one (`EntityPath<ExternalGroup, C>`) dereferences to.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct ExternalGroup {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `members`: `Collection(microsoft.graph.externalGroupMember)`, not nullable.
    pub members: rt::Field<::std::vec::Vec<crate::beta::ExternalGroupMember>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for ExternalGroup {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            members: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for ExternalGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.externalGroup";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "members",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"members\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.externalGroup\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "members", &self.members);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for ExternalGroup {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.members.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.members);
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
rt::impl_object!(ExternalGroup);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    ExternalGroup { with_id id : ::std::string::String; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_members members : ::std::vec::Vec < crate ::beta::ExternalGroupMember >; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExternalGroup);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.externalGroupMember`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct ExternalGroupMember {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `identitySource`: `microsoft.graph.identitySourceType`, nullable.
    pub identity_source: rt::Field<crate::beta::IdentitySourceType>,
    /// CSDL: property `type`: `microsoft.graph.externalGroupMemberType`, not nullable.
    pub type_: rt::Field<crate::beta::ExternalGroupMemberType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for ExternalGroupMember {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            identity_source: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for ExternalGroupMember {
    const TYPE_NAME: &'static str = "microsoft.graph.externalGroupMember";
    const KEYS: &'static [&'static str] = &["id", "identitySource", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"identitySource\":               ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.externalGroupMember\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "identity_source", &self.identity_source);
        v.field(2usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for ExternalGroupMember {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.identity_source.read_from(r),
            2usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.identity_source);
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
#[cfg(msgraph_beta_search)]
rt::impl_object!(ExternalGroupMember);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    ExternalGroupMember { with_id id : ::std::string::String; with_identity_source
    identity_source : crate ::beta::IdentitySourceType; with_type type_ : crate
    ::beta::ExternalGroupMemberType; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExternalGroupMember);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.externalGroupMemberType`, enum type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ExternalGroupMemberType {
    /// `user` (value 1).
    User,
    /// `group` (value 2).
    Group,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search)]
impl rt::StrEnum for ExternalGroupMemberType {
    const TYPE_NAME: &'static str = "microsoft.graph.externalGroupMemberType";
    const MEMBERS: &'static [&'static str] = &["user", "group"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "user" => Self::User,
                "group" => Self::Group,
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
            Self::User => "user",
            Self::Group => "group",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_enum!(ExternalGroupMemberType);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExternalGroupMemberType);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.externalItem`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ExternalItemPath`](requests/trait.ExternalItemPath.html), what a path to one (`EntityPath<ExternalItem, C>`) dereferences to.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct ExternalItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `acl`: `Collection(microsoft.graph.acl)`, nullable.
    pub acl: rt::Field<::std::vec::Vec<crate::beta::Acl>>,
    /// CSDL: property `content`: `microsoft.graph.externalItemContent`, nullable.
    pub content: rt::Field<crate::beta::ExternalItemContent>,
    /// CSDL: property `properties`: `microsoft.graph.properties`, nullable.
    pub properties: rt::Field<crate::beta::Properties>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for ExternalItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            acl: rt::Field::Absent,
            content: rt::Field::Absent,
            properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for ExternalItem {
    const TYPE_NAME: &'static str = "microsoft.graph.externalItem";
    const KEYS: &'static [&'static str] = &["id", "acl", "content", "properties"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"acl\":                          ",
        ",\"content\":                      ",
        ",\"properties\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.externalItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "acl", &self.acl);
        v.field(2usize, "content", &self.content);
        v.field(3usize, "properties", &self.properties);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for ExternalItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.acl.read_from(r),
            2usize => self.content.read_from(r),
            3usize => self.properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.acl);
        w.field(2usize, &self.content);
        w.field(3usize, &self.properties);
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
rt::impl_object!(ExternalItem);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    ExternalItem { with_id id : ::std::string::String; with_acl acl : ::std::vec::Vec <
    crate ::beta::Acl >; with_content content : crate ::beta::ExternalItemContent;
    with_properties properties : crate ::beta::Properties; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExternalItem);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.externalItemContent`, complex type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct ExternalItemContent {
    /// CSDL: property `type`: `microsoft.graph.externalItemContentType`, not nullable.
    pub type_: rt::Field<crate::beta::ExternalItemContentType>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for ExternalItemContent {
    #[inline]
    fn default() -> Self {
        Self {
            type_: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for ExternalItemContent {
    const TYPE_NAME: &'static str = "microsoft.graph.externalItemContent";
    const KEYS: &'static [&'static str] = &["type", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"type\":                         ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.externalItemContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "type_", &self.type_);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for ExternalItemContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.type_.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.type_);
        w.field(1usize, &self.value);
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
rt::impl_object!(ExternalItemContent);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    ExternalItemContent { with_type type_ : crate ::beta::ExternalItemContentType;
    with_value value : ::std::string::String; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExternalItemContent);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.externalItemContentType`, enum type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ExternalItemContentType {
    /// `text` (value 1).
    Text,
    /// `html` (value 2).
    Html,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search)]
impl rt::StrEnum for ExternalItemContentType {
    const TYPE_NAME: &'static str = "microsoft.graph.externalItemContentType";
    const MEMBERS: &'static [&'static str] = &["text", "html", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "text" => Self::Text,
                "html" => Self::Html,
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
            Self::Text => "text",
            Self::Html => "html",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_enum!(ExternalItemContentType);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExternalItemContentType);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
/// CSDL: `microsoft.graph.externalSponsors`, complex type, derived from `microsoft.graph.userSet`.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct ExternalSponsors {
    /// CSDL: property `isBackup`: `Edm.Boolean`, nullable.
    pub is_backup: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl ::std::default::Default for ExternalSponsors {
    #[inline]
    fn default() -> Self {
        Self {
            is_backup: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::Object for ExternalSponsors {
    const TYPE_NAME: &'static str = "microsoft.graph.externalSponsors";
    const KEYS: &'static [&'static str] = &["isBackup"];
    const KEYS_JSON: &'static [&'static str] = &[",\"isBackup\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.externalSponsors\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_backup", &self.is_backup);
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::object::Members for ExternalSponsors {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_backup.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_backup);
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
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
rt::impl_object!(ExternalSponsors);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
rt::impl_setters!(ExternalSponsors { with_is_backup is_backup : bool; });
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExternalSponsors);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.fieldValueSet`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct FieldValueSet {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for FieldValueSet {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for FieldValueSet {
    const TYPE_NAME: &'static str = "microsoft.graph.fieldValueSet";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.fieldValueSet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for FieldValueSet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(FieldValueSet);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(FieldValueSet { with_id id : ::std::string::String; });
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(FieldValueSet);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.file`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct File {
    /// CSDL: property `hashes`: `microsoft.graph.hashes`, nullable.
    pub hashes: rt::Field<crate::beta::Hashes>,
    /// CSDL: property `mimeType`: `Edm.String`, nullable.
    pub mime_type: rt::Field<::std::string::String>,
    /// CSDL: property `processingMetadata`: `Edm.Boolean`, nullable.
    pub processing_metadata: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for File {
    #[inline]
    fn default() -> Self {
        Self {
            hashes: rt::Field::Absent,
            mime_type: rt::Field::Absent,
            processing_metadata: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for File {
    const TYPE_NAME: &'static str = "microsoft.graph.file";
    const KEYS: &'static [&'static str] = &["hashes", "mimeType", "processingMetadata"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"hashes\":                       ",
        ",\"mimeType\":                     ",
        ",\"processingMetadata\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.file\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "hashes", &self.hashes);
        v.field(1usize, "mime_type", &self.mime_type);
        v.field(2usize, "processing_metadata", &self.processing_metadata);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for File {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.hashes.read_from(r),
            1usize => self.mime_type.read_from(r),
            2usize => self.processing_metadata.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.hashes);
        w.field(1usize, &self.mime_type);
        w.field(2usize, &self.processing_metadata);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(File);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    File { with_hashes hashes : crate ::beta::Hashes; with_mime_type mime_type :
    ::std::string::String; with_processing_metadata processing_metadata : bool; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(File);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.fileAssessmentRequest`, entity type, derived from `microsoft.graph.threatAssessmentRequest`, key `id`.
///
/// Request builders: [`ThreatAssessmentRequestPath`](requests/trait.ThreatAssessmentRequestPath.html), what a path to one (`EntityPath<FileAssessmentRequest, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct FileAssessmentRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `category`: `microsoft.graph.threatCategory`, not nullable.
    pub category: rt::Field<crate::beta::ThreatCategory>,
    /// CSDL: property `contentType`: `microsoft.graph.threatAssessmentContentType`, nullable.
    pub content_type: rt::Field<crate::beta::ThreatAssessmentContentType>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `expectedAssessment`: `microsoft.graph.threatExpectedAssessment`, not nullable.
    pub expected_assessment: rt::Field<crate::beta::ThreatExpectedAssessment>,
    /// CSDL: property `requestSource`: `microsoft.graph.threatAssessmentRequestSource`, nullable.
    pub request_source: rt::Field<crate::beta::ThreatAssessmentRequestSource>,
    /// CSDL: property `status`: `microsoft.graph.threatAssessmentStatus`, nullable.
    pub status: rt::Field<crate::beta::ThreatAssessmentStatus>,
    /// CSDL: containment navigation property `results`: `Collection(microsoft.graph.threatAssessmentResult)`, not nullable.
    pub results: rt::Field<::std::vec::Vec<crate::beta::ThreatAssessmentResult>>,
    /// CSDL: property `contentData`: `Edm.String`, not nullable.
    pub content_data: rt::Field<::std::string::String>,
    /// CSDL: property `fileName`: `Edm.String`, not nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for FileAssessmentRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            category: rt::Field::Absent,
            content_type: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            expected_assessment: rt::Field::Absent,
            request_source: rt::Field::Absent,
            status: rt::Field::Absent,
            results: rt::Field::Absent,
            content_data: rt::Field::Absent,
            file_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for FileAssessmentRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.fileAssessmentRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "category",
        "contentType",
        "createdBy",
        "createdDateTime",
        "expectedAssessment",
        "requestSource",
        "status",
        "results",
        "contentData",
        "fileName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"category\":                     ",
        ",\"contentType\":                  ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"expectedAssessment\":           ",
        ",\"requestSource\":                ",
        ",\"status\":                       ",
        ",\"results\":                      ",
        ",\"contentData\":                  ",
        ",\"fileName\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fileAssessmentRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "category", &self.category);
        v.field(2usize, "content_type", &self.content_type);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "expected_assessment", &self.expected_assessment);
        v.field(6usize, "request_source", &self.request_source);
        v.field(7usize, "status", &self.status);
        v.field(8usize, "results", &self.results);
        v.field(9usize, "content_data", &self.content_data);
        v.field(10usize, "file_name", &self.file_name);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for FileAssessmentRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.category.read_from(r),
            2usize => self.content_type.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.expected_assessment.read_from(r),
            6usize => self.request_source.read_from(r),
            7usize => self.status.read_from(r),
            8usize => self.results.read_from(r),
            9usize => self.content_data.read_from(r),
            10usize => self.file_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.category);
        w.field(2usize, &self.content_type);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.expected_assessment);
        w.field(6usize, &self.request_source);
        w.field(7usize, &self.status);
        w.field(8usize, &self.results);
        w.field(9usize, &self.content_data);
        w.field(10usize, &self.file_name);
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
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_object!(FileAssessmentRequest);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    FileAssessmentRequest { with_id id : ::std::string::String; with_category category :
    crate ::beta::ThreatCategory; with_content_type content_type : crate
    ::beta::ThreatAssessmentContentType; with_created_by created_by : crate
    ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_expected_assessment expected_assessment : crate
    ::beta::ThreatExpectedAssessment; with_request_source request_source : crate
    ::beta::ThreatAssessmentRequestSource; with_status status : crate
    ::beta::ThreatAssessmentStatus; with_results results : ::std::vec::Vec < crate
    ::beta::ThreatAssessmentResult >; with_content_data content_data :
    ::std::string::String; with_file_name file_name : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileAssessmentRequest);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.fileSystemInfo`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct FileSystemInfo {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastAccessedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_accessed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for FileSystemInfo {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            last_accessed_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for FileSystemInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.fileSystemInfo";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "lastAccessedDateTime",
        "lastModifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"lastAccessedDateTime\":         ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fileSystemInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "last_accessed_date_time", &self.last_accessed_date_time);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for FileSystemInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.last_accessed_date_time.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.last_accessed_date_time);
        w.field(2usize, &self.last_modified_date_time);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(FileSystemInfo);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    FileSystemInfo { with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_last_accessed_date_time last_accessed_date_time : rt::edm::DateTimeOffset;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileSystemInfo);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.fileVaultState`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FileVaultState {
    /// `success` (value 0).
    Success,
    /// `driveEncryptedByUser` (value 1).
    DriveEncryptedByUser,
    /// `userDeferredEncryption` (value 2).
    UserDeferredEncryption,
    /// `escrowNotEnabled` (value 4).
    EscrowNotEnabled,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for FileVaultState {
    const TYPE_NAME: &'static str = "microsoft.graph.fileVaultState";
    const MEMBERS: &'static [&'static str] = &[
        "success",
        "driveEncryptedByUser",
        "userDeferredEncryption",
        "escrowNotEnabled",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "success" => Self::Success,
                "driveEncryptedByUser" => Self::DriveEncryptedByUser,
                "userDeferredEncryption" => Self::UserDeferredEncryption,
                "escrowNotEnabled" => Self::EscrowNotEnabled,
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
            Self::DriveEncryptedByUser => "driveEncryptedByUser",
            Self::UserDeferredEncryption => "userDeferredEncryption",
            Self::EscrowNotEnabled => "escrowNotEnabled",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(FileVaultState);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileVaultState);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.filterMode`, enum type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-policies`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FilterMode {
    /// `include` (value 0).
    Include,
    /// `exclude` (value 1).
    Exclude,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::StrEnum for FilterMode {
    const TYPE_NAME: &'static str = "microsoft.graph.filterMode";
    const MEMBERS: &'static [&'static str] = &["include", "exclude"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "include" => Self::Include,
                "exclude" => Self::Exclude,
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
            Self::Include => "include",
            Self::Exclude => "exclude",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_enum!(FilterMode);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FilterMode);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.firewallCertificateRevocationListCheckMethodType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FirewallCertificateRevocationListCheckMethodType {
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// `none` (value 1).
    None,
    /// `attempt` (value 2).
    Attempt,
    /// `require` (value 3).
    Require,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for FirewallCertificateRevocationListCheckMethodType {
    const TYPE_NAME: &'static str = "microsoft.graph.firewallCertificateRevocationListCheckMethodType";
    const MEMBERS: &'static [&'static str] = &[
        "deviceDefault",
        "none",
        "attempt",
        "require",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceDefault" => Self::DeviceDefault,
                "none" => Self::None,
                "attempt" => Self::Attempt,
                "require" => Self::Require,
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
            Self::DeviceDefault => "deviceDefault",
            Self::None => "none",
            Self::Attempt => "attempt",
            Self::Require => "require",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(FirewallCertificateRevocationListCheckMethodType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FirewallCertificateRevocationListCheckMethodType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.firewallPreSharedKeyEncodingMethodType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FirewallPreSharedKeyEncodingMethodType {
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// `none` (value 1).
    None,
    /// `utF8` (value 2).
    UtF8,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for FirewallPreSharedKeyEncodingMethodType {
    const TYPE_NAME: &'static str = "microsoft.graph.firewallPreSharedKeyEncodingMethodType";
    const MEMBERS: &'static [&'static str] = &["deviceDefault", "none", "utF8"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceDefault" => Self::DeviceDefault,
                "none" => Self::None,
                "utF8" => Self::UtF8,
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
            Self::DeviceDefault => "deviceDefault",
            Self::None => "none",
            Self::UtF8 => "utF8",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(FirewallPreSharedKeyEncodingMethodType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FirewallPreSharedKeyEncodingMethodType);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.folder`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Folder {
    /// CSDL: property `childCount`: `Edm.Int32`, nullable.
    pub child_count: rt::Field<i32>,
    /// CSDL: property `view`: `microsoft.graph.folderView`, nullable.
    pub view: rt::Field<crate::beta::FolderView>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for Folder {
    #[inline]
    fn default() -> Self {
        Self {
            child_count: rt::Field::Absent,
            view: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for Folder {
    const TYPE_NAME: &'static str = "microsoft.graph.folder";
    const KEYS: &'static [&'static str] = &["childCount", "view"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"childCount\":                   ",
        ",\"view\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.folder\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "child_count", &self.child_count);
        v.field(1usize, "view", &self.view);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for Folder {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.child_count.read_from(r),
            1usize => self.view.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.child_count);
        w.field(1usize, &self.view);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(Folder);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    Folder { with_child_count child_count : i32; with_view view : crate
    ::beta::FolderView; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(Folder);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.folderProtectionType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FolderProtectionType {
    /// `userDefined` (value 0).
    UserDefined,
    /// `enable` (value 1).
    Enable,
    /// `auditMode` (value 2).
    AuditMode,
    /// `blockDiskModification` (value 3).
    BlockDiskModification,
    /// `auditDiskModification` (value 4).
    AuditDiskModification,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for FolderProtectionType {
    const TYPE_NAME: &'static str = "microsoft.graph.folderProtectionType";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "enable",
        "auditMode",
        "blockDiskModification",
        "auditDiskModification",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "enable" => Self::Enable,
                "auditMode" => Self::AuditMode,
                "blockDiskModification" => Self::BlockDiskModification,
                "auditDiskModification" => Self::AuditDiskModification,
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
            Self::Enable => "enable",
            Self::AuditMode => "auditMode",
            Self::BlockDiskModification => "blockDiskModification",
            Self::AuditDiskModification => "auditDiskModification",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(FolderProtectionType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FolderProtectionType);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.folderView`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct FolderView {
    /// CSDL: property `sortBy`: `Edm.String`, nullable.
    pub sort_by: rt::Field<::std::string::String>,
    /// CSDL: property `sortOrder`: `Edm.String`, nullable.
    pub sort_order: rt::Field<::std::string::String>,
    /// CSDL: property `viewType`: `Edm.String`, nullable.
    pub view_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for FolderView {
    #[inline]
    fn default() -> Self {
        Self {
            sort_by: rt::Field::Absent,
            sort_order: rt::Field::Absent,
            view_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for FolderView {
    const TYPE_NAME: &'static str = "microsoft.graph.folderView";
    const KEYS: &'static [&'static str] = &["sortBy", "sortOrder", "viewType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"sortBy\":                       ",
        ",\"sortOrder\":                    ",
        ",\"viewType\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.folderView\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "sort_by", &self.sort_by);
        v.field(1usize, "sort_order", &self.sort_order);
        v.field(2usize, "view_type", &self.view_type);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for FolderView {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.sort_by.read_from(r),
            1usize => self.sort_order.read_from(r),
            2usize => self.view_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.sort_by);
        w.field(1usize, &self.sort_order);
        w.field(2usize, &self.view_type);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(FolderView);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    FolderView { with_sort_by sort_by : ::std::string::String; with_sort_order sort_order
    : ::std::string::String; with_view_type view_type : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(FolderView);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.freeBusyError`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct FreeBusyError {
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `responseCode`: `Edm.String`, nullable.
    pub response_code: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for FreeBusyError {
    #[inline]
    fn default() -> Self {
        Self {
            message: rt::Field::Absent,
            response_code: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for FreeBusyError {
    const TYPE_NAME: &'static str = "microsoft.graph.freeBusyError";
    const KEYS: &'static [&'static str] = &["message", "responseCode"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"message\":                      ",
        ",\"responseCode\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.freeBusyError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message", &self.message);
        v.field(1usize, "response_code", &self.response_code);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for FreeBusyError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message.read_from(r),
            1usize => self.response_code.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message);
        w.field(1usize, &self.response_code);
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
rt::impl_object!(FreeBusyError);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    FreeBusyError { with_message message : ::std::string::String; with_response_code
    response_code : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(FreeBusyError);
