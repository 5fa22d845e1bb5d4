//! Items of `params` by the first letters of their types' names (`workbookfi`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.apply`.
/// - `criteria`: `microsoft.graph.workbookFilterCriteria`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFilterApplyParams {
    /// CSDL: property `criteria`: `microsoft.graph.workbookFilterCriteria`, nullable.
    pub criteria: rt::Field<crate::beta::WorkbookFilterCriteria>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFilterApplyParams {
    #[inline]
    fn default() -> Self {
        Self {
            criteria: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFilterApplyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.apply(microsoft.graph.workbookFilter)";
    const KEYS: &'static [&'static str] = &["criteria"];
    const KEYS_JSON: &'static [&'static str] = &[",\"criteria\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.apply(microsoft.graph.workbookFilter)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "criteria", &self.criteria);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFilterApplyParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.criteria.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.criteria);
    }
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
rt::impl_object!(WorkbookFilterApplyParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFilterApplyParams { with_criteria criteria : crate
    ::beta::WorkbookFilterCriteria; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFilterApplyParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.applyBottomItemsFilter`.
/// - `count`: `Edm.Int32`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFilterApplyBottomItemsFilterParams {
    /// CSDL: property `count`: `Edm.Int32`, not nullable.
    pub count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFilterApplyBottomItemsFilterParams {
    #[inline]
    fn default() -> Self {
        Self {
            count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFilterApplyBottomItemsFilterParams {
    const TYPE_NAME: &'static str = "microsoft.graph.applyBottomItemsFilter(microsoft.graph.workbookFilter)";
    const KEYS: &'static [&'static str] = &["count"];
    const KEYS_JSON: &'static [&'static str] = &[",\"count\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.applyBottomItemsFilter(microsoft.graph.workbookFilter)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "count", &self.count);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFilterApplyBottomItemsFilterParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.count);
    }
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
rt::impl_object!(WorkbookFilterApplyBottomItemsFilterParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFilterApplyBottomItemsFilterParams { with_count count : i32; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFilterApplyBottomItemsFilterParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.applyBottomPercentFilter`.
/// - `percent`: `Edm.Int32`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFilterApplyBottomPercentFilterParams {
    /// CSDL: property `percent`: `Edm.Int32`, not nullable.
    pub percent: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFilterApplyBottomPercentFilterParams {
    #[inline]
    fn default() -> Self {
        Self {
            percent: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFilterApplyBottomPercentFilterParams {
    const TYPE_NAME: &'static str = "microsoft.graph.applyBottomPercentFilter(microsoft.graph.workbookFilter)";
    const KEYS: &'static [&'static str] = &["percent"];
    const KEYS_JSON: &'static [&'static str] = &[",\"percent\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.applyBottomPercentFilter(microsoft.graph.workbookFilter)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "percent", &self.percent);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFilterApplyBottomPercentFilterParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.percent.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.percent);
    }
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
rt::impl_object!(WorkbookFilterApplyBottomPercentFilterParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFilterApplyBottomPercentFilterParams { with_percent percent : i32; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFilterApplyBottomPercentFilterParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.applyCellColorFilter`.
/// - `color`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFilterApplyCellColorFilterParams {
    /// CSDL: property `color`: `Edm.String`, nullable.
    pub color: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFilterApplyCellColorFilterParams {
    #[inline]
    fn default() -> Self {
        Self {
            color: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFilterApplyCellColorFilterParams {
    const TYPE_NAME: &'static str = "microsoft.graph.applyCellColorFilter(microsoft.graph.workbookFilter)";
    const KEYS: &'static [&'static str] = &["color"];
    const KEYS_JSON: &'static [&'static str] = &[",\"color\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.applyCellColorFilter(microsoft.graph.workbookFilter)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "color", &self.color);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFilterApplyCellColorFilterParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.color.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.color);
    }
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
rt::impl_object!(WorkbookFilterApplyCellColorFilterParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFilterApplyCellColorFilterParams { with_color color : ::std::string::String;
    }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFilterApplyCellColorFilterParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.applyCustomFilter`.
/// - `criteria1`: `Edm.String`
/// - `criteria2`: `Edm.String`
/// - `oper`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFilterApplyCustomFilterParams {
    /// CSDL: property `criteria1`: `Edm.String`, nullable.
    pub criteria1: rt::Field<::std::string::String>,
    /// CSDL: property `criteria2`: `Edm.String`, nullable.
    pub criteria2: rt::Field<::std::string::String>,
    /// CSDL: property `oper`: `Edm.String`, not nullable.
    pub oper: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFilterApplyCustomFilterParams {
    #[inline]
    fn default() -> Self {
        Self {
            criteria1: rt::Field::Absent,
            criteria2: rt::Field::Absent,
            oper: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFilterApplyCustomFilterParams {
    const TYPE_NAME: &'static str = "microsoft.graph.applyCustomFilter(microsoft.graph.workbookFilter)";
    const KEYS: &'static [&'static str] = &["criteria1", "criteria2", "oper"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"criteria1\":                    ",
        ",\"criteria2\":                    ",
        ",\"oper\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.applyCustomFilter(microsoft.graph.workbookFilter)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "criteria1", &self.criteria1);
        v.field(1usize, "criteria2", &self.criteria2);
        v.field(2usize, "oper", &self.oper);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFilterApplyCustomFilterParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.criteria1.read_from(r),
            1usize => self.criteria2.read_from(r),
            2usize => self.oper.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.criteria1);
        w.field(1usize, &self.criteria2);
        w.field(2usize, &self.oper);
    }
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
rt::impl_object!(WorkbookFilterApplyCustomFilterParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFilterApplyCustomFilterParams { with_criteria1 criteria1 :
    ::std::string::String; with_criteria2 criteria2 : ::std::string::String; with_oper
    oper : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFilterApplyCustomFilterParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.applyDynamicFilter`.
/// - `criteria`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFilterApplyDynamicFilterParams {
    /// CSDL: property `criteria`: `Edm.String`, not nullable.
    pub criteria: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFilterApplyDynamicFilterParams {
    #[inline]
    fn default() -> Self {
        Self {
            criteria: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFilterApplyDynamicFilterParams {
    const TYPE_NAME: &'static str = "microsoft.graph.applyDynamicFilter(microsoft.graph.workbookFilter)";
    const KEYS: &'static [&'static str] = &["criteria"];
    const KEYS_JSON: &'static [&'static str] = &[",\"criteria\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.applyDynamicFilter(microsoft.graph.workbookFilter)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "criteria", &self.criteria);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFilterApplyDynamicFilterParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.criteria.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.criteria);
    }
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
rt::impl_object!(WorkbookFilterApplyDynamicFilterParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFilterApplyDynamicFilterParams { with_criteria criteria :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFilterApplyDynamicFilterParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.applyFontColorFilter`.
/// - `color`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFilterApplyFontColorFilterParams {
    /// CSDL: property `color`: `Edm.String`, nullable.
    pub color: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFilterApplyFontColorFilterParams {
    #[inline]
    fn default() -> Self {
        Self {
            color: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFilterApplyFontColorFilterParams {
    const TYPE_NAME: &'static str = "microsoft.graph.applyFontColorFilter(microsoft.graph.workbookFilter)";
    const KEYS: &'static [&'static str] = &["color"];
    const KEYS_JSON: &'static [&'static str] = &[",\"color\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.applyFontColorFilter(microsoft.graph.workbookFilter)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "color", &self.color);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFilterApplyFontColorFilterParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.color.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.color);
    }
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
rt::impl_object!(WorkbookFilterApplyFontColorFilterParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFilterApplyFontColorFilterParams { with_color color : ::std::string::String;
    }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFilterApplyFontColorFilterParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.applyIconFilter`.
/// - `icon`: `microsoft.graph.workbookIcon`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFilterApplyIconFilterParams {
    /// CSDL: property `icon`: `microsoft.graph.workbookIcon`, nullable.
    pub icon: rt::Field<crate::beta::WorkbookIcon>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFilterApplyIconFilterParams {
    #[inline]
    fn default() -> Self {
        Self {
            icon: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFilterApplyIconFilterParams {
    const TYPE_NAME: &'static str = "microsoft.graph.applyIconFilter(microsoft.graph.workbookFilter)";
    const KEYS: &'static [&'static str] = &["icon"];
    const KEYS_JSON: &'static [&'static str] = &[",\"icon\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.applyIconFilter(microsoft.graph.workbookFilter)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "icon", &self.icon);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFilterApplyIconFilterParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.icon.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.icon);
    }
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
rt::impl_object!(WorkbookFilterApplyIconFilterParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFilterApplyIconFilterParams { with_icon icon : crate ::beta::WorkbookIcon; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFilterApplyIconFilterParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.applyTopItemsFilter`.
/// - `count`: `Edm.Int32`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFilterApplyTopItemsFilterParams {
    /// CSDL: property `count`: `Edm.Int32`, not nullable.
    pub count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFilterApplyTopItemsFilterParams {
    #[inline]
    fn default() -> Self {
        Self {
            count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFilterApplyTopItemsFilterParams {
    const TYPE_NAME: &'static str = "microsoft.graph.applyTopItemsFilter(microsoft.graph.workbookFilter)";
    const KEYS: &'static [&'static str] = &["count"];
    const KEYS_JSON: &'static [&'static str] = &[",\"count\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.applyTopItemsFilter(microsoft.graph.workbookFilter)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "count", &self.count);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFilterApplyTopItemsFilterParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.count);
    }
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
rt::impl_object!(WorkbookFilterApplyTopItemsFilterParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(WorkbookFilterApplyTopItemsFilterParams { with_count count : i32; });
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFilterApplyTopItemsFilterParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.applyTopPercentFilter`.
/// - `percent`: `Edm.Int32`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFilterApplyTopPercentFilterParams {
    /// CSDL: property `percent`: `Edm.Int32`, not nullable.
    pub percent: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFilterApplyTopPercentFilterParams {
    #[inline]
    fn default() -> Self {
        Self {
            percent: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFilterApplyTopPercentFilterParams {
    const TYPE_NAME: &'static str = "microsoft.graph.applyTopPercentFilter(microsoft.graph.workbookFilter)";
    const KEYS: &'static [&'static str] = &["percent"];
    const KEYS_JSON: &'static [&'static str] = &[",\"percent\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.applyTopPercentFilter(microsoft.graph.workbookFilter)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "percent", &self.percent);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFilterApplyTopPercentFilterParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.percent.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.percent);
    }
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
rt::impl_object!(WorkbookFilterApplyTopPercentFilterParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFilterApplyTopPercentFilterParams { with_percent percent : i32; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFilterApplyTopPercentFilterParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.applyValuesFilter`.
/// - `values`: `microsoft.graph.Json`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFilterApplyValuesFilterParams {
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFilterApplyValuesFilterParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFilterApplyValuesFilterParams {
    const TYPE_NAME: &'static str = "microsoft.graph.applyValuesFilter(microsoft.graph.workbookFilter)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.applyValuesFilter(microsoft.graph.workbookFilter)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFilterApplyValuesFilterParams {
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
rt::impl_object!(WorkbookFilterApplyValuesFilterParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFilterApplyValuesFilterParams { with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFilterApplyValuesFilterParams);
