//! Items of `params` by the first letters of their types' names (`workbookfunctionsa_workbookfunctionse`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.abs`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsAbsParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsAbsParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsAbsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.abs(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.abs(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsAbsParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsAbsParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsAbsParams { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsAbsParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.accrInt`.
/// - `issue`: `microsoft.graph.Json`
/// - `firstInterest`: `microsoft.graph.Json`
/// - `settlement`: `microsoft.graph.Json`
/// - `rate`: `microsoft.graph.Json`
/// - `par`: `microsoft.graph.Json`
/// - `frequency`: `microsoft.graph.Json`
/// - `basis`: `microsoft.graph.Json`
/// - `calcMethod`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsAccrIntParams {
    /// CSDL: property `issue`: `microsoft.graph.Json`, nullable.
    pub issue: rt::Field<crate::beta::Json>,
    /// CSDL: property `firstInterest`: `microsoft.graph.Json`, nullable.
    pub first_interest: rt::Field<crate::beta::Json>,
    /// CSDL: property `settlement`: `microsoft.graph.Json`, nullable.
    pub settlement: rt::Field<crate::beta::Json>,
    /// CSDL: property `rate`: `microsoft.graph.Json`, nullable.
    pub rate: rt::Field<crate::beta::Json>,
    /// CSDL: property `par`: `microsoft.graph.Json`, nullable.
    pub par: rt::Field<crate::beta::Json>,
    /// CSDL: property `frequency`: `microsoft.graph.Json`, nullable.
    pub frequency: rt::Field<crate::beta::Json>,
    /// CSDL: property `basis`: `microsoft.graph.Json`, nullable.
    pub basis: rt::Field<crate::beta::Json>,
    /// CSDL: property `calcMethod`: `microsoft.graph.Json`, nullable.
    pub calc_method: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsAccrIntParams {
    #[inline]
    fn default() -> Self {
        Self {
            issue: rt::Field::Absent,
            first_interest: rt::Field::Absent,
            settlement: rt::Field::Absent,
            rate: rt::Field::Absent,
            par: rt::Field::Absent,
            frequency: rt::Field::Absent,
            basis: rt::Field::Absent,
            calc_method: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsAccrIntParams {
    const TYPE_NAME: &'static str = "microsoft.graph.accrInt(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "issue",
        "firstInterest",
        "settlement",
        "rate",
        "par",
        "frequency",
        "basis",
        "calcMethod",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"issue\":                        ",
        ",\"firstInterest\":                ",
        ",\"settlement\":                   ",
        ",\"rate\":                         ",
        ",\"par\":                          ",
        ",\"frequency\":                    ",
        ",\"basis\":                        ",
        ",\"calcMethod\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accrInt(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "issue", &self.issue);
        v.field(1usize, "first_interest", &self.first_interest);
        v.field(2usize, "settlement", &self.settlement);
        v.field(3usize, "rate", &self.rate);
        v.field(4usize, "par", &self.par);
        v.field(5usize, "frequency", &self.frequency);
        v.field(6usize, "basis", &self.basis);
        v.field(7usize, "calc_method", &self.calc_method);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsAccrIntParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.issue.read_from(r),
            1usize => self.first_interest.read_from(r),
            2usize => self.settlement.read_from(r),
            3usize => self.rate.read_from(r),
            4usize => self.par.read_from(r),
            5usize => self.frequency.read_from(r),
            6usize => self.basis.read_from(r),
            7usize => self.calc_method.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.issue);
        w.field(1usize, &self.first_interest);
        w.field(2usize, &self.settlement);
        w.field(3usize, &self.rate);
        w.field(4usize, &self.par);
        w.field(5usize, &self.frequency);
        w.field(6usize, &self.basis);
        w.field(7usize, &self.calc_method);
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
rt::impl_object!(WorkbookFunctionsAccrIntParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsAccrIntParams { with_issue issue : crate ::beta::Json;
    with_first_interest first_interest : crate ::beta::Json; with_settlement settlement :
    crate ::beta::Json; with_rate rate : crate ::beta::Json; with_par par : crate
    ::beta::Json; with_frequency frequency : crate ::beta::Json; with_basis basis : crate
    ::beta::Json; with_calc_method calc_method : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsAccrIntParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.accrIntM`.
/// - `issue`: `microsoft.graph.Json`
/// - `settlement`: `microsoft.graph.Json`
/// - `rate`: `microsoft.graph.Json`
/// - `par`: `microsoft.graph.Json`
/// - `basis`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsAccrIntMParams {
    /// CSDL: property `issue`: `microsoft.graph.Json`, nullable.
    pub issue: rt::Field<crate::beta::Json>,
    /// CSDL: property `settlement`: `microsoft.graph.Json`, nullable.
    pub settlement: rt::Field<crate::beta::Json>,
    /// CSDL: property `rate`: `microsoft.graph.Json`, nullable.
    pub rate: rt::Field<crate::beta::Json>,
    /// CSDL: property `par`: `microsoft.graph.Json`, nullable.
    pub par: rt::Field<crate::beta::Json>,
    /// CSDL: property `basis`: `microsoft.graph.Json`, nullable.
    pub basis: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsAccrIntMParams {
    #[inline]
    fn default() -> Self {
        Self {
            issue: rt::Field::Absent,
            settlement: rt::Field::Absent,
            rate: rt::Field::Absent,
            par: rt::Field::Absent,
            basis: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsAccrIntMParams {
    const TYPE_NAME: &'static str = "microsoft.graph.accrIntM(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "issue",
        "settlement",
        "rate",
        "par",
        "basis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"issue\":                        ",
        ",\"settlement\":                   ",
        ",\"rate\":                         ",
        ",\"par\":                          ",
        ",\"basis\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accrIntM(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "issue", &self.issue);
        v.field(1usize, "settlement", &self.settlement);
        v.field(2usize, "rate", &self.rate);
        v.field(3usize, "par", &self.par);
        v.field(4usize, "basis", &self.basis);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsAccrIntMParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.issue.read_from(r),
            1usize => self.settlement.read_from(r),
            2usize => self.rate.read_from(r),
            3usize => self.par.read_from(r),
            4usize => self.basis.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.issue);
        w.field(1usize, &self.settlement);
        w.field(2usize, &self.rate);
        w.field(3usize, &self.par);
        w.field(4usize, &self.basis);
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
rt::impl_object!(WorkbookFunctionsAccrIntMParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsAccrIntMParams { with_issue issue : crate ::beta::Json;
    with_settlement settlement : crate ::beta::Json; with_rate rate : crate ::beta::Json;
    with_par par : crate ::beta::Json; with_basis basis : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsAccrIntMParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.acos`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsAcosParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsAcosParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsAcosParams {
    const TYPE_NAME: &'static str = "microsoft.graph.acos(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.acos(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsAcosParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsAcosParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsAcosParams { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsAcosParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.acosh`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsAcoshParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsAcoshParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsAcoshParams {
    const TYPE_NAME: &'static str = "microsoft.graph.acosh(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.acosh(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsAcoshParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsAcoshParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsAcoshParams { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsAcoshParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.acot`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsAcotParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsAcotParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsAcotParams {
    const TYPE_NAME: &'static str = "microsoft.graph.acot(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.acot(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsAcotParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsAcotParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsAcotParams { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsAcotParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.acoth`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsAcothParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsAcothParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsAcothParams {
    const TYPE_NAME: &'static str = "microsoft.graph.acoth(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.acoth(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsAcothParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsAcothParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsAcothParams { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsAcothParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.amorDegrc`.
/// - `cost`: `microsoft.graph.Json`
/// - `datePurchased`: `microsoft.graph.Json`
/// - `firstPeriod`: `microsoft.graph.Json`
/// - `salvage`: `microsoft.graph.Json`
/// - `period`: `microsoft.graph.Json`
/// - `rate`: `microsoft.graph.Json`
/// - `basis`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsAmorDegrcParams {
    /// CSDL: property `cost`: `microsoft.graph.Json`, nullable.
    pub cost: rt::Field<crate::beta::Json>,
    /// CSDL: property `datePurchased`: `microsoft.graph.Json`, nullable.
    pub date_purchased: rt::Field<crate::beta::Json>,
    /// CSDL: property `firstPeriod`: `microsoft.graph.Json`, nullable.
    pub first_period: rt::Field<crate::beta::Json>,
    /// CSDL: property `salvage`: `microsoft.graph.Json`, nullable.
    pub salvage: rt::Field<crate::beta::Json>,
    /// CSDL: property `period`: `microsoft.graph.Json`, nullable.
    pub period: rt::Field<crate::beta::Json>,
    /// CSDL: property `rate`: `microsoft.graph.Json`, nullable.
    pub rate: rt::Field<crate::beta::Json>,
    /// CSDL: property `basis`: `microsoft.graph.Json`, nullable.
    pub basis: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsAmorDegrcParams {
    #[inline]
    fn default() -> Self {
        Self {
            cost: rt::Field::Absent,
            date_purchased: rt::Field::Absent,
            first_period: rt::Field::Absent,
            salvage: rt::Field::Absent,
            period: rt::Field::Absent,
            rate: rt::Field::Absent,
            basis: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsAmorDegrcParams {
    const TYPE_NAME: &'static str = "microsoft.graph.amorDegrc(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "cost",
        "datePurchased",
        "firstPeriod",
        "salvage",
        "period",
        "rate",
        "basis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"cost\":                         ",
        ",\"datePurchased\":                ",
        ",\"firstPeriod\":                  ",
        ",\"salvage\":                      ",
        ",\"period\":                       ",
        ",\"rate\":                         ",
        ",\"basis\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.amorDegrc(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cost", &self.cost);
        v.field(1usize, "date_purchased", &self.date_purchased);
        v.field(2usize, "first_period", &self.first_period);
        v.field(3usize, "salvage", &self.salvage);
        v.field(4usize, "period", &self.period);
        v.field(5usize, "rate", &self.rate);
        v.field(6usize, "basis", &self.basis);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsAmorDegrcParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cost.read_from(r),
            1usize => self.date_purchased.read_from(r),
            2usize => self.first_period.read_from(r),
            3usize => self.salvage.read_from(r),
            4usize => self.period.read_from(r),
            5usize => self.rate.read_from(r),
            6usize => self.basis.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cost);
        w.field(1usize, &self.date_purchased);
        w.field(2usize, &self.first_period);
        w.field(3usize, &self.salvage);
        w.field(4usize, &self.period);
        w.field(5usize, &self.rate);
        w.field(6usize, &self.basis);
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
rt::impl_object!(WorkbookFunctionsAmorDegrcParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsAmorDegrcParams { with_cost cost : crate ::beta::Json;
    with_date_purchased date_purchased : crate ::beta::Json; with_first_period
    first_period : crate ::beta::Json; with_salvage salvage : crate ::beta::Json;
    with_period period : crate ::beta::Json; with_rate rate : crate ::beta::Json;
    with_basis basis : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsAmorDegrcParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.amorLinc`.
/// - `cost`: `microsoft.graph.Json`
/// - `datePurchased`: `microsoft.graph.Json`
/// - `firstPeriod`: `microsoft.graph.Json`
/// - `salvage`: `microsoft.graph.Json`
/// - `period`: `microsoft.graph.Json`
/// - `rate`: `microsoft.graph.Json`
/// - `basis`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsAmorLincParams {
    /// CSDL: property `cost`: `microsoft.graph.Json`, nullable.
    pub cost: rt::Field<crate::beta::Json>,
    /// CSDL: property `datePurchased`: `microsoft.graph.Json`, nullable.
    pub date_purchased: rt::Field<crate::beta::Json>,
    /// CSDL: property `firstPeriod`: `microsoft.graph.Json`, nullable.
    pub first_period: rt::Field<crate::beta::Json>,
    /// CSDL: property `salvage`: `microsoft.graph.Json`, nullable.
    pub salvage: rt::Field<crate::beta::Json>,
    /// CSDL: property `period`: `microsoft.graph.Json`, nullable.
    pub period: rt::Field<crate::beta::Json>,
    /// CSDL: property `rate`: `microsoft.graph.Json`, nullable.
    pub rate: rt::Field<crate::beta::Json>,
    /// CSDL: property `basis`: `microsoft.graph.Json`, nullable.
    pub basis: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsAmorLincParams {
    #[inline]
    fn default() -> Self {
        Self {
            cost: rt::Field::Absent,
            date_purchased: rt::Field::Absent,
            first_period: rt::Field::Absent,
            salvage: rt::Field::Absent,
            period: rt::Field::Absent,
            rate: rt::Field::Absent,
            basis: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsAmorLincParams {
    const TYPE_NAME: &'static str = "microsoft.graph.amorLinc(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "cost",
        "datePurchased",
        "firstPeriod",
        "salvage",
        "period",
        "rate",
        "basis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"cost\":                         ",
        ",\"datePurchased\":                ",
        ",\"firstPeriod\":                  ",
        ",\"salvage\":                      ",
        ",\"period\":                       ",
        ",\"rate\":                         ",
        ",\"basis\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.amorLinc(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cost", &self.cost);
        v.field(1usize, "date_purchased", &self.date_purchased);
        v.field(2usize, "first_period", &self.first_period);
        v.field(3usize, "salvage", &self.salvage);
        v.field(4usize, "period", &self.period);
        v.field(5usize, "rate", &self.rate);
        v.field(6usize, "basis", &self.basis);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsAmorLincParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cost.read_from(r),
            1usize => self.date_purchased.read_from(r),
            2usize => self.first_period.read_from(r),
            3usize => self.salvage.read_from(r),
            4usize => self.period.read_from(r),
            5usize => self.rate.read_from(r),
            6usize => self.basis.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cost);
        w.field(1usize, &self.date_purchased);
        w.field(2usize, &self.first_period);
        w.field(3usize, &self.salvage);
        w.field(4usize, &self.period);
        w.field(5usize, &self.rate);
        w.field(6usize, &self.basis);
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
rt::impl_object!(WorkbookFunctionsAmorLincParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsAmorLincParams { with_cost cost : crate ::beta::Json;
    with_date_purchased date_purchased : crate ::beta::Json; with_first_period
    first_period : crate ::beta::Json; with_salvage salvage : crate ::beta::Json;
    with_period period : crate ::beta::Json; with_rate rate : crate ::beta::Json;
    with_basis basis : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsAmorLincParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.and`.
/// - `values`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsAndParams {
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsAndParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsAndParams {
    const TYPE_NAME: &'static str = "microsoft.graph.and(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.and(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsAndParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsAndParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsAndParams { with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsAndParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.arabic`.
/// - `text`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsArabicParams {
    /// CSDL: property `text`: `microsoft.graph.Json`, nullable.
    pub text: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsArabicParams {
    #[inline]
    fn default() -> Self {
        Self {
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsArabicParams {
    const TYPE_NAME: &'static str = "microsoft.graph.arabic(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text"];
    const KEYS_JSON: &'static [&'static str] = &[",\"text\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.arabic(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "text", &self.text);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsArabicParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsArabicParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsArabicParams { with_text text : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsArabicParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.areas`.
/// - `reference`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsAreasParams {
    /// CSDL: property `reference`: `microsoft.graph.Json`, nullable.
    pub reference: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsAreasParams {
    #[inline]
    fn default() -> Self {
        Self {
            reference: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsAreasParams {
    const TYPE_NAME: &'static str = "microsoft.graph.areas(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["reference"];
    const KEYS_JSON: &'static [&'static str] = &[",\"reference\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.areas(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "reference", &self.reference);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsAreasParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsAreasParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsAreasParams { with_reference reference : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsAreasParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.asc`.
/// - `text`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsAscParams {
    /// CSDL: property `text`: `microsoft.graph.Json`, nullable.
    pub text: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsAscParams {
    #[inline]
    fn default() -> Self {
        Self {
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsAscParams {
    const TYPE_NAME: &'static str = "microsoft.graph.asc(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text"];
    const KEYS_JSON: &'static [&'static str] = &[",\"text\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.asc(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "text", &self.text);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsAscParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsAscParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(WorkbookFunctionsAscParams { with_text text : crate ::beta::Json; });
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsAscParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.asin`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsAsinParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsAsinParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsAsinParams {
    const TYPE_NAME: &'static str = "microsoft.graph.asin(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.asin(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsAsinParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsAsinParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsAsinParams { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsAsinParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.asinh`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsAsinhParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsAsinhParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsAsinhParams {
    const TYPE_NAME: &'static str = "microsoft.graph.asinh(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.asinh(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsAsinhParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsAsinhParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsAsinhParams { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsAsinhParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.atan`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsAtanParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsAtanParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsAtanParams {
    const TYPE_NAME: &'static str = "microsoft.graph.atan(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.atan(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsAtanParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsAtanParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsAtanParams { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsAtanParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.atan2`.
/// - `xNum`: `microsoft.graph.Json`
/// - `yNum`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsAtan2Params {
    /// CSDL: property `xNum`: `microsoft.graph.Json`, nullable.
    pub x_num: rt::Field<crate::beta::Json>,
    /// CSDL: property `yNum`: `microsoft.graph.Json`, nullable.
    pub y_num: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsAtan2Params {
    #[inline]
    fn default() -> Self {
        Self {
            x_num: rt::Field::Absent,
            y_num: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsAtan2Params {
    const TYPE_NAME: &'static str = "microsoft.graph.atan2(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["xNum", "yNum"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"xNum\":                         ",
        ",\"yNum\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.atan2(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x_num", &self.x_num);
        v.field(1usize, "y_num", &self.y_num);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsAtan2Params {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.x_num.read_from(r),
            1usize => self.y_num.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.x_num);
        w.field(1usize, &self.y_num);
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
rt::impl_object!(WorkbookFunctionsAtan2Params);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsAtan2Params { with_x_num x_num : crate ::beta::Json; with_y_num
    y_num : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsAtan2Params);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.atanh`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsAtanhParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsAtanhParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsAtanhParams {
    const TYPE_NAME: &'static str = "microsoft.graph.atanh(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.atanh(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsAtanhParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsAtanhParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsAtanhParams { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsAtanhParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.aveDev`.
/// - `values`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsAveDevParams {
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsAveDevParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsAveDevParams {
    const TYPE_NAME: &'static str = "microsoft.graph.aveDev(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.aveDev(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsAveDevParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsAveDevParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsAveDevParams { with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsAveDevParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.average`.
/// - `values`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsAverageParams {
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsAverageParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsAverageParams {
    const TYPE_NAME: &'static str = "microsoft.graph.average(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.average(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsAverageParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsAverageParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsAverageParams { with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsAverageParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.averageA`.
/// - `values`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsAverageAParams {
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsAverageAParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsAverageAParams {
    const TYPE_NAME: &'static str = "microsoft.graph.averageA(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.averageA(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsAverageAParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsAverageAParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsAverageAParams { with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsAverageAParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.averageIf`.
/// - `range`: `microsoft.graph.Json`
/// - `criteria`: `microsoft.graph.Json`
/// - `averageRange`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsAverageIfParams {
    /// CSDL: property `range`: `microsoft.graph.Json`, nullable.
    pub range: rt::Field<crate::beta::Json>,
    /// CSDL: property `criteria`: `microsoft.graph.Json`, nullable.
    pub criteria: rt::Field<crate::beta::Json>,
    /// CSDL: property `averageRange`: `microsoft.graph.Json`, nullable.
    pub average_range: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsAverageIfParams {
    #[inline]
    fn default() -> Self {
        Self {
            range: rt::Field::Absent,
            criteria: rt::Field::Absent,
            average_range: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsAverageIfParams {
    const TYPE_NAME: &'static str = "microsoft.graph.averageIf(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["range", "criteria", "averageRange"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"range\":                        ",
        ",\"criteria\":                     ",
        ",\"averageRange\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.averageIf(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "range", &self.range);
        v.field(1usize, "criteria", &self.criteria);
        v.field(2usize, "average_range", &self.average_range);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsAverageIfParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.range.read_from(r),
            1usize => self.criteria.read_from(r),
            2usize => self.average_range.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.range);
        w.field(1usize, &self.criteria);
        w.field(2usize, &self.average_range);
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
rt::impl_object!(WorkbookFunctionsAverageIfParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsAverageIfParams { with_range range : crate ::beta::Json;
    with_criteria criteria : crate ::beta::Json; with_average_range average_range : crate
    ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsAverageIfParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.averageIfs`.
/// - `averageRange`: `microsoft.graph.Json`
/// - `values`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsAverageIfsParams {
    /// CSDL: property `averageRange`: `microsoft.graph.Json`, nullable.
    pub average_range: rt::Field<crate::beta::Json>,
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsAverageIfsParams {
    #[inline]
    fn default() -> Self {
        Self {
            average_range: rt::Field::Absent,
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsAverageIfsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.averageIfs(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["averageRange", "values"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"averageRange\":                 ",
        ",\"values\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.averageIfs(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "average_range", &self.average_range);
        v.field(1usize, "values", &self.values);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsAverageIfsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.average_range.read_from(r),
            1usize => self.values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.average_range);
        w.field(1usize, &self.values);
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
rt::impl_object!(WorkbookFunctionsAverageIfsParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsAverageIfsParams { with_average_range average_range : crate
    ::beta::Json; with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsAverageIfsParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.bahtText`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsBahtTextParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsBahtTextParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsBahtTextParams {
    const TYPE_NAME: &'static str = "microsoft.graph.bahtText(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.bahtText(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsBahtTextParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsBahtTextParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsBahtTextParams { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsBahtTextParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.base`.
/// - `number`: `microsoft.graph.Json`
/// - `radix`: `microsoft.graph.Json`
/// - `minLength`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsBaseParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// CSDL: property `radix`: `microsoft.graph.Json`, nullable.
    pub radix: rt::Field<crate::beta::Json>,
    /// CSDL: property `minLength`: `microsoft.graph.Json`, nullable.
    pub min_length: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsBaseParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            radix: rt::Field::Absent,
            min_length: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsBaseParams {
    const TYPE_NAME: &'static str = "microsoft.graph.base(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "radix", "minLength"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"radix\":                        ",
        ",\"minLength\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.base(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "radix", &self.radix);
        v.field(2usize, "min_length", &self.min_length);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsBaseParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.radix.read_from(r),
            2usize => self.min_length.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.radix);
        w.field(2usize, &self.min_length);
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
rt::impl_object!(WorkbookFunctionsBaseParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsBaseParams { with_number number : crate ::beta::Json; with_radix
    radix : crate ::beta::Json; with_min_length min_length : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsBaseParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.besselI`.
/// - `x`: `microsoft.graph.Json`
/// - `n`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsBesselIParams {
    /// CSDL: property `x`: `microsoft.graph.Json`, nullable.
    pub x: rt::Field<crate::beta::Json>,
    /// CSDL: property `n`: `microsoft.graph.Json`, nullable.
    pub n: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsBesselIParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            n: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsBesselIParams {
    const TYPE_NAME: &'static str = "microsoft.graph.besselI(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x", "n"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"x\":                            ",
        ",\"n\":                            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.besselI(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
        v.field(1usize, "n", &self.n);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsBesselIParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.x.read_from(r),
            1usize => self.n.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.x);
        w.field(1usize, &self.n);
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
rt::impl_object!(WorkbookFunctionsBesselIParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsBesselIParams { with_x x : crate ::beta::Json; with_n n : crate
    ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsBesselIParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.besselJ`.
/// - `x`: `microsoft.graph.Json`
/// - `n`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsBesselJParams {
    /// CSDL: property `x`: `microsoft.graph.Json`, nullable.
    pub x: rt::Field<crate::beta::Json>,
    /// CSDL: property `n`: `microsoft.graph.Json`, nullable.
    pub n: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsBesselJParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            n: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsBesselJParams {
    const TYPE_NAME: &'static str = "microsoft.graph.besselJ(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x", "n"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"x\":                            ",
        ",\"n\":                            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.besselJ(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
        v.field(1usize, "n", &self.n);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsBesselJParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.x.read_from(r),
            1usize => self.n.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.x);
        w.field(1usize, &self.n);
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
rt::impl_object!(WorkbookFunctionsBesselJParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsBesselJParams { with_x x : crate ::beta::Json; with_n n : crate
    ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsBesselJParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.besselK`.
/// - `x`: `microsoft.graph.Json`
/// - `n`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsBesselKParams {
    /// CSDL: property `x`: `microsoft.graph.Json`, nullable.
    pub x: rt::Field<crate::beta::Json>,
    /// CSDL: property `n`: `microsoft.graph.Json`, nullable.
    pub n: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsBesselKParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            n: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsBesselKParams {
    const TYPE_NAME: &'static str = "microsoft.graph.besselK(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x", "n"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"x\":                            ",
        ",\"n\":                            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.besselK(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
        v.field(1usize, "n", &self.n);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsBesselKParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.x.read_from(r),
            1usize => self.n.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.x);
        w.field(1usize, &self.n);
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
rt::impl_object!(WorkbookFunctionsBesselKParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsBesselKParams { with_x x : crate ::beta::Json; with_n n : crate
    ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsBesselKParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.besselY`.
/// - `x`: `microsoft.graph.Json`
/// - `n`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsBesselYParams {
    /// CSDL: property `x`: `microsoft.graph.Json`, nullable.
    pub x: rt::Field<crate::beta::Json>,
    /// CSDL: property `n`: `microsoft.graph.Json`, nullable.
    pub n: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsBesselYParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            n: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsBesselYParams {
    const TYPE_NAME: &'static str = "microsoft.graph.besselY(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x", "n"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"x\":                            ",
        ",\"n\":                            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.besselY(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
        v.field(1usize, "n", &self.n);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsBesselYParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.x.read_from(r),
            1usize => self.n.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.x);
        w.field(1usize, &self.n);
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
rt::impl_object!(WorkbookFunctionsBesselYParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsBesselYParams { with_x x : crate ::beta::Json; with_n n : crate
    ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsBesselYParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.beta_Dist`.
/// - `x`: `microsoft.graph.Json`
/// - `alpha`: `microsoft.graph.Json`
/// - `beta`: `microsoft.graph.Json`
/// - `cumulative`: `microsoft.graph.Json`
/// - `A`: `microsoft.graph.Json`
/// - `B`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsBetaDistParams {
    /// CSDL: property `x`: `microsoft.graph.Json`, nullable.
    pub x: rt::Field<crate::beta::Json>,
    /// CSDL: property `alpha`: `microsoft.graph.Json`, nullable.
    pub alpha: rt::Field<crate::beta::Json>,
    /// CSDL: property `beta`: `microsoft.graph.Json`, nullable.
    pub beta: rt::Field<crate::beta::Json>,
    /// CSDL: property `cumulative`: `microsoft.graph.Json`, nullable.
    pub cumulative: rt::Field<crate::beta::Json>,
    /// CSDL: property `A`: `microsoft.graph.Json`, nullable.
    pub a: rt::Field<crate::beta::Json>,
    /// CSDL: property `B`: `microsoft.graph.Json`, nullable.
    pub b: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsBetaDistParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            alpha: rt::Field::Absent,
            beta: rt::Field::Absent,
            cumulative: rt::Field::Absent,
            a: rt::Field::Absent,
            b: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsBetaDistParams {
    const TYPE_NAME: &'static str = "microsoft.graph.beta_Dist(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "x",
        "alpha",
        "beta",
        "cumulative",
        "A",
        "B",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"x\":                            ",
        ",\"alpha\":                        ",
        ",\"beta\":                         ",
        ",\"cumulative\":                   ",
        ",\"A\":                            ",
        ",\"B\":                            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.beta_Dist(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
        v.field(1usize, "alpha", &self.alpha);
        v.field(2usize, "beta", &self.beta);
        v.field(3usize, "cumulative", &self.cumulative);
        v.field(4usize, "a", &self.a);
        v.field(5usize, "b", &self.b);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsBetaDistParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.x.read_from(r),
            1usize => self.alpha.read_from(r),
            2usize => self.beta.read_from(r),
            3usize => self.cumulative.read_from(r),
            4usize => self.a.read_from(r),
            5usize => self.b.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.x);
        w.field(1usize, &self.alpha);
        w.field(2usize, &self.beta);
        w.field(3usize, &self.cumulative);
        w.field(4usize, &self.a);
        w.field(5usize, &self.b);
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
rt::impl_object!(WorkbookFunctionsBetaDistParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsBetaDistParams { with_x x : crate ::beta::Json; with_alpha alpha :
    crate ::beta::Json; with_beta beta : crate ::beta::Json; with_cumulative cumulative :
    crate ::beta::Json; with_a a : crate ::beta::Json; with_b b : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsBetaDistParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.beta_Inv`.
/// - `probability`: `microsoft.graph.Json`
/// - `alpha`: `microsoft.graph.Json`
/// - `beta`: `microsoft.graph.Json`
/// - `A`: `microsoft.graph.Json`
/// - `B`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsBetaInvParams {
    /// CSDL: property `probability`: `microsoft.graph.Json`, nullable.
    pub probability: rt::Field<crate::beta::Json>,
    /// CSDL: property `alpha`: `microsoft.graph.Json`, nullable.
    pub alpha: rt::Field<crate::beta::Json>,
    /// CSDL: property `beta`: `microsoft.graph.Json`, nullable.
    pub beta: rt::Field<crate::beta::Json>,
    /// CSDL: property `A`: `microsoft.graph.Json`, nullable.
    pub a: rt::Field<crate::beta::Json>,
    /// CSDL: property `B`: `microsoft.graph.Json`, nullable.
    pub b: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsBetaInvParams {
    #[inline]
    fn default() -> Self {
        Self {
            probability: rt::Field::Absent,
            alpha: rt::Field::Absent,
            beta: rt::Field::Absent,
            a: rt::Field::Absent,
            b: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsBetaInvParams {
    const TYPE_NAME: &'static str = "microsoft.graph.beta_Inv(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["probability", "alpha", "beta", "A", "B"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"probability\":                  ",
        ",\"alpha\":                        ",
        ",\"beta\":                         ",
        ",\"A\":                            ",
        ",\"B\":                            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.beta_Inv(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "probability", &self.probability);
        v.field(1usize, "alpha", &self.alpha);
        v.field(2usize, "beta", &self.beta);
        v.field(3usize, "a", &self.a);
        v.field(4usize, "b", &self.b);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsBetaInvParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.probability.read_from(r),
            1usize => self.alpha.read_from(r),
            2usize => self.beta.read_from(r),
            3usize => self.a.read_from(r),
            4usize => self.b.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.probability);
        w.field(1usize, &self.alpha);
        w.field(2usize, &self.beta);
        w.field(3usize, &self.a);
        w.field(4usize, &self.b);
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
rt::impl_object!(WorkbookFunctionsBetaInvParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsBetaInvParams { with_probability probability : crate ::beta::Json;
    with_alpha alpha : crate ::beta::Json; with_beta beta : crate ::beta::Json; with_a a
    : crate ::beta::Json; with_b b : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsBetaInvParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.bin2Dec`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsBin2DecParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsBin2DecParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsBin2DecParams {
    const TYPE_NAME: &'static str = "microsoft.graph.bin2Dec(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.bin2Dec(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsBin2DecParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsBin2DecParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsBin2DecParams { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsBin2DecParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.bin2Hex`.
/// - `number`: `microsoft.graph.Json`
/// - `places`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsBin2HexParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// CSDL: property `places`: `microsoft.graph.Json`, nullable.
    pub places: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsBin2HexParams {
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
impl rt::Object for WorkbookFunctionsBin2HexParams {
    const TYPE_NAME: &'static str = "microsoft.graph.bin2Hex(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "places"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"places\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bin2Hex(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "places", &self.places);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsBin2HexParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsBin2HexParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsBin2HexParams { with_number number : crate ::beta::Json; with_places
    places : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsBin2HexParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.bin2Oct`.
/// - `number`: `microsoft.graph.Json`
/// - `places`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsBin2OctParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// CSDL: property `places`: `microsoft.graph.Json`, nullable.
    pub places: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsBin2OctParams {
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
impl rt::Object for WorkbookFunctionsBin2OctParams {
    const TYPE_NAME: &'static str = "microsoft.graph.bin2Oct(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "places"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"places\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bin2Oct(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "places", &self.places);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsBin2OctParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsBin2OctParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsBin2OctParams { with_number number : crate ::beta::Json; with_places
    places : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsBin2OctParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.binom_Dist`.
/// - `numberS`: `microsoft.graph.Json`
/// - `trials`: `microsoft.graph.Json`
/// - `probabilityS`: `microsoft.graph.Json`
/// - `cumulative`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsBinomDistParams {
    /// CSDL: property `numberS`: `microsoft.graph.Json`, nullable.
    pub number_s: rt::Field<crate::beta::Json>,
    /// CSDL: property `trials`: `microsoft.graph.Json`, nullable.
    pub trials: rt::Field<crate::beta::Json>,
    /// CSDL: property `probabilityS`: `microsoft.graph.Json`, nullable.
    pub probability_s: rt::Field<crate::beta::Json>,
    /// CSDL: property `cumulative`: `microsoft.graph.Json`, nullable.
    pub cumulative: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsBinomDistParams {
    #[inline]
    fn default() -> Self {
        Self {
            number_s: rt::Field::Absent,
            trials: rt::Field::Absent,
            probability_s: rt::Field::Absent,
            cumulative: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsBinomDistParams {
    const TYPE_NAME: &'static str = "microsoft.graph.binom_Dist(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "numberS",
        "trials",
        "probabilityS",
        "cumulative",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"numberS\":                      ",
        ",\"trials\":                       ",
        ",\"probabilityS\":                 ",
        ",\"cumulative\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.binom_Dist(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number_s", &self.number_s);
        v.field(1usize, "trials", &self.trials);
        v.field(2usize, "probability_s", &self.probability_s);
        v.field(3usize, "cumulative", &self.cumulative);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsBinomDistParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number_s.read_from(r),
            1usize => self.trials.read_from(r),
            2usize => self.probability_s.read_from(r),
            3usize => self.cumulative.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number_s);
        w.field(1usize, &self.trials);
        w.field(2usize, &self.probability_s);
        w.field(3usize, &self.cumulative);
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
rt::impl_object!(WorkbookFunctionsBinomDistParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsBinomDistParams { with_number_s number_s : crate ::beta::Json;
    with_trials trials : crate ::beta::Json; with_probability_s probability_s : crate
    ::beta::Json; with_cumulative cumulative : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsBinomDistParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.binom_Dist_Range`.
/// - `trials`: `microsoft.graph.Json`
/// - `probabilityS`: `microsoft.graph.Json`
/// - `numberS`: `microsoft.graph.Json`
/// - `numberS2`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsBinomDistRangeParams {
    /// CSDL: property `trials`: `microsoft.graph.Json`, nullable.
    pub trials: rt::Field<crate::beta::Json>,
    /// CSDL: property `probabilityS`: `microsoft.graph.Json`, nullable.
    pub probability_s: rt::Field<crate::beta::Json>,
    /// CSDL: property `numberS`: `microsoft.graph.Json`, nullable.
    pub number_s: rt::Field<crate::beta::Json>,
    /// CSDL: property `numberS2`: `microsoft.graph.Json`, nullable.
    pub number_s2: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsBinomDistRangeParams {
    #[inline]
    fn default() -> Self {
        Self {
            trials: rt::Field::Absent,
            probability_s: rt::Field::Absent,
            number_s: rt::Field::Absent,
            number_s2: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsBinomDistRangeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.binom_Dist_Range(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "trials",
        "probabilityS",
        "numberS",
        "numberS2",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"trials\":                       ",
        ",\"probabilityS\":                 ",
        ",\"numberS\":                      ",
        ",\"numberS2\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.binom_Dist_Range(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "trials", &self.trials);
        v.field(1usize, "probability_s", &self.probability_s);
        v.field(2usize, "number_s", &self.number_s);
        v.field(3usize, "number_s2", &self.number_s2);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsBinomDistRangeParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.trials.read_from(r),
            1usize => self.probability_s.read_from(r),
            2usize => self.number_s.read_from(r),
            3usize => self.number_s2.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.trials);
        w.field(1usize, &self.probability_s);
        w.field(2usize, &self.number_s);
        w.field(3usize, &self.number_s2);
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
rt::impl_object!(WorkbookFunctionsBinomDistRangeParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsBinomDistRangeParams { with_trials trials : crate ::beta::Json;
    with_probability_s probability_s : crate ::beta::Json; with_number_s number_s : crate
    ::beta::Json; with_number_s2 number_s2 : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsBinomDistRangeParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.binom_Inv`.
/// - `trials`: `microsoft.graph.Json`
/// - `probabilityS`: `microsoft.graph.Json`
/// - `alpha`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsBinomInvParams {
    /// CSDL: property `trials`: `microsoft.graph.Json`, nullable.
    pub trials: rt::Field<crate::beta::Json>,
    /// CSDL: property `probabilityS`: `microsoft.graph.Json`, nullable.
    pub probability_s: rt::Field<crate::beta::Json>,
    /// CSDL: property `alpha`: `microsoft.graph.Json`, nullable.
    pub alpha: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsBinomInvParams {
    #[inline]
    fn default() -> Self {
        Self {
            trials: rt::Field::Absent,
            probability_s: rt::Field::Absent,
            alpha: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsBinomInvParams {
    const TYPE_NAME: &'static str = "microsoft.graph.binom_Inv(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["trials", "probabilityS", "alpha"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"trials\":                       ",
        ",\"probabilityS\":                 ",
        ",\"alpha\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.binom_Inv(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "trials", &self.trials);
        v.field(1usize, "probability_s", &self.probability_s);
        v.field(2usize, "alpha", &self.alpha);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsBinomInvParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.trials.read_from(r),
            1usize => self.probability_s.read_from(r),
            2usize => self.alpha.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.trials);
        w.field(1usize, &self.probability_s);
        w.field(2usize, &self.alpha);
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
rt::impl_object!(WorkbookFunctionsBinomInvParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsBinomInvParams { with_trials trials : crate ::beta::Json;
    with_probability_s probability_s : crate ::beta::Json; with_alpha alpha : crate
    ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsBinomInvParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.bitand`.
/// - `number1`: `microsoft.graph.Json`
/// - `number2`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsBitandParams {
    /// CSDL: property `number1`: `microsoft.graph.Json`, nullable.
    pub number1: rt::Field<crate::beta::Json>,
    /// CSDL: property `number2`: `microsoft.graph.Json`, nullable.
    pub number2: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsBitandParams {
    #[inline]
    fn default() -> Self {
        Self {
            number1: rt::Field::Absent,
            number2: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsBitandParams {
    const TYPE_NAME: &'static str = "microsoft.graph.bitand(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number1", "number2"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number1\":                      ",
        ",\"number2\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bitand(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number1", &self.number1);
        v.field(1usize, "number2", &self.number2);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsBitandParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number1.read_from(r),
            1usize => self.number2.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number1);
        w.field(1usize, &self.number2);
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
rt::impl_object!(WorkbookFunctionsBitandParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsBitandParams { with_number1 number1 : crate ::beta::Json;
    with_number2 number2 : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsBitandParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.bitlshift`.
/// - `number`: `microsoft.graph.Json`
/// - `shiftAmount`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsBitlshiftParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// CSDL: property `shiftAmount`: `microsoft.graph.Json`, nullable.
    pub shift_amount: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsBitlshiftParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            shift_amount: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsBitlshiftParams {
    const TYPE_NAME: &'static str = "microsoft.graph.bitlshift(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "shiftAmount"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"shiftAmount\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bitlshift(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "shift_amount", &self.shift_amount);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsBitlshiftParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.shift_amount.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.shift_amount);
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
rt::impl_object!(WorkbookFunctionsBitlshiftParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsBitlshiftParams { with_number number : crate ::beta::Json;
    with_shift_amount shift_amount : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsBitlshiftParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.bitor`.
/// - `number1`: `microsoft.graph.Json`
/// - `number2`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsBitorParams {
    /// CSDL: property `number1`: `microsoft.graph.Json`, nullable.
    pub number1: rt::Field<crate::beta::Json>,
    /// CSDL: property `number2`: `microsoft.graph.Json`, nullable.
    pub number2: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsBitorParams {
    #[inline]
    fn default() -> Self {
        Self {
            number1: rt::Field::Absent,
            number2: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsBitorParams {
    const TYPE_NAME: &'static str = "microsoft.graph.bitor(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number1", "number2"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number1\":                      ",
        ",\"number2\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bitor(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number1", &self.number1);
        v.field(1usize, "number2", &self.number2);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsBitorParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number1.read_from(r),
            1usize => self.number2.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number1);
        w.field(1usize, &self.number2);
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
rt::impl_object!(WorkbookFunctionsBitorParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsBitorParams { with_number1 number1 : crate ::beta::Json;
    with_number2 number2 : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsBitorParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.bitrshift`.
/// - `number`: `microsoft.graph.Json`
/// - `shiftAmount`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsBitrshiftParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// CSDL: property `shiftAmount`: `microsoft.graph.Json`, nullable.
    pub shift_amount: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsBitrshiftParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            shift_amount: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsBitrshiftParams {
    const TYPE_NAME: &'static str = "microsoft.graph.bitrshift(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "shiftAmount"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"shiftAmount\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bitrshift(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "shift_amount", &self.shift_amount);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsBitrshiftParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.shift_amount.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.shift_amount);
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
rt::impl_object!(WorkbookFunctionsBitrshiftParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsBitrshiftParams { with_number number : crate ::beta::Json;
    with_shift_amount shift_amount : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsBitrshiftParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.bitxor`.
/// - `number1`: `microsoft.graph.Json`
/// - `number2`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsBitxorParams {
    /// CSDL: property `number1`: `microsoft.graph.Json`, nullable.
    pub number1: rt::Field<crate::beta::Json>,
    /// CSDL: property `number2`: `microsoft.graph.Json`, nullable.
    pub number2: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsBitxorParams {
    #[inline]
    fn default() -> Self {
        Self {
            number1: rt::Field::Absent,
            number2: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsBitxorParams {
    const TYPE_NAME: &'static str = "microsoft.graph.bitxor(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number1", "number2"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number1\":                      ",
        ",\"number2\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bitxor(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number1", &self.number1);
        v.field(1usize, "number2", &self.number2);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsBitxorParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number1.read_from(r),
            1usize => self.number2.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number1);
        w.field(1usize, &self.number2);
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
rt::impl_object!(WorkbookFunctionsBitxorParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsBitxorParams { with_number1 number1 : crate ::beta::Json;
    with_number2 number2 : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsBitxorParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.ceiling_Math`.
/// - `number`: `microsoft.graph.Json`
/// - `significance`: `microsoft.graph.Json`
/// - `mode`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsCeilingMathParams {
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
impl ::std::default::Default for WorkbookFunctionsCeilingMathParams {
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
impl rt::Object for WorkbookFunctionsCeilingMathParams {
    const TYPE_NAME: &'static str = "microsoft.graph.ceiling_Math(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "significance", "mode"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"significance\":                 ",
        ",\"mode\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.ceiling_Math(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "significance", &self.significance);
        v.field(2usize, "mode", &self.mode);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsCeilingMathParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsCeilingMathParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsCeilingMathParams { with_number number : crate ::beta::Json;
    with_significance significance : crate ::beta::Json; with_mode mode : crate
    ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsCeilingMathParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.ceiling_Precise`.
/// - `number`: `microsoft.graph.Json`
/// - `significance`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsCeilingPreciseParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// CSDL: property `significance`: `microsoft.graph.Json`, nullable.
    pub significance: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsCeilingPreciseParams {
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
impl rt::Object for WorkbookFunctionsCeilingPreciseParams {
    const TYPE_NAME: &'static str = "microsoft.graph.ceiling_Precise(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "significance"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"significance\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.ceiling_Precise(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "significance", &self.significance);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsCeilingPreciseParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsCeilingPreciseParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsCeilingPreciseParams { with_number number : crate ::beta::Json;
    with_significance significance : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsCeilingPreciseParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.char`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsCharParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsCharParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsCharParams {
    const TYPE_NAME: &'static str = "microsoft.graph.char(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.char(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsCharParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsCharParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsCharParams { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsCharParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.chiSq_Dist`.
/// - `x`: `microsoft.graph.Json`
/// - `degFreedom`: `microsoft.graph.Json`
/// - `cumulative`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsChiSqDistParams {
    /// CSDL: property `x`: `microsoft.graph.Json`, nullable.
    pub x: rt::Field<crate::beta::Json>,
    /// CSDL: property `degFreedom`: `microsoft.graph.Json`, nullable.
    pub deg_freedom: rt::Field<crate::beta::Json>,
    /// CSDL: property `cumulative`: `microsoft.graph.Json`, nullable.
    pub cumulative: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsChiSqDistParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            deg_freedom: rt::Field::Absent,
            cumulative: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsChiSqDistParams {
    const TYPE_NAME: &'static str = "microsoft.graph.chiSq_Dist(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x", "degFreedom", "cumulative"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"x\":                            ",
        ",\"degFreedom\":                   ",
        ",\"cumulative\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chiSq_Dist(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
        v.field(1usize, "deg_freedom", &self.deg_freedom);
        v.field(2usize, "cumulative", &self.cumulative);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsChiSqDistParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.x.read_from(r),
            1usize => self.deg_freedom.read_from(r),
            2usize => self.cumulative.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.x);
        w.field(1usize, &self.deg_freedom);
        w.field(2usize, &self.cumulative);
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
rt::impl_object!(WorkbookFunctionsChiSqDistParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsChiSqDistParams { with_x x : crate ::beta::Json; with_deg_freedom
    deg_freedom : crate ::beta::Json; with_cumulative cumulative : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsChiSqDistParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.chiSq_Dist_RT`.
/// - `x`: `microsoft.graph.Json`
/// - `degFreedom`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsChiSqDistRtParams {
    /// CSDL: property `x`: `microsoft.graph.Json`, nullable.
    pub x: rt::Field<crate::beta::Json>,
    /// CSDL: property `degFreedom`: `microsoft.graph.Json`, nullable.
    pub deg_freedom: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsChiSqDistRtParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            deg_freedom: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsChiSqDistRtParams {
    const TYPE_NAME: &'static str = "microsoft.graph.chiSq_Dist_RT(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x", "degFreedom"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"x\":                            ",
        ",\"degFreedom\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chiSq_Dist_RT(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
        v.field(1usize, "deg_freedom", &self.deg_freedom);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsChiSqDistRtParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.x.read_from(r),
            1usize => self.deg_freedom.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.x);
        w.field(1usize, &self.deg_freedom);
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
rt::impl_object!(WorkbookFunctionsChiSqDistRtParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsChiSqDistRtParams { with_x x : crate ::beta::Json; with_deg_freedom
    deg_freedom : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsChiSqDistRtParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.chiSq_Inv`.
/// - `probability`: `microsoft.graph.Json`
/// - `degFreedom`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsChiSqInvParams {
    /// CSDL: property `probability`: `microsoft.graph.Json`, nullable.
    pub probability: rt::Field<crate::beta::Json>,
    /// CSDL: property `degFreedom`: `microsoft.graph.Json`, nullable.
    pub deg_freedom: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsChiSqInvParams {
    #[inline]
    fn default() -> Self {
        Self {
            probability: rt::Field::Absent,
            deg_freedom: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsChiSqInvParams {
    const TYPE_NAME: &'static str = "microsoft.graph.chiSq_Inv(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["probability", "degFreedom"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"probability\":                  ",
        ",\"degFreedom\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chiSq_Inv(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "probability", &self.probability);
        v.field(1usize, "deg_freedom", &self.deg_freedom);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsChiSqInvParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.probability.read_from(r),
            1usize => self.deg_freedom.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.probability);
        w.field(1usize, &self.deg_freedom);
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
rt::impl_object!(WorkbookFunctionsChiSqInvParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsChiSqInvParams { with_probability probability : crate ::beta::Json;
    with_deg_freedom deg_freedom : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsChiSqInvParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.chiSq_Inv_RT`.
/// - `probability`: `microsoft.graph.Json`
/// - `degFreedom`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsChiSqInvRtParams {
    /// CSDL: property `probability`: `microsoft.graph.Json`, nullable.
    pub probability: rt::Field<crate::beta::Json>,
    /// CSDL: property `degFreedom`: `microsoft.graph.Json`, nullable.
    pub deg_freedom: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsChiSqInvRtParams {
    #[inline]
    fn default() -> Self {
        Self {
            probability: rt::Field::Absent,
            deg_freedom: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsChiSqInvRtParams {
    const TYPE_NAME: &'static str = "microsoft.graph.chiSq_Inv_RT(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["probability", "degFreedom"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"probability\":                  ",
        ",\"degFreedom\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chiSq_Inv_RT(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "probability", &self.probability);
        v.field(1usize, "deg_freedom", &self.deg_freedom);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsChiSqInvRtParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.probability.read_from(r),
            1usize => self.deg_freedom.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.probability);
        w.field(1usize, &self.deg_freedom);
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
rt::impl_object!(WorkbookFunctionsChiSqInvRtParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsChiSqInvRtParams { with_probability probability : crate
    ::beta::Json; with_deg_freedom deg_freedom : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsChiSqInvRtParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.choose`.
/// - `indexNum`: `microsoft.graph.Json`
/// - `values`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsChooseParams {
    /// CSDL: property `indexNum`: `microsoft.graph.Json`, nullable.
    pub index_num: rt::Field<crate::beta::Json>,
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsChooseParams {
    #[inline]
    fn default() -> Self {
        Self {
            index_num: rt::Field::Absent,
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsChooseParams {
    const TYPE_NAME: &'static str = "microsoft.graph.choose(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["indexNum", "values"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"indexNum\":                     ",
        ",\"values\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.choose(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "index_num", &self.index_num);
        v.field(1usize, "values", &self.values);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsChooseParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.index_num.read_from(r),
            1usize => self.values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.index_num);
        w.field(1usize, &self.values);
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
rt::impl_object!(WorkbookFunctionsChooseParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsChooseParams { with_index_num index_num : crate ::beta::Json;
    with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsChooseParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.clean`.
/// - `text`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsCleanParams {
    /// CSDL: property `text`: `microsoft.graph.Json`, nullable.
    pub text: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsCleanParams {
    #[inline]
    fn default() -> Self {
        Self {
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsCleanParams {
    const TYPE_NAME: &'static str = "microsoft.graph.clean(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text"];
    const KEYS_JSON: &'static [&'static str] = &[",\"text\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.clean(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "text", &self.text);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsCleanParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsCleanParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(WorkbookFunctionsCleanParams { with_text text : crate ::beta::Json; });
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsCleanParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.code`.
/// - `text`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsCodeParams {
    /// CSDL: property `text`: `microsoft.graph.Json`, nullable.
    pub text: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsCodeParams {
    #[inline]
    fn default() -> Self {
        Self {
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsCodeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.code(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text"];
    const KEYS_JSON: &'static [&'static str] = &[",\"text\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.code(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "text", &self.text);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsCodeParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsCodeParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(WorkbookFunctionsCodeParams { with_text text : crate ::beta::Json; });
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsCodeParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.columns`.
/// - `array`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsColumnsParams {
    /// CSDL: property `array`: `microsoft.graph.Json`, nullable.
    pub array: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsColumnsParams {
    #[inline]
    fn default() -> Self {
        Self {
            array: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsColumnsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.columns(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["array"];
    const KEYS_JSON: &'static [&'static str] = &[",\"array\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.columns(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "array", &self.array);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsColumnsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.array.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.array);
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
rt::impl_object!(WorkbookFunctionsColumnsParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsColumnsParams { with_array array : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsColumnsParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.combin`.
/// - `number`: `microsoft.graph.Json`
/// - `numberChosen`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsCombinParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// CSDL: property `numberChosen`: `microsoft.graph.Json`, nullable.
    pub number_chosen: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsCombinParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            number_chosen: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsCombinParams {
    const TYPE_NAME: &'static str = "microsoft.graph.combin(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "numberChosen"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"numberChosen\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.combin(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "number_chosen", &self.number_chosen);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsCombinParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.number_chosen.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.number_chosen);
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
rt::impl_object!(WorkbookFunctionsCombinParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsCombinParams { with_number number : crate ::beta::Json;
    with_number_chosen number_chosen : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsCombinParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.combina`.
/// - `number`: `microsoft.graph.Json`
/// - `numberChosen`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsCombinaParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// CSDL: property `numberChosen`: `microsoft.graph.Json`, nullable.
    pub number_chosen: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsCombinaParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            number_chosen: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsCombinaParams {
    const TYPE_NAME: &'static str = "microsoft.graph.combina(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "numberChosen"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"numberChosen\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.combina(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "number_chosen", &self.number_chosen);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsCombinaParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.number_chosen.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.number_chosen);
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
rt::impl_object!(WorkbookFunctionsCombinaParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsCombinaParams { with_number number : crate ::beta::Json;
    with_number_chosen number_chosen : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsCombinaParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.complex`.
/// - `realNum`: `microsoft.graph.Json`
/// - `iNum`: `microsoft.graph.Json`
/// - `suffix`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsComplexParams {
    /// CSDL: property `realNum`: `microsoft.graph.Json`, nullable.
    pub real_num: rt::Field<crate::beta::Json>,
    /// CSDL: property `iNum`: `microsoft.graph.Json`, nullable.
    pub i_num: rt::Field<crate::beta::Json>,
    /// CSDL: property `suffix`: `microsoft.graph.Json`, nullable.
    pub suffix: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsComplexParams {
    #[inline]
    fn default() -> Self {
        Self {
            real_num: rt::Field::Absent,
            i_num: rt::Field::Absent,
            suffix: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsComplexParams {
    const TYPE_NAME: &'static str = "microsoft.graph.complex(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["realNum", "iNum", "suffix"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"realNum\":                      ",
        ",\"iNum\":                         ",
        ",\"suffix\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.complex(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "real_num", &self.real_num);
        v.field(1usize, "i_num", &self.i_num);
        v.field(2usize, "suffix", &self.suffix);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsComplexParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.real_num.read_from(r),
            1usize => self.i_num.read_from(r),
            2usize => self.suffix.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.real_num);
        w.field(1usize, &self.i_num);
        w.field(2usize, &self.suffix);
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
rt::impl_object!(WorkbookFunctionsComplexParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsComplexParams { with_real_num real_num : crate ::beta::Json;
    with_i_num i_num : crate ::beta::Json; with_suffix suffix : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsComplexParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.concatenate`.
/// - `values`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsConcatenateParams {
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsConcatenateParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsConcatenateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.concatenate(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.concatenate(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsConcatenateParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsConcatenateParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsConcatenateParams { with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsConcatenateParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.confidence_Norm`.
/// - `alpha`: `microsoft.graph.Json`
/// - `standardDev`: `microsoft.graph.Json`
/// - `size`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsConfidenceNormParams {
    /// CSDL: property `alpha`: `microsoft.graph.Json`, nullable.
    pub alpha: rt::Field<crate::beta::Json>,
    /// CSDL: property `standardDev`: `microsoft.graph.Json`, nullable.
    pub standard_dev: rt::Field<crate::beta::Json>,
    /// CSDL: property `size`: `microsoft.graph.Json`, nullable.
    pub size: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsConfidenceNormParams {
    #[inline]
    fn default() -> Self {
        Self {
            alpha: rt::Field::Absent,
            standard_dev: rt::Field::Absent,
            size: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsConfidenceNormParams {
    const TYPE_NAME: &'static str = "microsoft.graph.confidence_Norm(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["alpha", "standardDev", "size"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"alpha\":                        ",
        ",\"standardDev\":                  ",
        ",\"size\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.confidence_Norm(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "alpha", &self.alpha);
        v.field(1usize, "standard_dev", &self.standard_dev);
        v.field(2usize, "size", &self.size);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsConfidenceNormParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.alpha.read_from(r),
            1usize => self.standard_dev.read_from(r),
            2usize => self.size.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.alpha);
        w.field(1usize, &self.standard_dev);
        w.field(2usize, &self.size);
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
rt::impl_object!(WorkbookFunctionsConfidenceNormParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsConfidenceNormParams { with_alpha alpha : crate ::beta::Json;
    with_standard_dev standard_dev : crate ::beta::Json; with_size size : crate
    ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsConfidenceNormParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.confidence_T`.
/// - `alpha`: `microsoft.graph.Json`
/// - `standardDev`: `microsoft.graph.Json`
/// - `size`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsConfidenceTParams {
    /// CSDL: property `alpha`: `microsoft.graph.Json`, nullable.
    pub alpha: rt::Field<crate::beta::Json>,
    /// CSDL: property `standardDev`: `microsoft.graph.Json`, nullable.
    pub standard_dev: rt::Field<crate::beta::Json>,
    /// CSDL: property `size`: `microsoft.graph.Json`, nullable.
    pub size: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsConfidenceTParams {
    #[inline]
    fn default() -> Self {
        Self {
            alpha: rt::Field::Absent,
            standard_dev: rt::Field::Absent,
            size: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsConfidenceTParams {
    const TYPE_NAME: &'static str = "microsoft.graph.confidence_T(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["alpha", "standardDev", "size"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"alpha\":                        ",
        ",\"standardDev\":                  ",
        ",\"size\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.confidence_T(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "alpha", &self.alpha);
        v.field(1usize, "standard_dev", &self.standard_dev);
        v.field(2usize, "size", &self.size);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsConfidenceTParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.alpha.read_from(r),
            1usize => self.standard_dev.read_from(r),
            2usize => self.size.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.alpha);
        w.field(1usize, &self.standard_dev);
        w.field(2usize, &self.size);
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
rt::impl_object!(WorkbookFunctionsConfidenceTParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsConfidenceTParams { with_alpha alpha : crate ::beta::Json;
    with_standard_dev standard_dev : crate ::beta::Json; with_size size : crate
    ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsConfidenceTParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.convert`.
/// - `number`: `microsoft.graph.Json`
/// - `fromUnit`: `microsoft.graph.Json`
/// - `toUnit`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsConvertParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// CSDL: property `fromUnit`: `microsoft.graph.Json`, nullable.
    pub from_unit: rt::Field<crate::beta::Json>,
    /// CSDL: property `toUnit`: `microsoft.graph.Json`, nullable.
    pub to_unit: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsConvertParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            from_unit: rt::Field::Absent,
            to_unit: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsConvertParams {
    const TYPE_NAME: &'static str = "microsoft.graph.convert(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "fromUnit", "toUnit"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"fromUnit\":                     ",
        ",\"toUnit\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.convert(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "from_unit", &self.from_unit);
        v.field(2usize, "to_unit", &self.to_unit);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsConvertParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.from_unit.read_from(r),
            2usize => self.to_unit.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.from_unit);
        w.field(2usize, &self.to_unit);
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
rt::impl_object!(WorkbookFunctionsConvertParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsConvertParams { with_number number : crate ::beta::Json;
    with_from_unit from_unit : crate ::beta::Json; with_to_unit to_unit : crate
    ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsConvertParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.cos`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsCosParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsCosParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsCosParams {
    const TYPE_NAME: &'static str = "microsoft.graph.cos(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.cos(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsCosParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsCosParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsCosParams { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsCosParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.cosh`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsCoshParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsCoshParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsCoshParams {
    const TYPE_NAME: &'static str = "microsoft.graph.cosh(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.cosh(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsCoshParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsCoshParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsCoshParams { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsCoshParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.cot`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsCotParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsCotParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsCotParams {
    const TYPE_NAME: &'static str = "microsoft.graph.cot(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.cot(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsCotParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsCotParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsCotParams { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsCotParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.coth`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsCothParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsCothParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsCothParams {
    const TYPE_NAME: &'static str = "microsoft.graph.coth(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.coth(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsCothParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsCothParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsCothParams { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsCothParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.count`.
/// - `values`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsCountParams {
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsCountParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsCountParams {
    const TYPE_NAME: &'static str = "microsoft.graph.count(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.count(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsCountParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsCountParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsCountParams { with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsCountParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.countA`.
/// - `values`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsCountAParams {
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsCountAParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsCountAParams {
    const TYPE_NAME: &'static str = "microsoft.graph.countA(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.countA(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsCountAParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsCountAParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsCountAParams { with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsCountAParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.countBlank`.
/// - `range`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsCountBlankParams {
    /// CSDL: property `range`: `microsoft.graph.Json`, nullable.
    pub range: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsCountBlankParams {
    #[inline]
    fn default() -> Self {
        Self {
            range: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsCountBlankParams {
    const TYPE_NAME: &'static str = "microsoft.graph.countBlank(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["range"];
    const KEYS_JSON: &'static [&'static str] = &[",\"range\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.countBlank(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "range", &self.range);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsCountBlankParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.range.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.range);
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
rt::impl_object!(WorkbookFunctionsCountBlankParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsCountBlankParams { with_range range : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsCountBlankParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.countIf`.
/// - `range`: `microsoft.graph.Json`
/// - `criteria`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsCountIfParams {
    /// CSDL: property `range`: `microsoft.graph.Json`, nullable.
    pub range: rt::Field<crate::beta::Json>,
    /// CSDL: property `criteria`: `microsoft.graph.Json`, nullable.
    pub criteria: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsCountIfParams {
    #[inline]
    fn default() -> Self {
        Self {
            range: rt::Field::Absent,
            criteria: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsCountIfParams {
    const TYPE_NAME: &'static str = "microsoft.graph.countIf(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["range", "criteria"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"range\":                        ",
        ",\"criteria\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.countIf(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "range", &self.range);
        v.field(1usize, "criteria", &self.criteria);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsCountIfParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.range.read_from(r),
            1usize => self.criteria.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.range);
        w.field(1usize, &self.criteria);
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
rt::impl_object!(WorkbookFunctionsCountIfParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsCountIfParams { with_range range : crate ::beta::Json; with_criteria
    criteria : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsCountIfParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.countIfs`.
/// - `values`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsCountIfsParams {
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsCountIfsParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsCountIfsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.countIfs(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.countIfs(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsCountIfsParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsCountIfsParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsCountIfsParams { with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsCountIfsParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.coupDayBs`.
/// - `settlement`: `microsoft.graph.Json`
/// - `maturity`: `microsoft.graph.Json`
/// - `frequency`: `microsoft.graph.Json`
/// - `basis`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsCoupDayBsParams {
    /// CSDL: property `settlement`: `microsoft.graph.Json`, nullable.
    pub settlement: rt::Field<crate::beta::Json>,
    /// CSDL: property `maturity`: `microsoft.graph.Json`, nullable.
    pub maturity: rt::Field<crate::beta::Json>,
    /// CSDL: property `frequency`: `microsoft.graph.Json`, nullable.
    pub frequency: rt::Field<crate::beta::Json>,
    /// CSDL: property `basis`: `microsoft.graph.Json`, nullable.
    pub basis: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsCoupDayBsParams {
    #[inline]
    fn default() -> Self {
        Self {
            settlement: rt::Field::Absent,
            maturity: rt::Field::Absent,
            frequency: rt::Field::Absent,
            basis: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsCoupDayBsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.coupDayBs(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "settlement",
        "maturity",
        "frequency",
        "basis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settlement\":                   ",
        ",\"maturity\":                     ",
        ",\"frequency\":                    ",
        ",\"basis\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.coupDayBs(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "settlement", &self.settlement);
        v.field(1usize, "maturity", &self.maturity);
        v.field(2usize, "frequency", &self.frequency);
        v.field(3usize, "basis", &self.basis);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsCoupDayBsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.settlement.read_from(r),
            1usize => self.maturity.read_from(r),
            2usize => self.frequency.read_from(r),
            3usize => self.basis.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.settlement);
        w.field(1usize, &self.maturity);
        w.field(2usize, &self.frequency);
        w.field(3usize, &self.basis);
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
rt::impl_object!(WorkbookFunctionsCoupDayBsParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsCoupDayBsParams { with_settlement settlement : crate ::beta::Json;
    with_maturity maturity : crate ::beta::Json; with_frequency frequency : crate
    ::beta::Json; with_basis basis : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsCoupDayBsParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.coupDays`.
/// - `settlement`: `microsoft.graph.Json`
/// - `maturity`: `microsoft.graph.Json`
/// - `frequency`: `microsoft.graph.Json`
/// - `basis`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsCoupDaysParams {
    /// CSDL: property `settlement`: `microsoft.graph.Json`, nullable.
    pub settlement: rt::Field<crate::beta::Json>,
    /// CSDL: property `maturity`: `microsoft.graph.Json`, nullable.
    pub maturity: rt::Field<crate::beta::Json>,
    /// CSDL: property `frequency`: `microsoft.graph.Json`, nullable.
    pub frequency: rt::Field<crate::beta::Json>,
    /// CSDL: property `basis`: `microsoft.graph.Json`, nullable.
    pub basis: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsCoupDaysParams {
    #[inline]
    fn default() -> Self {
        Self {
            settlement: rt::Field::Absent,
            maturity: rt::Field::Absent,
            frequency: rt::Field::Absent,
            basis: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsCoupDaysParams {
    const TYPE_NAME: &'static str = "microsoft.graph.coupDays(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "settlement",
        "maturity",
        "frequency",
        "basis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settlement\":                   ",
        ",\"maturity\":                     ",
        ",\"frequency\":                    ",
        ",\"basis\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.coupDays(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "settlement", &self.settlement);
        v.field(1usize, "maturity", &self.maturity);
        v.field(2usize, "frequency", &self.frequency);
        v.field(3usize, "basis", &self.basis);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsCoupDaysParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.settlement.read_from(r),
            1usize => self.maturity.read_from(r),
            2usize => self.frequency.read_from(r),
            3usize => self.basis.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.settlement);
        w.field(1usize, &self.maturity);
        w.field(2usize, &self.frequency);
        w.field(3usize, &self.basis);
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
rt::impl_object!(WorkbookFunctionsCoupDaysParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsCoupDaysParams { with_settlement settlement : crate ::beta::Json;
    with_maturity maturity : crate ::beta::Json; with_frequency frequency : crate
    ::beta::Json; with_basis basis : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsCoupDaysParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.coupDaysNc`.
/// - `settlement`: `microsoft.graph.Json`
/// - `maturity`: `microsoft.graph.Json`
/// - `frequency`: `microsoft.graph.Json`
/// - `basis`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsCoupDaysNcParams {
    /// CSDL: property `settlement`: `microsoft.graph.Json`, nullable.
    pub settlement: rt::Field<crate::beta::Json>,
    /// CSDL: property `maturity`: `microsoft.graph.Json`, nullable.
    pub maturity: rt::Field<crate::beta::Json>,
    /// CSDL: property `frequency`: `microsoft.graph.Json`, nullable.
    pub frequency: rt::Field<crate::beta::Json>,
    /// CSDL: property `basis`: `microsoft.graph.Json`, nullable.
    pub basis: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsCoupDaysNcParams {
    #[inline]
    fn default() -> Self {
        Self {
            settlement: rt::Field::Absent,
            maturity: rt::Field::Absent,
            frequency: rt::Field::Absent,
            basis: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsCoupDaysNcParams {
    const TYPE_NAME: &'static str = "microsoft.graph.coupDaysNc(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "settlement",
        "maturity",
        "frequency",
        "basis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settlement\":                   ",
        ",\"maturity\":                     ",
        ",\"frequency\":                    ",
        ",\"basis\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.coupDaysNc(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "settlement", &self.settlement);
        v.field(1usize, "maturity", &self.maturity);
        v.field(2usize, "frequency", &self.frequency);
        v.field(3usize, "basis", &self.basis);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsCoupDaysNcParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.settlement.read_from(r),
            1usize => self.maturity.read_from(r),
            2usize => self.frequency.read_from(r),
            3usize => self.basis.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.settlement);
        w.field(1usize, &self.maturity);
        w.field(2usize, &self.frequency);
        w.field(3usize, &self.basis);
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
rt::impl_object!(WorkbookFunctionsCoupDaysNcParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsCoupDaysNcParams { with_settlement settlement : crate ::beta::Json;
    with_maturity maturity : crate ::beta::Json; with_frequency frequency : crate
    ::beta::Json; with_basis basis : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsCoupDaysNcParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.coupNcd`.
/// - `settlement`: `microsoft.graph.Json`
/// - `maturity`: `microsoft.graph.Json`
/// - `frequency`: `microsoft.graph.Json`
/// - `basis`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsCoupNcdParams {
    /// CSDL: property `settlement`: `microsoft.graph.Json`, nullable.
    pub settlement: rt::Field<crate::beta::Json>,
    /// CSDL: property `maturity`: `microsoft.graph.Json`, nullable.
    pub maturity: rt::Field<crate::beta::Json>,
    /// CSDL: property `frequency`: `microsoft.graph.Json`, nullable.
    pub frequency: rt::Field<crate::beta::Json>,
    /// CSDL: property `basis`: `microsoft.graph.Json`, nullable.
    pub basis: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsCoupNcdParams {
    #[inline]
    fn default() -> Self {
        Self {
            settlement: rt::Field::Absent,
            maturity: rt::Field::Absent,
            frequency: rt::Field::Absent,
            basis: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsCoupNcdParams {
    const TYPE_NAME: &'static str = "microsoft.graph.coupNcd(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "settlement",
        "maturity",
        "frequency",
        "basis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settlement\":                   ",
        ",\"maturity\":                     ",
        ",\"frequency\":                    ",
        ",\"basis\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.coupNcd(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "settlement", &self.settlement);
        v.field(1usize, "maturity", &self.maturity);
        v.field(2usize, "frequency", &self.frequency);
        v.field(3usize, "basis", &self.basis);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsCoupNcdParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.settlement.read_from(r),
            1usize => self.maturity.read_from(r),
            2usize => self.frequency.read_from(r),
            3usize => self.basis.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.settlement);
        w.field(1usize, &self.maturity);
        w.field(2usize, &self.frequency);
        w.field(3usize, &self.basis);
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
rt::impl_object!(WorkbookFunctionsCoupNcdParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsCoupNcdParams { with_settlement settlement : crate ::beta::Json;
    with_maturity maturity : crate ::beta::Json; with_frequency frequency : crate
    ::beta::Json; with_basis basis : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsCoupNcdParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.coupNum`.
/// - `settlement`: `microsoft.graph.Json`
/// - `maturity`: `microsoft.graph.Json`
/// - `frequency`: `microsoft.graph.Json`
/// - `basis`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsCoupNumParams {
    /// CSDL: property `settlement`: `microsoft.graph.Json`, nullable.
    pub settlement: rt::Field<crate::beta::Json>,
    /// CSDL: property `maturity`: `microsoft.graph.Json`, nullable.
    pub maturity: rt::Field<crate::beta::Json>,
    /// CSDL: property `frequency`: `microsoft.graph.Json`, nullable.
    pub frequency: rt::Field<crate::beta::Json>,
    /// CSDL: property `basis`: `microsoft.graph.Json`, nullable.
    pub basis: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsCoupNumParams {
    #[inline]
    fn default() -> Self {
        Self {
            settlement: rt::Field::Absent,
            maturity: rt::Field::Absent,
            frequency: rt::Field::Absent,
            basis: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsCoupNumParams {
    const TYPE_NAME: &'static str = "microsoft.graph.coupNum(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "settlement",
        "maturity",
        "frequency",
        "basis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settlement\":                   ",
        ",\"maturity\":                     ",
        ",\"frequency\":                    ",
        ",\"basis\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.coupNum(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "settlement", &self.settlement);
        v.field(1usize, "maturity", &self.maturity);
        v.field(2usize, "frequency", &self.frequency);
        v.field(3usize, "basis", &self.basis);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsCoupNumParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.settlement.read_from(r),
            1usize => self.maturity.read_from(r),
            2usize => self.frequency.read_from(r),
            3usize => self.basis.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.settlement);
        w.field(1usize, &self.maturity);
        w.field(2usize, &self.frequency);
        w.field(3usize, &self.basis);
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
rt::impl_object!(WorkbookFunctionsCoupNumParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsCoupNumParams { with_settlement settlement : crate ::beta::Json;
    with_maturity maturity : crate ::beta::Json; with_frequency frequency : crate
    ::beta::Json; with_basis basis : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsCoupNumParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.coupPcd`.
/// - `settlement`: `microsoft.graph.Json`
/// - `maturity`: `microsoft.graph.Json`
/// - `frequency`: `microsoft.graph.Json`
/// - `basis`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsCoupPcdParams {
    /// CSDL: property `settlement`: `microsoft.graph.Json`, nullable.
    pub settlement: rt::Field<crate::beta::Json>,
    /// CSDL: property `maturity`: `microsoft.graph.Json`, nullable.
    pub maturity: rt::Field<crate::beta::Json>,
    /// CSDL: property `frequency`: `microsoft.graph.Json`, nullable.
    pub frequency: rt::Field<crate::beta::Json>,
    /// CSDL: property `basis`: `microsoft.graph.Json`, nullable.
    pub basis: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsCoupPcdParams {
    #[inline]
    fn default() -> Self {
        Self {
            settlement: rt::Field::Absent,
            maturity: rt::Field::Absent,
            frequency: rt::Field::Absent,
            basis: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsCoupPcdParams {
    const TYPE_NAME: &'static str = "microsoft.graph.coupPcd(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "settlement",
        "maturity",
        "frequency",
        "basis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settlement\":                   ",
        ",\"maturity\":                     ",
        ",\"frequency\":                    ",
        ",\"basis\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.coupPcd(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "settlement", &self.settlement);
        v.field(1usize, "maturity", &self.maturity);
        v.field(2usize, "frequency", &self.frequency);
        v.field(3usize, "basis", &self.basis);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsCoupPcdParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.settlement.read_from(r),
            1usize => self.maturity.read_from(r),
            2usize => self.frequency.read_from(r),
            3usize => self.basis.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.settlement);
        w.field(1usize, &self.maturity);
        w.field(2usize, &self.frequency);
        w.field(3usize, &self.basis);
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
rt::impl_object!(WorkbookFunctionsCoupPcdParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsCoupPcdParams { with_settlement settlement : crate ::beta::Json;
    with_maturity maturity : crate ::beta::Json; with_frequency frequency : crate
    ::beta::Json; with_basis basis : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsCoupPcdParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.csc`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsCscParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsCscParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsCscParams {
    const TYPE_NAME: &'static str = "microsoft.graph.csc(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.csc(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsCscParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsCscParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsCscParams { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsCscParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.csch`.
/// - `number`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsCschParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsCschParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsCschParams {
    const TYPE_NAME: &'static str = "microsoft.graph.csch(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.csch(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsCschParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsCschParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsCschParams { with_number number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsCschParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.cumIPmt`.
/// - `rate`: `microsoft.graph.Json`
/// - `nper`: `microsoft.graph.Json`
/// - `pv`: `microsoft.graph.Json`
/// - `startPeriod`: `microsoft.graph.Json`
/// - `endPeriod`: `microsoft.graph.Json`
/// - `type`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsCumIPmtParams {
    /// CSDL: property `rate`: `microsoft.graph.Json`, nullable.
    pub rate: rt::Field<crate::beta::Json>,
    /// CSDL: property `nper`: `microsoft.graph.Json`, nullable.
    pub nper: rt::Field<crate::beta::Json>,
    /// CSDL: property `pv`: `microsoft.graph.Json`, nullable.
    pub pv: rt::Field<crate::beta::Json>,
    /// CSDL: property `startPeriod`: `microsoft.graph.Json`, nullable.
    pub start_period: rt::Field<crate::beta::Json>,
    /// CSDL: property `endPeriod`: `microsoft.graph.Json`, nullable.
    pub end_period: rt::Field<crate::beta::Json>,
    /// CSDL: property `type`: `microsoft.graph.Json`, nullable.
    pub type_: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsCumIPmtParams {
    #[inline]
    fn default() -> Self {
        Self {
            rate: rt::Field::Absent,
            nper: rt::Field::Absent,
            pv: rt::Field::Absent,
            start_period: rt::Field::Absent,
            end_period: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsCumIPmtParams {
    const TYPE_NAME: &'static str = "microsoft.graph.cumIPmt(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "rate",
        "nper",
        "pv",
        "startPeriod",
        "endPeriod",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"rate\":                         ",
        ",\"nper\":                         ",
        ",\"pv\":                           ",
        ",\"startPeriod\":                  ",
        ",\"endPeriod\":                    ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cumIPmt(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "rate", &self.rate);
        v.field(1usize, "nper", &self.nper);
        v.field(2usize, "pv", &self.pv);
        v.field(3usize, "start_period", &self.start_period);
        v.field(4usize, "end_period", &self.end_period);
        v.field(5usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsCumIPmtParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.rate.read_from(r),
            1usize => self.nper.read_from(r),
            2usize => self.pv.read_from(r),
            3usize => self.start_period.read_from(r),
            4usize => self.end_period.read_from(r),
            5usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.rate);
        w.field(1usize, &self.nper);
        w.field(2usize, &self.pv);
        w.field(3usize, &self.start_period);
        w.field(4usize, &self.end_period);
        w.field(5usize, &self.type_);
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
rt::impl_object!(WorkbookFunctionsCumIPmtParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsCumIPmtParams { with_rate rate : crate ::beta::Json; with_nper nper
    : crate ::beta::Json; with_pv pv : crate ::beta::Json; with_start_period start_period
    : crate ::beta::Json; with_end_period end_period : crate ::beta::Json; with_type
    type_ : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsCumIPmtParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.cumPrinc`.
/// - `rate`: `microsoft.graph.Json`
/// - `nper`: `microsoft.graph.Json`
/// - `pv`: `microsoft.graph.Json`
/// - `startPeriod`: `microsoft.graph.Json`
/// - `endPeriod`: `microsoft.graph.Json`
/// - `type`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsCumPrincParams {
    /// CSDL: property `rate`: `microsoft.graph.Json`, nullable.
    pub rate: rt::Field<crate::beta::Json>,
    /// CSDL: property `nper`: `microsoft.graph.Json`, nullable.
    pub nper: rt::Field<crate::beta::Json>,
    /// CSDL: property `pv`: `microsoft.graph.Json`, nullable.
    pub pv: rt::Field<crate::beta::Json>,
    /// CSDL: property `startPeriod`: `microsoft.graph.Json`, nullable.
    pub start_period: rt::Field<crate::beta::Json>,
    /// CSDL: property `endPeriod`: `microsoft.graph.Json`, nullable.
    pub end_period: rt::Field<crate::beta::Json>,
    /// CSDL: property `type`: `microsoft.graph.Json`, nullable.
    pub type_: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsCumPrincParams {
    #[inline]
    fn default() -> Self {
        Self {
            rate: rt::Field::Absent,
            nper: rt::Field::Absent,
            pv: rt::Field::Absent,
            start_period: rt::Field::Absent,
            end_period: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsCumPrincParams {
    const TYPE_NAME: &'static str = "microsoft.graph.cumPrinc(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "rate",
        "nper",
        "pv",
        "startPeriod",
        "endPeriod",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"rate\":                         ",
        ",\"nper\":                         ",
        ",\"pv\":                           ",
        ",\"startPeriod\":                  ",
        ",\"endPeriod\":                    ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cumPrinc(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "rate", &self.rate);
        v.field(1usize, "nper", &self.nper);
        v.field(2usize, "pv", &self.pv);
        v.field(3usize, "start_period", &self.start_period);
        v.field(4usize, "end_period", &self.end_period);
        v.field(5usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsCumPrincParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.rate.read_from(r),
            1usize => self.nper.read_from(r),
            2usize => self.pv.read_from(r),
            3usize => self.start_period.read_from(r),
            4usize => self.end_period.read_from(r),
            5usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.rate);
        w.field(1usize, &self.nper);
        w.field(2usize, &self.pv);
        w.field(3usize, &self.start_period);
        w.field(4usize, &self.end_period);
        w.field(5usize, &self.type_);
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
rt::impl_object!(WorkbookFunctionsCumPrincParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsCumPrincParams { with_rate rate : crate ::beta::Json; with_nper nper
    : crate ::beta::Json; with_pv pv : crate ::beta::Json; with_start_period start_period
    : crate ::beta::Json; with_end_period end_period : crate ::beta::Json; with_type
    type_ : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsCumPrincParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.date`.
/// - `year`: `microsoft.graph.Json`
/// - `month`: `microsoft.graph.Json`
/// - `day`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDateParams {
    /// CSDL: property `year`: `microsoft.graph.Json`, nullable.
    pub year: rt::Field<crate::beta::Json>,
    /// CSDL: property `month`: `microsoft.graph.Json`, nullable.
    pub month: rt::Field<crate::beta::Json>,
    /// CSDL: property `day`: `microsoft.graph.Json`, nullable.
    pub day: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDateParams {
    #[inline]
    fn default() -> Self {
        Self {
            year: rt::Field::Absent,
            month: rt::Field::Absent,
            day: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsDateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.date(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["year", "month", "day"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"year\":                         ",
        ",\"month\":                        ",
        ",\"day\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.date(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "year", &self.year);
        v.field(1usize, "month", &self.month);
        v.field(2usize, "day", &self.day);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDateParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.year.read_from(r),
            1usize => self.month.read_from(r),
            2usize => self.day.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.year);
        w.field(1usize, &self.month);
        w.field(2usize, &self.day);
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
rt::impl_object!(WorkbookFunctionsDateParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDateParams { with_year year : crate ::beta::Json; with_month month :
    crate ::beta::Json; with_day day : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDateParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.datevalue`.
/// - `dateText`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDatevalueParams {
    /// CSDL: property `dateText`: `microsoft.graph.Json`, nullable.
    pub date_text: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDatevalueParams {
    #[inline]
    fn default() -> Self {
        Self {
            date_text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsDatevalueParams {
    const TYPE_NAME: &'static str = "microsoft.graph.datevalue(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["dateText"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dateText\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.datevalue(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "date_text", &self.date_text);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDatevalueParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.date_text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.date_text);
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
rt::impl_object!(WorkbookFunctionsDatevalueParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDatevalueParams { with_date_text date_text : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDatevalueParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.daverage`.
/// - `database`: `microsoft.graph.Json`
/// - `field`: `microsoft.graph.Json`
/// - `criteria`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDaverageParams {
    /// CSDL: property `database`: `microsoft.graph.Json`, nullable.
    pub database: rt::Field<crate::beta::Json>,
    /// CSDL: property `field`: `microsoft.graph.Json`, nullable.
    pub field: rt::Field<crate::beta::Json>,
    /// CSDL: property `criteria`: `microsoft.graph.Json`, nullable.
    pub criteria: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDaverageParams {
    #[inline]
    fn default() -> Self {
        Self {
            database: rt::Field::Absent,
            field: rt::Field::Absent,
            criteria: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsDaverageParams {
    const TYPE_NAME: &'static str = "microsoft.graph.daverage(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["database", "field", "criteria"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"database\":                     ",
        ",\"field\":                        ",
        ",\"criteria\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.daverage(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "database", &self.database);
        v.field(1usize, "field", &self.field);
        v.field(2usize, "criteria", &self.criteria);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDaverageParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.database.read_from(r),
            1usize => self.field.read_from(r),
            2usize => self.criteria.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.database);
        w.field(1usize, &self.field);
        w.field(2usize, &self.criteria);
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
rt::impl_object!(WorkbookFunctionsDaverageParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDaverageParams { with_database database : crate ::beta::Json;
    with_field field : crate ::beta::Json; with_criteria criteria : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDaverageParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.day`.
/// - `serialNumber`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDayParams {
    /// CSDL: property `serialNumber`: `microsoft.graph.Json`, nullable.
    pub serial_number: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDayParams {
    #[inline]
    fn default() -> Self {
        Self {
            serial_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsDayParams {
    const TYPE_NAME: &'static str = "microsoft.graph.day(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["serialNumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"serialNumber\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.day(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "serial_number", &self.serial_number);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDayParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsDayParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDayParams { with_serial_number serial_number : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDayParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.days`.
/// - `endDate`: `microsoft.graph.Json`
/// - `startDate`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDaysParams {
    /// CSDL: property `endDate`: `microsoft.graph.Json`, nullable.
    pub end_date: rt::Field<crate::beta::Json>,
    /// CSDL: property `startDate`: `microsoft.graph.Json`, nullable.
    pub start_date: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDaysParams {
    #[inline]
    fn default() -> Self {
        Self {
            end_date: rt::Field::Absent,
            start_date: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsDaysParams {
    const TYPE_NAME: &'static str = "microsoft.graph.days(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["endDate", "startDate"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"endDate\":                      ",
        ",\"startDate\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.days(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "end_date", &self.end_date);
        v.field(1usize, "start_date", &self.start_date);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDaysParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.end_date.read_from(r),
            1usize => self.start_date.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.end_date);
        w.field(1usize, &self.start_date);
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
rt::impl_object!(WorkbookFunctionsDaysParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDaysParams { with_end_date end_date : crate ::beta::Json;
    with_start_date start_date : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDaysParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.days360`.
/// - `startDate`: `microsoft.graph.Json`
/// - `endDate`: `microsoft.graph.Json`
/// - `method`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDays360Params {
    /// CSDL: property `startDate`: `microsoft.graph.Json`, nullable.
    pub start_date: rt::Field<crate::beta::Json>,
    /// CSDL: property `endDate`: `microsoft.graph.Json`, nullable.
    pub end_date: rt::Field<crate::beta::Json>,
    /// CSDL: property `method`: `microsoft.graph.Json`, nullable.
    pub method: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDays360Params {
    #[inline]
    fn default() -> Self {
        Self {
            start_date: rt::Field::Absent,
            end_date: rt::Field::Absent,
            method: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsDays360Params {
    const TYPE_NAME: &'static str = "microsoft.graph.days360(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["startDate", "endDate", "method"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"startDate\":                    ",
        ",\"endDate\":                      ",
        ",\"method\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.days360(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "start_date", &self.start_date);
        v.field(1usize, "end_date", &self.end_date);
        v.field(2usize, "method", &self.method);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDays360Params {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.start_date.read_from(r),
            1usize => self.end_date.read_from(r),
            2usize => self.method.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.start_date);
        w.field(1usize, &self.end_date);
        w.field(2usize, &self.method);
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
rt::impl_object!(WorkbookFunctionsDays360Params);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDays360Params { with_start_date start_date : crate ::beta::Json;
    with_end_date end_date : crate ::beta::Json; with_method method : crate ::beta::Json;
    }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDays360Params);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.db`.
/// - `cost`: `microsoft.graph.Json`
/// - `salvage`: `microsoft.graph.Json`
/// - `life`: `microsoft.graph.Json`
/// - `period`: `microsoft.graph.Json`
/// - `month`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDbParams {
    /// CSDL: property `cost`: `microsoft.graph.Json`, nullable.
    pub cost: rt::Field<crate::beta::Json>,
    /// CSDL: property `salvage`: `microsoft.graph.Json`, nullable.
    pub salvage: rt::Field<crate::beta::Json>,
    /// CSDL: property `life`: `microsoft.graph.Json`, nullable.
    pub life: rt::Field<crate::beta::Json>,
    /// CSDL: property `period`: `microsoft.graph.Json`, nullable.
    pub period: rt::Field<crate::beta::Json>,
    /// CSDL: property `month`: `microsoft.graph.Json`, nullable.
    pub month: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDbParams {
    #[inline]
    fn default() -> Self {
        Self {
            cost: rt::Field::Absent,
            salvage: rt::Field::Absent,
            life: rt::Field::Absent,
            period: rt::Field::Absent,
            month: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsDbParams {
    const TYPE_NAME: &'static str = "microsoft.graph.db(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "cost",
        "salvage",
        "life",
        "period",
        "month",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"cost\":                         ",
        ",\"salvage\":                      ",
        ",\"life\":                         ",
        ",\"period\":                       ",
        ",\"month\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.db(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cost", &self.cost);
        v.field(1usize, "salvage", &self.salvage);
        v.field(2usize, "life", &self.life);
        v.field(3usize, "period", &self.period);
        v.field(4usize, "month", &self.month);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDbParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cost.read_from(r),
            1usize => self.salvage.read_from(r),
            2usize => self.life.read_from(r),
            3usize => self.period.read_from(r),
            4usize => self.month.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cost);
        w.field(1usize, &self.salvage);
        w.field(2usize, &self.life);
        w.field(3usize, &self.period);
        w.field(4usize, &self.month);
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
rt::impl_object!(WorkbookFunctionsDbParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDbParams { with_cost cost : crate ::beta::Json; with_salvage salvage
    : crate ::beta::Json; with_life life : crate ::beta::Json; with_period period : crate
    ::beta::Json; with_month month : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDbParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.dbcs`.
/// - `text`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDbcsParams {
    /// CSDL: property `text`: `microsoft.graph.Json`, nullable.
    pub text: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDbcsParams {
    #[inline]
    fn default() -> Self {
        Self {
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsDbcsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.dbcs(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text"];
    const KEYS_JSON: &'static [&'static str] = &[",\"text\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.dbcs(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "text", &self.text);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDbcsParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsDbcsParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(WorkbookFunctionsDbcsParams { with_text text : crate ::beta::Json; });
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDbcsParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.dcount`.
/// - `database`: `microsoft.graph.Json`
/// - `field`: `microsoft.graph.Json`
/// - `criteria`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDcountParams {
    /// CSDL: property `database`: `microsoft.graph.Json`, nullable.
    pub database: rt::Field<crate::beta::Json>,
    /// CSDL: property `field`: `microsoft.graph.Json`, nullable.
    pub field: rt::Field<crate::beta::Json>,
    /// CSDL: property `criteria`: `microsoft.graph.Json`, nullable.
    pub criteria: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDcountParams {
    #[inline]
    fn default() -> Self {
        Self {
            database: rt::Field::Absent,
            field: rt::Field::Absent,
            criteria: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsDcountParams {
    const TYPE_NAME: &'static str = "microsoft.graph.dcount(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["database", "field", "criteria"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"database\":                     ",
        ",\"field\":                        ",
        ",\"criteria\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dcount(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "database", &self.database);
        v.field(1usize, "field", &self.field);
        v.field(2usize, "criteria", &self.criteria);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDcountParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.database.read_from(r),
            1usize => self.field.read_from(r),
            2usize => self.criteria.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.database);
        w.field(1usize, &self.field);
        w.field(2usize, &self.criteria);
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
rt::impl_object!(WorkbookFunctionsDcountParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDcountParams { with_database database : crate ::beta::Json;
    with_field field : crate ::beta::Json; with_criteria criteria : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDcountParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.dcountA`.
/// - `database`: `microsoft.graph.Json`
/// - `field`: `microsoft.graph.Json`
/// - `criteria`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDcountAParams {
    /// CSDL: property `database`: `microsoft.graph.Json`, nullable.
    pub database: rt::Field<crate::beta::Json>,
    /// CSDL: property `field`: `microsoft.graph.Json`, nullable.
    pub field: rt::Field<crate::beta::Json>,
    /// CSDL: property `criteria`: `microsoft.graph.Json`, nullable.
    pub criteria: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDcountAParams {
    #[inline]
    fn default() -> Self {
        Self {
            database: rt::Field::Absent,
            field: rt::Field::Absent,
            criteria: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsDcountAParams {
    const TYPE_NAME: &'static str = "microsoft.graph.dcountA(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["database", "field", "criteria"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"database\":                     ",
        ",\"field\":                        ",
        ",\"criteria\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dcountA(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "database", &self.database);
        v.field(1usize, "field", &self.field);
        v.field(2usize, "criteria", &self.criteria);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDcountAParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.database.read_from(r),
            1usize => self.field.read_from(r),
            2usize => self.criteria.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.database);
        w.field(1usize, &self.field);
        w.field(2usize, &self.criteria);
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
rt::impl_object!(WorkbookFunctionsDcountAParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDcountAParams { with_database database : crate ::beta::Json;
    with_field field : crate ::beta::Json; with_criteria criteria : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDcountAParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.ddb`.
/// - `cost`: `microsoft.graph.Json`
/// - `salvage`: `microsoft.graph.Json`
/// - `life`: `microsoft.graph.Json`
/// - `period`: `microsoft.graph.Json`
/// - `factor`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDdbParams {
    /// CSDL: property `cost`: `microsoft.graph.Json`, nullable.
    pub cost: rt::Field<crate::beta::Json>,
    /// CSDL: property `salvage`: `microsoft.graph.Json`, nullable.
    pub salvage: rt::Field<crate::beta::Json>,
    /// CSDL: property `life`: `microsoft.graph.Json`, nullable.
    pub life: rt::Field<crate::beta::Json>,
    /// CSDL: property `period`: `microsoft.graph.Json`, nullable.
    pub period: rt::Field<crate::beta::Json>,
    /// CSDL: property `factor`: `microsoft.graph.Json`, nullable.
    pub factor: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDdbParams {
    #[inline]
    fn default() -> Self {
        Self {
            cost: rt::Field::Absent,
            salvage: rt::Field::Absent,
            life: rt::Field::Absent,
            period: rt::Field::Absent,
            factor: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsDdbParams {
    const TYPE_NAME: &'static str = "microsoft.graph.ddb(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "cost",
        "salvage",
        "life",
        "period",
        "factor",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"cost\":                         ",
        ",\"salvage\":                      ",
        ",\"life\":                         ",
        ",\"period\":                       ",
        ",\"factor\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.ddb(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cost", &self.cost);
        v.field(1usize, "salvage", &self.salvage);
        v.field(2usize, "life", &self.life);
        v.field(3usize, "period", &self.period);
        v.field(4usize, "factor", &self.factor);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDdbParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cost.read_from(r),
            1usize => self.salvage.read_from(r),
            2usize => self.life.read_from(r),
            3usize => self.period.read_from(r),
            4usize => self.factor.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cost);
        w.field(1usize, &self.salvage);
        w.field(2usize, &self.life);
        w.field(3usize, &self.period);
        w.field(4usize, &self.factor);
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
rt::impl_object!(WorkbookFunctionsDdbParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDdbParams { with_cost cost : crate ::beta::Json; with_salvage
    salvage : crate ::beta::Json; with_life life : crate ::beta::Json; with_period period
    : crate ::beta::Json; with_factor factor : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDdbParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.dec2Bin`.
/// - `number`: `microsoft.graph.Json`
/// - `places`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDec2BinParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// CSDL: property `places`: `microsoft.graph.Json`, nullable.
    pub places: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDec2BinParams {
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
impl rt::Object for WorkbookFunctionsDec2BinParams {
    const TYPE_NAME: &'static str = "microsoft.graph.dec2Bin(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "places"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"places\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dec2Bin(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "places", &self.places);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDec2BinParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsDec2BinParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDec2BinParams { with_number number : crate ::beta::Json; with_places
    places : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDec2BinParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.dec2Hex`.
/// - `number`: `microsoft.graph.Json`
/// - `places`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDec2HexParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// CSDL: property `places`: `microsoft.graph.Json`, nullable.
    pub places: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDec2HexParams {
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
impl rt::Object for WorkbookFunctionsDec2HexParams {
    const TYPE_NAME: &'static str = "microsoft.graph.dec2Hex(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "places"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"places\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dec2Hex(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "places", &self.places);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDec2HexParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsDec2HexParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDec2HexParams { with_number number : crate ::beta::Json; with_places
    places : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDec2HexParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.dec2Oct`.
/// - `number`: `microsoft.graph.Json`
/// - `places`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDec2OctParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// CSDL: property `places`: `microsoft.graph.Json`, nullable.
    pub places: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDec2OctParams {
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
impl rt::Object for WorkbookFunctionsDec2OctParams {
    const TYPE_NAME: &'static str = "microsoft.graph.dec2Oct(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "places"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"places\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dec2Oct(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "places", &self.places);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDec2OctParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsDec2OctParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDec2OctParams { with_number number : crate ::beta::Json; with_places
    places : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDec2OctParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.decimal`.
/// - `number`: `microsoft.graph.Json`
/// - `radix`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDecimalParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// CSDL: property `radix`: `microsoft.graph.Json`, nullable.
    pub radix: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDecimalParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            radix: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsDecimalParams {
    const TYPE_NAME: &'static str = "microsoft.graph.decimal(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "radix"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"radix\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.decimal(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "radix", &self.radix);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDecimalParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.radix.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.radix);
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
rt::impl_object!(WorkbookFunctionsDecimalParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDecimalParams { with_number number : crate ::beta::Json; with_radix
    radix : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDecimalParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.degrees`.
/// - `angle`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDegreesParams {
    /// CSDL: property `angle`: `microsoft.graph.Json`, nullable.
    pub angle: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDegreesParams {
    #[inline]
    fn default() -> Self {
        Self {
            angle: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsDegreesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.degrees(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["angle"];
    const KEYS_JSON: &'static [&'static str] = &[",\"angle\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.degrees(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "angle", &self.angle);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDegreesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.angle.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.angle);
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
rt::impl_object!(WorkbookFunctionsDegreesParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDegreesParams { with_angle angle : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDegreesParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.delta`.
/// - `number1`: `microsoft.graph.Json`
/// - `number2`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDeltaParams {
    /// CSDL: property `number1`: `microsoft.graph.Json`, nullable.
    pub number1: rt::Field<crate::beta::Json>,
    /// CSDL: property `number2`: `microsoft.graph.Json`, nullable.
    pub number2: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDeltaParams {
    #[inline]
    fn default() -> Self {
        Self {
            number1: rt::Field::Absent,
            number2: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsDeltaParams {
    const TYPE_NAME: &'static str = "microsoft.graph.delta(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number1", "number2"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number1\":                      ",
        ",\"number2\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.delta(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number1", &self.number1);
        v.field(1usize, "number2", &self.number2);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDeltaParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number1.read_from(r),
            1usize => self.number2.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number1);
        w.field(1usize, &self.number2);
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
rt::impl_object!(WorkbookFunctionsDeltaParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDeltaParams { with_number1 number1 : crate ::beta::Json;
    with_number2 number2 : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDeltaParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.devSq`.
/// - `values`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDevSqParams {
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDevSqParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsDevSqParams {
    const TYPE_NAME: &'static str = "microsoft.graph.devSq(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.devSq(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDevSqParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsDevSqParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDevSqParams { with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDevSqParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.dget`.
/// - `database`: `microsoft.graph.Json`
/// - `field`: `microsoft.graph.Json`
/// - `criteria`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDgetParams {
    /// CSDL: property `database`: `microsoft.graph.Json`, nullable.
    pub database: rt::Field<crate::beta::Json>,
    /// CSDL: property `field`: `microsoft.graph.Json`, nullable.
    pub field: rt::Field<crate::beta::Json>,
    /// CSDL: property `criteria`: `microsoft.graph.Json`, nullable.
    pub criteria: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDgetParams {
    #[inline]
    fn default() -> Self {
        Self {
            database: rt::Field::Absent,
            field: rt::Field::Absent,
            criteria: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsDgetParams {
    const TYPE_NAME: &'static str = "microsoft.graph.dget(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["database", "field", "criteria"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"database\":                     ",
        ",\"field\":                        ",
        ",\"criteria\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dget(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "database", &self.database);
        v.field(1usize, "field", &self.field);
        v.field(2usize, "criteria", &self.criteria);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDgetParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.database.read_from(r),
            1usize => self.field.read_from(r),
            2usize => self.criteria.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.database);
        w.field(1usize, &self.field);
        w.field(2usize, &self.criteria);
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
rt::impl_object!(WorkbookFunctionsDgetParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDgetParams { with_database database : crate ::beta::Json; with_field
    field : crate ::beta::Json; with_criteria criteria : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDgetParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.disc`.
/// - `settlement`: `microsoft.graph.Json`
/// - `maturity`: `microsoft.graph.Json`
/// - `pr`: `microsoft.graph.Json`
/// - `redemption`: `microsoft.graph.Json`
/// - `basis`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDiscParams {
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
impl ::std::default::Default for WorkbookFunctionsDiscParams {
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
impl rt::Object for WorkbookFunctionsDiscParams {
    const TYPE_NAME: &'static str = "microsoft.graph.disc(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "settlement",
        "maturity",
        "pr",
        "redemption",
        "basis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settlement\":                   ",
        ",\"maturity\":                     ",
        ",\"pr\":                           ",
        ",\"redemption\":                   ",
        ",\"basis\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.disc(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "settlement", &self.settlement);
        v.field(1usize, "maturity", &self.maturity);
        v.field(2usize, "pr", &self.pr);
        v.field(3usize, "redemption", &self.redemption);
        v.field(4usize, "basis", &self.basis);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDiscParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsDiscParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDiscParams { with_settlement settlement : crate ::beta::Json;
    with_maturity maturity : crate ::beta::Json; with_pr pr : crate ::beta::Json;
    with_redemption redemption : crate ::beta::Json; with_basis basis : crate
    ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDiscParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.dmax`.
/// - `database`: `microsoft.graph.Json`
/// - `field`: `microsoft.graph.Json`
/// - `criteria`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDmaxParams {
    /// CSDL: property `database`: `microsoft.graph.Json`, nullable.
    pub database: rt::Field<crate::beta::Json>,
    /// CSDL: property `field`: `microsoft.graph.Json`, nullable.
    pub field: rt::Field<crate::beta::Json>,
    /// CSDL: property `criteria`: `microsoft.graph.Json`, nullable.
    pub criteria: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDmaxParams {
    #[inline]
    fn default() -> Self {
        Self {
            database: rt::Field::Absent,
            field: rt::Field::Absent,
            criteria: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsDmaxParams {
    const TYPE_NAME: &'static str = "microsoft.graph.dmax(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["database", "field", "criteria"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"database\":                     ",
        ",\"field\":                        ",
        ",\"criteria\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dmax(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "database", &self.database);
        v.field(1usize, "field", &self.field);
        v.field(2usize, "criteria", &self.criteria);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDmaxParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.database.read_from(r),
            1usize => self.field.read_from(r),
            2usize => self.criteria.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.database);
        w.field(1usize, &self.field);
        w.field(2usize, &self.criteria);
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
rt::impl_object!(WorkbookFunctionsDmaxParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDmaxParams { with_database database : crate ::beta::Json; with_field
    field : crate ::beta::Json; with_criteria criteria : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDmaxParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.dmin`.
/// - `database`: `microsoft.graph.Json`
/// - `field`: `microsoft.graph.Json`
/// - `criteria`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDminParams {
    /// CSDL: property `database`: `microsoft.graph.Json`, nullable.
    pub database: rt::Field<crate::beta::Json>,
    /// CSDL: property `field`: `microsoft.graph.Json`, nullable.
    pub field: rt::Field<crate::beta::Json>,
    /// CSDL: property `criteria`: `microsoft.graph.Json`, nullable.
    pub criteria: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDminParams {
    #[inline]
    fn default() -> Self {
        Self {
            database: rt::Field::Absent,
            field: rt::Field::Absent,
            criteria: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsDminParams {
    const TYPE_NAME: &'static str = "microsoft.graph.dmin(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["database", "field", "criteria"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"database\":                     ",
        ",\"field\":                        ",
        ",\"criteria\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dmin(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "database", &self.database);
        v.field(1usize, "field", &self.field);
        v.field(2usize, "criteria", &self.criteria);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDminParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.database.read_from(r),
            1usize => self.field.read_from(r),
            2usize => self.criteria.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.database);
        w.field(1usize, &self.field);
        w.field(2usize, &self.criteria);
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
rt::impl_object!(WorkbookFunctionsDminParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDminParams { with_database database : crate ::beta::Json; with_field
    field : crate ::beta::Json; with_criteria criteria : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDminParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.dollar`.
/// - `number`: `microsoft.graph.Json`
/// - `decimals`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDollarParams {
    /// CSDL: property `number`: `microsoft.graph.Json`, nullable.
    pub number: rt::Field<crate::beta::Json>,
    /// CSDL: property `decimals`: `microsoft.graph.Json`, nullable.
    pub decimals: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDollarParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            decimals: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsDollarParams {
    const TYPE_NAME: &'static str = "microsoft.graph.dollar(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "decimals"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"decimals\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dollar(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "decimals", &self.decimals);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDollarParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.decimals.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.decimals);
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
rt::impl_object!(WorkbookFunctionsDollarParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDollarParams { with_number number : crate ::beta::Json;
    with_decimals decimals : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDollarParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.dollarDe`.
/// - `fractionalDollar`: `microsoft.graph.Json`
/// - `fraction`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDollarDeParams {
    /// CSDL: property `fractionalDollar`: `microsoft.graph.Json`, nullable.
    pub fractional_dollar: rt::Field<crate::beta::Json>,
    /// CSDL: property `fraction`: `microsoft.graph.Json`, nullable.
    pub fraction: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDollarDeParams {
    #[inline]
    fn default() -> Self {
        Self {
            fractional_dollar: rt::Field::Absent,
            fraction: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsDollarDeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.dollarDe(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["fractionalDollar", "fraction"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"fractionalDollar\":             ",
        ",\"fraction\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dollarDe(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "fractional_dollar", &self.fractional_dollar);
        v.field(1usize, "fraction", &self.fraction);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDollarDeParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.fractional_dollar.read_from(r),
            1usize => self.fraction.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.fractional_dollar);
        w.field(1usize, &self.fraction);
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
rt::impl_object!(WorkbookFunctionsDollarDeParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDollarDeParams { with_fractional_dollar fractional_dollar : crate
    ::beta::Json; with_fraction fraction : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDollarDeParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.dollarFr`.
/// - `decimalDollar`: `microsoft.graph.Json`
/// - `fraction`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDollarFrParams {
    /// CSDL: property `decimalDollar`: `microsoft.graph.Json`, nullable.
    pub decimal_dollar: rt::Field<crate::beta::Json>,
    /// CSDL: property `fraction`: `microsoft.graph.Json`, nullable.
    pub fraction: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDollarFrParams {
    #[inline]
    fn default() -> Self {
        Self {
            decimal_dollar: rt::Field::Absent,
            fraction: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsDollarFrParams {
    const TYPE_NAME: &'static str = "microsoft.graph.dollarFr(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["decimalDollar", "fraction"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"decimalDollar\":                ",
        ",\"fraction\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dollarFr(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "decimal_dollar", &self.decimal_dollar);
        v.field(1usize, "fraction", &self.fraction);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDollarFrParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.decimal_dollar.read_from(r),
            1usize => self.fraction.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.decimal_dollar);
        w.field(1usize, &self.fraction);
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
rt::impl_object!(WorkbookFunctionsDollarFrParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDollarFrParams { with_decimal_dollar decimal_dollar : crate
    ::beta::Json; with_fraction fraction : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDollarFrParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.dproduct`.
/// - `database`: `microsoft.graph.Json`
/// - `field`: `microsoft.graph.Json`
/// - `criteria`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDproductParams {
    /// CSDL: property `database`: `microsoft.graph.Json`, nullable.
    pub database: rt::Field<crate::beta::Json>,
    /// CSDL: property `field`: `microsoft.graph.Json`, nullable.
    pub field: rt::Field<crate::beta::Json>,
    /// CSDL: property `criteria`: `microsoft.graph.Json`, nullable.
    pub criteria: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDproductParams {
    #[inline]
    fn default() -> Self {
        Self {
            database: rt::Field::Absent,
            field: rt::Field::Absent,
            criteria: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsDproductParams {
    const TYPE_NAME: &'static str = "microsoft.graph.dproduct(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["database", "field", "criteria"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"database\":                     ",
        ",\"field\":                        ",
        ",\"criteria\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dproduct(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "database", &self.database);
        v.field(1usize, "field", &self.field);
        v.field(2usize, "criteria", &self.criteria);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDproductParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.database.read_from(r),
            1usize => self.field.read_from(r),
            2usize => self.criteria.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.database);
        w.field(1usize, &self.field);
        w.field(2usize, &self.criteria);
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
rt::impl_object!(WorkbookFunctionsDproductParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDproductParams { with_database database : crate ::beta::Json;
    with_field field : crate ::beta::Json; with_criteria criteria : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDproductParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.dstDev`.
/// - `database`: `microsoft.graph.Json`
/// - `field`: `microsoft.graph.Json`
/// - `criteria`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDstDevParams {
    /// CSDL: property `database`: `microsoft.graph.Json`, nullable.
    pub database: rt::Field<crate::beta::Json>,
    /// CSDL: property `field`: `microsoft.graph.Json`, nullable.
    pub field: rt::Field<crate::beta::Json>,
    /// CSDL: property `criteria`: `microsoft.graph.Json`, nullable.
    pub criteria: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDstDevParams {
    #[inline]
    fn default() -> Self {
        Self {
            database: rt::Field::Absent,
            field: rt::Field::Absent,
            criteria: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsDstDevParams {
    const TYPE_NAME: &'static str = "microsoft.graph.dstDev(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["database", "field", "criteria"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"database\":                     ",
        ",\"field\":                        ",
        ",\"criteria\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dstDev(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "database", &self.database);
        v.field(1usize, "field", &self.field);
        v.field(2usize, "criteria", &self.criteria);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDstDevParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.database.read_from(r),
            1usize => self.field.read_from(r),
            2usize => self.criteria.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.database);
        w.field(1usize, &self.field);
        w.field(2usize, &self.criteria);
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
rt::impl_object!(WorkbookFunctionsDstDevParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDstDevParams { with_database database : crate ::beta::Json;
    with_field field : crate ::beta::Json; with_criteria criteria : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDstDevParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.dstDevP`.
/// - `database`: `microsoft.graph.Json`
/// - `field`: `microsoft.graph.Json`
/// - `criteria`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDstDevPParams {
    /// CSDL: property `database`: `microsoft.graph.Json`, nullable.
    pub database: rt::Field<crate::beta::Json>,
    /// CSDL: property `field`: `microsoft.graph.Json`, nullable.
    pub field: rt::Field<crate::beta::Json>,
    /// CSDL: property `criteria`: `microsoft.graph.Json`, nullable.
    pub criteria: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDstDevPParams {
    #[inline]
    fn default() -> Self {
        Self {
            database: rt::Field::Absent,
            field: rt::Field::Absent,
            criteria: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsDstDevPParams {
    const TYPE_NAME: &'static str = "microsoft.graph.dstDevP(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["database", "field", "criteria"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"database\":                     ",
        ",\"field\":                        ",
        ",\"criteria\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dstDevP(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "database", &self.database);
        v.field(1usize, "field", &self.field);
        v.field(2usize, "criteria", &self.criteria);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDstDevPParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.database.read_from(r),
            1usize => self.field.read_from(r),
            2usize => self.criteria.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.database);
        w.field(1usize, &self.field);
        w.field(2usize, &self.criteria);
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
rt::impl_object!(WorkbookFunctionsDstDevPParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDstDevPParams { with_database database : crate ::beta::Json;
    with_field field : crate ::beta::Json; with_criteria criteria : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDstDevPParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.dsum`.
/// - `database`: `microsoft.graph.Json`
/// - `field`: `microsoft.graph.Json`
/// - `criteria`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDsumParams {
    /// CSDL: property `database`: `microsoft.graph.Json`, nullable.
    pub database: rt::Field<crate::beta::Json>,
    /// CSDL: property `field`: `microsoft.graph.Json`, nullable.
    pub field: rt::Field<crate::beta::Json>,
    /// CSDL: property `criteria`: `microsoft.graph.Json`, nullable.
    pub criteria: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDsumParams {
    #[inline]
    fn default() -> Self {
        Self {
            database: rt::Field::Absent,
            field: rt::Field::Absent,
            criteria: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsDsumParams {
    const TYPE_NAME: &'static str = "microsoft.graph.dsum(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["database", "field", "criteria"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"database\":                     ",
        ",\"field\":                        ",
        ",\"criteria\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dsum(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "database", &self.database);
        v.field(1usize, "field", &self.field);
        v.field(2usize, "criteria", &self.criteria);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDsumParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.database.read_from(r),
            1usize => self.field.read_from(r),
            2usize => self.criteria.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.database);
        w.field(1usize, &self.field);
        w.field(2usize, &self.criteria);
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
rt::impl_object!(WorkbookFunctionsDsumParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDsumParams { with_database database : crate ::beta::Json; with_field
    field : crate ::beta::Json; with_criteria criteria : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDsumParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.duration`.
/// - `settlement`: `microsoft.graph.Json`
/// - `maturity`: `microsoft.graph.Json`
/// - `coupon`: `microsoft.graph.Json`
/// - `yld`: `microsoft.graph.Json`
/// - `frequency`: `microsoft.graph.Json`
/// - `basis`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDurationParams {
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
impl ::std::default::Default for WorkbookFunctionsDurationParams {
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
impl rt::Object for WorkbookFunctionsDurationParams {
    const TYPE_NAME: &'static str = "microsoft.graph.duration(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "settlement",
        "maturity",
        "coupon",
        "yld",
        "frequency",
        "basis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settlement\":                   ",
        ",\"maturity\":                     ",
        ",\"coupon\":                       ",
        ",\"yld\":                          ",
        ",\"frequency\":                    ",
        ",\"basis\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.duration(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "settlement", &self.settlement);
        v.field(1usize, "maturity", &self.maturity);
        v.field(2usize, "coupon", &self.coupon);
        v.field(3usize, "yld", &self.yld);
        v.field(4usize, "frequency", &self.frequency);
        v.field(5usize, "basis", &self.basis);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDurationParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(WorkbookFunctionsDurationParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDurationParams { with_settlement settlement : crate ::beta::Json;
    with_maturity maturity : crate ::beta::Json; with_coupon coupon : crate ::beta::Json;
    with_yld yld : crate ::beta::Json; with_frequency frequency : crate ::beta::Json;
    with_basis basis : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDurationParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.dvar`.
/// - `database`: `microsoft.graph.Json`
/// - `field`: `microsoft.graph.Json`
/// - `criteria`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDvarParams {
    /// CSDL: property `database`: `microsoft.graph.Json`, nullable.
    pub database: rt::Field<crate::beta::Json>,
    /// CSDL: property `field`: `microsoft.graph.Json`, nullable.
    pub field: rt::Field<crate::beta::Json>,
    /// CSDL: property `criteria`: `microsoft.graph.Json`, nullable.
    pub criteria: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDvarParams {
    #[inline]
    fn default() -> Self {
        Self {
            database: rt::Field::Absent,
            field: rt::Field::Absent,
            criteria: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsDvarParams {
    const TYPE_NAME: &'static str = "microsoft.graph.dvar(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["database", "field", "criteria"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"database\":                     ",
        ",\"field\":                        ",
        ",\"criteria\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dvar(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "database", &self.database);
        v.field(1usize, "field", &self.field);
        v.field(2usize, "criteria", &self.criteria);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDvarParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.database.read_from(r),
            1usize => self.field.read_from(r),
            2usize => self.criteria.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.database);
        w.field(1usize, &self.field);
        w.field(2usize, &self.criteria);
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
rt::impl_object!(WorkbookFunctionsDvarParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDvarParams { with_database database : crate ::beta::Json; with_field
    field : crate ::beta::Json; with_criteria criteria : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDvarParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.dvarP`.
/// - `database`: `microsoft.graph.Json`
/// - `field`: `microsoft.graph.Json`
/// - `criteria`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionsDvarPParams {
    /// CSDL: property `database`: `microsoft.graph.Json`, nullable.
    pub database: rt::Field<crate::beta::Json>,
    /// CSDL: property `field`: `microsoft.graph.Json`, nullable.
    pub field: rt::Field<crate::beta::Json>,
    /// CSDL: property `criteria`: `microsoft.graph.Json`, nullable.
    pub criteria: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionsDvarPParams {
    #[inline]
    fn default() -> Self {
        Self {
            database: rt::Field::Absent,
            field: rt::Field::Absent,
            criteria: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionsDvarPParams {
    const TYPE_NAME: &'static str = "microsoft.graph.dvarP(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["database", "field", "criteria"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"database\":                     ",
        ",\"field\":                        ",
        ",\"criteria\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dvarP(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "database", &self.database);
        v.field(1usize, "field", &self.field);
        v.field(2usize, "criteria", &self.criteria);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsDvarPParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.database.read_from(r),
            1usize => self.field.read_from(r),
            2usize => self.criteria.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.database);
        w.field(1usize, &self.field);
        w.field(2usize, &self.criteria);
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
rt::impl_object!(WorkbookFunctionsDvarPParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionsDvarPParams { with_database database : crate ::beta::Json;
    with_field field : crate ::beta::Json; with_criteria criteria : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsDvarPParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.ecma_Ceiling`.
/// - `number`: `microsoft.graph.Json`
/// - `significance`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
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
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"significance\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.ecma_Ceiling(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "significance", &self.significance);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsEcmaCeilingParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[derive(Clone)]
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
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"startDate\":                    ",
        ",\"months\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.edate(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "start_date", &self.start_date);
        v.field(1usize, "months", &self.months);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsEdateParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[derive(Clone)]
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
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"nominalRate\":                  ",
        ",\"npery\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.effect(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "nominal_rate", &self.nominal_rate);
        v.field(1usize, "npery", &self.npery);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsEffectParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[derive(Clone)]
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
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"startDate\":                    ",
        ",\"months\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.eoMonth(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "start_date", &self.start_date);
        v.field(1usize, "months", &self.months);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsEoMonthParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[derive(Clone)]
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
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"lowerLimit\":                   ",
        ",\"upperLimit\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.erf(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "lower_limit", &self.lower_limit);
        v.field(1usize, "upper_limit", &self.upper_limit);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsErfParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[derive(Clone)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"x\":                            "];
    const TAG: &'static str = "\"#microsoft.graph.erfC(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsErfCParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[derive(Clone)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"X\":                            "];
    const TAG: &'static str = "\"#microsoft.graph.erfC_Precise(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsErfCPreciseParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[derive(Clone)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"X\":                            "];
    const TAG: &'static str = "\"#microsoft.graph.erf_Precise(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsErfPreciseParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[derive(Clone)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"errorVal\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.error_Type(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "error_val", &self.error_val);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsErrorTypeParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[derive(Clone)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.even(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsEvenParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[derive(Clone)]
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
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"text1\":                        ",
        ",\"text2\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.exact(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "text1", &self.text1);
        v.field(1usize, "text2", &self.text2);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsExactParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[derive(Clone)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.exp(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsExpParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[derive(Clone)]
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
        ",\"x\":                            ",
        ",\"lambda\":                       ",
        ",\"cumulative\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.expon_Dist(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
        v.field(1usize, "lambda", &self.lambda);
        v.field(2usize, "cumulative", &self.cumulative);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionsExponDistParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
