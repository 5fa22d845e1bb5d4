//! Types of `microsoft.graph` by the first letters of their names (`da`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.dataLossPreventionPolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DataLossPreventionPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for DataLossPreventionPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for DataLossPreventionPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.dataLossPreventionPolicy";
    const KEYS: &'static [&'static str] = &["id", "name"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dataLossPreventionPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "name", &self.name);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for DataLossPreventionPolicy {
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
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_object!(DataLossPreventionPolicy);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    DataLossPreventionPolicy { with_id id : ::std::string::String; with_name name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(DataLossPreventionPolicy);
#[cfg(msgraph_beta_data_policy_operations_or_search)]
/// CSDL: `microsoft.graph.dataPolicyOperation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-data-policy-operations`, `beta-search`.
#[derive(Clone)]
pub struct DataPolicyOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `progress`: `Edm.Double`, not nullable.
    pub progress: rt::Field<f64>,
    /// CSDL: property `status`: `microsoft.graph.dataPolicyOperationStatus`, nullable.
    pub status: rt::Field<crate::beta::DataPolicyOperationStatus>,
    /// CSDL: property `storageLocation`: `Edm.String`, nullable.
    pub storage_location: rt::Field<::std::string::String>,
    /// CSDL: property `submittedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub submitted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `userId`: `Edm.String`, not nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_data_policy_operations_or_search)]
impl ::std::default::Default for DataPolicyOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            progress: rt::Field::Absent,
            status: rt::Field::Absent,
            storage_location: rt::Field::Absent,
            submitted_date_time: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_data_policy_operations_or_search)]
impl rt::Object for DataPolicyOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.dataPolicyOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "completedDateTime",
        "progress",
        "status",
        "storageLocation",
        "submittedDateTime",
        "userId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"completedDateTime\":            ",
        ",\"progress\":                     ",
        ",\"status\":                       ",
        ",\"storageLocation\":              ",
        ",\"submittedDateTime\":            ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dataPolicyOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "completed_date_time", &self.completed_date_time);
        v.field(2usize, "progress", &self.progress);
        v.field(3usize, "status", &self.status);
        v.field(4usize, "storage_location", &self.storage_location);
        v.field(5usize, "submitted_date_time", &self.submitted_date_time);
        v.field(6usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_beta_data_policy_operations_or_search)]
impl rt::object::Members for DataPolicyOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.completed_date_time.read_from(r),
            2usize => self.progress.read_from(r),
            3usize => self.status.read_from(r),
            4usize => self.storage_location.read_from(r),
            5usize => self.submitted_date_time.read_from(r),
            6usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.completed_date_time);
        w.field(2usize, &self.progress);
        w.field(3usize, &self.status);
        w.field(4usize, &self.storage_location);
        w.field(5usize, &self.submitted_date_time);
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
#[cfg(msgraph_beta_data_policy_operations_or_search)]
rt::impl_object!(DataPolicyOperation);
#[cfg(msgraph_beta_data_policy_operations_or_search)]
rt::impl_setters!(
    DataPolicyOperation { with_id id : ::std::string::String; with_completed_date_time
    completed_date_time : rt::edm::DateTimeOffset; with_progress progress : f64;
    with_status status : crate ::beta::DataPolicyOperationStatus; with_storage_location
    storage_location : ::std::string::String; with_submitted_date_time
    submitted_date_time : rt::edm::DateTimeOffset; with_user_id user_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_data_policy_operations_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DataPolicyOperation);
#[cfg(msgraph_beta_data_policy_operations_or_search)]
/// CSDL: `microsoft.graph.dataPolicyOperationStatus`, enum type.
///
/// Features: `beta`, or one of `beta-data-policy-operations`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DataPolicyOperationStatus {
    /// `notStarted` (value 0).
    NotStarted,
    /// `running` (value 1).
    Running,
    /// `complete` (value 2).
    Complete,
    /// `failed` (value 3).
    Failed,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_data_policy_operations_or_search)]
