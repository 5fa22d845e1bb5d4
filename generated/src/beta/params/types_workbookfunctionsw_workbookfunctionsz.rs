//! Items of `params` by the first letters of their types' names (`workbookfunctionsw_workbookfunctionsz`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.weekNum`.
/// - `serialNumber`: `microsoft.graph.Json`
/// - `returnType`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsWeekNumParams {
    /// CSDL: property `serialNumber`: `microsoft.graph.Json`, nullable.
    pub serial_number: rt::Field<crate::beta::Json>,
    /// CSDL: property `returnType`: `microsoft.graph.Json`, nullable.
    pub return_type: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsWeekNumParams {
    #[inline]
    fn default() -> Self {
        Self {
            serial_number: rt::Field::Absent,
            return_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsWeekNumParams {
    const TYPE_NAME: &'static str = "microsoft.graph.weekNum(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["serialNumber", "returnType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"serialNumber\":",
        ",\"returnType\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.weekNum(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.serial_number.read_from(r),
            1usize => self.return_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.serial_number);
        w.field(1usize, &self.return_type);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.serial_number),
            1usize => ::std::option::Option::Some(&self.return_type),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "serial_number", &self.serial_number);
        d.field(1usize, "return_type", &self.return_type);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsWeekNumParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsWeekNumParams { with_serial_number serial_number : crate
    ::beta::Json; with_return_type return_type : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsWeekNumParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.weekday`.
/// - `serialNumber`: `microsoft.graph.Json`
/// - `returnType`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsWeekdayParams {
    /// CSDL: property `serialNumber`: `microsoft.graph.Json`, nullable.
    pub serial_number: rt::Field<crate::beta::Json>,
    /// CSDL: property `returnType`: `microsoft.graph.Json`, nullable.
    pub return_type: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsWeekdayParams {
    #[inline]
    fn default() -> Self {
        Self {
            serial_number: rt::Field::Absent,
            return_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsWeekdayParams {
    const TYPE_NAME: &'static str = "microsoft.graph.weekday(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["serialNumber", "returnType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"serialNumber\":",
        ",\"returnType\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.weekday(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.serial_number.read_from(r),
            1usize => self.return_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.serial_number);
        w.field(1usize, &self.return_type);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.serial_number),
            1usize => ::std::option::Option::Some(&self.return_type),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "serial_number", &self.serial_number);
        d.field(1usize, "return_type", &self.return_type);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsWeekdayParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsWeekdayParams { with_serial_number serial_number : crate
    ::beta::Json; with_return_type return_type : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsWeekdayParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.weibull_Dist`.
/// - `x`: `microsoft.graph.Json`
/// - `alpha`: `microsoft.graph.Json`
/// - `beta`: `microsoft.graph.Json`
/// - `cumulative`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsWeibullDistParams {
    /// CSDL: property `x`: `microsoft.graph.Json`, nullable.
    pub x: rt::Field<crate::beta::Json>,
    /// CSDL: property `alpha`: `microsoft.graph.Json`, nullable.
    pub alpha: rt::Field<crate::beta::Json>,
    /// CSDL: property `beta`: `microsoft.graph.Json`, nullable.
    pub beta: rt::Field<crate::beta::Json>,
    /// CSDL: property `cumulative`: `microsoft.graph.Json`, nullable.
    pub cumulative: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsWeibullDistParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            alpha: rt::Field::Absent,
            beta: rt::Field::Absent,
            cumulative: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsWeibullDistParams {
    const TYPE_NAME: &'static str = "microsoft.graph.weibull_Dist(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x", "alpha", "beta", "cumulative"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"x\":",
        ",\"alpha\":",
        ",\"beta\":",
        ",\"cumulative\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.weibull_Dist(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.x.read_from(r),
            1usize => self.alpha.read_from(r),
            2usize => self.beta.read_from(r),
            3usize => self.cumulative.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.x);
        w.field(1usize, &self.alpha);
        w.field(2usize, &self.beta);
        w.field(3usize, &self.cumulative);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.x),
            1usize => ::std::option::Option::Some(&self.alpha),
            2usize => ::std::option::Option::Some(&self.beta),
            3usize => ::std::option::Option::Some(&self.cumulative),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "x", &self.x);
        d.field(1usize, "alpha", &self.alpha);
        d.field(2usize, "beta", &self.beta);
        d.field(3usize, "cumulative", &self.cumulative);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsWeibullDistParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsWeibullDistParams { with_x x : crate ::beta::Json; with_alpha alpha
    : crate ::beta::Json; with_beta beta : crate ::beta::Json; with_cumulative cumulative
    : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsWeibullDistParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.workDay`.
/// - `startDate`: `microsoft.graph.Json`
/// - `days`: `microsoft.graph.Json`
/// - `holidays`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsWorkDayParams {
    /// CSDL: property `startDate`: `microsoft.graph.Json`, nullable.
    pub start_date: rt::Field<crate::beta::Json>,
    /// CSDL: property `days`: `microsoft.graph.Json`, nullable.
    pub days: rt::Field<crate::beta::Json>,
    /// CSDL: property `holidays`: `microsoft.graph.Json`, nullable.
    pub holidays: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsWorkDayParams {
    #[inline]
    fn default() -> Self {
        Self {
            start_date: rt::Field::Absent,
            days: rt::Field::Absent,
            holidays: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsWorkDayParams {
    const TYPE_NAME: &'static str = "microsoft.graph.workDay(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["startDate", "days", "holidays"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"startDate\":",
        ",\"days\":",
        ",\"holidays\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workDay(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.start_date.read_from(r),
            1usize => self.days.read_from(r),
            2usize => self.holidays.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.start_date);
        w.field(1usize, &self.days);
        w.field(2usize, &self.holidays);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.start_date),
            1usize => ::std::option::Option::Some(&self.days),
            2usize => ::std::option::Option::Some(&self.holidays),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "start_date", &self.start_date);
        d.field(1usize, "days", &self.days);
        d.field(2usize, "holidays", &self.holidays);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsWorkDayParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsWorkDayParams { with_start_date start_date : crate ::beta::Json;
    with_days days : crate ::beta::Json; with_holidays holidays : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsWorkDayParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.workDay_Intl`.
/// - `startDate`: `microsoft.graph.Json`
/// - `days`: `microsoft.graph.Json`
/// - `weekend`: `microsoft.graph.Json`
/// - `holidays`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsWorkDayIntlParams {
    /// CSDL: property `startDate`: `microsoft.graph.Json`, nullable.
    pub start_date: rt::Field<crate::beta::Json>,
    /// CSDL: property `days`: `microsoft.graph.Json`, nullable.
    pub days: rt::Field<crate::beta::Json>,
    /// CSDL: property `weekend`: `microsoft.graph.Json`, nullable.
    pub weekend: rt::Field<crate::beta::Json>,
    /// CSDL: property `holidays`: `microsoft.graph.Json`, nullable.
    pub holidays: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsWorkDayIntlParams {
    #[inline]
    fn default() -> Self {
        Self {
            start_date: rt::Field::Absent,
            days: rt::Field::Absent,
            weekend: rt::Field::Absent,
            holidays: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsWorkDayIntlParams {
    const TYPE_NAME: &'static str = "microsoft.graph.workDay_Intl(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["startDate", "days", "weekend", "holidays"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"startDate\":",
        ",\"days\":",
        ",\"weekend\":",
        ",\"holidays\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workDay_Intl(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.start_date.read_from(r),
            1usize => self.days.read_from(r),
            2usize => self.weekend.read_from(r),
            3usize => self.holidays.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.start_date);
        w.field(1usize, &self.days);
        w.field(2usize, &self.weekend);
        w.field(3usize, &self.holidays);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.start_date),
            1usize => ::std::option::Option::Some(&self.days),
            2usize => ::std::option::Option::Some(&self.weekend),
            3usize => ::std::option::Option::Some(&self.holidays),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "start_date", &self.start_date);
        d.field(1usize, "days", &self.days);
        d.field(2usize, "weekend", &self.weekend);
        d.field(3usize, "holidays", &self.holidays);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsWorkDayIntlParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsWorkDayIntlParams { with_start_date start_date : crate ::beta::Json;
    with_days days : crate ::beta::Json; with_weekend weekend : crate ::beta::Json;
    with_holidays holidays : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsWorkDayIntlParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.xirr`.
/// - `values`: `microsoft.graph.Json`
/// - `dates`: `microsoft.graph.Json`
/// - `guess`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsXirrParams {
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// CSDL: property `dates`: `microsoft.graph.Json`, nullable.
    pub dates: rt::Field<crate::beta::Json>,
    /// CSDL: property `guess`: `microsoft.graph.Json`, nullable.
    pub guess: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsXirrParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            dates: rt::Field::Absent,
            guess: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsXirrParams {
    const TYPE_NAME: &'static str = "microsoft.graph.xirr(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values", "dates", "guess"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"values\":",
        ",\"dates\":",
        ",\"guess\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.xirr(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.values.read_from(r),
            1usize => self.dates.read_from(r),
            2usize => self.guess.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.values);
        w.field(1usize, &self.dates);
        w.field(2usize, &self.guess);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.values),
            1usize => ::std::option::Option::Some(&self.dates),
            2usize => ::std::option::Option::Some(&self.guess),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "values", &self.values);
        d.field(1usize, "dates", &self.dates);
        d.field(2usize, "guess", &self.guess);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsXirrParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsXirrParams { with_values values : crate ::beta::Json; with_dates
    dates : crate ::beta::Json; with_guess guess : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsXirrParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.xnpv`.
/// - `rate`: `microsoft.graph.Json`
/// - `values`: `microsoft.graph.Json`
/// - `dates`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsXnpvParams {
    /// CSDL: property `rate`: `microsoft.graph.Json`, nullable.
    pub rate: rt::Field<crate::beta::Json>,
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// CSDL: property `dates`: `microsoft.graph.Json`, nullable.
    pub dates: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsXnpvParams {
    #[inline]
    fn default() -> Self {
        Self {
            rate: rt::Field::Absent,
            values: rt::Field::Absent,
            dates: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsXnpvParams {
    const TYPE_NAME: &'static str = "microsoft.graph.xnpv(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["rate", "values", "dates"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"rate\":",
        ",\"values\":",
        ",\"dates\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.xnpv(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.rate.read_from(r),
            1usize => self.values.read_from(r),
            2usize => self.dates.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.rate);
        w.field(1usize, &self.values);
        w.field(2usize, &self.dates);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.rate),
            1usize => ::std::option::Option::Some(&self.values),
            2usize => ::std::option::Option::Some(&self.dates),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "rate", &self.rate);
        d.field(1usize, "values", &self.values);
        d.field(2usize, "dates", &self.dates);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsXnpvParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsXnpvParams { with_rate rate : crate ::beta::Json; with_values values
    : crate ::beta::Json; with_dates dates : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsXnpvParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.xor`.
/// - `values`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsXorParams {
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsXorParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsXorParams {
    const TYPE_NAME: &'static str = "microsoft.graph.xor(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":"];
    const TAG: &'static str = "\"#microsoft.graph.xor(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.values);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.values),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "values", &self.values);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsXorParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsXorParams { with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsXorParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.year`.
/// - `serialNumber`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsYearParams {
    /// CSDL: property `serialNumber`: `microsoft.graph.Json`, nullable.
    pub serial_number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsYearParams {
    #[inline]
    fn default() -> Self {
        Self {
            serial_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsYearParams {
    const TYPE_NAME: &'static str = "microsoft.graph.year(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["serialNumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"serialNumber\":"];
    const TAG: &'static str = "\"#microsoft.graph.year(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.serial_number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.serial_number);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.serial_number),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "serial_number", &self.serial_number);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsYearParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsYearParams { with_serial_number serial_number : crate ::beta::Json;
    }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsYearParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.yearFrac`.
/// - `startDate`: `microsoft.graph.Json`
/// - `endDate`: `microsoft.graph.Json`
/// - `basis`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsYearFracParams {
    /// CSDL: property `startDate`: `microsoft.graph.Json`, nullable.
    pub start_date: rt::Field<crate::beta::Json>,
    /// CSDL: property `endDate`: `microsoft.graph.Json`, nullable.
    pub end_date: rt::Field<crate::beta::Json>,
    /// CSDL: property `basis`: `microsoft.graph.Json`, nullable.
    pub basis: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsYearFracParams {
    #[inline]
    fn default() -> Self {
        Self {
            start_date: rt::Field::Absent,
            end_date: rt::Field::Absent,
            basis: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsYearFracParams {
    const TYPE_NAME: &'static str = "microsoft.graph.yearFrac(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["startDate", "endDate", "basis"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"startDate\":",
        ",\"endDate\":",
        ",\"basis\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.yearFrac(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.start_date.read_from(r),
            1usize => self.end_date.read_from(r),
            2usize => self.basis.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.start_date);
        w.field(1usize, &self.end_date);
        w.field(2usize, &self.basis);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.start_date),
            1usize => ::std::option::Option::Some(&self.end_date),
            2usize => ::std::option::Option::Some(&self.basis),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "start_date", &self.start_date);
        d.field(1usize, "end_date", &self.end_date);
        d.field(2usize, "basis", &self.basis);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsYearFracParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsYearFracParams { with_start_date start_date : crate ::beta::Json;
    with_end_date end_date : crate ::beta::Json; with_basis basis : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsYearFracParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.yield`.
/// - `settlement`: `microsoft.graph.Json`
/// - `maturity`: `microsoft.graph.Json`
/// - `rate`: `microsoft.graph.Json`
/// - `pr`: `microsoft.graph.Json`
/// - `redemption`: `microsoft.graph.Json`
/// - `frequency`: `microsoft.graph.Json`
/// - `basis`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsYieldParams {
    /// CSDL: property `settlement`: `microsoft.graph.Json`, nullable.
    pub settlement: rt::Field<crate::beta::Json>,
    /// CSDL: property `maturity`: `microsoft.graph.Json`, nullable.
    pub maturity: rt::Field<crate::beta::Json>,
    /// CSDL: property `rate`: `microsoft.graph.Json`, nullable.
    pub rate: rt::Field<crate::beta::Json>,
    /// CSDL: property `pr`: `microsoft.graph.Json`, nullable.
    pub pr: rt::Field<crate::beta::Json>,
    /// CSDL: property `redemption`: `microsoft.graph.Json`, nullable.
    pub redemption: rt::Field<crate::beta::Json>,
    /// CSDL: property `frequency`: `microsoft.graph.Json`, nullable.
    pub frequency: rt::Field<crate::beta::Json>,
    /// CSDL: property `basis`: `microsoft.graph.Json`, nullable.
    pub basis: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsYieldParams {
    #[inline]
    fn default() -> Self {
        Self {
            settlement: rt::Field::Absent,
            maturity: rt::Field::Absent,
            rate: rt::Field::Absent,
            pr: rt::Field::Absent,
            redemption: rt::Field::Absent,
            frequency: rt::Field::Absent,
            basis: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsYieldParams {
    const TYPE_NAME: &'static str = "microsoft.graph.yield(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "settlement",
        "maturity",
        "rate",
        "pr",
        "redemption",
        "frequency",
        "basis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settlement\":",
        ",\"maturity\":",
        ",\"rate\":",
        ",\"pr\":",
        ",\"redemption\":",
        ",\"frequency\":",
        ",\"basis\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.yield(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.settlement.read_from(r),
            1usize => self.maturity.read_from(r),
            2usize => self.rate.read_from(r),
            3usize => self.pr.read_from(r),
            4usize => self.redemption.read_from(r),
            5usize => self.frequency.read_from(r),
            6usize => self.basis.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.settlement);
        w.field(1usize, &self.maturity);
        w.field(2usize, &self.rate);
        w.field(3usize, &self.pr);
        w.field(4usize, &self.redemption);
        w.field(5usize, &self.frequency);
        w.field(6usize, &self.basis);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.settlement),
            1usize => ::std::option::Option::Some(&self.maturity),
            2usize => ::std::option::Option::Some(&self.rate),
            3usize => ::std::option::Option::Some(&self.pr),
            4usize => ::std::option::Option::Some(&self.redemption),
            5usize => ::std::option::Option::Some(&self.frequency),
            6usize => ::std::option::Option::Some(&self.basis),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "settlement", &self.settlement);
        d.field(1usize, "maturity", &self.maturity);
        d.field(2usize, "rate", &self.rate);
        d.field(3usize, "pr", &self.pr);
        d.field(4usize, "redemption", &self.redemption);
        d.field(5usize, "frequency", &self.frequency);
        d.field(6usize, "basis", &self.basis);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsYieldParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsYieldParams { with_settlement settlement : crate ::beta::Json;
    with_maturity maturity : crate ::beta::Json; with_rate rate : crate ::beta::Json;
    with_pr pr : crate ::beta::Json; with_redemption redemption : crate ::beta::Json;
    with_frequency frequency : crate ::beta::Json; with_basis basis : crate ::beta::Json;
    }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsYieldParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.yieldDisc`.
/// - `settlement`: `microsoft.graph.Json`
/// - `maturity`: `microsoft.graph.Json`
/// - `pr`: `microsoft.graph.Json`
/// - `redemption`: `microsoft.graph.Json`
/// - `basis`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsYieldDiscParams {
    /// CSDL: property `settlement`: `microsoft.graph.Json`, nullable.
    pub settlement: rt::Field<crate::beta::Json>,
    /// CSDL: property `maturity`: `microsoft.graph.Json`, nullable.
    pub maturity: rt::Field<crate::beta::Json>,
    /// CSDL: property `pr`: `microsoft.graph.Json`, nullable.
    pub pr: rt::Field<crate::beta::Json>,
    /// CSDL: property `redemption`: `microsoft.graph.Json`, nullable.
    pub redemption: rt::Field<crate::beta::Json>,
    /// CSDL: property `basis`: `microsoft.graph.Json`, nullable.
    pub basis: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsYieldDiscParams {
    #[inline]
    fn default() -> Self {
        Self {
            settlement: rt::Field::Absent,
            maturity: rt::Field::Absent,
            pr: rt::Field::Absent,
            redemption: rt::Field::Absent,
            basis: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsYieldDiscParams {
    const TYPE_NAME: &'static str = "microsoft.graph.yieldDisc(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "settlement",
        "maturity",
        "pr",
        "redemption",
        "basis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settlement\":",
        ",\"maturity\":",
        ",\"pr\":",
        ",\"redemption\":",
        ",\"basis\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.yieldDisc(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.settlement.read_from(r),
            1usize => self.maturity.read_from(r),
            2usize => self.pr.read_from(r),
            3usize => self.redemption.read_from(r),
            4usize => self.basis.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.settlement);
        w.field(1usize, &self.maturity);
        w.field(2usize, &self.pr);
        w.field(3usize, &self.redemption);
        w.field(4usize, &self.basis);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.settlement),
            1usize => ::std::option::Option::Some(&self.maturity),
            2usize => ::std::option::Option::Some(&self.pr),
            3usize => ::std::option::Option::Some(&self.redemption),
            4usize => ::std::option::Option::Some(&self.basis),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "settlement", &self.settlement);
        d.field(1usize, "maturity", &self.maturity);
        d.field(2usize, "pr", &self.pr);
        d.field(3usize, "redemption", &self.redemption);
        d.field(4usize, "basis", &self.basis);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsYieldDiscParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsYieldDiscParams { with_settlement settlement : crate ::beta::Json;
    with_maturity maturity : crate ::beta::Json; with_pr pr : crate ::beta::Json;
    with_redemption redemption : crate ::beta::Json; with_basis basis : crate
    ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsYieldDiscParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.yieldMat`.
/// - `settlement`: `microsoft.graph.Json`
/// - `maturity`: `microsoft.graph.Json`
/// - `issue`: `microsoft.graph.Json`
/// - `rate`: `microsoft.graph.Json`
/// - `pr`: `microsoft.graph.Json`
/// - `basis`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsYieldMatParams {
    /// CSDL: property `settlement`: `microsoft.graph.Json`, nullable.
    pub settlement: rt::Field<crate::beta::Json>,
    /// CSDL: property `maturity`: `microsoft.graph.Json`, nullable.
    pub maturity: rt::Field<crate::beta::Json>,
    /// CSDL: property `issue`: `microsoft.graph.Json`, nullable.
    pub issue: rt::Field<crate::beta::Json>,
    /// CSDL: property `rate`: `microsoft.graph.Json`, nullable.
    pub rate: rt::Field<crate::beta::Json>,
    /// CSDL: property `pr`: `microsoft.graph.Json`, nullable.
    pub pr: rt::Field<crate::beta::Json>,
    /// CSDL: property `basis`: `microsoft.graph.Json`, nullable.
    pub basis: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsYieldMatParams {
    #[inline]
    fn default() -> Self {
        Self {
            settlement: rt::Field::Absent,
            maturity: rt::Field::Absent,
            issue: rt::Field::Absent,
            rate: rt::Field::Absent,
            pr: rt::Field::Absent,
            basis: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsYieldMatParams {
    const TYPE_NAME: &'static str = "microsoft.graph.yieldMat(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "settlement",
        "maturity",
        "issue",
        "rate",
        "pr",
        "basis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settlement\":",
        ",\"maturity\":",
        ",\"issue\":",
        ",\"rate\":",
        ",\"pr\":",
        ",\"basis\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.yieldMat(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.settlement.read_from(r),
            1usize => self.maturity.read_from(r),
            2usize => self.issue.read_from(r),
            3usize => self.rate.read_from(r),
            4usize => self.pr.read_from(r),
            5usize => self.basis.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.settlement);
        w.field(1usize, &self.maturity);
        w.field(2usize, &self.issue);
        w.field(3usize, &self.rate);
        w.field(4usize, &self.pr);
        w.field(5usize, &self.basis);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.settlement),
            1usize => ::std::option::Option::Some(&self.maturity),
            2usize => ::std::option::Option::Some(&self.issue),
            3usize => ::std::option::Option::Some(&self.rate),
            4usize => ::std::option::Option::Some(&self.pr),
            5usize => ::std::option::Option::Some(&self.basis),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "settlement", &self.settlement);
        d.field(1usize, "maturity", &self.maturity);
        d.field(2usize, "issue", &self.issue);
        d.field(3usize, "rate", &self.rate);
        d.field(4usize, "pr", &self.pr);
        d.field(5usize, "basis", &self.basis);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsYieldMatParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsYieldMatParams { with_settlement settlement : crate ::beta::Json;
    with_maturity maturity : crate ::beta::Json; with_issue issue : crate ::beta::Json;
    with_rate rate : crate ::beta::Json; with_pr pr : crate ::beta::Json; with_basis
    basis : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsYieldMatParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.z_Test`.
/// - `array`: `microsoft.graph.Json`
/// - `x`: `microsoft.graph.Json`
/// - `sigma`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsZTestParams {
    /// CSDL: property `array`: `microsoft.graph.Json`, nullable.
    pub array: rt::Field<crate::beta::Json>,
    /// CSDL: property `x`: `microsoft.graph.Json`, nullable.
    pub x: rt::Field<crate::beta::Json>,
    /// CSDL: property `sigma`: `microsoft.graph.Json`, nullable.
    pub sigma: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsZTestParams {
    #[inline]
    fn default() -> Self {
        Self {
            array: rt::Field::Absent,
            x: rt::Field::Absent,
            sigma: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsZTestParams {
    const TYPE_NAME: &'static str = "microsoft.graph.z_Test(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["array", "x", "sigma"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"array\":",
        ",\"x\":",
        ",\"sigma\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.z_Test(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.array.read_from(r),
            1usize => self.x.read_from(r),
            2usize => self.sigma.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.array);
        w.field(1usize, &self.x);
        w.field(2usize, &self.sigma);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.array),
            1usize => ::std::option::Option::Some(&self.x),
            2usize => ::std::option::Option::Some(&self.sigma),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "array", &self.array);
        d.field(1usize, "x", &self.x);
        d.field(2usize, "sigma", &self.sigma);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsZTestParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsZTestParams { with_array array : crate ::beta::Json; with_x x :
    crate ::beta::Json; with_sigma sigma : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsZTestParams);
