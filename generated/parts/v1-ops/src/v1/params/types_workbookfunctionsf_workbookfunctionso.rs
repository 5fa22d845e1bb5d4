//! Items of `params` by the first letters of their types' names (`workbookfunctionsf_workbookfunctionso`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.f_Dist`.
/// - `x`: `Edm.Untyped`
/// - `degFreedom1`: `Edm.Untyped`
/// - `degFreedom2`: `Edm.Untyped`
/// - `cumulative`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsFDistParams {
    /// CSDL: property `x`: `Edm.Untyped`, nullable.
    pub x: rt::Field<rt::RawJson>,
    /// CSDL: property `degFreedom1`: `Edm.Untyped`, nullable.
    pub deg_freedom1: rt::Field<rt::RawJson>,
    /// CSDL: property `degFreedom2`: `Edm.Untyped`, nullable.
    pub deg_freedom2: rt::Field<rt::RawJson>,
    /// CSDL: property `cumulative`: `Edm.Untyped`, nullable.
    pub cumulative: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsFDistParams {
    const TYPE_NAME: &'static str = "microsoft.graph.f_Dist(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "x",
        "degFreedom1",
        "degFreedom2",
        "cumulative",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"x\":                            ",
        ",\"degFreedom1\":                  ",
        ",\"degFreedom2\":                  ",
        ",\"cumulative\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.f_Dist(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
        v.field(1usize, "deg_freedom1", &self.deg_freedom1);
        v.field(2usize, "deg_freedom2", &self.deg_freedom2);
        v.field(3usize, "cumulative", &self.cumulative);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsFDistParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsFDistParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsFDistParams { with_x x : rt::RawJson; with_deg_freedom1 deg_freedom1
    : rt::RawJson; with_deg_freedom2 deg_freedom2 : rt::RawJson; with_cumulative
    cumulative : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFDistParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.f_Dist_RT`.
/// - `x`: `Edm.Untyped`
/// - `degFreedom1`: `Edm.Untyped`
/// - `degFreedom2`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsFDistRtParams {
    /// CSDL: property `x`: `Edm.Untyped`, nullable.
    pub x: rt::Field<rt::RawJson>,
    /// CSDL: property `degFreedom1`: `Edm.Untyped`, nullable.
    pub deg_freedom1: rt::Field<rt::RawJson>,
    /// CSDL: property `degFreedom2`: `Edm.Untyped`, nullable.
    pub deg_freedom2: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsFDistRtParams {
    const TYPE_NAME: &'static str = "microsoft.graph.f_Dist_RT(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x", "degFreedom1", "degFreedom2"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"x\":                            ",
        ",\"degFreedom1\":                  ",
        ",\"degFreedom2\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.f_Dist_RT(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
        v.field(1usize, "deg_freedom1", &self.deg_freedom1);
        v.field(2usize, "deg_freedom2", &self.deg_freedom2);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsFDistRtParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsFDistRtParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsFDistRtParams { with_x x : rt::RawJson; with_deg_freedom1
    deg_freedom1 : rt::RawJson; with_deg_freedom2 deg_freedom2 : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFDistRtParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.f_Inv`.
/// - `probability`: `Edm.Untyped`
/// - `degFreedom1`: `Edm.Untyped`
/// - `degFreedom2`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsFInvParams {
    /// CSDL: property `probability`: `Edm.Untyped`, nullable.
    pub probability: rt::Field<rt::RawJson>,
    /// CSDL: property `degFreedom1`: `Edm.Untyped`, nullable.
    pub deg_freedom1: rt::Field<rt::RawJson>,
    /// CSDL: property `degFreedom2`: `Edm.Untyped`, nullable.
    pub deg_freedom2: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsFInvParams {
    const TYPE_NAME: &'static str = "microsoft.graph.f_Inv(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["probability", "degFreedom1", "degFreedom2"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"probability\":                  ",
        ",\"degFreedom1\":                  ",
        ",\"degFreedom2\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.f_Inv(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "probability", &self.probability);
        v.field(1usize, "deg_freedom1", &self.deg_freedom1);
        v.field(2usize, "deg_freedom2", &self.deg_freedom2);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsFInvParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsFInvParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsFInvParams { with_probability probability : rt::RawJson;
    with_deg_freedom1 deg_freedom1 : rt::RawJson; with_deg_freedom2 deg_freedom2 :
    rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFInvParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.f_Inv_RT`.
/// - `probability`: `Edm.Untyped`
/// - `degFreedom1`: `Edm.Untyped`
/// - `degFreedom2`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsFInvRtParams {
    /// CSDL: property `probability`: `Edm.Untyped`, nullable.
    pub probability: rt::Field<rt::RawJson>,
    /// CSDL: property `degFreedom1`: `Edm.Untyped`, nullable.
    pub deg_freedom1: rt::Field<rt::RawJson>,
    /// CSDL: property `degFreedom2`: `Edm.Untyped`, nullable.
    pub deg_freedom2: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsFInvRtParams {
    const TYPE_NAME: &'static str = "microsoft.graph.f_Inv_RT(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["probability", "degFreedom1", "degFreedom2"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"probability\":                  ",
        ",\"degFreedom1\":                  ",
        ",\"degFreedom2\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.f_Inv_RT(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "probability", &self.probability);
        v.field(1usize, "deg_freedom1", &self.deg_freedom1);
        v.field(2usize, "deg_freedom2", &self.deg_freedom2);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsFInvRtParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsFInvRtParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsFInvRtParams { with_probability probability : rt::RawJson;
    with_deg_freedom1 deg_freedom1 : rt::RawJson; with_deg_freedom2 deg_freedom2 :
    rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFInvRtParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.fact`.
/// - `number`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsFactParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsFactParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsFactParams {
    const TYPE_NAME: &'static str = "microsoft.graph.fact(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.fact(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsFactParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsFactParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsFactParams { with_number number : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFactParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.factDouble`.
/// - `number`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsFactDoubleParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsFactDoubleParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsFactDoubleParams {
    const TYPE_NAME: &'static str = "microsoft.graph.factDouble(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.factDouble(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsFactDoubleParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsFactDoubleParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsFactDoubleParams { with_number number : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFactDoubleParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.find`.
/// - `findText`: `Edm.Untyped`
/// - `withinText`: `Edm.Untyped`
/// - `startNum`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsFindParams {
    /// CSDL: property `findText`: `Edm.Untyped`, nullable.
    pub find_text: rt::Field<rt::RawJson>,
    /// CSDL: property `withinText`: `Edm.Untyped`, nullable.
    pub within_text: rt::Field<rt::RawJson>,
    /// CSDL: property `startNum`: `Edm.Untyped`, nullable.
    pub start_num: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsFindParams {
    const TYPE_NAME: &'static str = "microsoft.graph.find(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["findText", "withinText", "startNum"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"findText\":                     ",
        ",\"withinText\":                   ",
        ",\"startNum\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.find(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "find_text", &self.find_text);
        v.field(1usize, "within_text", &self.within_text);
        v.field(2usize, "start_num", &self.start_num);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsFindParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsFindParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsFindParams { with_find_text find_text : rt::RawJson;
    with_within_text within_text : rt::RawJson; with_start_num start_num : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFindParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.findB`.
/// - `findText`: `Edm.Untyped`
/// - `withinText`: `Edm.Untyped`
/// - `startNum`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsFindBParams {
    /// CSDL: property `findText`: `Edm.Untyped`, nullable.
    pub find_text: rt::Field<rt::RawJson>,
    /// CSDL: property `withinText`: `Edm.Untyped`, nullable.
    pub within_text: rt::Field<rt::RawJson>,
    /// CSDL: property `startNum`: `Edm.Untyped`, nullable.
    pub start_num: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsFindBParams {
    const TYPE_NAME: &'static str = "microsoft.graph.findB(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["findText", "withinText", "startNum"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"findText\":                     ",
        ",\"withinText\":                   ",
        ",\"startNum\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.findB(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "find_text", &self.find_text);
        v.field(1usize, "within_text", &self.within_text);
        v.field(2usize, "start_num", &self.start_num);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsFindBParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsFindBParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsFindBParams { with_find_text find_text : rt::RawJson;
    with_within_text within_text : rt::RawJson; with_start_num start_num : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFindBParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.fisher`.
/// - `x`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsFisherParams {
    /// CSDL: property `x`: `Edm.Untyped`, nullable.
    pub x: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsFisherParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsFisherParams {
    const TYPE_NAME: &'static str = "microsoft.graph.fisher(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x"];
    const KEYS_JSON: &'static [&'static str] = &[",\"x\":                            "];
    const TAG: &'static str = "\"#microsoft.graph.fisher(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsFisherParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsFisherParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsFisherParams { with_x x : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFisherParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.fisherInv`.
/// - `y`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsFisherInvParams {
    /// CSDL: property `y`: `Edm.Untyped`, nullable.
    pub y: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsFisherInvParams {
    #[inline]
    fn default() -> Self {
        Self {
            y: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsFisherInvParams {
    const TYPE_NAME: &'static str = "microsoft.graph.fisherInv(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["y"];
    const KEYS_JSON: &'static [&'static str] = &[",\"y\":                            "];
    const TAG: &'static str = "\"#microsoft.graph.fisherInv(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "y", &self.y);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsFisherInvParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsFisherInvParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsFisherInvParams { with_y y : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFisherInvParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.fixed`.
/// - `number`: `Edm.Untyped`
/// - `decimals`: `Edm.Untyped`
/// - `noCommas`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsFixedParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// CSDL: property `decimals`: `Edm.Untyped`, nullable.
    pub decimals: rt::Field<rt::RawJson>,
    /// CSDL: property `noCommas`: `Edm.Untyped`, nullable.
    pub no_commas: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsFixedParams {
    const TYPE_NAME: &'static str = "microsoft.graph.fixed(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "decimals", "noCommas"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"decimals\":                     ",
        ",\"noCommas\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fixed(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "decimals", &self.decimals);
        v.field(2usize, "no_commas", &self.no_commas);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsFixedParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsFixedParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsFixedParams { with_number number : rt::RawJson; with_decimals
    decimals : rt::RawJson; with_no_commas no_commas : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFixedParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.floor_Math`.
/// - `number`: `Edm.Untyped`
/// - `significance`: `Edm.Untyped`
/// - `mode`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsFloorMathParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// CSDL: property `significance`: `Edm.Untyped`, nullable.
    pub significance: rt::Field<rt::RawJson>,
    /// CSDL: property `mode`: `Edm.Untyped`, nullable.
    pub mode: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsFloorMathParams {
    const TYPE_NAME: &'static str = "microsoft.graph.floor_Math(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "significance", "mode"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"significance\":                 ",
        ",\"mode\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.floor_Math(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "significance", &self.significance);
        v.field(2usize, "mode", &self.mode);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsFloorMathParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsFloorMathParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsFloorMathParams { with_number number : rt::RawJson;
    with_significance significance : rt::RawJson; with_mode mode : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFloorMathParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.floor_Precise`.
/// - `number`: `Edm.Untyped`
/// - `significance`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsFloorPreciseParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// CSDL: property `significance`: `Edm.Untyped`, nullable.
    pub significance: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsFloorPreciseParams {
    const TYPE_NAME: &'static str = "microsoft.graph.floor_Precise(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "significance"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"significance\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.floor_Precise(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "significance", &self.significance);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsFloorPreciseParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsFloorPreciseParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsFloorPreciseParams { with_number number : rt::RawJson;
    with_significance significance : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFloorPreciseParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.fv`.
/// - `rate`: `Edm.Untyped`
/// - `nper`: `Edm.Untyped`
/// - `pmt`: `Edm.Untyped`
/// - `pv`: `Edm.Untyped`
/// - `type`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsFvParams {
    /// CSDL: property `rate`: `Edm.Untyped`, nullable.
    pub rate: rt::Field<rt::RawJson>,
    /// CSDL: property `nper`: `Edm.Untyped`, nullable.
    pub nper: rt::Field<rt::RawJson>,
    /// CSDL: property `pmt`: `Edm.Untyped`, nullable.
    pub pmt: rt::Field<rt::RawJson>,
    /// CSDL: property `pv`: `Edm.Untyped`, nullable.
    pub pv: rt::Field<rt::RawJson>,
    /// CSDL: property `type`: `Edm.Untyped`, nullable.
    pub type_: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsFvParams {
    const TYPE_NAME: &'static str = "microsoft.graph.fv(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["rate", "nper", "pmt", "pv", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"rate\":                         ",
        ",\"nper\":                         ",
        ",\"pmt\":                          ",
        ",\"pv\":                           ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fv(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "rate", &self.rate);
        v.field(1usize, "nper", &self.nper);
        v.field(2usize, "pmt", &self.pmt);
        v.field(3usize, "pv", &self.pv);
        v.field(4usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsFvParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsFvParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsFvParams { with_rate rate : rt::RawJson; with_nper nper :
    rt::RawJson; with_pmt pmt : rt::RawJson; with_pv pv : rt::RawJson; with_type type_ :
    rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFvParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.fvschedule`.
/// - `principal`: `Edm.Untyped`
/// - `schedule`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsFvscheduleParams {
    /// CSDL: property `principal`: `Edm.Untyped`, nullable.
    pub principal: rt::Field<rt::RawJson>,
    /// CSDL: property `schedule`: `Edm.Untyped`, nullable.
    pub schedule: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsFvscheduleParams {
    const TYPE_NAME: &'static str = "microsoft.graph.fvschedule(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["principal", "schedule"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"principal\":                    ",
        ",\"schedule\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fvschedule(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "principal", &self.principal);
        v.field(1usize, "schedule", &self.schedule);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsFvscheduleParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsFvscheduleParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsFvscheduleParams { with_principal principal : rt::RawJson;
    with_schedule schedule : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsFvscheduleParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.gamma`.
/// - `x`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsGammaParams {
    /// CSDL: property `x`: `Edm.Untyped`, nullable.
    pub x: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsGammaParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsGammaParams {
    const TYPE_NAME: &'static str = "microsoft.graph.gamma(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x"];
    const KEYS_JSON: &'static [&'static str] = &[",\"x\":                            "];
    const TAG: &'static str = "\"#microsoft.graph.gamma(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsGammaParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsGammaParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsGammaParams { with_x x : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsGammaParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.gammaLn`.
/// - `x`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsGammaLnParams {
    /// CSDL: property `x`: `Edm.Untyped`, nullable.
    pub x: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsGammaLnParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsGammaLnParams {
    const TYPE_NAME: &'static str = "microsoft.graph.gammaLn(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x"];
    const KEYS_JSON: &'static [&'static str] = &[",\"x\":                            "];
    const TAG: &'static str = "\"#microsoft.graph.gammaLn(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsGammaLnParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsGammaLnParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsGammaLnParams { with_x x : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsGammaLnParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.gammaLn_Precise`.
/// - `x`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsGammaLnPreciseParams {
    /// CSDL: property `x`: `Edm.Untyped`, nullable.
    pub x: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsGammaLnPreciseParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsGammaLnPreciseParams {
    const TYPE_NAME: &'static str = "microsoft.graph.gammaLn_Precise(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x"];
    const KEYS_JSON: &'static [&'static str] = &[",\"x\":                            "];
    const TAG: &'static str = "\"#microsoft.graph.gammaLn_Precise(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsGammaLnPreciseParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsGammaLnPreciseParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsGammaLnPreciseParams { with_x x : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsGammaLnPreciseParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.gamma_Dist`.
/// - `x`: `Edm.Untyped`
/// - `alpha`: `Edm.Untyped`
/// - `beta`: `Edm.Untyped`
/// - `cumulative`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsGammaDistParams {
    /// CSDL: property `x`: `Edm.Untyped`, nullable.
    pub x: rt::Field<rt::RawJson>,
    /// CSDL: property `alpha`: `Edm.Untyped`, nullable.
    pub alpha: rt::Field<rt::RawJson>,
    /// CSDL: property `beta`: `Edm.Untyped`, nullable.
    pub beta: rt::Field<rt::RawJson>,
    /// CSDL: property `cumulative`: `Edm.Untyped`, nullable.
    pub cumulative: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsGammaDistParams {
    const TYPE_NAME: &'static str = "microsoft.graph.gamma_Dist(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x", "alpha", "beta", "cumulative"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"x\":                            ",
        ",\"alpha\":                        ",
        ",\"beta\":                         ",
        ",\"cumulative\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.gamma_Dist(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
        v.field(1usize, "alpha", &self.alpha);
        v.field(2usize, "beta", &self.beta);
        v.field(3usize, "cumulative", &self.cumulative);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsGammaDistParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsGammaDistParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsGammaDistParams { with_x x : rt::RawJson; with_alpha alpha :
    rt::RawJson; with_beta beta : rt::RawJson; with_cumulative cumulative : rt::RawJson;
    }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsGammaDistParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.gamma_Inv`.
/// - `probability`: `Edm.Untyped`
/// - `alpha`: `Edm.Untyped`
/// - `beta`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsGammaInvParams {
    /// CSDL: property `probability`: `Edm.Untyped`, nullable.
    pub probability: rt::Field<rt::RawJson>,
    /// CSDL: property `alpha`: `Edm.Untyped`, nullable.
    pub alpha: rt::Field<rt::RawJson>,
    /// CSDL: property `beta`: `Edm.Untyped`, nullable.
    pub beta: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsGammaInvParams {
    const TYPE_NAME: &'static str = "microsoft.graph.gamma_Inv(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["probability", "alpha", "beta"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"probability\":                  ",
        ",\"alpha\":                        ",
        ",\"beta\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.gamma_Inv(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "probability", &self.probability);
        v.field(1usize, "alpha", &self.alpha);
        v.field(2usize, "beta", &self.beta);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsGammaInvParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsGammaInvParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsGammaInvParams { with_probability probability : rt::RawJson;
    with_alpha alpha : rt::RawJson; with_beta beta : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsGammaInvParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.gauss`.
/// - `x`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsGaussParams {
    /// CSDL: property `x`: `Edm.Untyped`, nullable.
    pub x: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsGaussParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsGaussParams {
    const TYPE_NAME: &'static str = "microsoft.graph.gauss(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x"];
    const KEYS_JSON: &'static [&'static str] = &[",\"x\":                            "];
    const TAG: &'static str = "\"#microsoft.graph.gauss(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsGaussParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsGaussParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsGaussParams { with_x x : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsGaussParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.gcd`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsGcdParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsGcdParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsGcdParams {
    const TYPE_NAME: &'static str = "microsoft.graph.gcd(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.gcd(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsGcdParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsGcdParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsGcdParams { with_values values : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsGcdParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.geStep`.
/// - `number`: `Edm.Untyped`
/// - `step`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsGeStepParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// CSDL: property `step`: `Edm.Untyped`, nullable.
    pub step: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsGeStepParams {
    const TYPE_NAME: &'static str = "microsoft.graph.geStep(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "step"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"step\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.geStep(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "step", &self.step);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsGeStepParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsGeStepParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsGeStepParams { with_number number : rt::RawJson; with_step step :
    rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsGeStepParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.geoMean`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsGeoMeanParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsGeoMeanParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsGeoMeanParams {
    const TYPE_NAME: &'static str = "microsoft.graph.geoMean(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.geoMean(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsGeoMeanParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsGeoMeanParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsGeoMeanParams { with_values values : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsGeoMeanParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.harMean`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsHarMeanParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsHarMeanParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsHarMeanParams {
    const TYPE_NAME: &'static str = "microsoft.graph.harMean(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.harMean(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsHarMeanParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsHarMeanParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsHarMeanParams { with_values values : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsHarMeanParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.hex2Bin`.
/// - `number`: `Edm.Untyped`
/// - `places`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsHex2BinParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// CSDL: property `places`: `Edm.Untyped`, nullable.
    pub places: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsHex2BinParams {
    const TYPE_NAME: &'static str = "microsoft.graph.hex2Bin(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "places"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"places\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.hex2Bin(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "places", &self.places);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsHex2BinParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsHex2BinParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsHex2BinParams { with_number number : rt::RawJson; with_places places
    : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsHex2BinParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.hex2Dec`.
/// - `number`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsHex2DecParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsHex2DecParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsHex2DecParams {
    const TYPE_NAME: &'static str = "microsoft.graph.hex2Dec(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.hex2Dec(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsHex2DecParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsHex2DecParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsHex2DecParams { with_number number : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsHex2DecParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.hex2Oct`.
/// - `number`: `Edm.Untyped`
/// - `places`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsHex2OctParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// CSDL: property `places`: `Edm.Untyped`, nullable.
    pub places: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsHex2OctParams {
    const TYPE_NAME: &'static str = "microsoft.graph.hex2Oct(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "places"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"places\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.hex2Oct(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "places", &self.places);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsHex2OctParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsHex2OctParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsHex2OctParams { with_number number : rt::RawJson; with_places places
    : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsHex2OctParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.hlookup`.
/// - `lookupValue`: `Edm.Untyped`
/// - `tableArray`: `Edm.Untyped`
/// - `rowIndexNum`: `Edm.Untyped`
/// - `rangeLookup`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsHlookupParams {
    /// CSDL: property `lookupValue`: `Edm.Untyped`, nullable.
    pub lookup_value: rt::Field<rt::RawJson>,
    /// CSDL: property `tableArray`: `Edm.Untyped`, nullable.
    pub table_array: rt::Field<rt::RawJson>,
    /// CSDL: property `rowIndexNum`: `Edm.Untyped`, nullable.
    pub row_index_num: rt::Field<rt::RawJson>,
    /// CSDL: property `rangeLookup`: `Edm.Untyped`, nullable.
    pub range_lookup: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsHlookupParams {
    const TYPE_NAME: &'static str = "microsoft.graph.hlookup(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "lookupValue",
        "tableArray",
        "rowIndexNum",
        "rangeLookup",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"lookupValue\":                  ",
        ",\"tableArray\":                   ",
        ",\"rowIndexNum\":                  ",
        ",\"rangeLookup\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.hlookup(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "lookup_value", &self.lookup_value);
        v.field(1usize, "table_array", &self.table_array);
        v.field(2usize, "row_index_num", &self.row_index_num);
        v.field(3usize, "range_lookup", &self.range_lookup);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsHlookupParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsHlookupParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsHlookupParams { with_lookup_value lookup_value : rt::RawJson;
    with_table_array table_array : rt::RawJson; with_row_index_num row_index_num :
    rt::RawJson; with_range_lookup range_lookup : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsHlookupParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.hour`.
/// - `serialNumber`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsHourParams {
    /// CSDL: property `serialNumber`: `Edm.Untyped`, nullable.
    pub serial_number: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsHourParams {
    #[inline]
    fn default() -> Self {
        Self {
            serial_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsHourParams {
    const TYPE_NAME: &'static str = "microsoft.graph.hour(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["serialNumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"serialNumber\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.hour(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "serial_number", &self.serial_number);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsHourParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsHourParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsHourParams { with_serial_number serial_number : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsHourParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.hypGeom_Dist`.
/// - `sampleS`: `Edm.Untyped`
/// - `numberSample`: `Edm.Untyped`
/// - `populationS`: `Edm.Untyped`
/// - `numberPop`: `Edm.Untyped`
/// - `cumulative`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsHypGeomDistParams {
    /// CSDL: property `sampleS`: `Edm.Untyped`, nullable.
    pub sample_s: rt::Field<rt::RawJson>,
    /// CSDL: property `numberSample`: `Edm.Untyped`, nullable.
    pub number_sample: rt::Field<rt::RawJson>,
    /// CSDL: property `populationS`: `Edm.Untyped`, nullable.
    pub population_s: rt::Field<rt::RawJson>,
    /// CSDL: property `numberPop`: `Edm.Untyped`, nullable.
    pub number_pop: rt::Field<rt::RawJson>,
    /// CSDL: property `cumulative`: `Edm.Untyped`, nullable.
    pub cumulative: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
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
        ",\"sampleS\":                      ",
        ",\"numberSample\":                 ",
        ",\"populationS\":                  ",
        ",\"numberPop\":                    ",
        ",\"cumulative\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.hypGeom_Dist(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "sample_s", &self.sample_s);
        v.field(1usize, "number_sample", &self.number_sample);
        v.field(2usize, "population_s", &self.population_s);
        v.field(3usize, "number_pop", &self.number_pop);
        v.field(4usize, "cumulative", &self.cumulative);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsHypGeomDistParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsHypGeomDistParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsHypGeomDistParams { with_sample_s sample_s : rt::RawJson;
    with_number_sample number_sample : rt::RawJson; with_population_s population_s :
    rt::RawJson; with_number_pop number_pop : rt::RawJson; with_cumulative cumulative :
    rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsHypGeomDistParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.hyperlink`.
/// - `linkLocation`: `Edm.Untyped`
/// - `friendlyName`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsHyperlinkParams {
    /// CSDL: property `linkLocation`: `Edm.Untyped`, nullable.
    pub link_location: rt::Field<rt::RawJson>,
    /// CSDL: property `friendlyName`: `Edm.Untyped`, nullable.
    pub friendly_name: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsHyperlinkParams {
    const TYPE_NAME: &'static str = "microsoft.graph.hyperlink(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["linkLocation", "friendlyName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"linkLocation\":                 ",
        ",\"friendlyName\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.hyperlink(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "link_location", &self.link_location);
        v.field(1usize, "friendly_name", &self.friendly_name);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsHyperlinkParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsHyperlinkParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsHyperlinkParams { with_link_location link_location : rt::RawJson;
    with_friendly_name friendly_name : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsHyperlinkParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.if`.
/// - `logicalTest`: `Edm.Untyped`
/// - `valueIfTrue`: `Edm.Untyped`
/// - `valueIfFalse`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsIfParams {
    /// CSDL: property `logicalTest`: `Edm.Untyped`, nullable.
    pub logical_test: rt::Field<rt::RawJson>,
    /// CSDL: property `valueIfTrue`: `Edm.Untyped`, nullable.
    pub value_if_true: rt::Field<rt::RawJson>,
    /// CSDL: property `valueIfFalse`: `Edm.Untyped`, nullable.
    pub value_if_false: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsIfParams {
    const TYPE_NAME: &'static str = "microsoft.graph.if(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "logicalTest",
        "valueIfTrue",
        "valueIfFalse",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"logicalTest\":                  ",
        ",\"valueIfTrue\":                  ",
        ",\"valueIfFalse\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.if(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "logical_test", &self.logical_test);
        v.field(1usize, "value_if_true", &self.value_if_true);
        v.field(2usize, "value_if_false", &self.value_if_false);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsIfParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsIfParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsIfParams { with_logical_test logical_test : rt::RawJson;
    with_value_if_true value_if_true : rt::RawJson; with_value_if_false value_if_false :
    rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIfParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.imAbs`.
/// - `inumber`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsImAbsParams {
    /// CSDL: property `inumber`: `Edm.Untyped`, nullable.
    pub inumber: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsImAbsParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsImAbsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imAbs(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.imAbs(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "inumber", &self.inumber);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsImAbsParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsImAbsParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsImAbsParams { with_inumber inumber : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImAbsParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.imArgument`.
/// - `inumber`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsImArgumentParams {
    /// CSDL: property `inumber`: `Edm.Untyped`, nullable.
    pub inumber: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsImArgumentParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsImArgumentParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imArgument(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.imArgument(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "inumber", &self.inumber);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsImArgumentParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsImArgumentParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsImArgumentParams { with_inumber inumber : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImArgumentParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.imConjugate`.
/// - `inumber`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsImConjugateParams {
    /// CSDL: property `inumber`: `Edm.Untyped`, nullable.
    pub inumber: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsImConjugateParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsImConjugateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imConjugate(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.imConjugate(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "inumber", &self.inumber);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsImConjugateParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsImConjugateParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsImConjugateParams { with_inumber inumber : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImConjugateParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.imCos`.
/// - `inumber`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsImCosParams {
    /// CSDL: property `inumber`: `Edm.Untyped`, nullable.
    pub inumber: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsImCosParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsImCosParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imCos(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.imCos(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "inumber", &self.inumber);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsImCosParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsImCosParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsImCosParams { with_inumber inumber : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImCosParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.imCosh`.
/// - `inumber`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsImCoshParams {
    /// CSDL: property `inumber`: `Edm.Untyped`, nullable.
    pub inumber: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsImCoshParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsImCoshParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imCosh(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.imCosh(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "inumber", &self.inumber);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsImCoshParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsImCoshParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsImCoshParams { with_inumber inumber : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImCoshParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.imCot`.
/// - `inumber`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsImCotParams {
    /// CSDL: property `inumber`: `Edm.Untyped`, nullable.
    pub inumber: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsImCotParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsImCotParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imCot(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.imCot(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "inumber", &self.inumber);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsImCotParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsImCotParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsImCotParams { with_inumber inumber : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImCotParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.imCsc`.
/// - `inumber`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsImCscParams {
    /// CSDL: property `inumber`: `Edm.Untyped`, nullable.
    pub inumber: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsImCscParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsImCscParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imCsc(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.imCsc(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "inumber", &self.inumber);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsImCscParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsImCscParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsImCscParams { with_inumber inumber : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImCscParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.imCsch`.
/// - `inumber`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsImCschParams {
    /// CSDL: property `inumber`: `Edm.Untyped`, nullable.
    pub inumber: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsImCschParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsImCschParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imCsch(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.imCsch(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "inumber", &self.inumber);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsImCschParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsImCschParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsImCschParams { with_inumber inumber : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImCschParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.imDiv`.
/// - `inumber1`: `Edm.Untyped`
/// - `inumber2`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsImDivParams {
    /// CSDL: property `inumber1`: `Edm.Untyped`, nullable.
    pub inumber1: rt::Field<rt::RawJson>,
    /// CSDL: property `inumber2`: `Edm.Untyped`, nullable.
    pub inumber2: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsImDivParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imDiv(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber1", "inumber2"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"inumber1\":                     ",
        ",\"inumber2\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.imDiv(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "inumber1", &self.inumber1);
        v.field(1usize, "inumber2", &self.inumber2);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsImDivParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsImDivParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsImDivParams { with_inumber1 inumber1 : rt::RawJson; with_inumber2
    inumber2 : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImDivParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.imExp`.
/// - `inumber`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsImExpParams {
    /// CSDL: property `inumber`: `Edm.Untyped`, nullable.
    pub inumber: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsImExpParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsImExpParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imExp(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.imExp(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "inumber", &self.inumber);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsImExpParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsImExpParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsImExpParams { with_inumber inumber : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImExpParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.imLn`.
/// - `inumber`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsImLnParams {
    /// CSDL: property `inumber`: `Edm.Untyped`, nullable.
    pub inumber: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsImLnParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsImLnParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imLn(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.imLn(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "inumber", &self.inumber);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsImLnParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsImLnParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsImLnParams { with_inumber inumber : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImLnParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.imLog10`.
/// - `inumber`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsImLog10Params {
    /// CSDL: property `inumber`: `Edm.Untyped`, nullable.
    pub inumber: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsImLog10Params {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsImLog10Params {
    const TYPE_NAME: &'static str = "microsoft.graph.imLog10(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.imLog10(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "inumber", &self.inumber);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsImLog10Params {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsImLog10Params);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsImLog10Params { with_inumber inumber : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImLog10Params);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.imLog2`.
/// - `inumber`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsImLog2Params {
    /// CSDL: property `inumber`: `Edm.Untyped`, nullable.
    pub inumber: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsImLog2Params {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsImLog2Params {
    const TYPE_NAME: &'static str = "microsoft.graph.imLog2(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.imLog2(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "inumber", &self.inumber);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsImLog2Params {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsImLog2Params);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsImLog2Params { with_inumber inumber : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImLog2Params);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.imPower`.
/// - `inumber`: `Edm.Untyped`
/// - `number`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsImPowerParams {
    /// CSDL: property `inumber`: `Edm.Untyped`, nullable.
    pub inumber: rt::Field<rt::RawJson>,
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsImPowerParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imPower(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber", "number"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"inumber\":                      ",
        ",\"number\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.imPower(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "inumber", &self.inumber);
        v.field(1usize, "number", &self.number);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsImPowerParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsImPowerParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsImPowerParams { with_inumber inumber : rt::RawJson; with_number
    number : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImPowerParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.imProduct`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsImProductParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsImProductParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsImProductParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imProduct(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.imProduct(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsImProductParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsImProductParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsImProductParams { with_values values : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImProductParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.imReal`.
/// - `inumber`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsImRealParams {
    /// CSDL: property `inumber`: `Edm.Untyped`, nullable.
    pub inumber: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsImRealParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsImRealParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imReal(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.imReal(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "inumber", &self.inumber);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsImRealParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsImRealParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsImRealParams { with_inumber inumber : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImRealParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.imSec`.
/// - `inumber`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsImSecParams {
    /// CSDL: property `inumber`: `Edm.Untyped`, nullable.
    pub inumber: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsImSecParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsImSecParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imSec(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.imSec(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "inumber", &self.inumber);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsImSecParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsImSecParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsImSecParams { with_inumber inumber : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImSecParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.imSech`.
/// - `inumber`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsImSechParams {
    /// CSDL: property `inumber`: `Edm.Untyped`, nullable.
    pub inumber: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsImSechParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsImSechParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imSech(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.imSech(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "inumber", &self.inumber);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsImSechParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsImSechParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsImSechParams { with_inumber inumber : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImSechParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.imSin`.
/// - `inumber`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsImSinParams {
    /// CSDL: property `inumber`: `Edm.Untyped`, nullable.
    pub inumber: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsImSinParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsImSinParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imSin(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.imSin(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "inumber", &self.inumber);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsImSinParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsImSinParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsImSinParams { with_inumber inumber : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImSinParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.imSinh`.
/// - `inumber`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsImSinhParams {
    /// CSDL: property `inumber`: `Edm.Untyped`, nullable.
    pub inumber: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsImSinhParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsImSinhParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imSinh(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.imSinh(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "inumber", &self.inumber);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsImSinhParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsImSinhParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsImSinhParams { with_inumber inumber : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImSinhParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.imSqrt`.
/// - `inumber`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsImSqrtParams {
    /// CSDL: property `inumber`: `Edm.Untyped`, nullable.
    pub inumber: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsImSqrtParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsImSqrtParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imSqrt(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.imSqrt(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "inumber", &self.inumber);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsImSqrtParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsImSqrtParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsImSqrtParams { with_inumber inumber : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImSqrtParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.imSub`.
/// - `inumber1`: `Edm.Untyped`
/// - `inumber2`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsImSubParams {
    /// CSDL: property `inumber1`: `Edm.Untyped`, nullable.
    pub inumber1: rt::Field<rt::RawJson>,
    /// CSDL: property `inumber2`: `Edm.Untyped`, nullable.
    pub inumber2: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsImSubParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imSub(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber1", "inumber2"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"inumber1\":                     ",
        ",\"inumber2\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.imSub(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "inumber1", &self.inumber1);
        v.field(1usize, "inumber2", &self.inumber2);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsImSubParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsImSubParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsImSubParams { with_inumber1 inumber1 : rt::RawJson; with_inumber2
    inumber2 : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImSubParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.imSum`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsImSumParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsImSumParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsImSumParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imSum(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.imSum(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsImSumParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsImSumParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsImSumParams { with_values values : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImSumParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.imTan`.
/// - `inumber`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsImTanParams {
    /// CSDL: property `inumber`: `Edm.Untyped`, nullable.
    pub inumber: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsImTanParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsImTanParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imTan(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.imTan(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "inumber", &self.inumber);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsImTanParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsImTanParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsImTanParams { with_inumber inumber : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImTanParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.imaginary`.
/// - `inumber`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsImaginaryParams {
    /// CSDL: property `inumber`: `Edm.Untyped`, nullable.
    pub inumber: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsImaginaryParams {
    #[inline]
    fn default() -> Self {
        Self {
            inumber: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsImaginaryParams {
    const TYPE_NAME: &'static str = "microsoft.graph.imaginary(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["inumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inumber\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.imaginary(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "inumber", &self.inumber);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsImaginaryParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsImaginaryParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsImaginaryParams { with_inumber inumber : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsImaginaryParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.int`.
/// - `number`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsIntParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsIntParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsIntParams {
    const TYPE_NAME: &'static str = "microsoft.graph.int(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.int(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsIntParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsIntParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsIntParams { with_number number : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIntParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.intRate`.
/// - `settlement`: `Edm.Untyped`
/// - `maturity`: `Edm.Untyped`
/// - `investment`: `Edm.Untyped`
/// - `redemption`: `Edm.Untyped`
/// - `basis`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsIntRateParams {
    /// CSDL: property `settlement`: `Edm.Untyped`, nullable.
    pub settlement: rt::Field<rt::RawJson>,
    /// CSDL: property `maturity`: `Edm.Untyped`, nullable.
    pub maturity: rt::Field<rt::RawJson>,
    /// CSDL: property `investment`: `Edm.Untyped`, nullable.
    pub investment: rt::Field<rt::RawJson>,
    /// CSDL: property `redemption`: `Edm.Untyped`, nullable.
    pub redemption: rt::Field<rt::RawJson>,
    /// CSDL: property `basis`: `Edm.Untyped`, nullable.
    pub basis: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
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
        ",\"settlement\":                   ",
        ",\"maturity\":                     ",
        ",\"investment\":                   ",
        ",\"redemption\":                   ",
        ",\"basis\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.intRate(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "settlement", &self.settlement);
        v.field(1usize, "maturity", &self.maturity);
        v.field(2usize, "investment", &self.investment);
        v.field(3usize, "redemption", &self.redemption);
        v.field(4usize, "basis", &self.basis);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsIntRateParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsIntRateParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsIntRateParams { with_settlement settlement : rt::RawJson;
    with_maturity maturity : rt::RawJson; with_investment investment : rt::RawJson;
    with_redemption redemption : rt::RawJson; with_basis basis : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIntRateParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.ipmt`.
/// - `rate`: `Edm.Untyped`
/// - `per`: `Edm.Untyped`
/// - `nper`: `Edm.Untyped`
/// - `pv`: `Edm.Untyped`
/// - `fv`: `Edm.Untyped`
/// - `type`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsIpmtParams {
    /// CSDL: property `rate`: `Edm.Untyped`, nullable.
    pub rate: rt::Field<rt::RawJson>,
    /// CSDL: property `per`: `Edm.Untyped`, nullable.
    pub per: rt::Field<rt::RawJson>,
    /// CSDL: property `nper`: `Edm.Untyped`, nullable.
    pub nper: rt::Field<rt::RawJson>,
    /// CSDL: property `pv`: `Edm.Untyped`, nullable.
    pub pv: rt::Field<rt::RawJson>,
    /// CSDL: property `fv`: `Edm.Untyped`, nullable.
    pub fv: rt::Field<rt::RawJson>,
    /// CSDL: property `type`: `Edm.Untyped`, nullable.
    pub type_: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsIpmtParams {
    const TYPE_NAME: &'static str = "microsoft.graph.ipmt(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["rate", "per", "nper", "pv", "fv", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"rate\":                         ",
        ",\"per\":                          ",
        ",\"nper\":                         ",
        ",\"pv\":                           ",
        ",\"fv\":                           ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.ipmt(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "rate", &self.rate);
        v.field(1usize, "per", &self.per);
        v.field(2usize, "nper", &self.nper);
        v.field(3usize, "pv", &self.pv);
        v.field(4usize, "fv", &self.fv);
        v.field(5usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsIpmtParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsIpmtParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsIpmtParams { with_rate rate : rt::RawJson; with_per per :
    rt::RawJson; with_nper nper : rt::RawJson; with_pv pv : rt::RawJson; with_fv fv :
    rt::RawJson; with_type type_ : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIpmtParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.irr`.
/// - `values`: `Edm.Untyped`
/// - `guess`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsIrrParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// CSDL: property `guess`: `Edm.Untyped`, nullable.
    pub guess: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsIrrParams {
    const TYPE_NAME: &'static str = "microsoft.graph.irr(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values", "guess"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"values\":                       ",
        ",\"guess\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.irr(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
        v.field(1usize, "guess", &self.guess);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsIrrParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsIrrParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsIrrParams { with_values values : rt::RawJson; with_guess guess :
    rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIrrParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.isErr`.
/// - `value`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsIsErrParams {
    /// CSDL: property `value`: `Edm.Untyped`, nullable.
    pub value: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsIsErrParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsIsErrParams {
    const TYPE_NAME: &'static str = "microsoft.graph.isErr(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.isErr(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsIsErrParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsIsErrParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsIsErrParams { with_value value : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIsErrParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.isError`.
/// - `value`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsIsErrorParams {
    /// CSDL: property `value`: `Edm.Untyped`, nullable.
    pub value: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsIsErrorParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsIsErrorParams {
    const TYPE_NAME: &'static str = "microsoft.graph.isError(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.isError(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsIsErrorParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsIsErrorParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsIsErrorParams { with_value value : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIsErrorParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.isEven`.
/// - `number`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsIsEvenParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsIsEvenParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsIsEvenParams {
    const TYPE_NAME: &'static str = "microsoft.graph.isEven(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.isEven(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsIsEvenParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsIsEvenParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsIsEvenParams { with_number number : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIsEvenParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.isFormula`.
/// - `reference`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsIsFormulaParams {
    /// CSDL: property `reference`: `Edm.Untyped`, nullable.
    pub reference: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsIsFormulaParams {
    #[inline]
    fn default() -> Self {
        Self {
            reference: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsIsFormulaParams {
    const TYPE_NAME: &'static str = "microsoft.graph.isFormula(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["reference"];
    const KEYS_JSON: &'static [&'static str] = &[",\"reference\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.isFormula(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "reference", &self.reference);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsIsFormulaParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsIsFormulaParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsIsFormulaParams { with_reference reference : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIsFormulaParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.isLogical`.
/// - `value`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsIsLogicalParams {
    /// CSDL: property `value`: `Edm.Untyped`, nullable.
    pub value: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsIsLogicalParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsIsLogicalParams {
    const TYPE_NAME: &'static str = "microsoft.graph.isLogical(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.isLogical(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsIsLogicalParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsIsLogicalParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsIsLogicalParams { with_value value : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIsLogicalParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.isNA`.
/// - `value`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsIsNaParams {
    /// CSDL: property `value`: `Edm.Untyped`, nullable.
    pub value: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsIsNaParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsIsNaParams {
    const TYPE_NAME: &'static str = "microsoft.graph.isNA(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.isNA(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsIsNaParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsIsNaParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsIsNaParams { with_value value : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIsNaParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.isNonText`.
/// - `value`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsIsNonTextParams {
    /// CSDL: property `value`: `Edm.Untyped`, nullable.
    pub value: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsIsNonTextParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsIsNonTextParams {
    const TYPE_NAME: &'static str = "microsoft.graph.isNonText(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.isNonText(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsIsNonTextParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsIsNonTextParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsIsNonTextParams { with_value value : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIsNonTextParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.isNumber`.
/// - `value`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsIsNumberParams {
    /// CSDL: property `value`: `Edm.Untyped`, nullable.
    pub value: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsIsNumberParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsIsNumberParams {
    const TYPE_NAME: &'static str = "microsoft.graph.isNumber(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.isNumber(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsIsNumberParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsIsNumberParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsIsNumberParams { with_value value : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIsNumberParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.isOdd`.
/// - `number`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsIsOddParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsIsOddParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsIsOddParams {
    const TYPE_NAME: &'static str = "microsoft.graph.isOdd(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.isOdd(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsIsOddParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsIsOddParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsIsOddParams { with_number number : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIsOddParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.isText`.
/// - `value`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsIsTextParams {
    /// CSDL: property `value`: `Edm.Untyped`, nullable.
    pub value: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsIsTextParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsIsTextParams {
    const TYPE_NAME: &'static str = "microsoft.graph.isText(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.isText(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsIsTextParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsIsTextParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsIsTextParams { with_value value : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIsTextParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.isoWeekNum`.
/// - `date`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsIsoWeekNumParams {
    /// CSDL: property `date`: `Edm.Untyped`, nullable.
    pub date: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsIsoWeekNumParams {
    #[inline]
    fn default() -> Self {
        Self {
            date: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsIsoWeekNumParams {
    const TYPE_NAME: &'static str = "microsoft.graph.isoWeekNum(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["date"];
    const KEYS_JSON: &'static [&'static str] = &[",\"date\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.isoWeekNum(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "date", &self.date);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsIsoWeekNumParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsIsoWeekNumParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsIsoWeekNumParams { with_date date : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIsoWeekNumParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.iso_Ceiling`.
/// - `number`: `Edm.Untyped`
/// - `significance`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsIsoCeilingParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// CSDL: property `significance`: `Edm.Untyped`, nullable.
    pub significance: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsIsoCeilingParams {
    const TYPE_NAME: &'static str = "microsoft.graph.iso_Ceiling(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "significance"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"significance\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iso_Ceiling(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "significance", &self.significance);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsIsoCeilingParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsIsoCeilingParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsIsoCeilingParams { with_number number : rt::RawJson;
    with_significance significance : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIsoCeilingParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.ispmt`.
/// - `rate`: `Edm.Untyped`
/// - `per`: `Edm.Untyped`
/// - `nper`: `Edm.Untyped`
/// - `pv`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsIspmtParams {
    /// CSDL: property `rate`: `Edm.Untyped`, nullable.
    pub rate: rt::Field<rt::RawJson>,
    /// CSDL: property `per`: `Edm.Untyped`, nullable.
    pub per: rt::Field<rt::RawJson>,
    /// CSDL: property `nper`: `Edm.Untyped`, nullable.
    pub nper: rt::Field<rt::RawJson>,
    /// CSDL: property `pv`: `Edm.Untyped`, nullable.
    pub pv: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsIspmtParams {
    const TYPE_NAME: &'static str = "microsoft.graph.ispmt(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["rate", "per", "nper", "pv"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"rate\":                         ",
        ",\"per\":                          ",
        ",\"nper\":                         ",
        ",\"pv\":                           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.ispmt(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "rate", &self.rate);
        v.field(1usize, "per", &self.per);
        v.field(2usize, "nper", &self.nper);
        v.field(3usize, "pv", &self.pv);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsIspmtParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsIspmtParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsIspmtParams { with_rate rate : rt::RawJson; with_per per :
    rt::RawJson; with_nper nper : rt::RawJson; with_pv pv : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIspmtParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.isref`.
/// - `value`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsIsrefParams {
    /// CSDL: property `value`: `Edm.Untyped`, nullable.
    pub value: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsIsrefParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsIsrefParams {
    const TYPE_NAME: &'static str = "microsoft.graph.isref(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.isref(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsIsrefParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsIsrefParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsIsrefParams { with_value value : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsIsrefParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.kurt`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsKurtParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsKurtParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsKurtParams {
    const TYPE_NAME: &'static str = "microsoft.graph.kurt(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.kurt(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsKurtParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsKurtParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsKurtParams { with_values values : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsKurtParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.large`.
/// - `array`: `Edm.Untyped`
/// - `k`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsLargeParams {
    /// CSDL: property `array`: `Edm.Untyped`, nullable.
    pub array: rt::Field<rt::RawJson>,
    /// CSDL: property `k`: `Edm.Untyped`, nullable.
    pub k: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsLargeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.large(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["array", "k"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"array\":                        ",
        ",\"k\":                            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.large(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "array", &self.array);
        v.field(1usize, "k", &self.k);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsLargeParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsLargeParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsLargeParams { with_array array : rt::RawJson; with_k k :
    rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsLargeParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.lcm`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsLcmParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsLcmParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsLcmParams {
    const TYPE_NAME: &'static str = "microsoft.graph.lcm(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.lcm(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsLcmParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsLcmParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsLcmParams { with_values values : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsLcmParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.left`.
/// - `text`: `Edm.Untyped`
/// - `numChars`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsLeftParams {
    /// CSDL: property `text`: `Edm.Untyped`, nullable.
    pub text: rt::Field<rt::RawJson>,
    /// CSDL: property `numChars`: `Edm.Untyped`, nullable.
    pub num_chars: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsLeftParams {
    const TYPE_NAME: &'static str = "microsoft.graph.left(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text", "numChars"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"text\":                         ",
        ",\"numChars\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.left(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "text", &self.text);
        v.field(1usize, "num_chars", &self.num_chars);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsLeftParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsLeftParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsLeftParams { with_text text : rt::RawJson; with_num_chars num_chars
    : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsLeftParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.leftb`.
/// - `text`: `Edm.Untyped`
/// - `numBytes`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsLeftbParams {
    /// CSDL: property `text`: `Edm.Untyped`, nullable.
    pub text: rt::Field<rt::RawJson>,
    /// CSDL: property `numBytes`: `Edm.Untyped`, nullable.
    pub num_bytes: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsLeftbParams {
    const TYPE_NAME: &'static str = "microsoft.graph.leftb(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text", "numBytes"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"text\":                         ",
        ",\"numBytes\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.leftb(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "text", &self.text);
        v.field(1usize, "num_bytes", &self.num_bytes);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsLeftbParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsLeftbParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsLeftbParams { with_text text : rt::RawJson; with_num_bytes num_bytes
    : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsLeftbParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.len`.
/// - `text`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsLenParams {
    /// CSDL: property `text`: `Edm.Untyped`, nullable.
    pub text: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsLenParams {
    #[inline]
    fn default() -> Self {
        Self {
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsLenParams {
    const TYPE_NAME: &'static str = "microsoft.graph.len(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text"];
    const KEYS_JSON: &'static [&'static str] = &[",\"text\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.len(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "text", &self.text);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsLenParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsLenParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsLenParams { with_text text : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsLenParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.lenb`.
/// - `text`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsLenbParams {
    /// CSDL: property `text`: `Edm.Untyped`, nullable.
    pub text: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsLenbParams {
    #[inline]
    fn default() -> Self {
        Self {
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsLenbParams {
    const TYPE_NAME: &'static str = "microsoft.graph.lenb(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text"];
    const KEYS_JSON: &'static [&'static str] = &[",\"text\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.lenb(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "text", &self.text);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsLenbParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsLenbParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsLenbParams { with_text text : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsLenbParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.ln`.
/// - `number`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsLnParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsLnParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsLnParams {
    const TYPE_NAME: &'static str = "microsoft.graph.ln(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.ln(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsLnParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsLnParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsLnParams { with_number number : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsLnParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.log`.
/// - `number`: `Edm.Untyped`
/// - `base`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsLogParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// CSDL: property `base`: `Edm.Untyped`, nullable.
    pub base: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsLogParams {
    const TYPE_NAME: &'static str = "microsoft.graph.log(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "base"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"base\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.log(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "base", &self.base);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsLogParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsLogParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsLogParams { with_number number : rt::RawJson; with_base base :
    rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsLogParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.log10`.
/// - `number`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsLog10Params {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsLog10Params {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsLog10Params {
    const TYPE_NAME: &'static str = "microsoft.graph.log10(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.log10(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsLog10Params {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsLog10Params);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsLog10Params { with_number number : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsLog10Params);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.logNorm_Dist`.
/// - `x`: `Edm.Untyped`
/// - `mean`: `Edm.Untyped`
/// - `standardDev`: `Edm.Untyped`
/// - `cumulative`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsLogNormDistParams {
    /// CSDL: property `x`: `Edm.Untyped`, nullable.
    pub x: rt::Field<rt::RawJson>,
    /// CSDL: property `mean`: `Edm.Untyped`, nullable.
    pub mean: rt::Field<rt::RawJson>,
    /// CSDL: property `standardDev`: `Edm.Untyped`, nullable.
    pub standard_dev: rt::Field<rt::RawJson>,
    /// CSDL: property `cumulative`: `Edm.Untyped`, nullable.
    pub cumulative: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsLogNormDistParams {
    const TYPE_NAME: &'static str = "microsoft.graph.logNorm_Dist(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x", "mean", "standardDev", "cumulative"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"x\":                            ",
        ",\"mean\":                         ",
        ",\"standardDev\":                  ",
        ",\"cumulative\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.logNorm_Dist(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
        v.field(1usize, "mean", &self.mean);
        v.field(2usize, "standard_dev", &self.standard_dev);
        v.field(3usize, "cumulative", &self.cumulative);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsLogNormDistParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsLogNormDistParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsLogNormDistParams { with_x x : rt::RawJson; with_mean mean :
    rt::RawJson; with_standard_dev standard_dev : rt::RawJson; with_cumulative cumulative
    : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsLogNormDistParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.logNorm_Inv`.
/// - `probability`: `Edm.Untyped`
/// - `mean`: `Edm.Untyped`
/// - `standardDev`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsLogNormInvParams {
    /// CSDL: property `probability`: `Edm.Untyped`, nullable.
    pub probability: rt::Field<rt::RawJson>,
    /// CSDL: property `mean`: `Edm.Untyped`, nullable.
    pub mean: rt::Field<rt::RawJson>,
    /// CSDL: property `standardDev`: `Edm.Untyped`, nullable.
    pub standard_dev: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsLogNormInvParams {
    const TYPE_NAME: &'static str = "microsoft.graph.logNorm_Inv(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["probability", "mean", "standardDev"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"probability\":                  ",
        ",\"mean\":                         ",
        ",\"standardDev\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.logNorm_Inv(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "probability", &self.probability);
        v.field(1usize, "mean", &self.mean);
        v.field(2usize, "standard_dev", &self.standard_dev);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsLogNormInvParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsLogNormInvParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsLogNormInvParams { with_probability probability : rt::RawJson;
    with_mean mean : rt::RawJson; with_standard_dev standard_dev : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsLogNormInvParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.lookup`.
/// - `lookupValue`: `Edm.Untyped`
/// - `lookupVector`: `Edm.Untyped`
/// - `resultVector`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsLookupParams {
    /// CSDL: property `lookupValue`: `Edm.Untyped`, nullable.
    pub lookup_value: rt::Field<rt::RawJson>,
    /// CSDL: property `lookupVector`: `Edm.Untyped`, nullable.
    pub lookup_vector: rt::Field<rt::RawJson>,
    /// CSDL: property `resultVector`: `Edm.Untyped`, nullable.
    pub result_vector: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsLookupParams {
    const TYPE_NAME: &'static str = "microsoft.graph.lookup(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "lookupValue",
        "lookupVector",
        "resultVector",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"lookupValue\":                  ",
        ",\"lookupVector\":                 ",
        ",\"resultVector\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.lookup(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "lookup_value", &self.lookup_value);
        v.field(1usize, "lookup_vector", &self.lookup_vector);
        v.field(2usize, "result_vector", &self.result_vector);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsLookupParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsLookupParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsLookupParams { with_lookup_value lookup_value : rt::RawJson;
    with_lookup_vector lookup_vector : rt::RawJson; with_result_vector result_vector :
    rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsLookupParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.lower`.
/// - `text`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsLowerParams {
    /// CSDL: property `text`: `Edm.Untyped`, nullable.
    pub text: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsLowerParams {
    #[inline]
    fn default() -> Self {
        Self {
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsLowerParams {
    const TYPE_NAME: &'static str = "microsoft.graph.lower(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text"];
    const KEYS_JSON: &'static [&'static str] = &[",\"text\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.lower(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "text", &self.text);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsLowerParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsLowerParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsLowerParams { with_text text : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsLowerParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.match`.
/// - `lookupValue`: `Edm.Untyped`
/// - `lookupArray`: `Edm.Untyped`
/// - `matchType`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsMatchParams {
    /// CSDL: property `lookupValue`: `Edm.Untyped`, nullable.
    pub lookup_value: rt::Field<rt::RawJson>,
    /// CSDL: property `lookupArray`: `Edm.Untyped`, nullable.
    pub lookup_array: rt::Field<rt::RawJson>,
    /// CSDL: property `matchType`: `Edm.Untyped`, nullable.
    pub match_type: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsMatchParams {
    const TYPE_NAME: &'static str = "microsoft.graph.match(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["lookupValue", "lookupArray", "matchType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"lookupValue\":                  ",
        ",\"lookupArray\":                  ",
        ",\"matchType\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.match(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "lookup_value", &self.lookup_value);
        v.field(1usize, "lookup_array", &self.lookup_array);
        v.field(2usize, "match_type", &self.match_type);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsMatchParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsMatchParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsMatchParams { with_lookup_value lookup_value : rt::RawJson;
    with_lookup_array lookup_array : rt::RawJson; with_match_type match_type :
    rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMatchParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.max`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsMaxParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsMaxParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsMaxParams {
    const TYPE_NAME: &'static str = "microsoft.graph.max(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.max(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsMaxParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsMaxParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsMaxParams { with_values values : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMaxParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.maxA`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsMaxAParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsMaxAParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsMaxAParams {
    const TYPE_NAME: &'static str = "microsoft.graph.maxA(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.maxA(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsMaxAParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsMaxAParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsMaxAParams { with_values values : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMaxAParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.mduration`.
/// - `settlement`: `Edm.Untyped`
/// - `maturity`: `Edm.Untyped`
/// - `coupon`: `Edm.Untyped`
/// - `yld`: `Edm.Untyped`
/// - `frequency`: `Edm.Untyped`
/// - `basis`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsMdurationParams {
    /// CSDL: property `settlement`: `Edm.Untyped`, nullable.
    pub settlement: rt::Field<rt::RawJson>,
    /// CSDL: property `maturity`: `Edm.Untyped`, nullable.
    pub maturity: rt::Field<rt::RawJson>,
    /// CSDL: property `coupon`: `Edm.Untyped`, nullable.
    pub coupon: rt::Field<rt::RawJson>,
    /// CSDL: property `yld`: `Edm.Untyped`, nullable.
    pub yld: rt::Field<rt::RawJson>,
    /// CSDL: property `frequency`: `Edm.Untyped`, nullable.
    pub frequency: rt::Field<rt::RawJson>,
    /// CSDL: property `basis`: `Edm.Untyped`, nullable.
    pub basis: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
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
        ",\"settlement\":                   ",
        ",\"maturity\":                     ",
        ",\"coupon\":                       ",
        ",\"yld\":                          ",
        ",\"frequency\":                    ",
        ",\"basis\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mduration(microsoft.graph.workbookFunctions)\"";
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsMdurationParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsMdurationParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsMdurationParams { with_settlement settlement : rt::RawJson;
    with_maturity maturity : rt::RawJson; with_coupon coupon : rt::RawJson; with_yld yld
    : rt::RawJson; with_frequency frequency : rt::RawJson; with_basis basis :
    rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMdurationParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.median`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsMedianParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsMedianParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsMedianParams {
    const TYPE_NAME: &'static str = "microsoft.graph.median(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.median(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsMedianParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsMedianParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsMedianParams { with_values values : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMedianParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.mid`.
/// - `text`: `Edm.Untyped`
/// - `startNum`: `Edm.Untyped`
/// - `numChars`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsMidParams {
    /// CSDL: property `text`: `Edm.Untyped`, nullable.
    pub text: rt::Field<rt::RawJson>,
    /// CSDL: property `startNum`: `Edm.Untyped`, nullable.
    pub start_num: rt::Field<rt::RawJson>,
    /// CSDL: property `numChars`: `Edm.Untyped`, nullable.
    pub num_chars: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsMidParams {
    const TYPE_NAME: &'static str = "microsoft.graph.mid(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text", "startNum", "numChars"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"text\":                         ",
        ",\"startNum\":                     ",
        ",\"numChars\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mid(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "text", &self.text);
        v.field(1usize, "start_num", &self.start_num);
        v.field(2usize, "num_chars", &self.num_chars);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsMidParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsMidParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsMidParams { with_text text : rt::RawJson; with_start_num start_num :
    rt::RawJson; with_num_chars num_chars : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMidParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.midb`.
/// - `text`: `Edm.Untyped`
/// - `startNum`: `Edm.Untyped`
/// - `numBytes`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsMidbParams {
    /// CSDL: property `text`: `Edm.Untyped`, nullable.
    pub text: rt::Field<rt::RawJson>,
    /// CSDL: property `startNum`: `Edm.Untyped`, nullable.
    pub start_num: rt::Field<rt::RawJson>,
    /// CSDL: property `numBytes`: `Edm.Untyped`, nullable.
    pub num_bytes: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsMidbParams {
    const TYPE_NAME: &'static str = "microsoft.graph.midb(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text", "startNum", "numBytes"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"text\":                         ",
        ",\"startNum\":                     ",
        ",\"numBytes\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.midb(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "text", &self.text);
        v.field(1usize, "start_num", &self.start_num);
        v.field(2usize, "num_bytes", &self.num_bytes);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsMidbParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsMidbParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsMidbParams { with_text text : rt::RawJson; with_start_num start_num
    : rt::RawJson; with_num_bytes num_bytes : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMidbParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.min`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsMinParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsMinParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsMinParams {
    const TYPE_NAME: &'static str = "microsoft.graph.min(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.min(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsMinParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsMinParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsMinParams { with_values values : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMinParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.minA`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsMinAParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsMinAParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsMinAParams {
    const TYPE_NAME: &'static str = "microsoft.graph.minA(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.minA(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsMinAParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsMinAParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsMinAParams { with_values values : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMinAParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.minute`.
/// - `serialNumber`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsMinuteParams {
    /// CSDL: property `serialNumber`: `Edm.Untyped`, nullable.
    pub serial_number: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsMinuteParams {
    #[inline]
    fn default() -> Self {
        Self {
            serial_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsMinuteParams {
    const TYPE_NAME: &'static str = "microsoft.graph.minute(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["serialNumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"serialNumber\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.minute(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "serial_number", &self.serial_number);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsMinuteParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsMinuteParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsMinuteParams { with_serial_number serial_number : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMinuteParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.mirr`.
/// - `values`: `Edm.Untyped`
/// - `financeRate`: `Edm.Untyped`
/// - `reinvestRate`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsMirrParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// CSDL: property `financeRate`: `Edm.Untyped`, nullable.
    pub finance_rate: rt::Field<rt::RawJson>,
    /// CSDL: property `reinvestRate`: `Edm.Untyped`, nullable.
    pub reinvest_rate: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsMirrParams {
    const TYPE_NAME: &'static str = "microsoft.graph.mirr(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values", "financeRate", "reinvestRate"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"values\":                       ",
        ",\"financeRate\":                  ",
        ",\"reinvestRate\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mirr(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
        v.field(1usize, "finance_rate", &self.finance_rate);
        v.field(2usize, "reinvest_rate", &self.reinvest_rate);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsMirrParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsMirrParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsMirrParams { with_values values : rt::RawJson; with_finance_rate
    finance_rate : rt::RawJson; with_reinvest_rate reinvest_rate : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMirrParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.mod`.
/// - `number`: `Edm.Untyped`
/// - `divisor`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsModParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// CSDL: property `divisor`: `Edm.Untyped`, nullable.
    pub divisor: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsModParams {
    const TYPE_NAME: &'static str = "microsoft.graph.mod(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "divisor"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"divisor\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mod(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "divisor", &self.divisor);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsModParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsModParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsModParams { with_number number : rt::RawJson; with_divisor divisor :
    rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsModParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.month`.
/// - `serialNumber`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsMonthParams {
    /// CSDL: property `serialNumber`: `Edm.Untyped`, nullable.
    pub serial_number: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsMonthParams {
    #[inline]
    fn default() -> Self {
        Self {
            serial_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsMonthParams {
    const TYPE_NAME: &'static str = "microsoft.graph.month(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["serialNumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"serialNumber\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.month(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "serial_number", &self.serial_number);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsMonthParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsMonthParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsMonthParams { with_serial_number serial_number : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMonthParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.mround`.
/// - `number`: `Edm.Untyped`
/// - `multiple`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsMroundParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// CSDL: property `multiple`: `Edm.Untyped`, nullable.
    pub multiple: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsMroundParams {
    const TYPE_NAME: &'static str = "microsoft.graph.mround(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "multiple"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"multiple\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mround(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "multiple", &self.multiple);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsMroundParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsMroundParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsMroundParams { with_number number : rt::RawJson; with_multiple
    multiple : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMroundParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.multiNomial`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsMultiNomialParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsMultiNomialParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsMultiNomialParams {
    const TYPE_NAME: &'static str = "microsoft.graph.multiNomial(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.multiNomial(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsMultiNomialParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsMultiNomialParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsMultiNomialParams { with_values values : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsMultiNomialParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.n`.
/// - `value`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsNParams {
    /// CSDL: property `value`: `Edm.Untyped`, nullable.
    pub value: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsNParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsNParams {
    const TYPE_NAME: &'static str = "microsoft.graph.n(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.n(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsNParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsNParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsNParams { with_value value : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsNParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.negBinom_Dist`.
/// - `numberF`: `Edm.Untyped`
/// - `numberS`: `Edm.Untyped`
/// - `probabilityS`: `Edm.Untyped`
/// - `cumulative`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsNegBinomDistParams {
    /// CSDL: property `numberF`: `Edm.Untyped`, nullable.
    pub number_f: rt::Field<rt::RawJson>,
    /// CSDL: property `numberS`: `Edm.Untyped`, nullable.
    pub number_s: rt::Field<rt::RawJson>,
    /// CSDL: property `probabilityS`: `Edm.Untyped`, nullable.
    pub probability_s: rt::Field<rt::RawJson>,
    /// CSDL: property `cumulative`: `Edm.Untyped`, nullable.
    pub cumulative: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsNegBinomDistParams {
    #[inline]
    fn default() -> Self {
        Self {
            number_f: rt::Field::Absent,
            number_s: rt::Field::Absent,
            probability_s: rt::Field::Absent,
            cumulative: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsNegBinomDistParams {
    const TYPE_NAME: &'static str = "microsoft.graph.negBinom_Dist(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "numberF",
        "numberS",
        "probabilityS",
        "cumulative",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"numberF\":                      ",
        ",\"numberS\":                      ",
        ",\"probabilityS\":                 ",
        ",\"cumulative\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.negBinom_Dist(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number_f", &self.number_f);
        v.field(1usize, "number_s", &self.number_s);
        v.field(2usize, "probability_s", &self.probability_s);
        v.field(3usize, "cumulative", &self.cumulative);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsNegBinomDistParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number_f.read_from(r),
            1usize => self.number_s.read_from(r),
            2usize => self.probability_s.read_from(r),
            3usize => self.cumulative.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number_f);
        w.field(1usize, &self.number_s);
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsNegBinomDistParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsNegBinomDistParams { with_number_f number_f : rt::RawJson;
    with_number_s number_s : rt::RawJson; with_probability_s probability_s : rt::RawJson;
    with_cumulative cumulative : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsNegBinomDistParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.networkDays`.
/// - `startDate`: `Edm.Untyped`
/// - `endDate`: `Edm.Untyped`
/// - `holidays`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsNetworkDaysParams {
    /// CSDL: property `startDate`: `Edm.Untyped`, nullable.
    pub start_date: rt::Field<rt::RawJson>,
    /// CSDL: property `endDate`: `Edm.Untyped`, nullable.
    pub end_date: rt::Field<rt::RawJson>,
    /// CSDL: property `holidays`: `Edm.Untyped`, nullable.
    pub holidays: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsNetworkDaysParams {
    #[inline]
    fn default() -> Self {
        Self {
            start_date: rt::Field::Absent,
            end_date: rt::Field::Absent,
            holidays: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsNetworkDaysParams {
    const TYPE_NAME: &'static str = "microsoft.graph.networkDays(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["startDate", "endDate", "holidays"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"startDate\":                    ",
        ",\"endDate\":                      ",
        ",\"holidays\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.networkDays(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "start_date", &self.start_date);
        v.field(1usize, "end_date", &self.end_date);
        v.field(2usize, "holidays", &self.holidays);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsNetworkDaysParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.start_date.read_from(r),
            1usize => self.end_date.read_from(r),
            2usize => self.holidays.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.start_date);
        w.field(1usize, &self.end_date);
        w.field(2usize, &self.holidays);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsNetworkDaysParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsNetworkDaysParams { with_start_date start_date : rt::RawJson;
    with_end_date end_date : rt::RawJson; with_holidays holidays : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsNetworkDaysParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.networkDays_Intl`.
/// - `startDate`: `Edm.Untyped`
/// - `endDate`: `Edm.Untyped`
/// - `weekend`: `Edm.Untyped`
/// - `holidays`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsNetworkDaysIntlParams {
    /// CSDL: property `startDate`: `Edm.Untyped`, nullable.
    pub start_date: rt::Field<rt::RawJson>,
    /// CSDL: property `endDate`: `Edm.Untyped`, nullable.
    pub end_date: rt::Field<rt::RawJson>,
    /// CSDL: property `weekend`: `Edm.Untyped`, nullable.
    pub weekend: rt::Field<rt::RawJson>,
    /// CSDL: property `holidays`: `Edm.Untyped`, nullable.
    pub holidays: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsNetworkDaysIntlParams {
    #[inline]
    fn default() -> Self {
        Self {
            start_date: rt::Field::Absent,
            end_date: rt::Field::Absent,
            weekend: rt::Field::Absent,
            holidays: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsNetworkDaysIntlParams {
    const TYPE_NAME: &'static str = "microsoft.graph.networkDays_Intl(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "startDate",
        "endDate",
        "weekend",
        "holidays",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"startDate\":                    ",
        ",\"endDate\":                      ",
        ",\"weekend\":                      ",
        ",\"holidays\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.networkDays_Intl(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "start_date", &self.start_date);
        v.field(1usize, "end_date", &self.end_date);
        v.field(2usize, "weekend", &self.weekend);
        v.field(3usize, "holidays", &self.holidays);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsNetworkDaysIntlParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.start_date.read_from(r),
            1usize => self.end_date.read_from(r),
            2usize => self.weekend.read_from(r),
            3usize => self.holidays.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.start_date);
        w.field(1usize, &self.end_date);
        w.field(2usize, &self.weekend);
        w.field(3usize, &self.holidays);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsNetworkDaysIntlParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsNetworkDaysIntlParams { with_start_date start_date : rt::RawJson;
    with_end_date end_date : rt::RawJson; with_weekend weekend : rt::RawJson;
    with_holidays holidays : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsNetworkDaysIntlParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.nominal`.
/// - `effectRate`: `Edm.Untyped`
/// - `npery`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsNominalParams {
    /// CSDL: property `effectRate`: `Edm.Untyped`, nullable.
    pub effect_rate: rt::Field<rt::RawJson>,
    /// CSDL: property `npery`: `Edm.Untyped`, nullable.
    pub npery: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsNominalParams {
    #[inline]
    fn default() -> Self {
        Self {
            effect_rate: rt::Field::Absent,
            npery: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsNominalParams {
    const TYPE_NAME: &'static str = "microsoft.graph.nominal(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["effectRate", "npery"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"effectRate\":                   ",
        ",\"npery\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.nominal(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "effect_rate", &self.effect_rate);
        v.field(1usize, "npery", &self.npery);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsNominalParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.effect_rate.read_from(r),
            1usize => self.npery.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.effect_rate);
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsNominalParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsNominalParams { with_effect_rate effect_rate : rt::RawJson;
    with_npery npery : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsNominalParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.norm_Dist`.
/// - `x`: `Edm.Untyped`
/// - `mean`: `Edm.Untyped`
/// - `standardDev`: `Edm.Untyped`
/// - `cumulative`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsNormDistParams {
    /// CSDL: property `x`: `Edm.Untyped`, nullable.
    pub x: rt::Field<rt::RawJson>,
    /// CSDL: property `mean`: `Edm.Untyped`, nullable.
    pub mean: rt::Field<rt::RawJson>,
    /// CSDL: property `standardDev`: `Edm.Untyped`, nullable.
    pub standard_dev: rt::Field<rt::RawJson>,
    /// CSDL: property `cumulative`: `Edm.Untyped`, nullable.
    pub cumulative: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsNormDistParams {
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsNormDistParams {
    const TYPE_NAME: &'static str = "microsoft.graph.norm_Dist(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x", "mean", "standardDev", "cumulative"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"x\":                            ",
        ",\"mean\":                         ",
        ",\"standardDev\":                  ",
        ",\"cumulative\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.norm_Dist(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
        v.field(1usize, "mean", &self.mean);
        v.field(2usize, "standard_dev", &self.standard_dev);
        v.field(3usize, "cumulative", &self.cumulative);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsNormDistParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsNormDistParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsNormDistParams { with_x x : rt::RawJson; with_mean mean :
    rt::RawJson; with_standard_dev standard_dev : rt::RawJson; with_cumulative cumulative
    : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsNormDistParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.norm_Inv`.
/// - `probability`: `Edm.Untyped`
/// - `mean`: `Edm.Untyped`
/// - `standardDev`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsNormInvParams {
    /// CSDL: property `probability`: `Edm.Untyped`, nullable.
    pub probability: rt::Field<rt::RawJson>,
    /// CSDL: property `mean`: `Edm.Untyped`, nullable.
    pub mean: rt::Field<rt::RawJson>,
    /// CSDL: property `standardDev`: `Edm.Untyped`, nullable.
    pub standard_dev: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsNormInvParams {
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsNormInvParams {
    const TYPE_NAME: &'static str = "microsoft.graph.norm_Inv(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["probability", "mean", "standardDev"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"probability\":                  ",
        ",\"mean\":                         ",
        ",\"standardDev\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.norm_Inv(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "probability", &self.probability);
        v.field(1usize, "mean", &self.mean);
        v.field(2usize, "standard_dev", &self.standard_dev);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsNormInvParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsNormInvParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsNormInvParams { with_probability probability : rt::RawJson;
    with_mean mean : rt::RawJson; with_standard_dev standard_dev : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsNormInvParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.norm_S_Dist`.
/// - `z`: `Edm.Untyped`
/// - `cumulative`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsNormSDistParams {
    /// CSDL: property `z`: `Edm.Untyped`, nullable.
    pub z: rt::Field<rt::RawJson>,
    /// CSDL: property `cumulative`: `Edm.Untyped`, nullable.
    pub cumulative: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsNormSDistParams {
    #[inline]
    fn default() -> Self {
        Self {
            z: rt::Field::Absent,
            cumulative: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsNormSDistParams {
    const TYPE_NAME: &'static str = "microsoft.graph.norm_S_Dist(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["z", "cumulative"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"z\":                            ",
        ",\"cumulative\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.norm_S_Dist(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "z", &self.z);
        v.field(1usize, "cumulative", &self.cumulative);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsNormSDistParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.z.read_from(r),
            1usize => self.cumulative.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.z);
        w.field(1usize, &self.cumulative);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsNormSDistParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsNormSDistParams { with_z z : rt::RawJson; with_cumulative cumulative
    : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsNormSDistParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.norm_S_Inv`.
/// - `probability`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsNormSInvParams {
    /// CSDL: property `probability`: `Edm.Untyped`, nullable.
    pub probability: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsNormSInvParams {
    #[inline]
    fn default() -> Self {
        Self {
            probability: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsNormSInvParams {
    const TYPE_NAME: &'static str = "microsoft.graph.norm_S_Inv(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["probability"];
    const KEYS_JSON: &'static [&'static str] = &[",\"probability\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.norm_S_Inv(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "probability", &self.probability);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsNormSInvParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.probability.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.probability);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsNormSInvParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsNormSInvParams { with_probability probability : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsNormSInvParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.not`.
/// - `logical`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsNotParams {
    /// CSDL: property `logical`: `Edm.Untyped`, nullable.
    pub logical: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsNotParams {
    #[inline]
    fn default() -> Self {
        Self {
            logical: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsNotParams {
    const TYPE_NAME: &'static str = "microsoft.graph.not(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["logical"];
    const KEYS_JSON: &'static [&'static str] = &[",\"logical\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.not(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "logical", &self.logical);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsNotParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.logical.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.logical);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsNotParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsNotParams { with_logical logical : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsNotParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.nper`.
/// - `rate`: `Edm.Untyped`
/// - `pmt`: `Edm.Untyped`
/// - `pv`: `Edm.Untyped`
/// - `fv`: `Edm.Untyped`
/// - `type`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsNperParams {
    /// CSDL: property `rate`: `Edm.Untyped`, nullable.
    pub rate: rt::Field<rt::RawJson>,
    /// CSDL: property `pmt`: `Edm.Untyped`, nullable.
    pub pmt: rt::Field<rt::RawJson>,
    /// CSDL: property `pv`: `Edm.Untyped`, nullable.
    pub pv: rt::Field<rt::RawJson>,
    /// CSDL: property `fv`: `Edm.Untyped`, nullable.
    pub fv: rt::Field<rt::RawJson>,
    /// CSDL: property `type`: `Edm.Untyped`, nullable.
    pub type_: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsNperParams {
    #[inline]
    fn default() -> Self {
        Self {
            rate: rt::Field::Absent,
            pmt: rt::Field::Absent,
            pv: rt::Field::Absent,
            fv: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsNperParams {
    const TYPE_NAME: &'static str = "microsoft.graph.nper(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["rate", "pmt", "pv", "fv", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"rate\":                         ",
        ",\"pmt\":                          ",
        ",\"pv\":                           ",
        ",\"fv\":                           ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.nper(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "rate", &self.rate);
        v.field(1usize, "pmt", &self.pmt);
        v.field(2usize, "pv", &self.pv);
        v.field(3usize, "fv", &self.fv);
        v.field(4usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsNperParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.rate.read_from(r),
            1usize => self.pmt.read_from(r),
            2usize => self.pv.read_from(r),
            3usize => self.fv.read_from(r),
            4usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.rate);
        w.field(1usize, &self.pmt);
        w.field(2usize, &self.pv);
        w.field(3usize, &self.fv);
        w.field(4usize, &self.type_);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsNperParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsNperParams { with_rate rate : rt::RawJson; with_pmt pmt :
    rt::RawJson; with_pv pv : rt::RawJson; with_fv fv : rt::RawJson; with_type type_ :
    rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsNperParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.npv`.
/// - `rate`: `Edm.Untyped`
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsNpvParams {
    /// CSDL: property `rate`: `Edm.Untyped`, nullable.
    pub rate: rt::Field<rt::RawJson>,
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsNpvParams {
    #[inline]
    fn default() -> Self {
        Self {
            rate: rt::Field::Absent,
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsNpvParams {
    const TYPE_NAME: &'static str = "microsoft.graph.npv(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["rate", "values"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"rate\":                         ",
        ",\"values\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.npv(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "rate", &self.rate);
        v.field(1usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsNpvParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.rate.read_from(r),
            1usize => self.values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.rate);
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsNpvParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsNpvParams { with_rate rate : rt::RawJson; with_values values :
    rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsNpvParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.numberValue`.
/// - `text`: `Edm.Untyped`
/// - `decimalSeparator`: `Edm.Untyped`
/// - `groupSeparator`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsNumberValueParams {
    /// CSDL: property `text`: `Edm.Untyped`, nullable.
    pub text: rt::Field<rt::RawJson>,
    /// CSDL: property `decimalSeparator`: `Edm.Untyped`, nullable.
    pub decimal_separator: rt::Field<rt::RawJson>,
    /// CSDL: property `groupSeparator`: `Edm.Untyped`, nullable.
    pub group_separator: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsNumberValueParams {
    #[inline]
    fn default() -> Self {
        Self {
            text: rt::Field::Absent,
            decimal_separator: rt::Field::Absent,
            group_separator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsNumberValueParams {
    const TYPE_NAME: &'static str = "microsoft.graph.numberValue(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "text",
        "decimalSeparator",
        "groupSeparator",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"text\":                         ",
        ",\"decimalSeparator\":             ",
        ",\"groupSeparator\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.numberValue(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "text", &self.text);
        v.field(1usize, "decimal_separator", &self.decimal_separator);
        v.field(2usize, "group_separator", &self.group_separator);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsNumberValueParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.text.read_from(r),
            1usize => self.decimal_separator.read_from(r),
            2usize => self.group_separator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.text);
        w.field(1usize, &self.decimal_separator);
        w.field(2usize, &self.group_separator);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsNumberValueParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsNumberValueParams { with_text text : rt::RawJson;
    with_decimal_separator decimal_separator : rt::RawJson; with_group_separator
    group_separator : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsNumberValueParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.oct2Bin`.
/// - `number`: `Edm.Untyped`
/// - `places`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsOct2BinParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// CSDL: property `places`: `Edm.Untyped`, nullable.
    pub places: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsOct2BinParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            places: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsOct2BinParams {
    const TYPE_NAME: &'static str = "microsoft.graph.oct2Bin(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "places"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"places\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.oct2Bin(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "places", &self.places);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsOct2BinParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsOct2BinParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsOct2BinParams { with_number number : rt::RawJson; with_places places
    : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsOct2BinParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.oct2Dec`.
/// - `number`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsOct2DecParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsOct2DecParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsOct2DecParams {
    const TYPE_NAME: &'static str = "microsoft.graph.oct2Dec(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.oct2Dec(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsOct2DecParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsOct2DecParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsOct2DecParams { with_number number : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsOct2DecParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.oct2Hex`.
/// - `number`: `Edm.Untyped`
/// - `places`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsOct2HexParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// CSDL: property `places`: `Edm.Untyped`, nullable.
    pub places: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsOct2HexParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            places: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsOct2HexParams {
    const TYPE_NAME: &'static str = "microsoft.graph.oct2Hex(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "places"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"places\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.oct2Hex(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "places", &self.places);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsOct2HexParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsOct2HexParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsOct2HexParams { with_number number : rt::RawJson; with_places places
    : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsOct2HexParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.odd`.
/// - `number`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsOddParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsOddParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsOddParams {
    const TYPE_NAME: &'static str = "microsoft.graph.odd(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.odd(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsOddParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsOddParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsOddParams { with_number number : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsOddParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.oddFPrice`.
/// - `settlement`: `Edm.Untyped`
/// - `maturity`: `Edm.Untyped`
/// - `issue`: `Edm.Untyped`
/// - `firstCoupon`: `Edm.Untyped`
/// - `rate`: `Edm.Untyped`
/// - `yld`: `Edm.Untyped`
/// - `redemption`: `Edm.Untyped`
/// - `frequency`: `Edm.Untyped`
/// - `basis`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsOddFPriceParams {
    /// CSDL: property `settlement`: `Edm.Untyped`, nullable.
    pub settlement: rt::Field<rt::RawJson>,
    /// CSDL: property `maturity`: `Edm.Untyped`, nullable.
    pub maturity: rt::Field<rt::RawJson>,
    /// CSDL: property `issue`: `Edm.Untyped`, nullable.
    pub issue: rt::Field<rt::RawJson>,
    /// CSDL: property `firstCoupon`: `Edm.Untyped`, nullable.
    pub first_coupon: rt::Field<rt::RawJson>,
    /// CSDL: property `rate`: `Edm.Untyped`, nullable.
    pub rate: rt::Field<rt::RawJson>,
    /// CSDL: property `yld`: `Edm.Untyped`, nullable.
    pub yld: rt::Field<rt::RawJson>,
    /// CSDL: property `redemption`: `Edm.Untyped`, nullable.
    pub redemption: rt::Field<rt::RawJson>,
    /// CSDL: property `frequency`: `Edm.Untyped`, nullable.
    pub frequency: rt::Field<rt::RawJson>,
    /// CSDL: property `basis`: `Edm.Untyped`, nullable.
    pub basis: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsOddFPriceParams {
    #[inline]
    fn default() -> Self {
        Self {
            settlement: rt::Field::Absent,
            maturity: rt::Field::Absent,
            issue: rt::Field::Absent,
            first_coupon: rt::Field::Absent,
            rate: rt::Field::Absent,
            yld: rt::Field::Absent,
            redemption: rt::Field::Absent,
            frequency: rt::Field::Absent,
            basis: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsOddFPriceParams {
    const TYPE_NAME: &'static str = "microsoft.graph.oddFPrice(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "settlement",
        "maturity",
        "issue",
        "firstCoupon",
        "rate",
        "yld",
        "redemption",
        "frequency",
        "basis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settlement\":                   ",
        ",\"maturity\":                     ",
        ",\"issue\":                        ",
        ",\"firstCoupon\":                  ",
        ",\"rate\":                         ",
        ",\"yld\":                          ",
        ",\"redemption\":                   ",
        ",\"frequency\":                    ",
        ",\"basis\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.oddFPrice(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "settlement", &self.settlement);
        v.field(1usize, "maturity", &self.maturity);
        v.field(2usize, "issue", &self.issue);
        v.field(3usize, "first_coupon", &self.first_coupon);
        v.field(4usize, "rate", &self.rate);
        v.field(5usize, "yld", &self.yld);
        v.field(6usize, "redemption", &self.redemption);
        v.field(7usize, "frequency", &self.frequency);
        v.field(8usize, "basis", &self.basis);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsOddFPriceParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.settlement.read_from(r),
            1usize => self.maturity.read_from(r),
            2usize => self.issue.read_from(r),
            3usize => self.first_coupon.read_from(r),
            4usize => self.rate.read_from(r),
            5usize => self.yld.read_from(r),
            6usize => self.redemption.read_from(r),
            7usize => self.frequency.read_from(r),
            8usize => self.basis.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.settlement);
        w.field(1usize, &self.maturity);
        w.field(2usize, &self.issue);
        w.field(3usize, &self.first_coupon);
        w.field(4usize, &self.rate);
        w.field(5usize, &self.yld);
        w.field(6usize, &self.redemption);
        w.field(7usize, &self.frequency);
        w.field(8usize, &self.basis);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsOddFPriceParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsOddFPriceParams { with_settlement settlement : rt::RawJson;
    with_maturity maturity : rt::RawJson; with_issue issue : rt::RawJson;
    with_first_coupon first_coupon : rt::RawJson; with_rate rate : rt::RawJson; with_yld
    yld : rt::RawJson; with_redemption redemption : rt::RawJson; with_frequency frequency
    : rt::RawJson; with_basis basis : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsOddFPriceParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.oddFYield`.
/// - `settlement`: `Edm.Untyped`
/// - `maturity`: `Edm.Untyped`
/// - `issue`: `Edm.Untyped`
/// - `firstCoupon`: `Edm.Untyped`
/// - `rate`: `Edm.Untyped`
/// - `pr`: `Edm.Untyped`
/// - `redemption`: `Edm.Untyped`
/// - `frequency`: `Edm.Untyped`
/// - `basis`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsOddFYieldParams {
    /// CSDL: property `settlement`: `Edm.Untyped`, nullable.
    pub settlement: rt::Field<rt::RawJson>,
    /// CSDL: property `maturity`: `Edm.Untyped`, nullable.
    pub maturity: rt::Field<rt::RawJson>,
    /// CSDL: property `issue`: `Edm.Untyped`, nullable.
    pub issue: rt::Field<rt::RawJson>,
    /// CSDL: property `firstCoupon`: `Edm.Untyped`, nullable.
    pub first_coupon: rt::Field<rt::RawJson>,
    /// CSDL: property `rate`: `Edm.Untyped`, nullable.
    pub rate: rt::Field<rt::RawJson>,
    /// CSDL: property `pr`: `Edm.Untyped`, nullable.
    pub pr: rt::Field<rt::RawJson>,
    /// CSDL: property `redemption`: `Edm.Untyped`, nullable.
    pub redemption: rt::Field<rt::RawJson>,
    /// CSDL: property `frequency`: `Edm.Untyped`, nullable.
    pub frequency: rt::Field<rt::RawJson>,
    /// CSDL: property `basis`: `Edm.Untyped`, nullable.
    pub basis: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsOddFYieldParams {
    #[inline]
    fn default() -> Self {
        Self {
            settlement: rt::Field::Absent,
            maturity: rt::Field::Absent,
            issue: rt::Field::Absent,
            first_coupon: rt::Field::Absent,
            rate: rt::Field::Absent,
            pr: rt::Field::Absent,
            redemption: rt::Field::Absent,
            frequency: rt::Field::Absent,
            basis: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsOddFYieldParams {
    const TYPE_NAME: &'static str = "microsoft.graph.oddFYield(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "settlement",
        "maturity",
        "issue",
        "firstCoupon",
        "rate",
        "pr",
        "redemption",
        "frequency",
        "basis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settlement\":                   ",
        ",\"maturity\":                     ",
        ",\"issue\":                        ",
        ",\"firstCoupon\":                  ",
        ",\"rate\":                         ",
        ",\"pr\":                           ",
        ",\"redemption\":                   ",
        ",\"frequency\":                    ",
        ",\"basis\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.oddFYield(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "settlement", &self.settlement);
        v.field(1usize, "maturity", &self.maturity);
        v.field(2usize, "issue", &self.issue);
        v.field(3usize, "first_coupon", &self.first_coupon);
        v.field(4usize, "rate", &self.rate);
        v.field(5usize, "pr", &self.pr);
        v.field(6usize, "redemption", &self.redemption);
        v.field(7usize, "frequency", &self.frequency);
        v.field(8usize, "basis", &self.basis);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsOddFYieldParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.settlement.read_from(r),
            1usize => self.maturity.read_from(r),
            2usize => self.issue.read_from(r),
            3usize => self.first_coupon.read_from(r),
            4usize => self.rate.read_from(r),
            5usize => self.pr.read_from(r),
            6usize => self.redemption.read_from(r),
            7usize => self.frequency.read_from(r),
            8usize => self.basis.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.settlement);
        w.field(1usize, &self.maturity);
        w.field(2usize, &self.issue);
        w.field(3usize, &self.first_coupon);
        w.field(4usize, &self.rate);
        w.field(5usize, &self.pr);
        w.field(6usize, &self.redemption);
        w.field(7usize, &self.frequency);
        w.field(8usize, &self.basis);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsOddFYieldParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsOddFYieldParams { with_settlement settlement : rt::RawJson;
    with_maturity maturity : rt::RawJson; with_issue issue : rt::RawJson;
    with_first_coupon first_coupon : rt::RawJson; with_rate rate : rt::RawJson; with_pr
    pr : rt::RawJson; with_redemption redemption : rt::RawJson; with_frequency frequency
    : rt::RawJson; with_basis basis : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsOddFYieldParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.oddLPrice`.
/// - `settlement`: `Edm.Untyped`
/// - `maturity`: `Edm.Untyped`
/// - `lastInterest`: `Edm.Untyped`
/// - `rate`: `Edm.Untyped`
/// - `yld`: `Edm.Untyped`
/// - `redemption`: `Edm.Untyped`
/// - `frequency`: `Edm.Untyped`
/// - `basis`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsOddLPriceParams {
    /// CSDL: property `settlement`: `Edm.Untyped`, nullable.
    pub settlement: rt::Field<rt::RawJson>,
    /// CSDL: property `maturity`: `Edm.Untyped`, nullable.
    pub maturity: rt::Field<rt::RawJson>,
    /// CSDL: property `lastInterest`: `Edm.Untyped`, nullable.
    pub last_interest: rt::Field<rt::RawJson>,
    /// CSDL: property `rate`: `Edm.Untyped`, nullable.
    pub rate: rt::Field<rt::RawJson>,
    /// CSDL: property `yld`: `Edm.Untyped`, nullable.
    pub yld: rt::Field<rt::RawJson>,
    /// CSDL: property `redemption`: `Edm.Untyped`, nullable.
    pub redemption: rt::Field<rt::RawJson>,
    /// CSDL: property `frequency`: `Edm.Untyped`, nullable.
    pub frequency: rt::Field<rt::RawJson>,
    /// CSDL: property `basis`: `Edm.Untyped`, nullable.
    pub basis: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsOddLPriceParams {
    #[inline]
    fn default() -> Self {
        Self {
            settlement: rt::Field::Absent,
            maturity: rt::Field::Absent,
            last_interest: rt::Field::Absent,
            rate: rt::Field::Absent,
            yld: rt::Field::Absent,
            redemption: rt::Field::Absent,
            frequency: rt::Field::Absent,
            basis: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsOddLPriceParams {
    const TYPE_NAME: &'static str = "microsoft.graph.oddLPrice(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "settlement",
        "maturity",
        "lastInterest",
        "rate",
        "yld",
        "redemption",
        "frequency",
        "basis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settlement\":                   ",
        ",\"maturity\":                     ",
        ",\"lastInterest\":                 ",
        ",\"rate\":                         ",
        ",\"yld\":                          ",
        ",\"redemption\":                   ",
        ",\"frequency\":                    ",
        ",\"basis\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.oddLPrice(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "settlement", &self.settlement);
        v.field(1usize, "maturity", &self.maturity);
        v.field(2usize, "last_interest", &self.last_interest);
        v.field(3usize, "rate", &self.rate);
        v.field(4usize, "yld", &self.yld);
        v.field(5usize, "redemption", &self.redemption);
        v.field(6usize, "frequency", &self.frequency);
        v.field(7usize, "basis", &self.basis);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsOddLPriceParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.settlement.read_from(r),
            1usize => self.maturity.read_from(r),
            2usize => self.last_interest.read_from(r),
            3usize => self.rate.read_from(r),
            4usize => self.yld.read_from(r),
            5usize => self.redemption.read_from(r),
            6usize => self.frequency.read_from(r),
            7usize => self.basis.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.settlement);
        w.field(1usize, &self.maturity);
        w.field(2usize, &self.last_interest);
        w.field(3usize, &self.rate);
        w.field(4usize, &self.yld);
        w.field(5usize, &self.redemption);
        w.field(6usize, &self.frequency);
        w.field(7usize, &self.basis);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsOddLPriceParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsOddLPriceParams { with_settlement settlement : rt::RawJson;
    with_maturity maturity : rt::RawJson; with_last_interest last_interest : rt::RawJson;
    with_rate rate : rt::RawJson; with_yld yld : rt::RawJson; with_redemption redemption
    : rt::RawJson; with_frequency frequency : rt::RawJson; with_basis basis :
    rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsOddLPriceParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.oddLYield`.
/// - `settlement`: `Edm.Untyped`
/// - `maturity`: `Edm.Untyped`
/// - `lastInterest`: `Edm.Untyped`
/// - `rate`: `Edm.Untyped`
/// - `pr`: `Edm.Untyped`
/// - `redemption`: `Edm.Untyped`
/// - `frequency`: `Edm.Untyped`
/// - `basis`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsOddLYieldParams {
    /// CSDL: property `settlement`: `Edm.Untyped`, nullable.
    pub settlement: rt::Field<rt::RawJson>,
    /// CSDL: property `maturity`: `Edm.Untyped`, nullable.
    pub maturity: rt::Field<rt::RawJson>,
    /// CSDL: property `lastInterest`: `Edm.Untyped`, nullable.
    pub last_interest: rt::Field<rt::RawJson>,
    /// CSDL: property `rate`: `Edm.Untyped`, nullable.
    pub rate: rt::Field<rt::RawJson>,
    /// CSDL: property `pr`: `Edm.Untyped`, nullable.
    pub pr: rt::Field<rt::RawJson>,
    /// CSDL: property `redemption`: `Edm.Untyped`, nullable.
    pub redemption: rt::Field<rt::RawJson>,
    /// CSDL: property `frequency`: `Edm.Untyped`, nullable.
    pub frequency: rt::Field<rt::RawJson>,
    /// CSDL: property `basis`: `Edm.Untyped`, nullable.
    pub basis: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsOddLYieldParams {
    #[inline]
    fn default() -> Self {
        Self {
            settlement: rt::Field::Absent,
            maturity: rt::Field::Absent,
            last_interest: rt::Field::Absent,
            rate: rt::Field::Absent,
            pr: rt::Field::Absent,
            redemption: rt::Field::Absent,
            frequency: rt::Field::Absent,
            basis: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsOddLYieldParams {
    const TYPE_NAME: &'static str = "microsoft.graph.oddLYield(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "settlement",
        "maturity",
        "lastInterest",
        "rate",
        "pr",
        "redemption",
        "frequency",
        "basis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settlement\":                   ",
        ",\"maturity\":                     ",
        ",\"lastInterest\":                 ",
        ",\"rate\":                         ",
        ",\"pr\":                           ",
        ",\"redemption\":                   ",
        ",\"frequency\":                    ",
        ",\"basis\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.oddLYield(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "settlement", &self.settlement);
        v.field(1usize, "maturity", &self.maturity);
        v.field(2usize, "last_interest", &self.last_interest);
        v.field(3usize, "rate", &self.rate);
        v.field(4usize, "pr", &self.pr);
        v.field(5usize, "redemption", &self.redemption);
        v.field(6usize, "frequency", &self.frequency);
        v.field(7usize, "basis", &self.basis);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsOddLYieldParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.settlement.read_from(r),
            1usize => self.maturity.read_from(r),
            2usize => self.last_interest.read_from(r),
            3usize => self.rate.read_from(r),
            4usize => self.pr.read_from(r),
            5usize => self.redemption.read_from(r),
            6usize => self.frequency.read_from(r),
            7usize => self.basis.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.settlement);
        w.field(1usize, &self.maturity);
        w.field(2usize, &self.last_interest);
        w.field(3usize, &self.rate);
        w.field(4usize, &self.pr);
        w.field(5usize, &self.redemption);
        w.field(6usize, &self.frequency);
        w.field(7usize, &self.basis);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsOddLYieldParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsOddLYieldParams { with_settlement settlement : rt::RawJson;
    with_maturity maturity : rt::RawJson; with_last_interest last_interest : rt::RawJson;
    with_rate rate : rt::RawJson; with_pr pr : rt::RawJson; with_redemption redemption :
    rt::RawJson; with_frequency frequency : rt::RawJson; with_basis basis : rt::RawJson;
    }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsOddLYieldParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.or`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsOrParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsOrParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsOrParams {
    const TYPE_NAME: &'static str = "microsoft.graph.or(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.or(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsOrParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsOrParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsOrParams { with_values values : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsOrParams);
