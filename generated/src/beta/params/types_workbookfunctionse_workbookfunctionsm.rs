//! Items of `params` by the first letters of their types' names (`workbookfunctionse_workbookfunctionsm`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.ecma_Ceiling`.
/// - `number`: `microsoft.graph.Json`
/// - `significance`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsEcmaCeilingParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// CSDL: property `significance`: `microsoft.graph.Json`, nullable.
    pub significance: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsEcmaCeilingParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            significance: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsEcmaCeilingParams {
    const TYPE_NAME: &'static str = "microsoft.graph.ecma_Ceiling(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "significance"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":", ",\"significance\":"];
    const TAG: &'static str = "\"#microsoft.graph.ecma_Ceiling(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.significance.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.significance);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.number),
            1usize => ::std::option::Option::Some(&self.significance),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "number", &self.number);
        d.field(1usize, "significance", &self.significance);
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
rt::impl_object!(WorkbookFunctionsEcmaCeilingParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsEcmaCeilingParams { with_number number : crate ::beta::Json;
    with_significance significance : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsEcmaCeilingParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.edate`.
/// - `startDate`: `microsoft.graph.Json`
/// - `months`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsEdateParams {
    /// CSDL: property `startDate`: `microsoft.graph.Json`, nullable.
    pub start_date: rt::Field<crate::beta::Json>,
    /// CSDL: property `months`: `microsoft.graph.Json`, nullable.
    pub months: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsEdateParams {
    #[inline]
    fn default() -> Self {
        Self {
            start_date: rt::Field::Absent,
            months: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsEdateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.edate(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["startDate", "months"];
    const KEYS_JSON: &'static [&'static str] = &[",\"startDate\":", ",\"months\":"];
    const TAG: &'static str = "\"#microsoft.graph.edate(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.start_date.read_from(r),
            1usize => self.months.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.start_date);
        w.field(1usize, &self.months);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.start_date),
            1usize => ::std::option::Option::Some(&self.months),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "start_date", &self.start_date);
        d.field(1usize, "months", &self.months);
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
rt::impl_object!(WorkbookFunctionsEdateParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsEdateParams { with_start_date start_date : crate ::beta::Json;
    with_months months : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsEdateParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.effect`.
/// - `nominalRate`: `microsoft.graph.Json`
/// - `npery`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsEffectParams {
    /// CSDL: property `nominalRate`: `microsoft.graph.Json`, nullable.
    pub nominal_rate: rt::Field<crate::beta::Json>,
    /// CSDL: property `npery`: `microsoft.graph.Json`, nullable.
    pub npery: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsEffectParams {
    #[inline]
    fn default() -> Self {
        Self {
            nominal_rate: rt::Field::Absent,
            npery: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsEffectParams {
    const TYPE_NAME: &'static str = "microsoft.graph.effect(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["nominalRate", "npery"];
    const KEYS_JSON: &'static [&'static str] = &[",\"nominalRate\":", ",\"npery\":"];
    const TAG: &'static str = "\"#microsoft.graph.effect(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.nominal_rate.read_from(r),
            1usize => self.npery.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.nominal_rate);
        w.field(1usize, &self.npery);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.nominal_rate),
            1usize => ::std::option::Option::Some(&self.npery),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "nominal_rate", &self.nominal_rate);
        d.field(1usize, "npery", &self.npery);
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
rt::impl_object!(WorkbookFunctionsEffectParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsEffectParams { with_nominal_rate nominal_rate : crate ::beta::Json;
    with_npery npery : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsEffectParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.eoMonth`.
/// - `startDate`: `microsoft.graph.Json`
/// - `months`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsEoMonthParams {
    /// CSDL: property `startDate`: `microsoft.graph.Json`, nullable.
    pub start_date: rt::Field<crate::beta::Json>,
    /// CSDL: property `months`: `microsoft.graph.Json`, nullable.
    pub months: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsEoMonthParams {
    #[inline]
    fn default() -> Self {
        Self {
            start_date: rt::Field::Absent,
            months: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsEoMonthParams {
    const TYPE_NAME: &'static str = "microsoft.graph.eoMonth(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["startDate", "months"];
    const KEYS_JSON: &'static [&'static str] = &[",\"startDate\":", ",\"months\":"];
    const TAG: &'static str = "\"#microsoft.graph.eoMonth(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.start_date.read_from(r),
            1usize => self.months.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.start_date);
        w.field(1usize, &self.months);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.start_date),
            1usize => ::std::option::Option::Some(&self.months),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "start_date", &self.start_date);
        d.field(1usize, "months", &self.months);
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
rt::impl_object!(WorkbookFunctionsEoMonthParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsEoMonthParams { with_start_date start_date : crate ::beta::Json;
    with_months months : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsEoMonthParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.erf`.
/// - `lowerLimit`: `microsoft.graph.Json`
/// - `upperLimit`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsErfParams {
    /// CSDL: property `lowerLimit`: `microsoft.graph.Json`, nullable.
    pub lower_limit: rt::Field<crate::beta::Json>,
    /// CSDL: property `upperLimit`: `microsoft.graph.Json`, nullable.
    pub upper_limit: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsErfParams {
    #[inline]
    fn default() -> Self {
        Self {
            lower_limit: rt::Field::Absent,
            upper_limit: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsErfParams {
    const TYPE_NAME: &'static str = "microsoft.graph.erf(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["lowerLimit", "upperLimit"];
    const KEYS_JSON: &'static [&'static str] = &[",\"lowerLimit\":", ",\"upperLimit\":"];
    const TAG: &'static str = "\"#microsoft.graph.erf(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.lower_limit.read_from(r),
            1usize => self.upper_limit.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.lower_limit);
        w.field(1usize, &self.upper_limit);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.lower_limit),
            1usize => ::std::option::Option::Some(&self.upper_limit),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "lower_limit", &self.lower_limit);
        d.field(1usize, "upper_limit", &self.upper_limit);
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
rt::impl_object!(WorkbookFunctionsErfParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsErfParams { with_lower_limit lower_limit : crate ::beta::Json;
    with_upper_limit upper_limit : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsErfParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.erfC`.
/// - `x`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsErfCParams {
    /// CSDL: property `x`: `microsoft.graph.Json`, nullable.
    pub x: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsErfCParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsErfCParams {
    const TYPE_NAME: &'static str = "microsoft.graph.erfC(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x"];
    const KEYS_JSON: &'static [&'static str] = &[",\"x\":"];
    const TAG: &'static str = "\"#microsoft.graph.erfC(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.x.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.x);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.x),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "x", &self.x);
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
rt::impl_object!(WorkbookFunctionsErfCParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(WorkbookFunctionsErfCParams { with_x x : crate ::beta::Json; });
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsErfCParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.erfC_Precise`.
/// - `X`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsErfCPreciseParams {
    /// CSDL: property `X`: `microsoft.graph.Json`, nullable.
    pub x: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsErfCPreciseParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsErfCPreciseParams {
    const TYPE_NAME: &'static str = "microsoft.graph.erfC_Precise(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["X"];
    const KEYS_JSON: &'static [&'static str] = &[",\"X\":"];
    const TAG: &'static str = "\"#microsoft.graph.erfC_Precise(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.x.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.x);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.x),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "x", &self.x);
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
rt::impl_object!(WorkbookFunctionsErfCPreciseParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(WorkbookFunctionsErfCPreciseParams { with_x x : crate ::beta::Json; });
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsErfCPreciseParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.erf_Precise`.
/// - `X`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsErfPreciseParams {
    /// CSDL: property `X`: `microsoft.graph.Json`, nullable.
    pub x: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsErfPreciseParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsErfPreciseParams {
    const TYPE_NAME: &'static str = "microsoft.graph.erf_Precise(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["X"];
    const KEYS_JSON: &'static [&'static str] = &[",\"X\":"];
    const TAG: &'static str = "\"#microsoft.graph.erf_Precise(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.x.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.x);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.x),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "x", &self.x);
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
rt::impl_object!(WorkbookFunctionsErfPreciseParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(WorkbookFunctionsErfPreciseParams { with_x x : crate ::beta::Json; });
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsErfPreciseParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.error_Type`.
/// - `errorVal`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsErrorTypeParams {
    /// CSDL: property `errorVal`: `microsoft.graph.Json`, nullable.
    pub error_val: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsErrorTypeParams {
    #[inline]
    fn default() -> Self {
        Self {
            error_val: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsErrorTypeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.error_Type(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["errorVal"];
    const KEYS_JSON: &'static [&'static str] = &[",\"errorVal\":"];
    const TAG: &'static str = "\"#microsoft.graph.error_Type(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.error_val.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.error_val);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.error_val),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "error_val", &self.error_val);
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
rt::impl_object!(WorkbookFunctionsErrorTypeParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsErrorTypeParams { with_error_val error_val : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsErrorTypeParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.even`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsEvenParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsEvenParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsEvenParams {
    const TYPE_NAME: &'static str = "microsoft.graph.even(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":"];
    const TAG: &'static str = "\"#microsoft.graph.even(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.number),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "number", &self.number);
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
rt::impl_object!(WorkbookFunctionsEvenParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsEvenParams { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsEvenParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.exact`.
/// - `text1`: `microsoft.graph.Json`
/// - `text2`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsExactParams {
    /// CSDL: property `text1`: `microsoft.graph.Json`, nullable.
    pub text1: rt::Field<crate::beta::Json>,
    /// CSDL: property `text2`: `microsoft.graph.Json`, nullable.
    pub text2: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsExactParams {
    #[inline]
    fn default() -> Self {
        Self {
            text1: rt::Field::Absent,
            text2: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsExactParams {
    const TYPE_NAME: &'static str = "microsoft.graph.exact(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text1", "text2"];
    const KEYS_JSON: &'static [&'static str] = &[",\"text1\":", ",\"text2\":"];
    const TAG: &'static str = "\"#microsoft.graph.exact(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.text1.read_from(r),
            1usize => self.text2.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.text1);
        w.field(1usize, &self.text2);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.text1),
            1usize => ::std::option::Option::Some(&self.text2),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "text1", &self.text1);
        d.field(1usize, "text2", &self.text2);
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
rt::impl_object!(WorkbookFunctionsExactParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsExactParams { with_text1 text1 : crate ::beta::Json; with_text2
    text2 : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsExactParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.exp`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsExpParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsExpParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsExpParams {
    const TYPE_NAME: &'static str = "microsoft.graph.exp(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":"];
    const TAG: &'static str = "\"#microsoft.graph.exp(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.number),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "number", &self.number);
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
rt::impl_object!(WorkbookFunctionsExpParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsExpParams { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsExpParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.expon_Dist`.
/// - `x`: `microsoft.graph.Json`
/// - `lambda`: `microsoft.graph.Json`
/// - `cumulative`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsExponDistParams {
    /// CSDL: property `x`: `microsoft.graph.Json`, nullable.
    pub x: rt::Field<crate::beta::Json>,
    /// CSDL: property `lambda`: `microsoft.graph.Json`, nullable.
    pub lambda: rt::Field<crate::beta::Json>,
    /// CSDL: property `cumulative`: `microsoft.graph.Json`, nullable.
    pub cumulative: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsExponDistParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            lambda: rt::Field::Absent,
            cumulative: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsExponDistParams {
    const TYPE_NAME: &'static str = "microsoft.graph.expon_Dist(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x", "lambda", "cumulative"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"x\":",
        ",\"lambda\":",
        ",\"cumulative\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.expon_Dist(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.x.read_from(r),
            1usize => self.lambda.read_from(r),
            2usize => self.cumulative.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.x);
        w.field(1usize, &self.lambda);
        w.field(2usize, &self.cumulative);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.x),
            1usize => ::std::option::Option::Some(&self.lambda),
            2usize => ::std::option::Option::Some(&self.cumulative),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "x", &self.x);
        d.field(1usize, "lambda", &self.lambda);
        d.field(2usize, "cumulative", &self.cumulative);
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
rt::impl_object!(WorkbookFunctionsExponDistParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsExponDistParams { with_x x : crate ::beta::Json; with_lambda lambda
    : crate ::beta::Json; with_cumulative cumulative : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsExponDistParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.f_Dist`.
/// - `x`: `microsoft.graph.Json`
/// - `degFreedom1`: `microsoft.graph.Json`
/// - `degFreedom2`: `microsoft.graph.Json`
/// - `cumulative`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsFDistParams {
    /// CSDL: property `x`: `microsoft.graph.Json`, nullable.
    pub x: rt::Field<crate::beta::Json>,
    /// CSDL: property `degFreedom1`: `microsoft.graph.Json`, nullable.
    pub deg_freedom1: rt::Field<crate::beta::Json>,
    /// CSDL: property `degFreedom2`: `microsoft.graph.Json`, nullable.
    pub deg_freedom2: rt::Field<crate::beta::Json>,
    /// CSDL: property `cumulative`: `microsoft.graph.Json`, nullable.
    pub cumulative: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsFDistParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            deg_freedom1: rt::Field::Absent,
            deg_freedom2: rt::Field::Absent,
            cumulative: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsFDistParams {
    const TYPE_NAME: &'static str = "microsoft.graph.f_Dist(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "x",
        "degFreedom1",
        "degFreedom2",
        "cumulative",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"x\":",
        ",\"degFreedom1\":",
        ",\"degFreedom2\":",
        ",\"cumulative\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.f_Dist(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.x.read_from(r),
            1usize => self.deg_freedom1.read_from(r),
            2usize => self.deg_freedom2.read_from(r),
            3usize => self.cumulative.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.x);
        w.field(1usize, &self.deg_freedom1);
        w.field(2usize, &self.deg_freedom2);
        w.field(3usize, &self.cumulative);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.x),
            1usize => ::std::option::Option::Some(&self.deg_freedom1),
            2usize => ::std::option::Option::Some(&self.deg_freedom2),
            3usize => ::std::option::Option::Some(&self.cumulative),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "x", &self.x);
        d.field(1usize, "deg_freedom1", &self.deg_freedom1);
        d.field(2usize, "deg_freedom2", &self.deg_freedom2);
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
rt::impl_object!(WorkbookFunctionsFDistParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsFDistParams { with_x x : crate ::beta::Json; with_deg_freedom1
    deg_freedom1 : crate ::beta::Json; with_deg_freedom2 deg_freedom2 : crate
    ::beta::Json; with_cumulative cumulative : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFDistParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.f_Dist_RT`.
/// - `x`: `microsoft.graph.Json`
/// - `degFreedom1`: `microsoft.graph.Json`
/// - `degFreedom2`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsFDistRtParams {
    /// CSDL: property `x`: `microsoft.graph.Json`, nullable.
    pub x: rt::Field<crate::beta::Json>,
    /// CSDL: property `degFreedom1`: `microsoft.graph.Json`, nullable.
    pub deg_freedom1: rt::Field<crate::beta::Json>,
    /// CSDL: property `degFreedom2`: `microsoft.graph.Json`, nullable.
    pub deg_freedom2: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsFDistRtParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            deg_freedom1: rt::Field::Absent,
            deg_freedom2: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsFDistRtParams {
    const TYPE_NAME: &'static str = "microsoft.graph.f_Dist_RT(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x", "degFreedom1", "degFreedom2"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"x\":",
        ",\"degFreedom1\":",
        ",\"degFreedom2\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.f_Dist_RT(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.x.read_from(r),
            1usize => self.deg_freedom1.read_from(r),
            2usize => self.deg_freedom2.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.x);
        w.field(1usize, &self.deg_freedom1);
        w.field(2usize, &self.deg_freedom2);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.x),
            1usize => ::std::option::Option::Some(&self.deg_freedom1),
            2usize => ::std::option::Option::Some(&self.deg_freedom2),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "x", &self.x);
        d.field(1usize, "deg_freedom1", &self.deg_freedom1);
        d.field(2usize, "deg_freedom2", &self.deg_freedom2);
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
rt::impl_object!(WorkbookFunctionsFDistRtParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsFDistRtParams { with_x x : crate ::beta::Json; with_deg_freedom1
    deg_freedom1 : crate ::beta::Json; with_deg_freedom2 deg_freedom2 : crate
    ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFDistRtParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.f_Inv`.
/// - `probability`: `microsoft.graph.Json`
/// - `degFreedom1`: `microsoft.graph.Json`
/// - `degFreedom2`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsFInvParams {
    /// CSDL: property `probability`: `microsoft.graph.Json`, nullable.
    pub probability: rt::Field<crate::beta::Json>,
    /// CSDL: property `degFreedom1`: `microsoft.graph.Json`, nullable.
    pub deg_freedom1: rt::Field<crate::beta::Json>,
    /// CSDL: property `degFreedom2`: `microsoft.graph.Json`, nullable.
    pub deg_freedom2: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsFInvParams {
    #[inline]
    fn default() -> Self {
        Self {
            probability: rt::Field::Absent,
            deg_freedom1: rt::Field::Absent,
            deg_freedom2: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsFInvParams {
    const TYPE_NAME: &'static str = "microsoft.graph.f_Inv(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["probability", "degFreedom1", "degFreedom2"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"probability\":",
        ",\"degFreedom1\":",
        ",\"degFreedom2\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.f_Inv(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.probability.read_from(r),
            1usize => self.deg_freedom1.read_from(r),
            2usize => self.deg_freedom2.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.probability);
        w.field(1usize, &self.deg_freedom1);
        w.field(2usize, &self.deg_freedom2);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.probability),
            1usize => ::std::option::Option::Some(&self.deg_freedom1),
            2usize => ::std::option::Option::Some(&self.deg_freedom2),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "probability", &self.probability);
        d.field(1usize, "deg_freedom1", &self.deg_freedom1);
        d.field(2usize, "deg_freedom2", &self.deg_freedom2);
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
rt::impl_object!(WorkbookFunctionsFInvParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsFInvParams { with_probability probability : crate ::beta::Json;
    with_deg_freedom1 deg_freedom1 : crate ::beta::Json; with_deg_freedom2 deg_freedom2 :
    crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFInvParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.f_Inv_RT`.
/// - `probability`: `microsoft.graph.Json`
/// - `degFreedom1`: `microsoft.graph.Json`
/// - `degFreedom2`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsFInvRtParams {
    /// CSDL: property `probability`: `microsoft.graph.Json`, nullable.
    pub probability: rt::Field<crate::beta::Json>,
    /// CSDL: property `degFreedom1`: `microsoft.graph.Json`, nullable.
    pub deg_freedom1: rt::Field<crate::beta::Json>,
    /// CSDL: property `degFreedom2`: `microsoft.graph.Json`, nullable.
    pub deg_freedom2: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsFInvRtParams {
    #[inline]
    fn default() -> Self {
        Self {
            probability: rt::Field::Absent,
            deg_freedom1: rt::Field::Absent,
            deg_freedom2: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsFInvRtParams {
    const TYPE_NAME: &'static str = "microsoft.graph.f_Inv_RT(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["probability", "degFreedom1", "degFreedom2"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"probability\":",
        ",\"degFreedom1\":",
        ",\"degFreedom2\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.f_Inv_RT(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.probability.read_from(r),
            1usize => self.deg_freedom1.read_from(r),
            2usize => self.deg_freedom2.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.probability);
        w.field(1usize, &self.deg_freedom1);
        w.field(2usize, &self.deg_freedom2);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.probability),
            1usize => ::std::option::Option::Some(&self.deg_freedom1),
            2usize => ::std::option::Option::Some(&self.deg_freedom2),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "probability", &self.probability);
        d.field(1usize, "deg_freedom1", &self.deg_freedom1);
        d.field(2usize, "deg_freedom2", &self.deg_freedom2);
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
rt::impl_object!(WorkbookFunctionsFInvRtParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsFInvRtParams { with_probability probability : crate ::beta::Json;
    with_deg_freedom1 deg_freedom1 : crate ::beta::Json; with_deg_freedom2 deg_freedom2 :
    crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFInvRtParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.fact`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsFactParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsFactParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsFactParams {
    const TYPE_NAME: &'static str = "microsoft.graph.fact(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":"];
    const TAG: &'static str = "\"#microsoft.graph.fact(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.number),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "number", &self.number);
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
rt::impl_object!(WorkbookFunctionsFactParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsFactParams { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFactParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.factDouble`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsFactDoubleParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsFactDoubleParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsFactDoubleParams {
    const TYPE_NAME: &'static str = "microsoft.graph.factDouble(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":"];
    const TAG: &'static str = "\"#microsoft.graph.factDouble(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.number),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "number", &self.number);
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
rt::impl_object!(WorkbookFunctionsFactDoubleParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsFactDoubleParams { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFactDoubleParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.find`.
/// - `findText`: `microsoft.graph.Json`
/// - `withinText`: `microsoft.graph.Json`
/// - `startNum`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsFindParams {
    /// CSDL: property `findText`: `microsoft.graph.Json`, nullable.
    pub find_text: rt::Field<crate::beta::Json>,
    /// CSDL: property `withinText`: `microsoft.graph.Json`, nullable.
    pub within_text: rt::Field<crate::beta::Json>,
    /// CSDL: property `startNum`: `microsoft.graph.Json`, nullable.
    pub start_num: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsFindParams {
    #[inline]
    fn default() -> Self {
        Self {
            find_text: rt::Field::Absent,
            within_text: rt::Field::Absent,
            start_num: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsFindParams {
    const TYPE_NAME: &'static str = "microsoft.graph.find(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["findText", "withinText", "startNum"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"findText\":",
        ",\"withinText\":",
        ",\"startNum\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.find(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.find_text.read_from(r),
            1usize => self.within_text.read_from(r),
            2usize => self.start_num.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.find_text);
        w.field(1usize, &self.within_text);
        w.field(2usize, &self.start_num);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.find_text),
            1usize => ::std::option::Option::Some(&self.within_text),
            2usize => ::std::option::Option::Some(&self.start_num),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "find_text", &self.find_text);
        d.field(1usize, "within_text", &self.within_text);
        d.field(2usize, "start_num", &self.start_num);
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
rt::impl_object!(WorkbookFunctionsFindParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsFindParams { with_find_text find_text : crate ::beta::Json;
    with_within_text within_text : crate ::beta::Json; with_start_num start_num : crate
    ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFindParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.findB`.
/// - `findText`: `microsoft.graph.Json`
/// - `withinText`: `microsoft.graph.Json`
/// - `startNum`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsFindBParams {
    /// CSDL: property `findText`: `microsoft.graph.Json`, nullable.
    pub find_text: rt::Field<crate::beta::Json>,
    /// CSDL: property `withinText`: `microsoft.graph.Json`, nullable.
    pub within_text: rt::Field<crate::beta::Json>,
    /// CSDL: property `startNum`: `microsoft.graph.Json`, nullable.
    pub start_num: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsFindBParams {
    #[inline]
    fn default() -> Self {
        Self {
            find_text: rt::Field::Absent,
            within_text: rt::Field::Absent,
            start_num: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsFindBParams {
    const TYPE_NAME: &'static str = "microsoft.graph.findB(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["findText", "withinText", "startNum"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"findText\":",
        ",\"withinText\":",
        ",\"startNum\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.findB(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.find_text.read_from(r),
            1usize => self.within_text.read_from(r),
            2usize => self.start_num.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.find_text);
        w.field(1usize, &self.within_text);
        w.field(2usize, &self.start_num);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.find_text),
            1usize => ::std::option::Option::Some(&self.within_text),
            2usize => ::std::option::Option::Some(&self.start_num),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "find_text", &self.find_text);
        d.field(1usize, "within_text", &self.within_text);
        d.field(2usize, "start_num", &self.start_num);
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
rt::impl_object!(WorkbookFunctionsFindBParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsFindBParams { with_find_text find_text : crate ::beta::Json;
    with_within_text within_text : crate ::beta::Json; with_start_num start_num : crate
    ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFindBParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.fisher`.
/// - `x`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsFisherParams {
    /// CSDL: property `x`: `microsoft.graph.Json`, nullable.
    pub x: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsFisherParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsFisherParams {
    const TYPE_NAME: &'static str = "microsoft.graph.fisher(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x"];
    const KEYS_JSON: &'static [&'static str] = &[",\"x\":"];
    const TAG: &'static str = "\"#microsoft.graph.fisher(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.x.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.x);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.x),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "x", &self.x);
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
rt::impl_object!(WorkbookFunctionsFisherParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(WorkbookFunctionsFisherParams { with_x x : crate ::beta::Json; });
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFisherParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.fisherInv`.
/// - `y`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsFisherInvParams {
    /// CSDL: property `y`: `microsoft.graph.Json`, nullable.
    pub y: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsFisherInvParams {
    #[inline]
    fn default() -> Self {
        Self {
            y: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsFisherInvParams {
    const TYPE_NAME: &'static str = "microsoft.graph.fisherInv(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["y"];
    const KEYS_JSON: &'static [&'static str] = &[",\"y\":"];
    const TAG: &'static str = "\"#microsoft.graph.fisherInv(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.y.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.y);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.y),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "y", &self.y);
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
rt::impl_object!(WorkbookFunctionsFisherInvParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(WorkbookFunctionsFisherInvParams { with_y y : crate ::beta::Json; });
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFisherInvParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.fixed`.
/// - `number`: `microsoft.graph.Json`
/// - `decimals`: `microsoft.graph.Json`
/// - `noCommas`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsFixedParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// CSDL: property `decimals`: `microsoft.graph.Json`, nullable.
    pub decimals: rt::Field<crate::beta::Json>,
    /// CSDL: property `noCommas`: `microsoft.graph.Json`, nullable.
    pub no_commas: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsFixedParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            decimals: rt::Field::Absent,
            no_commas: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsFixedParams {
    const TYPE_NAME: &'static str = "microsoft.graph.fixed(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "decimals", "noCommas"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":",
        ",\"decimals\":",
        ",\"noCommas\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fixed(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.decimals.read_from(r),
            2usize => self.no_commas.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.decimals);
        w.field(2usize, &self.no_commas);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.number),
            1usize => ::std::option::Option::Some(&self.decimals),
            2usize => ::std::option::Option::Some(&self.no_commas),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "number", &self.number);
        d.field(1usize, "decimals", &self.decimals);
        d.field(2usize, "no_commas", &self.no_commas);
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
rt::impl_object!(WorkbookFunctionsFixedParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsFixedParams { with_number number : crate ::beta::Json; with_decimals
    decimals : crate ::beta::Json; with_no_commas no_commas : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFixedParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.floor_Math`.
/// - `number`: `microsoft.graph.Json`
/// - `significance`: `microsoft.graph.Json`
/// - `mode`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsFloorMathParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// CSDL: property `significance`: `microsoft.graph.Json`, nullable.
    pub significance: rt::Field<crate::beta::Json>,
    /// CSDL: property `mode`: `microsoft.graph.Json`, nullable.
    pub mode: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsFloorMathParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            significance: rt::Field::Absent,
            mode: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsFloorMathParams {
    const TYPE_NAME: &'static str = "microsoft.graph.floor_Math(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "significance", "mode"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":",
        ",\"significance\":",
        ",\"mode\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.floor_Math(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.significance.read_from(r),
            2usize => self.mode.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.significance);
        w.field(2usize, &self.mode);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.number),
            1usize => ::std::option::Option::Some(&self.significance),
            2usize => ::std::option::Option::Some(&self.mode),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "number", &self.number);
        d.field(1usize, "significance", &self.significance);
        d.field(2usize, "mode", &self.mode);
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
rt::impl_object!(WorkbookFunctionsFloorMathParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsFloorMathParams { with_number number : crate ::beta::Json;
    with_significance significance : crate ::beta::Json; with_mode mode : crate
    ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFloorMathParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.floor_Precise`.
/// - `number`: `microsoft.graph.Json`
/// - `significance`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsFloorPreciseParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// CSDL: property `significance`: `microsoft.graph.Json`, nullable.
    pub significance: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsFloorPreciseParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            significance: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsFloorPreciseParams {
    const TYPE_NAME: &'static str = "microsoft.graph.floor_Precise(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "significance"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":", ",\"significance\":"];
    const TAG: &'static str = "\"#microsoft.graph.floor_Precise(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.significance.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.significance);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.number),
            1usize => ::std::option::Option::Some(&self.significance),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "number", &self.number);
        d.field(1usize, "significance", &self.significance);
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
rt::impl_object!(WorkbookFunctionsFloorPreciseParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsFloorPreciseParams { with_number number : crate ::beta::Json;
    with_significance significance : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFloorPreciseParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.fv`.
/// - `rate`: `microsoft.graph.Json`
/// - `nper`: `microsoft.graph.Json`
/// - `pmt`: `microsoft.graph.Json`
/// - `pv`: `microsoft.graph.Json`
/// - `type`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsFvParams {
    /// CSDL: property `rate`: `microsoft.graph.Json`, nullable.
    pub rate: rt::Field<crate::beta::Json>,
    /// CSDL: property `nper`: `microsoft.graph.Json`, nullable.
    pub nper: rt::Field<crate::beta::Json>,
    /// CSDL: property `pmt`: `microsoft.graph.Json`, nullable.
    pub pmt: rt::Field<crate::beta::Json>,
    /// CSDL: property `pv`: `microsoft.graph.Json`, nullable.
    pub pv: rt::Field<crate::beta::Json>,
    /// CSDL: property `type`: `microsoft.graph.Json`, nullable.
    pub type_: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsFvParams {
    #[inline]
    fn default() -> Self {
        Self {
            rate: rt::Field::Absent,
            nper: rt::Field::Absent,
            pmt: rt::Field::Absent,
            pv: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsFvParams {
    const TYPE_NAME: &'static str = "microsoft.graph.fv(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["rate", "nper", "pmt", "pv", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"rate\":",
        ",\"nper\":",
        ",\"pmt\":",
        ",\"pv\":",
        ",\"type\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fv(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.rate.read_from(r),
            1usize => self.nper.read_from(r),
            2usize => self.pmt.read_from(r),
            3usize => self.pv.read_from(r),
            4usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.rate);
        w.field(1usize, &self.nper);
        w.field(2usize, &self.pmt);
        w.field(3usize, &self.pv);
        w.field(4usize, &self.type_);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.rate),
            1usize => ::std::option::Option::Some(&self.nper),
            2usize => ::std::option::Option::Some(&self.pmt),
            3usize => ::std::option::Option::Some(&self.pv),
            4usize => ::std::option::Option::Some(&self.type_),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "rate", &self.rate);
        d.field(1usize, "nper", &self.nper);
        d.field(2usize, "pmt", &self.pmt);
        d.field(3usize, "pv", &self.pv);
        d.field(4usize, "type_", &self.type_);
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
rt::impl_object!(WorkbookFunctionsFvParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsFvParams { with_rate rate : crate ::beta::Json; with_nper nper :
    crate ::beta::Json; with_pmt pmt : crate ::beta::Json; with_pv pv : crate
    ::beta::Json; with_type type_ : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFvParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.fvschedule`.
/// - `principal`: `microsoft.graph.Json`
/// - `schedule`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsFvscheduleParams {
    /// CSDL: property `principal`: `microsoft.graph.Json`, nullable.
    pub principal: rt::Field<crate::beta::Json>,
    /// CSDL: property `schedule`: `microsoft.graph.Json`, nullable.
    pub schedule: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsFvscheduleParams {
    #[inline]
    fn default() -> Self {
        Self {
            principal: rt::Field::Absent,
            schedule: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsFvscheduleParams {
    const TYPE_NAME: &'static str = "microsoft.graph.fvschedule(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["principal", "schedule"];
    const KEYS_JSON: &'static [&'static str] = &[",\"principal\":", ",\"schedule\":"];
    const TAG: &'static str = "\"#microsoft.graph.fvschedule(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.principal.read_from(r),
            1usize => self.schedule.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.principal);
        w.field(1usize, &self.schedule);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.principal),
            1usize => ::std::option::Option::Some(&self.schedule),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "principal", &self.principal);
        d.field(1usize, "schedule", &self.schedule);
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
rt::impl_object!(WorkbookFunctionsFvscheduleParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsFvscheduleParams { with_principal principal : crate ::beta::Json;
    with_schedule schedule : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFvscheduleParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.gamma`.
/// - `x`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsGammaParams {
    /// CSDL: property `x`: `microsoft.graph.Json`, nullable.
    pub x: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsGammaParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsGammaParams {
    const TYPE_NAME: &'static str = "microsoft.graph.gamma(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x"];
    const KEYS_JSON: &'static [&'static str] = &[",\"x\":"];
    const TAG: &'static str = "\"#microsoft.graph.gamma(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.x.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.x);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.x),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "x", &self.x);
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
rt::impl_object!(WorkbookFunctionsGammaParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(WorkbookFunctionsGammaParams { with_x x : crate ::beta::Json; });
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsGammaParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.gammaLn`.
/// - `x`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsGammaLnParams {
    /// CSDL: property `x`: `microsoft.graph.Json`, nullable.
    pub x: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsGammaLnParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsGammaLnParams {
    const TYPE_NAME: &'static str = "microsoft.graph.gammaLn(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x"];
    const KEYS_JSON: &'static [&'static str] = &[",\"x\":"];
    const TAG: &'static str = "\"#microsoft.graph.gammaLn(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.x.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.x);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.x),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "x", &self.x);
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
rt::impl_object!(WorkbookFunctionsGammaLnParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(WorkbookFunctionsGammaLnParams { with_x x : crate ::beta::Json; });
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsGammaLnParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.gammaLn_Precise`.
/// - `x`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsGammaLnPreciseParams {
    /// CSDL: property `x`: `microsoft.graph.Json`, nullable.
    pub x: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsGammaLnPreciseParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsGammaLnPreciseParams {
    const TYPE_NAME: &'static str = "microsoft.graph.gammaLn_Precise(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x"];
    const KEYS_JSON: &'static [&'static str] = &[",\"x\":"];
    const TAG: &'static str = "\"#microsoft.graph.gammaLn_Precise(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.x.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.x);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.x),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "x", &self.x);
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
rt::impl_object!(WorkbookFunctionsGammaLnPreciseParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsGammaLnPreciseParams { with_x x : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsGammaLnPreciseParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.gamma_Dist`.
/// - `x`: `microsoft.graph.Json`
/// - `alpha`: `microsoft.graph.Json`
/// - `beta`: `microsoft.graph.Json`
/// - `cumulative`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsGammaDistParams {
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
impl ::std::default::Default for WorkbookFunctionsGammaDistParams {
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
impl rt::Object for WorkbookFunctionsGammaDistParams {
    const TYPE_NAME: &'static str = "microsoft.graph.gamma_Dist(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x", "alpha", "beta", "cumulative"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"x\":",
        ",\"alpha\":",
        ",\"beta\":",
        ",\"cumulative\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.gamma_Dist(microsoft.graph.workbookFunctions)\"";
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
rt::impl_object!(WorkbookFunctionsGammaDistParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsGammaDistParams { with_x x : crate ::beta::Json; with_alpha alpha :
    crate ::beta::Json; with_beta beta : crate ::beta::Json; with_cumulative cumulative :
    crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsGammaDistParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.gamma_Inv`.
/// - `probability`: `microsoft.graph.Json`
/// - `alpha`: `microsoft.graph.Json`
/// - `beta`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsGammaInvParams {
    /// CSDL: property `probability`: `microsoft.graph.Json`, nullable.
    pub probability: rt::Field<crate::beta::Json>,
    /// CSDL: property `alpha`: `microsoft.graph.Json`, nullable.
    pub alpha: rt::Field<crate::beta::Json>,
    /// CSDL: property `beta`: `microsoft.graph.Json`, nullable.
    pub beta: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsGammaInvParams {
    #[inline]
    fn default() -> Self {
        Self {
            probability: rt::Field::Absent,
            alpha: rt::Field::Absent,
            beta: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsGammaInvParams {
    const TYPE_NAME: &'static str = "microsoft.graph.gamma_Inv(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["probability", "alpha", "beta"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"probability\":",
        ",\"alpha\":",
        ",\"beta\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.gamma_Inv(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.probability.read_from(r),
            1usize => self.alpha.read_from(r),
            2usize => self.beta.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.probability);
        w.field(1usize, &self.alpha);
        w.field(2usize, &self.beta);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.probability),
            1usize => ::std::option::Option::Some(&self.alpha),
            2usize => ::std::option::Option::Some(&self.beta),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "probability", &self.probability);
        d.field(1usize, "alpha", &self.alpha);
        d.field(2usize, "beta", &self.beta);
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
rt::impl_object!(WorkbookFunctionsGammaInvParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsGammaInvParams { with_probability probability : crate ::beta::Json;
    with_alpha alpha : crate ::beta::Json; with_beta beta : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsGammaInvParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.gauss`.
/// - `x`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsGaussParams {
    /// CSDL: property `x`: `microsoft.graph.Json`, nullable.
    pub x: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsGaussParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsGaussParams {
    const TYPE_NAME: &'static str = "microsoft.graph.gauss(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x"];
    const KEYS_JSON: &'static [&'static str] = &[",\"x\":"];
    const TAG: &'static str = "\"#microsoft.graph.gauss(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.x.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.x);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.x),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "x", &self.x);
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
rt::impl_object!(WorkbookFunctionsGaussParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(WorkbookFunctionsGaussParams { with_x x : crate ::beta::Json; });
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsGaussParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.gcd`.
/// - `values`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsGcdParams {
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsGcdParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsGcdParams {
    const TYPE_NAME: &'static str = "microsoft.graph.gcd(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":"];
    const TAG: &'static str = "\"#microsoft.graph.gcd(microsoft.graph.workbookFunctions)\"";
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
rt::impl_object!(WorkbookFunctionsGcdParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsGcdParams { with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsGcdParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.geStep`.
/// - `number`: `microsoft.graph.Json`
/// - `step`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsGeStepParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// CSDL: property `step`: `microsoft.graph.Json`, nullable.
    pub step: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsGeStepParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            step: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsGeStepParams {
    const TYPE_NAME: &'static str = "microsoft.graph.geStep(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "step"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":", ",\"step\":"];
    const TAG: &'static str = "\"#microsoft.graph.geStep(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.step.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.step);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.number),
            1usize => ::std::option::Option::Some(&self.step),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "number", &self.number);
        d.field(1usize, "step", &self.step);
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
rt::impl_object!(WorkbookFunctionsGeStepParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsGeStepParams { with_number number : crate ::beta::Json; with_step
    step : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsGeStepParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.geoMean`.
/// - `values`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsGeoMeanParams {
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsGeoMeanParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsGeoMeanParams {
    const TYPE_NAME: &'static str = "microsoft.graph.geoMean(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":"];
    const TAG: &'static str = "\"#microsoft.graph.geoMean(microsoft.graph.workbookFunctions)\"";
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
rt::impl_object!(WorkbookFunctionsGeoMeanParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsGeoMeanParams { with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsGeoMeanParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.harMean`.
/// - `values`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsHarMeanParams {
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsHarMeanParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsHarMeanParams {
    const TYPE_NAME: &'static str = "microsoft.graph.harMean(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":"];
    const TAG: &'static str = "\"#microsoft.graph.harMean(microsoft.graph.workbookFunctions)\"";
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
rt::impl_object!(WorkbookFunctionsHarMeanParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsHarMeanParams { with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsHarMeanParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.hex2Bin`.
/// - `number`: `microsoft.graph.Json`
/// - `places`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsHex2BinParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// CSDL: property `places`: `microsoft.graph.Json`, nullable.
    pub places: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsHex2BinParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            places: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsHex2BinParams {
    const TYPE_NAME: &'static str = "microsoft.graph.hex2Bin(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "places"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":", ",\"places\":"];
    const TAG: &'static str = "\"#microsoft.graph.hex2Bin(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.places.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.places);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.number),
            1usize => ::std::option::Option::Some(&self.places),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "number", &self.number);
        d.field(1usize, "places", &self.places);
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
rt::impl_object!(WorkbookFunctionsHex2BinParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsHex2BinParams { with_number number : crate ::beta::Json; with_places
    places : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsHex2BinParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.hex2Dec`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsHex2DecParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsHex2DecParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsHex2DecParams {
    const TYPE_NAME: &'static str = "microsoft.graph.hex2Dec(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":"];
    const TAG: &'static str = "\"#microsoft.graph.hex2Dec(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.number),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "number", &self.number);
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
rt::impl_object!(WorkbookFunctionsHex2DecParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsHex2DecParams { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsHex2DecParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.hex2Oct`.
/// - `number`: `microsoft.graph.Json`
/// - `places`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsHex2OctParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// CSDL: property `places`: `microsoft.graph.Json`, nullable.
    pub places: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsHex2OctParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            places: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsHex2OctParams {
    const TYPE_NAME: &'static str = "microsoft.graph.hex2Oct(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "places"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":", ",\"places\":"];
    const TAG: &'static str = "\"#microsoft.graph.hex2Oct(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.places.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.places);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.number),
            1usize => ::std::option::Option::Some(&self.places),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "number", &self.number);
        d.field(1usize, "places", &self.places);
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
rt::impl_object!(WorkbookFunctionsHex2OctParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsHex2OctParams { with_number number : crate ::beta::Json; with_places
    places : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsHex2OctParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.hlookup`.
/// - `lookupValue`: `microsoft.graph.Json`
/// - `tableArray`: `microsoft.graph.Json`
/// - `rowIndexNum`: `microsoft.graph.Json`
/// - `rangeLookup`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsHlookupParams {
    /// CSDL: property `lookupValue`: `microsoft.graph.Json`, nullable.
    pub lookup_value: rt::Field<crate::beta::Json>,
    /// CSDL: property `tableArray`: `microsoft.graph.Json`, nullable.
    pub table_array: rt::Field<crate::beta::Json>,
    /// CSDL: property `rowIndexNum`: `microsoft.graph.Json`, nullable.
    pub row_index_num: rt::Field<crate::beta::Json>,
    /// CSDL: property `rangeLookup`: `microsoft.graph.Json`, nullable.
    pub range_lookup: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsHlookupParams {
    #[inline]
    fn default() -> Self {
        Self {
            lookup_value: rt::Field::Absent,
            table_array: rt::Field::Absent,
            row_index_num: rt::Field::Absent,
            range_lookup: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsHlookupParams {
    const TYPE_NAME: &'static str = "microsoft.graph.hlookup(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "lookupValue",
        "tableArray",
        "rowIndexNum",
        "rangeLookup",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"lookupValue\":",
        ",\"tableArray\":",
        ",\"rowIndexNum\":",
        ",\"rangeLookup\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.hlookup(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.lookup_value.read_from(r),
            1usize => self.table_array.read_from(r),
            2usize => self.row_index_num.read_from(r),
            3usize => self.range_lookup.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.lookup_value);
        w.field(1usize, &self.table_array);
        w.field(2usize, &self.row_index_num);
        w.field(3usize, &self.range_lookup);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.lookup_value),
            1usize => ::std::option::Option::Some(&self.table_array),
            2usize => ::std::option::Option::Some(&self.row_index_num),
            3usize => ::std::option::Option::Some(&self.range_lookup),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "lookup_value", &self.lookup_value);
        d.field(1usize, "table_array", &self.table_array);
        d.field(2usize, "row_index_num", &self.row_index_num);
        d.field(3usize, "range_lookup", &self.range_lookup);
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
rt::impl_object!(WorkbookFunctionsHlookupParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsHlookupParams { with_lookup_value lookup_value : crate ::beta::Json;
    with_table_array table_array : crate ::beta::Json; with_row_index_num row_index_num :
    crate ::beta::Json; with_range_lookup range_lookup : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsHlookupParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.hour`.
/// - `serialNumber`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsHourParams {
    /// CSDL: property `serialNumber`: `microsoft.graph.Json`, nullable.
    pub serial_number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsHourParams {
    #[inline]
    fn default() -> Self {
        Self {
            serial_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsHourParams {
    const TYPE_NAME: &'static str = "microsoft.graph.hour(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["serialNumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"serialNumber\":"];
    const TAG: &'static str = "\"#microsoft.graph.hour(microsoft.graph.workbookFunctions)\"";
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
rt::impl_object!(WorkbookFunctionsHourParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsHourParams { with_serial_number serial_number : crate ::beta::Json;
    }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsHourParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.hypGeom_Dist`.
/// - `sampleS`: `microsoft.graph.Json`
/// - `numberSample`: `microsoft.graph.Json`
/// - `populationS`: `microsoft.graph.Json`
/// - `numberPop`: `microsoft.graph.Json`
/// - `cumulative`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsHypGeomDistParams {
    /// CSDL: property `sampleS`: `microsoft.graph.Json`, nullable.
    pub sample_s: rt::Field<crate::beta::Json>,
    /// CSDL: property `numberSample`: `microsoft.graph.Json`, nullable.
    pub number_sample: rt::Field<crate::beta::Json>,
    /// CSDL: property `populationS`: `microsoft.graph.Json`, nullable.
    pub population_s: rt::Field<crate::beta::Json>,
    /// CSDL: property `numberPop`: `microsoft.graph.Json`, nullable.
    pub number_pop: rt::Field<crate::beta::Json>,
    /// CSDL: property `cumulative`: `microsoft.graph.Json`, nullable.
    pub cumulative: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsHypGeomDistParams {
    #[inline]
    fn default() -> Self {
        Self {
            sample_s: rt::Field::Absent,
            number_sample: rt::Field::Absent,
            population_s: rt::Field::Absent,
            number_pop: rt::Field::Absent,
            cumulative: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsHypGeomDistParams {
    const TYPE_NAME: &'static str = "microsoft.graph.hypGeom_Dist(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "sampleS",
        "numberSample",
        "populationS",
        "numberPop",
        "cumulative",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"sampleS\":",
        ",\"numberSample\":",
        ",\"populationS\":",
        ",\"numberPop\":",
        ",\"cumulative\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.hypGeom_Dist(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.sample_s.read_from(r),
            1usize => self.number_sample.read_from(r),
            2usize => self.population_s.read_from(r),
            3usize => self.number_pop.read_from(r),
            4usize => self.cumulative.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.sample_s);
        w.field(1usize, &self.number_sample);
        w.field(2usize, &self.population_s);
        w.field(3usize, &self.number_pop);
        w.field(4usize, &self.cumulative);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.sample_s),
            1usize => ::std::option::Option::Some(&self.number_sample),
            2usize => ::std::option::Option::Some(&self.population_s),
            3usize => ::std::option::Option::Some(&self.number_pop),
            4usize => ::std::option::Option::Some(&self.cumulative),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "sample_s", &self.sample_s);
        d.field(1usize, "number_sample", &self.number_sample);
        d.field(2usize, "population_s", &self.population_s);
        d.field(3usize, "number_pop", &self.number_pop);
        d.field(4usize, "cumulative", &self.cumulative);
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
rt::impl_object!(WorkbookFunctionsHypGeomDistParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsHypGeomDistParams { with_sample_s sample_s : crate ::beta::Json;
    with_number_sample number_sample : crate ::beta::Json; with_population_s population_s
    : crate ::beta::Json; with_number_pop number_pop : crate ::beta::Json;
    with_cumulative cumulative : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsHypGeomDistParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.hyperlink`.
/// - `linkLocation`: `microsoft.graph.Json`
/// - `friendlyName`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsHyperlinkParams {
    /// CSDL: property `linkLocation`: `microsoft.graph.Json`, nullable.
    pub link_location: rt::Field<crate::beta::Json>,
    /// CSDL: property `friendlyName`: `microsoft.graph.Json`, nullable.
    pub friendly_name: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsHyperlinkParams {
    #[inline]
    fn default() -> Self {
        Self {
            link_location: rt::Field::Absent,
            friendly_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsHyperlinkParams {
    const TYPE_NAME: &'static str = "microsoft.graph.hyperlink(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["linkLocation", "friendlyName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"linkLocation\":",
        ",\"friendlyName\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.hyperlink(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.link_location.read_from(r),
            1usize => self.friendly_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.link_location);
        w.field(1usize, &self.friendly_name);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.link_location),
            1usize => ::std::option::Option::Some(&self.friendly_name),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "link_location", &self.link_location);
        d.field(1usize, "friendly_name", &self.friendly_name);
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
rt::impl_object!(WorkbookFunctionsHyperlinkParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsHyperlinkParams { with_link_location link_location : crate
    ::beta::Json; with_friendly_name friendly_name : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsHyperlinkParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.if`.
/// - `logicalTest`: `microsoft.graph.Json`
/// - `valueIfTrue`: `microsoft.graph.Json`
/// - `valueIfFalse`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsIfParams {
    /// CSDL: property `logicalTest`: `microsoft.graph.Json`, nullable.
    pub logical_test: rt::Field<crate::beta::Json>,
    /// CSDL: property `valueIfTrue`: `microsoft.graph.Json`, nullable.
    pub value_if_true: rt::Field<crate::beta::Json>,
    /// CSDL: property `valueIfFalse`: `microsoft.graph.Json`, nullable.
    pub value_if_false: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsIfParams {
    #[inline]
    fn default() -> Self {
        Self {
            logical_test: rt::Field::Absent,
            value_if_true: rt::Field::Absent,
            value_if_false: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsIfParams {
    const TYPE_NAME: &'static str = "microsoft.graph.if(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "logicalTest",
        "valueIfTrue",
        "valueIfFalse",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"logicalTest\":",
        ",\"valueIfTrue\":",
        ",\"valueIfFalse\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.if(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.logical_test.read_from(r),
            1usize => self.value_if_true.read_from(r),
            2usize => self.value_if_false.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.logical_test);
        w.field(1usize, &self.value_if_true);
        w.field(2usize, &self.value_if_false);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.logical_test),
            1usize => ::std::option::Option::Some(&self.value_if_true),
            2usize => ::std::option::Option::Some(&self.value_if_false),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "logical_test", &self.logical_test);
        d.field(1usize, "value_if_true", &self.value_if_true);
        d.field(2usize, "value_if_false", &self.value_if_false);
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
rt::impl_object!(WorkbookFunctionsIfParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsIfParams { with_logical_test logical_test : crate ::beta::Json;
    with_value_if_true value_if_true : crate ::beta::Json; with_value_if_false
    value_if_false : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIfParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.imAbs`.
/// - `inumber`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsImAbsParams {
    /// CSDL: property `inumber`: `microsoft.graph.Json`, nullable.
    pub inumber: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsImAbsParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsImAbsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imAbs(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":"];
    const TAG: &'static str = "\"#microsoft.graph.imAbs(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.inumber.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.inumber);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.inumber),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "inumber", &self.inumber);
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
rt::impl_object!(WorkbookFunctionsImAbsParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsImAbsParams { with_inumber inumber : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImAbsParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.imArgument`.
/// - `inumber`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsImArgumentParams {
    /// CSDL: property `inumber`: `microsoft.graph.Json`, nullable.
    pub inumber: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsImArgumentParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsImArgumentParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imArgument(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":"];
    const TAG: &'static str = "\"#microsoft.graph.imArgument(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.inumber.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.inumber);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.inumber),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "inumber", &self.inumber);
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
rt::impl_object!(WorkbookFunctionsImArgumentParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsImArgumentParams { with_inumber inumber : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImArgumentParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.imConjugate`.
/// - `inumber`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsImConjugateParams {
    /// CSDL: property `inumber`: `microsoft.graph.Json`, nullable.
    pub inumber: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsImConjugateParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsImConjugateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imConjugate(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":"];
    const TAG: &'static str = "\"#microsoft.graph.imConjugate(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.inumber.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.inumber);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.inumber),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "inumber", &self.inumber);
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
rt::impl_object!(WorkbookFunctionsImConjugateParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsImConjugateParams { with_inumber inumber : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImConjugateParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.imCos`.
/// - `inumber`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsImCosParams {
    /// CSDL: property `inumber`: `microsoft.graph.Json`, nullable.
    pub inumber: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsImCosParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsImCosParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imCos(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":"];
    const TAG: &'static str = "\"#microsoft.graph.imCos(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.inumber.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.inumber);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.inumber),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "inumber", &self.inumber);
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
rt::impl_object!(WorkbookFunctionsImCosParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsImCosParams { with_inumber inumber : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImCosParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.imCosh`.
/// - `inumber`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsImCoshParams {
    /// CSDL: property `inumber`: `microsoft.graph.Json`, nullable.
    pub inumber: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsImCoshParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsImCoshParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imCosh(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":"];
    const TAG: &'static str = "\"#microsoft.graph.imCosh(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.inumber.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.inumber);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.inumber),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "inumber", &self.inumber);
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
rt::impl_object!(WorkbookFunctionsImCoshParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsImCoshParams { with_inumber inumber : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImCoshParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.imCot`.
/// - `inumber`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsImCotParams {
    /// CSDL: property `inumber`: `microsoft.graph.Json`, nullable.
    pub inumber: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsImCotParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsImCotParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imCot(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":"];
    const TAG: &'static str = "\"#microsoft.graph.imCot(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.inumber.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.inumber);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.inumber),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "inumber", &self.inumber);
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
rt::impl_object!(WorkbookFunctionsImCotParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsImCotParams { with_inumber inumber : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImCotParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.imCsc`.
/// - `inumber`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsImCscParams {
    /// CSDL: property `inumber`: `microsoft.graph.Json`, nullable.
    pub inumber: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsImCscParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsImCscParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imCsc(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":"];
    const TAG: &'static str = "\"#microsoft.graph.imCsc(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.inumber.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.inumber);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.inumber),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "inumber", &self.inumber);
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
rt::impl_object!(WorkbookFunctionsImCscParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsImCscParams { with_inumber inumber : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImCscParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.imCsch`.
/// - `inumber`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsImCschParams {
    /// CSDL: property `inumber`: `microsoft.graph.Json`, nullable.
    pub inumber: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsImCschParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsImCschParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imCsch(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":"];
    const TAG: &'static str = "\"#microsoft.graph.imCsch(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.inumber.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.inumber);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.inumber),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "inumber", &self.inumber);
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
rt::impl_object!(WorkbookFunctionsImCschParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsImCschParams { with_inumber inumber : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImCschParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.imDiv`.
/// - `inumber1`: `microsoft.graph.Json`
/// - `inumber2`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsImDivParams {
    /// CSDL: property `inumber1`: `microsoft.graph.Json`, nullable.
    pub inumber1: rt::Field<crate::beta::Json>,
    /// CSDL: property `inumber2`: `microsoft.graph.Json`, nullable.
    pub inumber2: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsImDivParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber1: rt::Field::Absent,
            inumber2: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsImDivParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imDiv(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber1", "inumber2"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber1\":", ",\"inumber2\":"];
    const TAG: &'static str = "\"#microsoft.graph.imDiv(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.inumber1.read_from(r),
            1usize => self.inumber2.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.inumber1);
        w.field(1usize, &self.inumber2);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.inumber1),
            1usize => ::std::option::Option::Some(&self.inumber2),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "inumber1", &self.inumber1);
        d.field(1usize, "inumber2", &self.inumber2);
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
rt::impl_object!(WorkbookFunctionsImDivParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsImDivParams { with_inumber1 inumber1 : crate ::beta::Json;
    with_inumber2 inumber2 : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImDivParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.imExp`.
/// - `inumber`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsImExpParams {
    /// CSDL: property `inumber`: `microsoft.graph.Json`, nullable.
    pub inumber: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsImExpParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsImExpParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imExp(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":"];
    const TAG: &'static str = "\"#microsoft.graph.imExp(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.inumber.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.inumber);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.inumber),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "inumber", &self.inumber);
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
rt::impl_object!(WorkbookFunctionsImExpParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsImExpParams { with_inumber inumber : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImExpParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.imLn`.
/// - `inumber`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsImLnParams {
    /// CSDL: property `inumber`: `microsoft.graph.Json`, nullable.
    pub inumber: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsImLnParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsImLnParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imLn(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":"];
    const TAG: &'static str = "\"#microsoft.graph.imLn(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.inumber.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.inumber);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.inumber),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "inumber", &self.inumber);
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
rt::impl_object!(WorkbookFunctionsImLnParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsImLnParams { with_inumber inumber : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImLnParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.imLog10`.
/// - `inumber`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsImLog10Params {
    /// CSDL: property `inumber`: `microsoft.graph.Json`, nullable.
    pub inumber: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsImLog10Params {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsImLog10Params {
    const TYPE_NAME: &'static str = "microsoft.graph.imLog10(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":"];
    const TAG: &'static str = "\"#microsoft.graph.imLog10(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.inumber.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.inumber);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.inumber),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "inumber", &self.inumber);
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
rt::impl_object!(WorkbookFunctionsImLog10Params);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsImLog10Params { with_inumber inumber : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImLog10Params);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.imLog2`.
/// - `inumber`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsImLog2Params {
    /// CSDL: property `inumber`: `microsoft.graph.Json`, nullable.
    pub inumber: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsImLog2Params {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsImLog2Params {
    const TYPE_NAME: &'static str = "microsoft.graph.imLog2(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":"];
    const TAG: &'static str = "\"#microsoft.graph.imLog2(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.inumber.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.inumber);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.inumber),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "inumber", &self.inumber);
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
rt::impl_object!(WorkbookFunctionsImLog2Params);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsImLog2Params { with_inumber inumber : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImLog2Params);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.imPower`.
/// - `inumber`: `microsoft.graph.Json`
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsImPowerParams {
    /// CSDL: property `inumber`: `microsoft.graph.Json`, nullable.
    pub inumber: rt::Field<crate::beta::Json>,
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsImPowerParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsImPowerParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imPower(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber", "number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":", ",\"number\":"];
    const TAG: &'static str = "\"#microsoft.graph.imPower(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.inumber.read_from(r),
            1usize => self.number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.inumber);
        w.field(1usize, &self.number);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.inumber),
            1usize => ::std::option::Option::Some(&self.number),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "inumber", &self.inumber);
        d.field(1usize, "number", &self.number);
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
rt::impl_object!(WorkbookFunctionsImPowerParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsImPowerParams { with_inumber inumber : crate ::beta::Json;
    with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImPowerParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.imProduct`.
/// - `values`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsImProductParams {
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsImProductParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsImProductParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imProduct(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":"];
    const TAG: &'static str = "\"#microsoft.graph.imProduct(microsoft.graph.workbookFunctions)\"";
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
rt::impl_object!(WorkbookFunctionsImProductParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsImProductParams { with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImProductParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.imReal`.
/// - `inumber`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsImRealParams {
    /// CSDL: property `inumber`: `microsoft.graph.Json`, nullable.
    pub inumber: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsImRealParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsImRealParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imReal(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":"];
    const TAG: &'static str = "\"#microsoft.graph.imReal(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.inumber.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.inumber);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.inumber),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "inumber", &self.inumber);
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
rt::impl_object!(WorkbookFunctionsImRealParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsImRealParams { with_inumber inumber : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImRealParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.imSec`.
/// - `inumber`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsImSecParams {
    /// CSDL: property `inumber`: `microsoft.graph.Json`, nullable.
    pub inumber: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsImSecParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsImSecParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imSec(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":"];
    const TAG: &'static str = "\"#microsoft.graph.imSec(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.inumber.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.inumber);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.inumber),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "inumber", &self.inumber);
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
rt::impl_object!(WorkbookFunctionsImSecParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsImSecParams { with_inumber inumber : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImSecParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.imSech`.
/// - `inumber`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsImSechParams {
    /// CSDL: property `inumber`: `microsoft.graph.Json`, nullable.
    pub inumber: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsImSechParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsImSechParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imSech(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":"];
    const TAG: &'static str = "\"#microsoft.graph.imSech(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.inumber.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.inumber);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.inumber),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "inumber", &self.inumber);
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
rt::impl_object!(WorkbookFunctionsImSechParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsImSechParams { with_inumber inumber : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImSechParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.imSin`.
/// - `inumber`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsImSinParams {
    /// CSDL: property `inumber`: `microsoft.graph.Json`, nullable.
    pub inumber: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsImSinParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsImSinParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imSin(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":"];
    const TAG: &'static str = "\"#microsoft.graph.imSin(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.inumber.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.inumber);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.inumber),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "inumber", &self.inumber);
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
rt::impl_object!(WorkbookFunctionsImSinParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsImSinParams { with_inumber inumber : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImSinParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.imSinh`.
/// - `inumber`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsImSinhParams {
    /// CSDL: property `inumber`: `microsoft.graph.Json`, nullable.
    pub inumber: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsImSinhParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsImSinhParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imSinh(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":"];
    const TAG: &'static str = "\"#microsoft.graph.imSinh(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.inumber.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.inumber);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.inumber),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "inumber", &self.inumber);
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
rt::impl_object!(WorkbookFunctionsImSinhParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsImSinhParams { with_inumber inumber : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImSinhParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.imSqrt`.
/// - `inumber`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsImSqrtParams {
    /// CSDL: property `inumber`: `microsoft.graph.Json`, nullable.
    pub inumber: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsImSqrtParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsImSqrtParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imSqrt(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":"];
    const TAG: &'static str = "\"#microsoft.graph.imSqrt(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.inumber.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.inumber);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.inumber),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "inumber", &self.inumber);
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
rt::impl_object!(WorkbookFunctionsImSqrtParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsImSqrtParams { with_inumber inumber : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImSqrtParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.imSub`.
/// - `inumber1`: `microsoft.graph.Json`
/// - `inumber2`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsImSubParams {
    /// CSDL: property `inumber1`: `microsoft.graph.Json`, nullable.
    pub inumber1: rt::Field<crate::beta::Json>,
    /// CSDL: property `inumber2`: `microsoft.graph.Json`, nullable.
    pub inumber2: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsImSubParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber1: rt::Field::Absent,
            inumber2: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsImSubParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imSub(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber1", "inumber2"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber1\":", ",\"inumber2\":"];
    const TAG: &'static str = "\"#microsoft.graph.imSub(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.inumber1.read_from(r),
            1usize => self.inumber2.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.inumber1);
        w.field(1usize, &self.inumber2);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.inumber1),
            1usize => ::std::option::Option::Some(&self.inumber2),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "inumber1", &self.inumber1);
        d.field(1usize, "inumber2", &self.inumber2);
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
rt::impl_object!(WorkbookFunctionsImSubParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsImSubParams { with_inumber1 inumber1 : crate ::beta::Json;
    with_inumber2 inumber2 : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImSubParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.imSum`.
/// - `values`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsImSumParams {
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsImSumParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsImSumParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imSum(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":"];
    const TAG: &'static str = "\"#microsoft.graph.imSum(microsoft.graph.workbookFunctions)\"";
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
rt::impl_object!(WorkbookFunctionsImSumParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsImSumParams { with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImSumParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.imTan`.
/// - `inumber`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsImTanParams {
    /// CSDL: property `inumber`: `microsoft.graph.Json`, nullable.
    pub inumber: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsImTanParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsImTanParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imTan(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":"];
    const TAG: &'static str = "\"#microsoft.graph.imTan(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.inumber.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.inumber);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.inumber),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "inumber", &self.inumber);
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
rt::impl_object!(WorkbookFunctionsImTanParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsImTanParams { with_inumber inumber : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImTanParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.imaginary`.
/// - `inumber`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsImaginaryParams {
    /// CSDL: property `inumber`: `microsoft.graph.Json`, nullable.
    pub inumber: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsImaginaryParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsImaginaryParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imaginary(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":"];
    const TAG: &'static str = "\"#microsoft.graph.imaginary(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.inumber.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.inumber);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.inumber),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "inumber", &self.inumber);
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
rt::impl_object!(WorkbookFunctionsImaginaryParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsImaginaryParams { with_inumber inumber : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImaginaryParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.int`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsIntParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsIntParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsIntParams {
    const TYPE_NAME: &'static str = "microsoft.graph.int(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":"];
    const TAG: &'static str = "\"#microsoft.graph.int(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.number),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "number", &self.number);
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
rt::impl_object!(WorkbookFunctionsIntParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsIntParams { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIntParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.intRate`.
/// - `settlement`: `microsoft.graph.Json`
/// - `maturity`: `microsoft.graph.Json`
/// - `investment`: `microsoft.graph.Json`
/// - `redemption`: `microsoft.graph.Json`
/// - `basis`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsIntRateParams {
    /// CSDL: property `settlement`: `microsoft.graph.Json`, nullable.
    pub settlement: rt::Field<crate::beta::Json>,
    /// CSDL: property `maturity`: `microsoft.graph.Json`, nullable.
    pub maturity: rt::Field<crate::beta::Json>,
    /// CSDL: property `investment`: `microsoft.graph.Json`, nullable.
    pub investment: rt::Field<crate::beta::Json>,
    /// CSDL: property `redemption`: `microsoft.graph.Json`, nullable.
    pub redemption: rt::Field<crate::beta::Json>,
    /// CSDL: property `basis`: `microsoft.graph.Json`, nullable.
    pub basis: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsIntRateParams {
    #[inline]
    fn default() -> Self {
        Self {
            settlement: rt::Field::Absent,
            maturity: rt::Field::Absent,
            investment: rt::Field::Absent,
            redemption: rt::Field::Absent,
            basis: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsIntRateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.intRate(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "settlement",
        "maturity",
        "investment",
        "redemption",
        "basis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settlement\":",
        ",\"maturity\":",
        ",\"investment\":",
        ",\"redemption\":",
        ",\"basis\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.intRate(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.settlement.read_from(r),
            1usize => self.maturity.read_from(r),
            2usize => self.investment.read_from(r),
            3usize => self.redemption.read_from(r),
            4usize => self.basis.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.settlement);
        w.field(1usize, &self.maturity);
        w.field(2usize, &self.investment);
        w.field(3usize, &self.redemption);
        w.field(4usize, &self.basis);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.settlement),
            1usize => ::std::option::Option::Some(&self.maturity),
            2usize => ::std::option::Option::Some(&self.investment),
            3usize => ::std::option::Option::Some(&self.redemption),
            4usize => ::std::option::Option::Some(&self.basis),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "settlement", &self.settlement);
        d.field(1usize, "maturity", &self.maturity);
        d.field(2usize, "investment", &self.investment);
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
rt::impl_object!(WorkbookFunctionsIntRateParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsIntRateParams { with_settlement settlement : crate ::beta::Json;
    with_maturity maturity : crate ::beta::Json; with_investment investment : crate
    ::beta::Json; with_redemption redemption : crate ::beta::Json; with_basis basis :
    crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIntRateParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.ipmt`.
/// - `rate`: `microsoft.graph.Json`
/// - `per`: `microsoft.graph.Json`
/// - `nper`: `microsoft.graph.Json`
/// - `pv`: `microsoft.graph.Json`
/// - `fv`: `microsoft.graph.Json`
/// - `type`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsIpmtParams {
    /// CSDL: property `rate`: `microsoft.graph.Json`, nullable.
    pub rate: rt::Field<crate::beta::Json>,
    /// CSDL: property `per`: `microsoft.graph.Json`, nullable.
    pub per: rt::Field<crate::beta::Json>,
    /// CSDL: property `nper`: `microsoft.graph.Json`, nullable.
    pub nper: rt::Field<crate::beta::Json>,
    /// CSDL: property `pv`: `microsoft.graph.Json`, nullable.
    pub pv: rt::Field<crate::beta::Json>,
    /// CSDL: property `fv`: `microsoft.graph.Json`, nullable.
    pub fv: rt::Field<crate::beta::Json>,
    /// CSDL: property `type`: `microsoft.graph.Json`, nullable.
    pub type_: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsIpmtParams {
    #[inline]
    fn default() -> Self {
        Self {
            rate: rt::Field::Absent,
            per: rt::Field::Absent,
            nper: rt::Field::Absent,
            pv: rt::Field::Absent,
            fv: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsIpmtParams {
    const TYPE_NAME: &'static str = "microsoft.graph.ipmt(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["rate", "per", "nper", "pv", "fv", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"rate\":",
        ",\"per\":",
        ",\"nper\":",
        ",\"pv\":",
        ",\"fv\":",
        ",\"type\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.ipmt(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.rate.read_from(r),
            1usize => self.per.read_from(r),
            2usize => self.nper.read_from(r),
            3usize => self.pv.read_from(r),
            4usize => self.fv.read_from(r),
            5usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.rate);
        w.field(1usize, &self.per);
        w.field(2usize, &self.nper);
        w.field(3usize, &self.pv);
        w.field(4usize, &self.fv);
        w.field(5usize, &self.type_);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.rate),
            1usize => ::std::option::Option::Some(&self.per),
            2usize => ::std::option::Option::Some(&self.nper),
            3usize => ::std::option::Option::Some(&self.pv),
            4usize => ::std::option::Option::Some(&self.fv),
            5usize => ::std::option::Option::Some(&self.type_),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "rate", &self.rate);
        d.field(1usize, "per", &self.per);
        d.field(2usize, "nper", &self.nper);
        d.field(3usize, "pv", &self.pv);
        d.field(4usize, "fv", &self.fv);
        d.field(5usize, "type_", &self.type_);
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
rt::impl_object!(WorkbookFunctionsIpmtParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsIpmtParams { with_rate rate : crate ::beta::Json; with_per per :
    crate ::beta::Json; with_nper nper : crate ::beta::Json; with_pv pv : crate
    ::beta::Json; with_fv fv : crate ::beta::Json; with_type type_ : crate ::beta::Json;
    }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIpmtParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.irr`.
/// - `values`: `microsoft.graph.Json`
/// - `guess`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsIrrParams {
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// CSDL: property `guess`: `microsoft.graph.Json`, nullable.
    pub guess: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsIrrParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            guess: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsIrrParams {
    const TYPE_NAME: &'static str = "microsoft.graph.irr(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values", "guess"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":", ",\"guess\":"];
    const TAG: &'static str = "\"#microsoft.graph.irr(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.values.read_from(r),
            1usize => self.guess.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.values);
        w.field(1usize, &self.guess);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.values),
            1usize => ::std::option::Option::Some(&self.guess),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "values", &self.values);
        d.field(1usize, "guess", &self.guess);
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
rt::impl_object!(WorkbookFunctionsIrrParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsIrrParams { with_values values : crate ::beta::Json; with_guess
    guess : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIrrParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.isErr`.
/// - `value`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsIsErrParams {
    /// CSDL: property `value`: `microsoft.graph.Json`, nullable.
    pub value: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsIsErrParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsIsErrParams {
    const TYPE_NAME: &'static str = "microsoft.graph.isErr(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":"];
    const TAG: &'static str = "\"#microsoft.graph.isErr(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.value);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.value),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "value", &self.value);
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
rt::impl_object!(WorkbookFunctionsIsErrParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsIsErrParams { with_value value : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIsErrParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.isError`.
/// - `value`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsIsErrorParams {
    /// CSDL: property `value`: `microsoft.graph.Json`, nullable.
    pub value: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsIsErrorParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsIsErrorParams {
    const TYPE_NAME: &'static str = "microsoft.graph.isError(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":"];
    const TAG: &'static str = "\"#microsoft.graph.isError(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.value);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.value),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "value", &self.value);
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
rt::impl_object!(WorkbookFunctionsIsErrorParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsIsErrorParams { with_value value : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIsErrorParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.isEven`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsIsEvenParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsIsEvenParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsIsEvenParams {
    const TYPE_NAME: &'static str = "microsoft.graph.isEven(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":"];
    const TAG: &'static str = "\"#microsoft.graph.isEven(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.number),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "number", &self.number);
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
rt::impl_object!(WorkbookFunctionsIsEvenParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsIsEvenParams { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIsEvenParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.isFormula`.
/// - `reference`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsIsFormulaParams {
    /// CSDL: property `reference`: `microsoft.graph.Json`, nullable.
    pub reference: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsIsFormulaParams {
    #[inline]
    fn default() -> Self {
        Self {
            reference: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsIsFormulaParams {
    const TYPE_NAME: &'static str = "microsoft.graph.isFormula(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["reference"];
    const KEYS_JSON: &'static [&'static str] = &[",\"reference\":"];
    const TAG: &'static str = "\"#microsoft.graph.isFormula(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.reference.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.reference);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.reference),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "reference", &self.reference);
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
rt::impl_object!(WorkbookFunctionsIsFormulaParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsIsFormulaParams { with_reference reference : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIsFormulaParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.isLogical`.
/// - `value`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsIsLogicalParams {
    /// CSDL: property `value`: `microsoft.graph.Json`, nullable.
    pub value: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsIsLogicalParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsIsLogicalParams {
    const TYPE_NAME: &'static str = "microsoft.graph.isLogical(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":"];
    const TAG: &'static str = "\"#microsoft.graph.isLogical(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.value);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.value),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "value", &self.value);
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
rt::impl_object!(WorkbookFunctionsIsLogicalParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsIsLogicalParams { with_value value : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIsLogicalParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.isNA`.
/// - `value`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsIsNaParams {
    /// CSDL: property `value`: `microsoft.graph.Json`, nullable.
    pub value: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsIsNaParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsIsNaParams {
    const TYPE_NAME: &'static str = "microsoft.graph.isNA(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":"];
    const TAG: &'static str = "\"#microsoft.graph.isNA(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.value);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.value),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "value", &self.value);
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
rt::impl_object!(WorkbookFunctionsIsNaParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsIsNaParams { with_value value : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIsNaParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.isNonText`.
/// - `value`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsIsNonTextParams {
    /// CSDL: property `value`: `microsoft.graph.Json`, nullable.
    pub value: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsIsNonTextParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsIsNonTextParams {
    const TYPE_NAME: &'static str = "microsoft.graph.isNonText(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":"];
    const TAG: &'static str = "\"#microsoft.graph.isNonText(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.value);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.value),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "value", &self.value);
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
rt::impl_object!(WorkbookFunctionsIsNonTextParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsIsNonTextParams { with_value value : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIsNonTextParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.isNumber`.
/// - `value`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsIsNumberParams {
    /// CSDL: property `value`: `microsoft.graph.Json`, nullable.
    pub value: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsIsNumberParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsIsNumberParams {
    const TYPE_NAME: &'static str = "microsoft.graph.isNumber(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":"];
    const TAG: &'static str = "\"#microsoft.graph.isNumber(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.value);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.value),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "value", &self.value);
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
rt::impl_object!(WorkbookFunctionsIsNumberParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsIsNumberParams { with_value value : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIsNumberParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.isOdd`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsIsOddParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsIsOddParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsIsOddParams {
    const TYPE_NAME: &'static str = "microsoft.graph.isOdd(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":"];
    const TAG: &'static str = "\"#microsoft.graph.isOdd(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.number),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "number", &self.number);
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
rt::impl_object!(WorkbookFunctionsIsOddParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsIsOddParams { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIsOddParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.isText`.
/// - `value`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsIsTextParams {
    /// CSDL: property `value`: `microsoft.graph.Json`, nullable.
    pub value: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsIsTextParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsIsTextParams {
    const TYPE_NAME: &'static str = "microsoft.graph.isText(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":"];
    const TAG: &'static str = "\"#microsoft.graph.isText(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.value);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.value),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "value", &self.value);
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
rt::impl_object!(WorkbookFunctionsIsTextParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsIsTextParams { with_value value : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIsTextParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.isoWeekNum`.
/// - `date`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsIsoWeekNumParams {
    /// CSDL: property `date`: `microsoft.graph.Json`, nullable.
    pub date: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsIsoWeekNumParams {
    #[inline]
    fn default() -> Self {
        Self {
            date: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsIsoWeekNumParams {
    const TYPE_NAME: &'static str = "microsoft.graph.isoWeekNum(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["date"];
    const KEYS_JSON: &'static [&'static str] = &[",\"date\":"];
    const TAG: &'static str = "\"#microsoft.graph.isoWeekNum(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.date.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.date);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.date),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "date", &self.date);
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
rt::impl_object!(WorkbookFunctionsIsoWeekNumParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsIsoWeekNumParams { with_date date : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIsoWeekNumParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.iso_Ceiling`.
/// - `number`: `microsoft.graph.Json`
/// - `significance`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsIsoCeilingParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// CSDL: property `significance`: `microsoft.graph.Json`, nullable.
    pub significance: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsIsoCeilingParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            significance: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsIsoCeilingParams {
    const TYPE_NAME: &'static str = "microsoft.graph.iso_Ceiling(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "significance"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":", ",\"significance\":"];
    const TAG: &'static str = "\"#microsoft.graph.iso_Ceiling(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.significance.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.significance);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.number),
            1usize => ::std::option::Option::Some(&self.significance),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "number", &self.number);
        d.field(1usize, "significance", &self.significance);
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
rt::impl_object!(WorkbookFunctionsIsoCeilingParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsIsoCeilingParams { with_number number : crate ::beta::Json;
    with_significance significance : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIsoCeilingParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.ispmt`.
/// - `rate`: `microsoft.graph.Json`
/// - `per`: `microsoft.graph.Json`
/// - `nper`: `microsoft.graph.Json`
/// - `pv`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsIspmtParams {
    /// CSDL: property `rate`: `microsoft.graph.Json`, nullable.
    pub rate: rt::Field<crate::beta::Json>,
    /// CSDL: property `per`: `microsoft.graph.Json`, nullable.
    pub per: rt::Field<crate::beta::Json>,
    /// CSDL: property `nper`: `microsoft.graph.Json`, nullable.
    pub nper: rt::Field<crate::beta::Json>,
    /// CSDL: property `pv`: `microsoft.graph.Json`, nullable.
    pub pv: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsIspmtParams {
    #[inline]
    fn default() -> Self {
        Self {
            rate: rt::Field::Absent,
            per: rt::Field::Absent,
            nper: rt::Field::Absent,
            pv: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsIspmtParams {
    const TYPE_NAME: &'static str = "microsoft.graph.ispmt(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["rate", "per", "nper", "pv"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"rate\":",
        ",\"per\":",
        ",\"nper\":",
        ",\"pv\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.ispmt(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.rate.read_from(r),
            1usize => self.per.read_from(r),
            2usize => self.nper.read_from(r),
            3usize => self.pv.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.rate);
        w.field(1usize, &self.per);
        w.field(2usize, &self.nper);
        w.field(3usize, &self.pv);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.rate),
            1usize => ::std::option::Option::Some(&self.per),
            2usize => ::std::option::Option::Some(&self.nper),
            3usize => ::std::option::Option::Some(&self.pv),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "rate", &self.rate);
        d.field(1usize, "per", &self.per);
        d.field(2usize, "nper", &self.nper);
        d.field(3usize, "pv", &self.pv);
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
rt::impl_object!(WorkbookFunctionsIspmtParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsIspmtParams { with_rate rate : crate ::beta::Json; with_per per :
    crate ::beta::Json; with_nper nper : crate ::beta::Json; with_pv pv : crate
    ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIspmtParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.isref`.
/// - `value`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsIsrefParams {
    /// CSDL: property `value`: `microsoft.graph.Json`, nullable.
    pub value: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsIsrefParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsIsrefParams {
    const TYPE_NAME: &'static str = "microsoft.graph.isref(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":"];
    const TAG: &'static str = "\"#microsoft.graph.isref(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.value);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.value),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "value", &self.value);
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
rt::impl_object!(WorkbookFunctionsIsrefParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsIsrefParams { with_value value : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIsrefParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.kurt`.
/// - `values`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsKurtParams {
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsKurtParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsKurtParams {
    const TYPE_NAME: &'static str = "microsoft.graph.kurt(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":"];
    const TAG: &'static str = "\"#microsoft.graph.kurt(microsoft.graph.workbookFunctions)\"";
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
rt::impl_object!(WorkbookFunctionsKurtParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsKurtParams { with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsKurtParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.large`.
/// - `array`: `microsoft.graph.Json`
/// - `k`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsLargeParams {
    /// CSDL: property `array`: `microsoft.graph.Json`, nullable.
    pub array: rt::Field<crate::beta::Json>,
    /// CSDL: property `k`: `microsoft.graph.Json`, nullable.
    pub k: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsLargeParams {
    #[inline]
    fn default() -> Self {
        Self {
            array: rt::Field::Absent,
            k: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsLargeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.large(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["array", "k"];
    const KEYS_JSON: &'static [&'static str] = &[",\"array\":", ",\"k\":"];
    const TAG: &'static str = "\"#microsoft.graph.large(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.array.read_from(r),
            1usize => self.k.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.array);
        w.field(1usize, &self.k);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.array),
            1usize => ::std::option::Option::Some(&self.k),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "array", &self.array);
        d.field(1usize, "k", &self.k);
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
rt::impl_object!(WorkbookFunctionsLargeParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsLargeParams { with_array array : crate ::beta::Json; with_k k :
    crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsLargeParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.lcm`.
/// - `values`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsLcmParams {
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsLcmParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsLcmParams {
    const TYPE_NAME: &'static str = "microsoft.graph.lcm(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":"];
    const TAG: &'static str = "\"#microsoft.graph.lcm(microsoft.graph.workbookFunctions)\"";
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
rt::impl_object!(WorkbookFunctionsLcmParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsLcmParams { with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsLcmParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.left`.
/// - `text`: `microsoft.graph.Json`
/// - `numChars`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsLeftParams {
    /// CSDL: property `text`: `microsoft.graph.Json`, nullable.
    pub text: rt::Field<crate::beta::Json>,
    /// CSDL: property `numChars`: `microsoft.graph.Json`, nullable.
    pub num_chars: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsLeftParams {
    #[inline]
    fn default() -> Self {
        Self {
            text: rt::Field::Absent,
            num_chars: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsLeftParams {
    const TYPE_NAME: &'static str = "microsoft.graph.left(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text", "numChars"];
    const KEYS_JSON: &'static [&'static str] = &[",\"text\":", ",\"numChars\":"];
    const TAG: &'static str = "\"#microsoft.graph.left(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.text.read_from(r),
            1usize => self.num_chars.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.text);
        w.field(1usize, &self.num_chars);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.text),
            1usize => ::std::option::Option::Some(&self.num_chars),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "text", &self.text);
        d.field(1usize, "num_chars", &self.num_chars);
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
rt::impl_object!(WorkbookFunctionsLeftParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsLeftParams { with_text text : crate ::beta::Json; with_num_chars
    num_chars : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsLeftParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.leftb`.
/// - `text`: `microsoft.graph.Json`
/// - `numBytes`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsLeftbParams {
    /// CSDL: property `text`: `microsoft.graph.Json`, nullable.
    pub text: rt::Field<crate::beta::Json>,
    /// CSDL: property `numBytes`: `microsoft.graph.Json`, nullable.
    pub num_bytes: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsLeftbParams {
    #[inline]
    fn default() -> Self {
        Self {
            text: rt::Field::Absent,
            num_bytes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsLeftbParams {
    const TYPE_NAME: &'static str = "microsoft.graph.leftb(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text", "numBytes"];
    const KEYS_JSON: &'static [&'static str] = &[",\"text\":", ",\"numBytes\":"];
    const TAG: &'static str = "\"#microsoft.graph.leftb(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.text.read_from(r),
            1usize => self.num_bytes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.text);
        w.field(1usize, &self.num_bytes);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.text),
            1usize => ::std::option::Option::Some(&self.num_bytes),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "text", &self.text);
        d.field(1usize, "num_bytes", &self.num_bytes);
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
rt::impl_object!(WorkbookFunctionsLeftbParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsLeftbParams { with_text text : crate ::beta::Json; with_num_bytes
    num_bytes : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsLeftbParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.len`.
/// - `text`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsLenParams {
    /// CSDL: property `text`: `microsoft.graph.Json`, nullable.
    pub text: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsLenParams {
    #[inline]
    fn default() -> Self {
        Self {
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsLenParams {
    const TYPE_NAME: &'static str = "microsoft.graph.len(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text"];
    const KEYS_JSON: &'static [&'static str] = &[",\"text\":"];
    const TAG: &'static str = "\"#microsoft.graph.len(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.text);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.text),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "text", &self.text);
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
rt::impl_object!(WorkbookFunctionsLenParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(WorkbookFunctionsLenParams { with_text text : crate ::beta::Json; });
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsLenParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.lenb`.
/// - `text`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsLenbParams {
    /// CSDL: property `text`: `microsoft.graph.Json`, nullable.
    pub text: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsLenbParams {
    #[inline]
    fn default() -> Self {
        Self {
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsLenbParams {
    const TYPE_NAME: &'static str = "microsoft.graph.lenb(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text"];
    const KEYS_JSON: &'static [&'static str] = &[",\"text\":"];
    const TAG: &'static str = "\"#microsoft.graph.lenb(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.text);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.text),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "text", &self.text);
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
rt::impl_object!(WorkbookFunctionsLenbParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(WorkbookFunctionsLenbParams { with_text text : crate ::beta::Json; });
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsLenbParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.ln`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsLnParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsLnParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsLnParams {
    const TYPE_NAME: &'static str = "microsoft.graph.ln(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":"];
    const TAG: &'static str = "\"#microsoft.graph.ln(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.number),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "number", &self.number);
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
rt::impl_object!(WorkbookFunctionsLnParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsLnParams { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsLnParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.log`.
/// - `number`: `microsoft.graph.Json`
/// - `base`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsLogParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// CSDL: property `base`: `microsoft.graph.Json`, nullable.
    pub base: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsLogParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            base: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsLogParams {
    const TYPE_NAME: &'static str = "microsoft.graph.log(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "base"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":", ",\"base\":"];
    const TAG: &'static str = "\"#microsoft.graph.log(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.base.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.base);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.number),
            1usize => ::std::option::Option::Some(&self.base),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "number", &self.number);
        d.field(1usize, "base", &self.base);
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
rt::impl_object!(WorkbookFunctionsLogParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsLogParams { with_number number : crate ::beta::Json; with_base base
    : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsLogParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.log10`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsLog10Params {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsLog10Params {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsLog10Params {
    const TYPE_NAME: &'static str = "microsoft.graph.log10(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":"];
    const TAG: &'static str = "\"#microsoft.graph.log10(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.number),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "number", &self.number);
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
rt::impl_object!(WorkbookFunctionsLog10Params);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsLog10Params { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsLog10Params);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.logNorm_Dist`.
/// - `x`: `microsoft.graph.Json`
/// - `mean`: `microsoft.graph.Json`
/// - `standardDev`: `microsoft.graph.Json`
/// - `cumulative`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsLogNormDistParams {
    /// CSDL: property `x`: `microsoft.graph.Json`, nullable.
    pub x: rt::Field<crate::beta::Json>,
    /// CSDL: property `mean`: `microsoft.graph.Json`, nullable.
    pub mean: rt::Field<crate::beta::Json>,
    /// CSDL: property `standardDev`: `microsoft.graph.Json`, nullable.
    pub standard_dev: rt::Field<crate::beta::Json>,
    /// CSDL: property `cumulative`: `microsoft.graph.Json`, nullable.
    pub cumulative: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsLogNormDistParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            mean: rt::Field::Absent,
            standard_dev: rt::Field::Absent,
            cumulative: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsLogNormDistParams {
    const TYPE_NAME: &'static str = "microsoft.graph.logNorm_Dist(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x", "mean", "standardDev", "cumulative"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"x\":",
        ",\"mean\":",
        ",\"standardDev\":",
        ",\"cumulative\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.logNorm_Dist(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.x.read_from(r),
            1usize => self.mean.read_from(r),
            2usize => self.standard_dev.read_from(r),
            3usize => self.cumulative.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.x);
        w.field(1usize, &self.mean);
        w.field(2usize, &self.standard_dev);
        w.field(3usize, &self.cumulative);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.x),
            1usize => ::std::option::Option::Some(&self.mean),
            2usize => ::std::option::Option::Some(&self.standard_dev),
            3usize => ::std::option::Option::Some(&self.cumulative),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "x", &self.x);
        d.field(1usize, "mean", &self.mean);
        d.field(2usize, "standard_dev", &self.standard_dev);
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
rt::impl_object!(WorkbookFunctionsLogNormDistParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsLogNormDistParams { with_x x : crate ::beta::Json; with_mean mean :
    crate ::beta::Json; with_standard_dev standard_dev : crate ::beta::Json;
    with_cumulative cumulative : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsLogNormDistParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.logNorm_Inv`.
/// - `probability`: `microsoft.graph.Json`
/// - `mean`: `microsoft.graph.Json`
/// - `standardDev`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsLogNormInvParams {
    /// CSDL: property `probability`: `microsoft.graph.Json`, nullable.
    pub probability: rt::Field<crate::beta::Json>,
    /// CSDL: property `mean`: `microsoft.graph.Json`, nullable.
    pub mean: rt::Field<crate::beta::Json>,
    /// CSDL: property `standardDev`: `microsoft.graph.Json`, nullable.
    pub standard_dev: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsLogNormInvParams {
    #[inline]
    fn default() -> Self {
        Self {
            probability: rt::Field::Absent,
            mean: rt::Field::Absent,
            standard_dev: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsLogNormInvParams {
    const TYPE_NAME: &'static str = "microsoft.graph.logNorm_Inv(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["probability", "mean", "standardDev"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"probability\":",
        ",\"mean\":",
        ",\"standardDev\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.logNorm_Inv(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.probability.read_from(r),
            1usize => self.mean.read_from(r),
            2usize => self.standard_dev.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.probability);
        w.field(1usize, &self.mean);
        w.field(2usize, &self.standard_dev);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.probability),
            1usize => ::std::option::Option::Some(&self.mean),
            2usize => ::std::option::Option::Some(&self.standard_dev),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "probability", &self.probability);
        d.field(1usize, "mean", &self.mean);
        d.field(2usize, "standard_dev", &self.standard_dev);
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
rt::impl_object!(WorkbookFunctionsLogNormInvParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsLogNormInvParams { with_probability probability : crate
    ::beta::Json; with_mean mean : crate ::beta::Json; with_standard_dev standard_dev :
    crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsLogNormInvParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.lookup`.
/// - `lookupValue`: `microsoft.graph.Json`
/// - `lookupVector`: `microsoft.graph.Json`
/// - `resultVector`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsLookupParams {
    /// CSDL: property `lookupValue`: `microsoft.graph.Json`, nullable.
    pub lookup_value: rt::Field<crate::beta::Json>,
    /// CSDL: property `lookupVector`: `microsoft.graph.Json`, nullable.
    pub lookup_vector: rt::Field<crate::beta::Json>,
    /// CSDL: property `resultVector`: `microsoft.graph.Json`, nullable.
    pub result_vector: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsLookupParams {
    #[inline]
    fn default() -> Self {
        Self {
            lookup_value: rt::Field::Absent,
            lookup_vector: rt::Field::Absent,
            result_vector: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsLookupParams {
    const TYPE_NAME: &'static str = "microsoft.graph.lookup(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "lookupValue",
        "lookupVector",
        "resultVector",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"lookupValue\":",
        ",\"lookupVector\":",
        ",\"resultVector\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.lookup(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.lookup_value.read_from(r),
            1usize => self.lookup_vector.read_from(r),
            2usize => self.result_vector.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.lookup_value);
        w.field(1usize, &self.lookup_vector);
        w.field(2usize, &self.result_vector);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.lookup_value),
            1usize => ::std::option::Option::Some(&self.lookup_vector),
            2usize => ::std::option::Option::Some(&self.result_vector),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "lookup_value", &self.lookup_value);
        d.field(1usize, "lookup_vector", &self.lookup_vector);
        d.field(2usize, "result_vector", &self.result_vector);
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
rt::impl_object!(WorkbookFunctionsLookupParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsLookupParams { with_lookup_value lookup_value : crate ::beta::Json;
    with_lookup_vector lookup_vector : crate ::beta::Json; with_result_vector
    result_vector : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsLookupParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.lower`.
/// - `text`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsLowerParams {
    /// CSDL: property `text`: `microsoft.graph.Json`, nullable.
    pub text: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsLowerParams {
    #[inline]
    fn default() -> Self {
        Self {
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsLowerParams {
    const TYPE_NAME: &'static str = "microsoft.graph.lower(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text"];
    const KEYS_JSON: &'static [&'static str] = &[",\"text\":"];
    const TAG: &'static str = "\"#microsoft.graph.lower(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.text);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.text),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "text", &self.text);
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
rt::impl_object!(WorkbookFunctionsLowerParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(WorkbookFunctionsLowerParams { with_text text : crate ::beta::Json; });
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsLowerParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.match`.
/// - `lookupValue`: `microsoft.graph.Json`
/// - `lookupArray`: `microsoft.graph.Json`
/// - `matchType`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsMatchParams {
    /// CSDL: property `lookupValue`: `microsoft.graph.Json`, nullable.
    pub lookup_value: rt::Field<crate::beta::Json>,
    /// CSDL: property `lookupArray`: `microsoft.graph.Json`, nullable.
    pub lookup_array: rt::Field<crate::beta::Json>,
    /// CSDL: property `matchType`: `microsoft.graph.Json`, nullable.
    pub match_type: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsMatchParams {
    #[inline]
    fn default() -> Self {
        Self {
            lookup_value: rt::Field::Absent,
            lookup_array: rt::Field::Absent,
            match_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsMatchParams {
    const TYPE_NAME: &'static str = "microsoft.graph.match(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["lookupValue", "lookupArray", "matchType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"lookupValue\":",
        ",\"lookupArray\":",
        ",\"matchType\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.match(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.lookup_value.read_from(r),
            1usize => self.lookup_array.read_from(r),
            2usize => self.match_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.lookup_value);
        w.field(1usize, &self.lookup_array);
        w.field(2usize, &self.match_type);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.lookup_value),
            1usize => ::std::option::Option::Some(&self.lookup_array),
            2usize => ::std::option::Option::Some(&self.match_type),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "lookup_value", &self.lookup_value);
        d.field(1usize, "lookup_array", &self.lookup_array);
        d.field(2usize, "match_type", &self.match_type);
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
rt::impl_object!(WorkbookFunctionsMatchParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsMatchParams { with_lookup_value lookup_value : crate ::beta::Json;
    with_lookup_array lookup_array : crate ::beta::Json; with_match_type match_type :
    crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMatchParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.max`.
/// - `values`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsMaxParams {
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsMaxParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsMaxParams {
    const TYPE_NAME: &'static str = "microsoft.graph.max(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":"];
    const TAG: &'static str = "\"#microsoft.graph.max(microsoft.graph.workbookFunctions)\"";
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
rt::impl_object!(WorkbookFunctionsMaxParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsMaxParams { with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMaxParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.maxA`.
/// - `values`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsMaxAParams {
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsMaxAParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsMaxAParams {
    const TYPE_NAME: &'static str = "microsoft.graph.maxA(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":"];
    const TAG: &'static str = "\"#microsoft.graph.maxA(microsoft.graph.workbookFunctions)\"";
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
rt::impl_object!(WorkbookFunctionsMaxAParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsMaxAParams { with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMaxAParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.mduration`.
/// - `settlement`: `microsoft.graph.Json`
/// - `maturity`: `microsoft.graph.Json`
/// - `coupon`: `microsoft.graph.Json`
/// - `yld`: `microsoft.graph.Json`
/// - `frequency`: `microsoft.graph.Json`
/// - `basis`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsMdurationParams {
    /// CSDL: property `settlement`: `microsoft.graph.Json`, nullable.
    pub settlement: rt::Field<crate::beta::Json>,
    /// CSDL: property `maturity`: `microsoft.graph.Json`, nullable.
    pub maturity: rt::Field<crate::beta::Json>,
    /// CSDL: property `coupon`: `microsoft.graph.Json`, nullable.
    pub coupon: rt::Field<crate::beta::Json>,
    /// CSDL: property `yld`: `microsoft.graph.Json`, nullable.
    pub yld: rt::Field<crate::beta::Json>,
    /// CSDL: property `frequency`: `microsoft.graph.Json`, nullable.
    pub frequency: rt::Field<crate::beta::Json>,
    /// CSDL: property `basis`: `microsoft.graph.Json`, nullable.
    pub basis: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsMdurationParams {
    #[inline]
    fn default() -> Self {
        Self {
            settlement: rt::Field::Absent,
            maturity: rt::Field::Absent,
            coupon: rt::Field::Absent,
            yld: rt::Field::Absent,
            frequency: rt::Field::Absent,
            basis: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsMdurationParams {
    const TYPE_NAME: &'static str = "microsoft.graph.mduration(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "settlement",
        "maturity",
        "coupon",
        "yld",
        "frequency",
        "basis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settlement\":",
        ",\"maturity\":",
        ",\"coupon\":",
        ",\"yld\":",
        ",\"frequency\":",
        ",\"basis\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mduration(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.settlement.read_from(r),
            1usize => self.maturity.read_from(r),
            2usize => self.coupon.read_from(r),
            3usize => self.yld.read_from(r),
            4usize => self.frequency.read_from(r),
            5usize => self.basis.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.settlement);
        w.field(1usize, &self.maturity);
        w.field(2usize, &self.coupon);
        w.field(3usize, &self.yld);
        w.field(4usize, &self.frequency);
        w.field(5usize, &self.basis);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.settlement),
            1usize => ::std::option::Option::Some(&self.maturity),
            2usize => ::std::option::Option::Some(&self.coupon),
            3usize => ::std::option::Option::Some(&self.yld),
            4usize => ::std::option::Option::Some(&self.frequency),
            5usize => ::std::option::Option::Some(&self.basis),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "settlement", &self.settlement);
        d.field(1usize, "maturity", &self.maturity);
        d.field(2usize, "coupon", &self.coupon);
        d.field(3usize, "yld", &self.yld);
        d.field(4usize, "frequency", &self.frequency);
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
rt::impl_object!(WorkbookFunctionsMdurationParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsMdurationParams { with_settlement settlement : crate ::beta::Json;
    with_maturity maturity : crate ::beta::Json; with_coupon coupon : crate ::beta::Json;
    with_yld yld : crate ::beta::Json; with_frequency frequency : crate ::beta::Json;
    with_basis basis : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMdurationParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.median`.
/// - `values`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsMedianParams {
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsMedianParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsMedianParams {
    const TYPE_NAME: &'static str = "microsoft.graph.median(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":"];
    const TAG: &'static str = "\"#microsoft.graph.median(microsoft.graph.workbookFunctions)\"";
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
rt::impl_object!(WorkbookFunctionsMedianParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsMedianParams { with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMedianParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.mid`.
/// - `text`: `microsoft.graph.Json`
/// - `startNum`: `microsoft.graph.Json`
/// - `numChars`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsMidParams {
    /// CSDL: property `text`: `microsoft.graph.Json`, nullable.
    pub text: rt::Field<crate::beta::Json>,
    /// CSDL: property `startNum`: `microsoft.graph.Json`, nullable.
    pub start_num: rt::Field<crate::beta::Json>,
    /// CSDL: property `numChars`: `microsoft.graph.Json`, nullable.
    pub num_chars: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsMidParams {
    #[inline]
    fn default() -> Self {
        Self {
            text: rt::Field::Absent,
            start_num: rt::Field::Absent,
            num_chars: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsMidParams {
    const TYPE_NAME: &'static str = "microsoft.graph.mid(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text", "startNum", "numChars"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"text\":",
        ",\"startNum\":",
        ",\"numChars\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mid(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.text.read_from(r),
            1usize => self.start_num.read_from(r),
            2usize => self.num_chars.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.text);
        w.field(1usize, &self.start_num);
        w.field(2usize, &self.num_chars);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.text),
            1usize => ::std::option::Option::Some(&self.start_num),
            2usize => ::std::option::Option::Some(&self.num_chars),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "text", &self.text);
        d.field(1usize, "start_num", &self.start_num);
        d.field(2usize, "num_chars", &self.num_chars);
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
rt::impl_object!(WorkbookFunctionsMidParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsMidParams { with_text text : crate ::beta::Json; with_start_num
    start_num : crate ::beta::Json; with_num_chars num_chars : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMidParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.midb`.
/// - `text`: `microsoft.graph.Json`
/// - `startNum`: `microsoft.graph.Json`
/// - `numBytes`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsMidbParams {
    /// CSDL: property `text`: `microsoft.graph.Json`, nullable.
    pub text: rt::Field<crate::beta::Json>,
    /// CSDL: property `startNum`: `microsoft.graph.Json`, nullable.
    pub start_num: rt::Field<crate::beta::Json>,
    /// CSDL: property `numBytes`: `microsoft.graph.Json`, nullable.
    pub num_bytes: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsMidbParams {
    #[inline]
    fn default() -> Self {
        Self {
            text: rt::Field::Absent,
            start_num: rt::Field::Absent,
            num_bytes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsMidbParams {
    const TYPE_NAME: &'static str = "microsoft.graph.midb(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text", "startNum", "numBytes"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"text\":",
        ",\"startNum\":",
        ",\"numBytes\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.midb(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.text.read_from(r),
            1usize => self.start_num.read_from(r),
            2usize => self.num_bytes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.text);
        w.field(1usize, &self.start_num);
        w.field(2usize, &self.num_bytes);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.text),
            1usize => ::std::option::Option::Some(&self.start_num),
            2usize => ::std::option::Option::Some(&self.num_bytes),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "text", &self.text);
        d.field(1usize, "start_num", &self.start_num);
        d.field(2usize, "num_bytes", &self.num_bytes);
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
rt::impl_object!(WorkbookFunctionsMidbParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsMidbParams { with_text text : crate ::beta::Json; with_start_num
    start_num : crate ::beta::Json; with_num_bytes num_bytes : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMidbParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.min`.
/// - `values`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsMinParams {
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsMinParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsMinParams {
    const TYPE_NAME: &'static str = "microsoft.graph.min(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":"];
    const TAG: &'static str = "\"#microsoft.graph.min(microsoft.graph.workbookFunctions)\"";
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
rt::impl_object!(WorkbookFunctionsMinParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsMinParams { with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMinParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.minA`.
/// - `values`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsMinAParams {
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsMinAParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsMinAParams {
    const TYPE_NAME: &'static str = "microsoft.graph.minA(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":"];
    const TAG: &'static str = "\"#microsoft.graph.minA(microsoft.graph.workbookFunctions)\"";
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
rt::impl_object!(WorkbookFunctionsMinAParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsMinAParams { with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMinAParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.minute`.
/// - `serialNumber`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsMinuteParams {
    /// CSDL: property `serialNumber`: `microsoft.graph.Json`, nullable.
    pub serial_number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsMinuteParams {
    #[inline]
    fn default() -> Self {
        Self {
            serial_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsMinuteParams {
    const TYPE_NAME: &'static str = "microsoft.graph.minute(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["serialNumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"serialNumber\":"];
    const TAG: &'static str = "\"#microsoft.graph.minute(microsoft.graph.workbookFunctions)\"";
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
rt::impl_object!(WorkbookFunctionsMinuteParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsMinuteParams { with_serial_number serial_number : crate
    ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMinuteParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.mirr`.
/// - `values`: `microsoft.graph.Json`
/// - `financeRate`: `microsoft.graph.Json`
/// - `reinvestRate`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsMirrParams {
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// CSDL: property `financeRate`: `microsoft.graph.Json`, nullable.
    pub finance_rate: rt::Field<crate::beta::Json>,
    /// CSDL: property `reinvestRate`: `microsoft.graph.Json`, nullable.
    pub reinvest_rate: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsMirrParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            finance_rate: rt::Field::Absent,
            reinvest_rate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsMirrParams {
    const TYPE_NAME: &'static str = "microsoft.graph.mirr(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values", "financeRate", "reinvestRate"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"values\":",
        ",\"financeRate\":",
        ",\"reinvestRate\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mirr(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.values.read_from(r),
            1usize => self.finance_rate.read_from(r),
            2usize => self.reinvest_rate.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.values);
        w.field(1usize, &self.finance_rate);
        w.field(2usize, &self.reinvest_rate);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.values),
            1usize => ::std::option::Option::Some(&self.finance_rate),
            2usize => ::std::option::Option::Some(&self.reinvest_rate),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "values", &self.values);
        d.field(1usize, "finance_rate", &self.finance_rate);
        d.field(2usize, "reinvest_rate", &self.reinvest_rate);
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
rt::impl_object!(WorkbookFunctionsMirrParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsMirrParams { with_values values : crate ::beta::Json;
    with_finance_rate finance_rate : crate ::beta::Json; with_reinvest_rate reinvest_rate
    : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMirrParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.mod`.
/// - `number`: `microsoft.graph.Json`
/// - `divisor`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsModParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// CSDL: property `divisor`: `microsoft.graph.Json`, nullable.
    pub divisor: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsModParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            divisor: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsModParams {
    const TYPE_NAME: &'static str = "microsoft.graph.mod(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "divisor"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":", ",\"divisor\":"];
    const TAG: &'static str = "\"#microsoft.graph.mod(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.divisor.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.divisor);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.number),
            1usize => ::std::option::Option::Some(&self.divisor),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "number", &self.number);
        d.field(1usize, "divisor", &self.divisor);
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
rt::impl_object!(WorkbookFunctionsModParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsModParams { with_number number : crate ::beta::Json; with_divisor
    divisor : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsModParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.month`.
/// - `serialNumber`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsMonthParams {
    /// CSDL: property `serialNumber`: `microsoft.graph.Json`, nullable.
    pub serial_number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsMonthParams {
    #[inline]
    fn default() -> Self {
        Self {
            serial_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsMonthParams {
    const TYPE_NAME: &'static str = "microsoft.graph.month(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["serialNumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"serialNumber\":"];
    const TAG: &'static str = "\"#microsoft.graph.month(microsoft.graph.workbookFunctions)\"";
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
rt::impl_object!(WorkbookFunctionsMonthParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsMonthParams { with_serial_number serial_number : crate ::beta::Json;
    }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMonthParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.mround`.
/// - `number`: `microsoft.graph.Json`
/// - `multiple`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsMroundParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// CSDL: property `multiple`: `microsoft.graph.Json`, nullable.
    pub multiple: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsMroundParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            multiple: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsMroundParams {
    const TYPE_NAME: &'static str = "microsoft.graph.mround(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "multiple"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":", ",\"multiple\":"];
    const TAG: &'static str = "\"#microsoft.graph.mround(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.multiple.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.multiple);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.number),
            1usize => ::std::option::Option::Some(&self.multiple),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "number", &self.number);
        d.field(1usize, "multiple", &self.multiple);
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
rt::impl_object!(WorkbookFunctionsMroundParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsMroundParams { with_number number : crate ::beta::Json;
    with_multiple multiple : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMroundParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.multiNomial`.
/// - `values`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct WorkbookFunctionsMultiNomialParams {
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsMultiNomialParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsMultiNomialParams {
    const TYPE_NAME: &'static str = "microsoft.graph.multiNomial(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":"];
    const TAG: &'static str = "\"#microsoft.graph.multiNomial(microsoft.graph.workbookFunctions)\"";
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
rt::impl_object!(WorkbookFunctionsMultiNomialParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsMultiNomialParams { with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMultiNomialParams);