impl rt::StrEnum for DataPolicyOperationStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.dataPolicyOperationStatus";
    const MEMBERS: &'static [&'static str] = &[
        "notStarted",
        "running",
        "complete",
        "failed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notStarted" => Self::NotStarted,
                "running" => Self::Running,
                "complete" => Self::Complete,
                "failed" => Self::Failed,
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
            Self::NotStarted => "notStarted",
            Self::Running => "running",
            Self::Complete => "complete",
            Self::Failed => "failed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_data_policy_operations_or_search)]
rt::impl_enum!(DataPolicyOperationStatus);
#[cfg(msgraph_beta_data_policy_operations_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DataPolicyOperationStatus);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.dateTimeColumn`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DateTimeColumn {
    /// CSDL: property `displayAs`: `Edm.String`, nullable.
    pub display_as: rt::Field<::std::string::String>,
    /// CSDL: property `format`: `Edm.String`, nullable.
    pub format: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for DateTimeColumn {
    #[inline]
    fn default() -> Self {
        Self {
            display_as: rt::Field::Absent,
            format: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for DateTimeColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.dateTimeColumn";
    const KEYS: &'static [&'static str] = &["displayAs", "format"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayAs\":                    ",
        ",\"format\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dateTimeColumn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_as", &self.display_as);
        v.field(1usize, "format", &self.format);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for DateTimeColumn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_as.read_from(r),
            1usize => self.format.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_as);
        w.field(1usize, &self.format);
    }
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
rt::impl_object!(DateTimeColumn);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    DateTimeColumn { with_display_as display_as : ::std::string::String; with_format
    format : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(DateTimeColumn);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.daylightTimeZoneOffset`, complex type, derived from `microsoft.graph.standardTimeZoneOffset`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DaylightTimeZoneOffset {
    /// CSDL: property `dayOccurrence`: `Edm.Int32`, nullable.
    pub day_occurrence: rt::Field<i32>,
    /// CSDL: property `dayOfWeek`: `microsoft.graph.dayOfWeek`, nullable.
    pub day_of_week: rt::Field<crate::beta::DayOfWeek>,
    /// CSDL: property `month`: `Edm.Int32`, nullable.
    pub month: rt::Field<i32>,
    /// CSDL: property `time`: `Edm.TimeOfDay`, nullable.
    pub time: rt::Field<rt::edm::TimeOfDay>,
    /// CSDL: property `year`: `Edm.Int32`, nullable.
    pub year: rt::Field<i32>,
    /// CSDL: property `daylightBias`: `Edm.Int32`, nullable.
    pub daylight_bias: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DaylightTimeZoneOffset {
    #[inline]
    fn default() -> Self {
        Self {
            day_occurrence: rt::Field::Absent,
            day_of_week: rt::Field::Absent,
            month: rt::Field::Absent,
            time: rt::Field::Absent,
            year: rt::Field::Absent,
            daylight_bias: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DaylightTimeZoneOffset {
    const TYPE_NAME: &'static str = "microsoft.graph.daylightTimeZoneOffset";
    const KEYS: &'static [&'static str] = &[
        "dayOccurrence",
        "dayOfWeek",
        "month",
        "time",
        "year",
        "daylightBias",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dayOccurrence\":                ",
        ",\"dayOfWeek\":                    ",
        ",\"month\":                        ",
        ",\"time\":                         ",
        ",\"year\":                         ",
        ",\"daylightBias\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.daylightTimeZoneOffset\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "day_occurrence", &self.day_occurrence);
        v.field(1usize, "day_of_week", &self.day_of_week);
        v.field(2usize, "month", &self.month);
        v.field(3usize, "time", &self.time);
        v.field(4usize, "year", &self.year);
        v.field(5usize, "daylight_bias", &self.daylight_bias);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DaylightTimeZoneOffset {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.day_occurrence.read_from(r),
            1usize => self.day_of_week.read_from(r),
            2usize => self.month.read_from(r),
            3usize => self.time.read_from(r),
            4usize => self.year.read_from(r),
            5usize => self.daylight_bias.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.day_occurrence);
        w.field(1usize, &self.day_of_week);
        w.field(2usize, &self.month);
        w.field(3usize, &self.time);
        w.field(4usize, &self.year);
        w.field(5usize, &self.daylight_bias);
    }
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
rt::impl_object!(DaylightTimeZoneOffset);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DaylightTimeZoneOffset { with_day_occurrence day_occurrence : i32; with_day_of_week
    day_of_week : crate ::beta::DayOfWeek; with_month month : i32; with_time time :
    rt::edm::TimeOfDay; with_year year : i32; with_daylight_bias daylight_bias : i32; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DaylightTimeZoneOffset);
