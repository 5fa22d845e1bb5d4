//! Items of `params` by the first letters of their types' names (`workbookfunctionsp_workbookfunctionsz`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.pduration`.
/// - `rate`: `Edm.Untyped`
/// - `pv`: `Edm.Untyped`
/// - `fv`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsPdurationParams {
    /// CSDL: property `rate`: `Edm.Untyped`, nullable.
    pub rate: rt::Field<rt::RawJson>,
    /// CSDL: property `pv`: `Edm.Untyped`, nullable.
    pub pv: rt::Field<rt::RawJson>,
    /// CSDL: property `fv`: `Edm.Untyped`, nullable.
    pub fv: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsPdurationParams {
    #[inline]
    fn default() -> Self {
        Self {
            rate: rt::Field::Absent,
            pv: rt::Field::Absent,
            fv: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsPdurationParams {
    const TYPE_NAME: &'static str = "microsoft.graph.pduration(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["rate", "pv", "fv"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"rate\":                         ",
        ",\"pv\":                           ",
        ",\"fv\":                           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.pduration(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "rate", &self.rate);
        v.field(1usize, "pv", &self.pv);
        v.field(2usize, "fv", &self.fv);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsPdurationParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.rate.read_from(r),
            1usize => self.pv.read_from(r),
            2usize => self.fv.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.rate);
        w.field(1usize, &self.pv);
        w.field(2usize, &self.fv);
    }
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
rt::impl_object!(WorkbookFunctionsPdurationParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsPdurationParams { with_rate rate : rt::RawJson; with_pv pv :
    rt::RawJson; with_fv fv : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsPdurationParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.percentRank_Exc`.
/// - `array`: `Edm.Untyped`
/// - `x`: `Edm.Untyped`
/// - `significance`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsPercentRankExcParams {
    /// CSDL: property `array`: `Edm.Untyped`, nullable.
    pub array: rt::Field<rt::RawJson>,
    /// CSDL: property `x`: `Edm.Untyped`, nullable.
    pub x: rt::Field<rt::RawJson>,
    /// CSDL: property `significance`: `Edm.Untyped`, nullable.
    pub significance: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsPercentRankExcParams {
    #[inline]
    fn default() -> Self {
        Self {
            array: rt::Field::Absent,
            x: rt::Field::Absent,
            significance: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsPercentRankExcParams {
    const TYPE_NAME: &'static str = "microsoft.graph.percentRank_Exc(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["array", "x", "significance"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"array\":                        ",
        ",\"x\":                            ",
        ",\"significance\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.percentRank_Exc(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "array", &self.array);
        v.field(1usize, "x", &self.x);
        v.field(2usize, "significance", &self.significance);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsPercentRankExcParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.array.read_from(r),
            1usize => self.x.read_from(r),
            2usize => self.significance.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.array);
        w.field(1usize, &self.x);
        w.field(2usize, &self.significance);
    }
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
rt::impl_object!(WorkbookFunctionsPercentRankExcParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsPercentRankExcParams { with_array array : rt::RawJson; with_x x :
    rt::RawJson; with_significance significance : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsPercentRankExcParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.percentRank_Inc`.
/// - `array`: `Edm.Untyped`
/// - `x`: `Edm.Untyped`
/// - `significance`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsPercentRankIncParams {
    /// CSDL: property `array`: `Edm.Untyped`, nullable.
    pub array: rt::Field<rt::RawJson>,
    /// CSDL: property `x`: `Edm.Untyped`, nullable.
    pub x: rt::Field<rt::RawJson>,
    /// CSDL: property `significance`: `Edm.Untyped`, nullable.
    pub significance: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsPercentRankIncParams {
    #[inline]
    fn default() -> Self {
        Self {
            array: rt::Field::Absent,
            x: rt::Field::Absent,
            significance: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsPercentRankIncParams {
    const TYPE_NAME: &'static str = "microsoft.graph.percentRank_Inc(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["array", "x", "significance"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"array\":                        ",
        ",\"x\":                            ",
        ",\"significance\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.percentRank_Inc(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "array", &self.array);
        v.field(1usize, "x", &self.x);
        v.field(2usize, "significance", &self.significance);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsPercentRankIncParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.array.read_from(r),
            1usize => self.x.read_from(r),
            2usize => self.significance.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.array);
        w.field(1usize, &self.x);
        w.field(2usize, &self.significance);
    }
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
rt::impl_object!(WorkbookFunctionsPercentRankIncParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsPercentRankIncParams { with_array array : rt::RawJson; with_x x :
    rt::RawJson; with_significance significance : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsPercentRankIncParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.percentile_Exc`.
/// - `array`: `Edm.Untyped`
/// - `k`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsPercentileExcParams {
    /// CSDL: property `array`: `Edm.Untyped`, nullable.
    pub array: rt::Field<rt::RawJson>,
    /// CSDL: property `k`: `Edm.Untyped`, nullable.
    pub k: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsPercentileExcParams {
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
impl rt::Object for WorkbookFunctionsPercentileExcParams {
    const TYPE_NAME: &'static str = "microsoft.graph.percentile_Exc(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["array", "k"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"array\":                        ",
        ",\"k\":                            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.percentile_Exc(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "array", &self.array);
        v.field(1usize, "k", &self.k);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsPercentileExcParams {
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
rt::impl_object!(WorkbookFunctionsPercentileExcParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsPercentileExcParams { with_array array : rt::RawJson; with_k k :
    rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsPercentileExcParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.percentile_Inc`.
/// - `array`: `Edm.Untyped`
/// - `k`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsPercentileIncParams {
    /// CSDL: property `array`: `Edm.Untyped`, nullable.
    pub array: rt::Field<rt::RawJson>,
    /// CSDL: property `k`: `Edm.Untyped`, nullable.
    pub k: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsPercentileIncParams {
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
impl rt::Object for WorkbookFunctionsPercentileIncParams {
    const TYPE_NAME: &'static str = "microsoft.graph.percentile_Inc(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["array", "k"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"array\":                        ",
        ",\"k\":                            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.percentile_Inc(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "array", &self.array);
        v.field(1usize, "k", &self.k);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsPercentileIncParams {
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
rt::impl_object!(WorkbookFunctionsPercentileIncParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsPercentileIncParams { with_array array : rt::RawJson; with_k k :
    rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsPercentileIncParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.permut`.
/// - `number`: `Edm.Untyped`
/// - `numberChosen`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsPermutParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// CSDL: property `numberChosen`: `Edm.Untyped`, nullable.
    pub number_chosen: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsPermutParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            number_chosen: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsPermutParams {
    const TYPE_NAME: &'static str = "microsoft.graph.permut(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "numberChosen"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"numberChosen\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.permut(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "number_chosen", &self.number_chosen);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsPermutParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsPermutParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsPermutParams { with_number number : rt::RawJson; with_number_chosen
    number_chosen : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsPermutParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.permutationa`.
/// - `number`: `Edm.Untyped`
/// - `numberChosen`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsPermutationaParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// CSDL: property `numberChosen`: `Edm.Untyped`, nullable.
    pub number_chosen: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsPermutationaParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            number_chosen: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsPermutationaParams {
    const TYPE_NAME: &'static str = "microsoft.graph.permutationa(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "numberChosen"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"numberChosen\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.permutationa(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "number_chosen", &self.number_chosen);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsPermutationaParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsPermutationaParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsPermutationaParams { with_number number : rt::RawJson;
    with_number_chosen number_chosen : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsPermutationaParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.phi`.
/// - `x`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsPhiParams {
    /// CSDL: property `x`: `Edm.Untyped`, nullable.
    pub x: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsPhiParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsPhiParams {
    const TYPE_NAME: &'static str = "microsoft.graph.phi(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x"];
    const KEYS_JSON: &'static [&'static str] = &[",\"x\":                            "];
    const TAG: &'static str = "\"#microsoft.graph.phi(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsPhiParams {
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
rt::impl_object!(WorkbookFunctionsPhiParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsPhiParams { with_x x : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsPhiParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.pmt`.
/// - `rate`: `Edm.Untyped`
/// - `nper`: `Edm.Untyped`
/// - `pv`: `Edm.Untyped`
/// - `fv`: `Edm.Untyped`
/// - `type`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsPmtParams {
    /// CSDL: property `rate`: `Edm.Untyped`, nullable.
    pub rate: rt::Field<rt::RawJson>,
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
impl ::std::default::Default for WorkbookFunctionsPmtParams {
    #[inline]
    fn default() -> Self {
        Self {
            rate: rt::Field::Absent,
            nper: rt::Field::Absent,
            pv: rt::Field::Absent,
            fv: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsPmtParams {
    const TYPE_NAME: &'static str = "microsoft.graph.pmt(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["rate", "nper", "pv", "fv", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"rate\":                         ",
        ",\"nper\":                         ",
        ",\"pv\":                           ",
        ",\"fv\":                           ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.pmt(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "rate", &self.rate);
        v.field(1usize, "nper", &self.nper);
        v.field(2usize, "pv", &self.pv);
        v.field(3usize, "fv", &self.fv);
        v.field(4usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsPmtParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.rate.read_from(r),
            1usize => self.nper.read_from(r),
            2usize => self.pv.read_from(r),
            3usize => self.fv.read_from(r),
            4usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.rate);
        w.field(1usize, &self.nper);
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
rt::impl_object!(WorkbookFunctionsPmtParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsPmtParams { with_rate rate : rt::RawJson; with_nper nper :
    rt::RawJson; with_pv pv : rt::RawJson; with_fv fv : rt::RawJson; with_type type_ :
    rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsPmtParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.poisson_Dist`.
/// - `x`: `Edm.Untyped`
/// - `mean`: `Edm.Untyped`
/// - `cumulative`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsPoissonDistParams {
    /// CSDL: property `x`: `Edm.Untyped`, nullable.
    pub x: rt::Field<rt::RawJson>,
    /// CSDL: property `mean`: `Edm.Untyped`, nullable.
    pub mean: rt::Field<rt::RawJson>,
    /// CSDL: property `cumulative`: `Edm.Untyped`, nullable.
    pub cumulative: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsPoissonDistParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            mean: rt::Field::Absent,
            cumulative: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsPoissonDistParams {
    const TYPE_NAME: &'static str = "microsoft.graph.poisson_Dist(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x", "mean", "cumulative"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"x\":                            ",
        ",\"mean\":                         ",
        ",\"cumulative\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.poisson_Dist(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
        v.field(1usize, "mean", &self.mean);
        v.field(2usize, "cumulative", &self.cumulative);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsPoissonDistParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.x.read_from(r),
            1usize => self.mean.read_from(r),
            2usize => self.cumulative.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.x);
        w.field(1usize, &self.mean);
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsPoissonDistParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsPoissonDistParams { with_x x : rt::RawJson; with_mean mean :
    rt::RawJson; with_cumulative cumulative : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsPoissonDistParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.power`.
/// - `number`: `Edm.Untyped`
/// - `power`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsPowerParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// CSDL: property `power`: `Edm.Untyped`, nullable.
    pub power: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsPowerParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            power: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsPowerParams {
    const TYPE_NAME: &'static str = "microsoft.graph.power(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "power"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"power\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.power(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "power", &self.power);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsPowerParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.power.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.power);
    }
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
rt::impl_object!(WorkbookFunctionsPowerParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsPowerParams { with_number number : rt::RawJson; with_power power :
    rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsPowerParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.ppmt`.
/// - `rate`: `Edm.Untyped`
/// - `per`: `Edm.Untyped`
/// - `nper`: `Edm.Untyped`
/// - `pv`: `Edm.Untyped`
/// - `fv`: `Edm.Untyped`
/// - `type`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsPpmtParams {
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
impl ::std::default::Default for WorkbookFunctionsPpmtParams {
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
impl rt::Object for WorkbookFunctionsPpmtParams {
    const TYPE_NAME: &'static str = "microsoft.graph.ppmt(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["rate", "per", "nper", "pv", "fv", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"rate\":                         ",
        ",\"per\":                          ",
        ",\"nper\":                         ",
        ",\"pv\":                           ",
        ",\"fv\":                           ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.ppmt(microsoft.graph.workbookFunctions)\"";
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
impl rt::object::Members for WorkbookFunctionsPpmtParams {
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
rt::impl_object!(WorkbookFunctionsPpmtParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsPpmtParams { with_rate rate : rt::RawJson; with_per per :
    rt::RawJson; with_nper nper : rt::RawJson; with_pv pv : rt::RawJson; with_fv fv :
    rt::RawJson; with_type type_ : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsPpmtParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.price`.
/// - `settlement`: `Edm.Untyped`
/// - `maturity`: `Edm.Untyped`
/// - `rate`: `Edm.Untyped`
/// - `yld`: `Edm.Untyped`
/// - `redemption`: `Edm.Untyped`
/// - `frequency`: `Edm.Untyped`
/// - `basis`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsPriceParams {
    /// CSDL: property `settlement`: `Edm.Untyped`, nullable.
    pub settlement: rt::Field<rt::RawJson>,
    /// CSDL: property `maturity`: `Edm.Untyped`, nullable.
    pub maturity: rt::Field<rt::RawJson>,
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
impl ::std::default::Default for WorkbookFunctionsPriceParams {
    #[inline]
    fn default() -> Self {
        Self {
            settlement: rt::Field::Absent,
            maturity: rt::Field::Absent,
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
impl rt::Object for WorkbookFunctionsPriceParams {
    const TYPE_NAME: &'static str = "microsoft.graph.price(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "settlement",
        "maturity",
        "rate",
        "yld",
        "redemption",
        "frequency",
        "basis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settlement\":                   ",
        ",\"maturity\":                     ",
        ",\"rate\":                         ",
        ",\"yld\":                          ",
        ",\"redemption\":                   ",
        ",\"frequency\":                    ",
        ",\"basis\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.price(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "settlement", &self.settlement);
        v.field(1usize, "maturity", &self.maturity);
        v.field(2usize, "rate", &self.rate);
        v.field(3usize, "yld", &self.yld);
        v.field(4usize, "redemption", &self.redemption);
        v.field(5usize, "frequency", &self.frequency);
        v.field(6usize, "basis", &self.basis);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsPriceParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.settlement.read_from(r),
            1usize => self.maturity.read_from(r),
            2usize => self.rate.read_from(r),
            3usize => self.yld.read_from(r),
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
        w.field(3usize, &self.yld);
        w.field(4usize, &self.redemption);
        w.field(5usize, &self.frequency);
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsPriceParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsPriceParams { with_settlement settlement : rt::RawJson;
    with_maturity maturity : rt::RawJson; with_rate rate : rt::RawJson; with_yld yld :
    rt::RawJson; with_redemption redemption : rt::RawJson; with_frequency frequency :
    rt::RawJson; with_basis basis : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsPriceParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.priceDisc`.
/// - `settlement`: `Edm.Untyped`
/// - `maturity`: `Edm.Untyped`
/// - `discount`: `Edm.Untyped`
/// - `redemption`: `Edm.Untyped`
/// - `basis`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsPriceDiscParams {
    /// CSDL: property `settlement`: `Edm.Untyped`, nullable.
    pub settlement: rt::Field<rt::RawJson>,
    /// CSDL: property `maturity`: `Edm.Untyped`, nullable.
    pub maturity: rt::Field<rt::RawJson>,
    /// CSDL: property `discount`: `Edm.Untyped`, nullable.
    pub discount: rt::Field<rt::RawJson>,
    /// CSDL: property `redemption`: `Edm.Untyped`, nullable.
    pub redemption: rt::Field<rt::RawJson>,
    /// CSDL: property `basis`: `Edm.Untyped`, nullable.
    pub basis: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsPriceDiscParams {
    #[inline]
    fn default() -> Self {
        Self {
            settlement: rt::Field::Absent,
            maturity: rt::Field::Absent,
            discount: rt::Field::Absent,
            redemption: rt::Field::Absent,
            basis: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsPriceDiscParams {
    const TYPE_NAME: &'static str = "microsoft.graph.priceDisc(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "settlement",
        "maturity",
        "discount",
        "redemption",
        "basis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settlement\":                   ",
        ",\"maturity\":                     ",
        ",\"discount\":                     ",
        ",\"redemption\":                   ",
        ",\"basis\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.priceDisc(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "settlement", &self.settlement);
        v.field(1usize, "maturity", &self.maturity);
        v.field(2usize, "discount", &self.discount);
        v.field(3usize, "redemption", &self.redemption);
        v.field(4usize, "basis", &self.basis);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsPriceDiscParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.settlement.read_from(r),
            1usize => self.maturity.read_from(r),
            2usize => self.discount.read_from(r),
            3usize => self.redemption.read_from(r),
            4usize => self.basis.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.settlement);
        w.field(1usize, &self.maturity);
        w.field(2usize, &self.discount);
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
rt::impl_object!(WorkbookFunctionsPriceDiscParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsPriceDiscParams { with_settlement settlement : rt::RawJson;
    with_maturity maturity : rt::RawJson; with_discount discount : rt::RawJson;
    with_redemption redemption : rt::RawJson; with_basis basis : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsPriceDiscParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.priceMat`.
/// - `settlement`: `Edm.Untyped`
/// - `maturity`: `Edm.Untyped`
/// - `issue`: `Edm.Untyped`
/// - `rate`: `Edm.Untyped`
/// - `yld`: `Edm.Untyped`
/// - `basis`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsPriceMatParams {
    /// CSDL: property `settlement`: `Edm.Untyped`, nullable.
    pub settlement: rt::Field<rt::RawJson>,
    /// CSDL: property `maturity`: `Edm.Untyped`, nullable.
    pub maturity: rt::Field<rt::RawJson>,
    /// CSDL: property `issue`: `Edm.Untyped`, nullable.
    pub issue: rt::Field<rt::RawJson>,
    /// CSDL: property `rate`: `Edm.Untyped`, nullable.
    pub rate: rt::Field<rt::RawJson>,
    /// CSDL: property `yld`: `Edm.Untyped`, nullable.
    pub yld: rt::Field<rt::RawJson>,
    /// CSDL: property `basis`: `Edm.Untyped`, nullable.
    pub basis: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsPriceMatParams {
    #[inline]
    fn default() -> Self {
        Self {
            settlement: rt::Field::Absent,
            maturity: rt::Field::Absent,
            issue: rt::Field::Absent,
            rate: rt::Field::Absent,
            yld: rt::Field::Absent,
            basis: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsPriceMatParams {
    const TYPE_NAME: &'static str = "microsoft.graph.priceMat(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "settlement",
        "maturity",
        "issue",
        "rate",
        "yld",
        "basis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settlement\":                   ",
        ",\"maturity\":                     ",
        ",\"issue\":                        ",
        ",\"rate\":                         ",
        ",\"yld\":                          ",
        ",\"basis\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.priceMat(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "settlement", &self.settlement);
        v.field(1usize, "maturity", &self.maturity);
        v.field(2usize, "issue", &self.issue);
        v.field(3usize, "rate", &self.rate);
        v.field(4usize, "yld", &self.yld);
        v.field(5usize, "basis", &self.basis);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsPriceMatParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.settlement.read_from(r),
            1usize => self.maturity.read_from(r),
            2usize => self.issue.read_from(r),
            3usize => self.rate.read_from(r),
            4usize => self.yld.read_from(r),
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
        w.field(4usize, &self.yld);
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
rt::impl_object!(WorkbookFunctionsPriceMatParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsPriceMatParams { with_settlement settlement : rt::RawJson;
    with_maturity maturity : rt::RawJson; with_issue issue : rt::RawJson; with_rate rate
    : rt::RawJson; with_yld yld : rt::RawJson; with_basis basis : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsPriceMatParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.product`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsProductParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsProductParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsProductParams {
    const TYPE_NAME: &'static str = "microsoft.graph.product(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.product(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsProductParams {
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
rt::impl_object!(WorkbookFunctionsProductParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsProductParams { with_values values : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsProductParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.proper`.
/// - `text`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsProperParams {
    /// CSDL: property `text`: `Edm.Untyped`, nullable.
    pub text: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsProperParams {
    #[inline]
    fn default() -> Self {
        Self {
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsProperParams {
    const TYPE_NAME: &'static str = "microsoft.graph.proper(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text"];
    const KEYS_JSON: &'static [&'static str] = &[",\"text\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.proper(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "text", &self.text);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsProperParams {
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
rt::impl_object!(WorkbookFunctionsProperParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsProperParams { with_text text : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsProperParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.pv`.
/// - `rate`: `Edm.Untyped`
/// - `nper`: `Edm.Untyped`
/// - `pmt`: `Edm.Untyped`
/// - `fv`: `Edm.Untyped`
/// - `type`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsPvParams {
    /// CSDL: property `rate`: `Edm.Untyped`, nullable.
    pub rate: rt::Field<rt::RawJson>,
    /// CSDL: property `nper`: `Edm.Untyped`, nullable.
    pub nper: rt::Field<rt::RawJson>,
    /// CSDL: property `pmt`: `Edm.Untyped`, nullable.
    pub pmt: rt::Field<rt::RawJson>,
    /// CSDL: property `fv`: `Edm.Untyped`, nullable.
    pub fv: rt::Field<rt::RawJson>,
    /// CSDL: property `type`: `Edm.Untyped`, nullable.
    pub type_: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsPvParams {
    #[inline]
    fn default() -> Self {
        Self {
            rate: rt::Field::Absent,
            nper: rt::Field::Absent,
            pmt: rt::Field::Absent,
            fv: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsPvParams {
    const TYPE_NAME: &'static str = "microsoft.graph.pv(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["rate", "nper", "pmt", "fv", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"rate\":                         ",
        ",\"nper\":                         ",
        ",\"pmt\":                          ",
        ",\"fv\":                           ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.pv(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "rate", &self.rate);
        v.field(1usize, "nper", &self.nper);
        v.field(2usize, "pmt", &self.pmt);
        v.field(3usize, "fv", &self.fv);
        v.field(4usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsPvParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.rate.read_from(r),
            1usize => self.nper.read_from(r),
            2usize => self.pmt.read_from(r),
            3usize => self.fv.read_from(r),
            4usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.rate);
        w.field(1usize, &self.nper);
        w.field(2usize, &self.pmt);
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
rt::impl_object!(WorkbookFunctionsPvParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsPvParams { with_rate rate : rt::RawJson; with_nper nper :
    rt::RawJson; with_pmt pmt : rt::RawJson; with_fv fv : rt::RawJson; with_type type_ :
    rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsPvParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.quartile_Exc`.
/// - `array`: `Edm.Untyped`
/// - `quart`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsQuartileExcParams {
    /// CSDL: property `array`: `Edm.Untyped`, nullable.
    pub array: rt::Field<rt::RawJson>,
    /// CSDL: property `quart`: `Edm.Untyped`, nullable.
    pub quart: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsQuartileExcParams {
    #[inline]
    fn default() -> Self {
        Self {
            array: rt::Field::Absent,
            quart: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsQuartileExcParams {
    const TYPE_NAME: &'static str = "microsoft.graph.quartile_Exc(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["array", "quart"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"array\":                        ",
        ",\"quart\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.quartile_Exc(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "array", &self.array);
        v.field(1usize, "quart", &self.quart);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsQuartileExcParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.array.read_from(r),
            1usize => self.quart.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.array);
        w.field(1usize, &self.quart);
    }
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
rt::impl_object!(WorkbookFunctionsQuartileExcParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsQuartileExcParams { with_array array : rt::RawJson; with_quart quart
    : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsQuartileExcParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.quartile_Inc`.
/// - `array`: `Edm.Untyped`
/// - `quart`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsQuartileIncParams {
    /// CSDL: property `array`: `Edm.Untyped`, nullable.
    pub array: rt::Field<rt::RawJson>,
    /// CSDL: property `quart`: `Edm.Untyped`, nullable.
    pub quart: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsQuartileIncParams {
    #[inline]
    fn default() -> Self {
        Self {
            array: rt::Field::Absent,
            quart: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsQuartileIncParams {
    const TYPE_NAME: &'static str = "microsoft.graph.quartile_Inc(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["array", "quart"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"array\":                        ",
        ",\"quart\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.quartile_Inc(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "array", &self.array);
        v.field(1usize, "quart", &self.quart);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsQuartileIncParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.array.read_from(r),
            1usize => self.quart.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.array);
        w.field(1usize, &self.quart);
    }
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
rt::impl_object!(WorkbookFunctionsQuartileIncParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsQuartileIncParams { with_array array : rt::RawJson; with_quart quart
    : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsQuartileIncParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.quotient`.
/// - `numerator`: `Edm.Untyped`
/// - `denominator`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsQuotientParams {
    /// CSDL: property `numerator`: `Edm.Untyped`, nullable.
    pub numerator: rt::Field<rt::RawJson>,
    /// CSDL: property `denominator`: `Edm.Untyped`, nullable.
    pub denominator: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsQuotientParams {
    #[inline]
    fn default() -> Self {
        Self {
            numerator: rt::Field::Absent,
            denominator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsQuotientParams {
    const TYPE_NAME: &'static str = "microsoft.graph.quotient(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["numerator", "denominator"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"numerator\":                    ",
        ",\"denominator\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.quotient(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "numerator", &self.numerator);
        v.field(1usize, "denominator", &self.denominator);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsQuotientParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.numerator.read_from(r),
            1usize => self.denominator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.numerator);
        w.field(1usize, &self.denominator);
    }
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
rt::impl_object!(WorkbookFunctionsQuotientParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsQuotientParams { with_numerator numerator : rt::RawJson;
    with_denominator denominator : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsQuotientParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.radians`.
/// - `angle`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsRadiansParams {
    /// CSDL: property `angle`: `Edm.Untyped`, nullable.
    pub angle: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsRadiansParams {
    #[inline]
    fn default() -> Self {
        Self {
            angle: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsRadiansParams {
    const TYPE_NAME: &'static str = "microsoft.graph.radians(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["angle"];
    const KEYS_JSON: &'static [&'static str] = &[",\"angle\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.radians(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "angle", &self.angle);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsRadiansParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsRadiansParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsRadiansParams { with_angle angle : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsRadiansParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.randBetween`.
/// - `bottom`: `Edm.Untyped`
/// - `top`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsRandBetweenParams {
    /// CSDL: property `bottom`: `Edm.Untyped`, nullable.
    pub bottom: rt::Field<rt::RawJson>,
    /// CSDL: property `top`: `Edm.Untyped`, nullable.
    pub top: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsRandBetweenParams {
    #[inline]
    fn default() -> Self {
        Self {
            bottom: rt::Field::Absent,
            top: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsRandBetweenParams {
    const TYPE_NAME: &'static str = "microsoft.graph.randBetween(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["bottom", "top"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"bottom\":                       ",
        ",\"top\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.randBetween(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "bottom", &self.bottom);
        v.field(1usize, "top", &self.top);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsRandBetweenParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.bottom.read_from(r),
            1usize => self.top.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.bottom);
        w.field(1usize, &self.top);
    }
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
rt::impl_object!(WorkbookFunctionsRandBetweenParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsRandBetweenParams { with_bottom bottom : rt::RawJson; with_top top :
    rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsRandBetweenParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.rank_Avg`.
/// - `number`: `Edm.Untyped`
/// - `ref`: `Edm.Untyped`
/// - `order`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsRankAvgParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// CSDL: property `ref`: `Edm.Untyped`, nullable.
    pub ref_: rt::Field<rt::RawJson>,
    /// CSDL: property `order`: `Edm.Untyped`, nullable.
    pub order: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsRankAvgParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            ref_: rt::Field::Absent,
            order: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsRankAvgParams {
    const TYPE_NAME: &'static str = "microsoft.graph.rank_Avg(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "ref", "order"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"ref\":                          ",
        ",\"order\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.rank_Avg(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "ref_", &self.ref_);
        v.field(2usize, "order", &self.order);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsRankAvgParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.ref_.read_from(r),
            2usize => self.order.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.ref_);
        w.field(2usize, &self.order);
    }
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
rt::impl_object!(WorkbookFunctionsRankAvgParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsRankAvgParams { with_number number : rt::RawJson; with_ref ref_ :
    rt::RawJson; with_order order : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsRankAvgParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.rank_Eq`.
/// - `number`: `Edm.Untyped`
/// - `ref`: `Edm.Untyped`
/// - `order`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsRankEqParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// CSDL: property `ref`: `Edm.Untyped`, nullable.
    pub ref_: rt::Field<rt::RawJson>,
    /// CSDL: property `order`: `Edm.Untyped`, nullable.
    pub order: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsRankEqParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            ref_: rt::Field::Absent,
            order: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsRankEqParams {
    const TYPE_NAME: &'static str = "microsoft.graph.rank_Eq(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "ref", "order"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"ref\":                          ",
        ",\"order\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.rank_Eq(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "ref_", &self.ref_);
        v.field(2usize, "order", &self.order);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsRankEqParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.ref_.read_from(r),
            2usize => self.order.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.ref_);
        w.field(2usize, &self.order);
    }
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
rt::impl_object!(WorkbookFunctionsRankEqParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsRankEqParams { with_number number : rt::RawJson; with_ref ref_ :
    rt::RawJson; with_order order : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsRankEqParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.rate`.
/// - `nper`: `Edm.Untyped`
/// - `pmt`: `Edm.Untyped`
/// - `pv`: `Edm.Untyped`
/// - `fv`: `Edm.Untyped`
/// - `type`: `Edm.Untyped`
/// - `guess`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsRateParams {
    /// CSDL: property `nper`: `Edm.Untyped`, nullable.
    pub nper: rt::Field<rt::RawJson>,
    /// CSDL: property `pmt`: `Edm.Untyped`, nullable.
    pub pmt: rt::Field<rt::RawJson>,
    /// CSDL: property `pv`: `Edm.Untyped`, nullable.
    pub pv: rt::Field<rt::RawJson>,
    /// CSDL: property `fv`: `Edm.Untyped`, nullable.
    pub fv: rt::Field<rt::RawJson>,
    /// CSDL: property `type`: `Edm.Untyped`, nullable.
    pub type_: rt::Field<rt::RawJson>,
    /// CSDL: property `guess`: `Edm.Untyped`, nullable.
    pub guess: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsRateParams {
    #[inline]
    fn default() -> Self {
        Self {
            nper: rt::Field::Absent,
            pmt: rt::Field::Absent,
            pv: rt::Field::Absent,
            fv: rt::Field::Absent,
            type_: rt::Field::Absent,
            guess: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsRateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.rate(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["nper", "pmt", "pv", "fv", "type", "guess"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"nper\":                         ",
        ",\"pmt\":                          ",
        ",\"pv\":                           ",
        ",\"fv\":                           ",
        ",\"type\":                         ",
        ",\"guess\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.rate(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "nper", &self.nper);
        v.field(1usize, "pmt", &self.pmt);
        v.field(2usize, "pv", &self.pv);
        v.field(3usize, "fv", &self.fv);
        v.field(4usize, "type_", &self.type_);
        v.field(5usize, "guess", &self.guess);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsRateParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.nper.read_from(r),
            1usize => self.pmt.read_from(r),
            2usize => self.pv.read_from(r),
            3usize => self.fv.read_from(r),
            4usize => self.type_.read_from(r),
            5usize => self.guess.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.nper);
        w.field(1usize, &self.pmt);
        w.field(2usize, &self.pv);
        w.field(3usize, &self.fv);
        w.field(4usize, &self.type_);
        w.field(5usize, &self.guess);
    }
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
rt::impl_object!(WorkbookFunctionsRateParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsRateParams { with_nper nper : rt::RawJson; with_pmt pmt :
    rt::RawJson; with_pv pv : rt::RawJson; with_fv fv : rt::RawJson; with_type type_ :
    rt::RawJson; with_guess guess : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsRateParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.received`.
/// - `settlement`: `Edm.Untyped`
/// - `maturity`: `Edm.Untyped`
/// - `investment`: `Edm.Untyped`
/// - `discount`: `Edm.Untyped`
/// - `basis`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsReceivedParams {
    /// CSDL: property `settlement`: `Edm.Untyped`, nullable.
    pub settlement: rt::Field<rt::RawJson>,
    /// CSDL: property `maturity`: `Edm.Untyped`, nullable.
    pub maturity: rt::Field<rt::RawJson>,
    /// CSDL: property `investment`: `Edm.Untyped`, nullable.
    pub investment: rt::Field<rt::RawJson>,
    /// CSDL: property `discount`: `Edm.Untyped`, nullable.
    pub discount: rt::Field<rt::RawJson>,
    /// CSDL: property `basis`: `Edm.Untyped`, nullable.
    pub basis: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsReceivedParams {
    #[inline]
    fn default() -> Self {
        Self {
            settlement: rt::Field::Absent,
            maturity: rt::Field::Absent,
            investment: rt::Field::Absent,
            discount: rt::Field::Absent,
            basis: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsReceivedParams {
    const TYPE_NAME: &'static str = "microsoft.graph.received(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "settlement",
        "maturity",
        "investment",
        "discount",
        "basis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settlement\":                   ",
        ",\"maturity\":                     ",
        ",\"investment\":                   ",
        ",\"discount\":                     ",
        ",\"basis\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.received(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "settlement", &self.settlement);
        v.field(1usize, "maturity", &self.maturity);
        v.field(2usize, "investment", &self.investment);
        v.field(3usize, "discount", &self.discount);
        v.field(4usize, "basis", &self.basis);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsReceivedParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.settlement.read_from(r),
            1usize => self.maturity.read_from(r),
            2usize => self.investment.read_from(r),
            3usize => self.discount.read_from(r),
            4usize => self.basis.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.settlement);
        w.field(1usize, &self.maturity);
        w.field(2usize, &self.investment);
        w.field(3usize, &self.discount);
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
rt::impl_object!(WorkbookFunctionsReceivedParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsReceivedParams { with_settlement settlement : rt::RawJson;
    with_maturity maturity : rt::RawJson; with_investment investment : rt::RawJson;
    with_discount discount : rt::RawJson; with_basis basis : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsReceivedParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.replace`.
/// - `oldText`: `Edm.Untyped`
/// - `startNum`: `Edm.Untyped`
/// - `numChars`: `Edm.Untyped`
/// - `newText`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsReplaceParams {
    /// CSDL: property `oldText`: `Edm.Untyped`, nullable.
    pub old_text: rt::Field<rt::RawJson>,
    /// CSDL: property `startNum`: `Edm.Untyped`, nullable.
    pub start_num: rt::Field<rt::RawJson>,
    /// CSDL: property `numChars`: `Edm.Untyped`, nullable.
    pub num_chars: rt::Field<rt::RawJson>,
    /// CSDL: property `newText`: `Edm.Untyped`, nullable.
    pub new_text: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsReplaceParams {
    #[inline]
    fn default() -> Self {
        Self {
            old_text: rt::Field::Absent,
            start_num: rt::Field::Absent,
            num_chars: rt::Field::Absent,
            new_text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsReplaceParams {
    const TYPE_NAME: &'static str = "microsoft.graph.replace(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "oldText",
        "startNum",
        "numChars",
        "newText",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"oldText\":                      ",
        ",\"startNum\":                     ",
        ",\"numChars\":                     ",
        ",\"newText\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.replace(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "old_text", &self.old_text);
        v.field(1usize, "start_num", &self.start_num);
        v.field(2usize, "num_chars", &self.num_chars);
        v.field(3usize, "new_text", &self.new_text);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsReplaceParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.old_text.read_from(r),
            1usize => self.start_num.read_from(r),
            2usize => self.num_chars.read_from(r),
            3usize => self.new_text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.old_text);
        w.field(1usize, &self.start_num);
        w.field(2usize, &self.num_chars);
        w.field(3usize, &self.new_text);
    }
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
rt::impl_object!(WorkbookFunctionsReplaceParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsReplaceParams { with_old_text old_text : rt::RawJson; with_start_num
    start_num : rt::RawJson; with_num_chars num_chars : rt::RawJson; with_new_text
    new_text : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsReplaceParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.replaceB`.
/// - `oldText`: `Edm.Untyped`
/// - `startNum`: `Edm.Untyped`
/// - `numBytes`: `Edm.Untyped`
/// - `newText`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsReplaceBParams {
    /// CSDL: property `oldText`: `Edm.Untyped`, nullable.
    pub old_text: rt::Field<rt::RawJson>,
    /// CSDL: property `startNum`: `Edm.Untyped`, nullable.
    pub start_num: rt::Field<rt::RawJson>,
    /// CSDL: property `numBytes`: `Edm.Untyped`, nullable.
    pub num_bytes: rt::Field<rt::RawJson>,
    /// CSDL: property `newText`: `Edm.Untyped`, nullable.
    pub new_text: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsReplaceBParams {
    #[inline]
    fn default() -> Self {
        Self {
            old_text: rt::Field::Absent,
            start_num: rt::Field::Absent,
            num_bytes: rt::Field::Absent,
            new_text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsReplaceBParams {
    const TYPE_NAME: &'static str = "microsoft.graph.replaceB(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "oldText",
        "startNum",
        "numBytes",
        "newText",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"oldText\":                      ",
        ",\"startNum\":                     ",
        ",\"numBytes\":                     ",
        ",\"newText\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.replaceB(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "old_text", &self.old_text);
        v.field(1usize, "start_num", &self.start_num);
        v.field(2usize, "num_bytes", &self.num_bytes);
        v.field(3usize, "new_text", &self.new_text);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsReplaceBParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.old_text.read_from(r),
            1usize => self.start_num.read_from(r),
            2usize => self.num_bytes.read_from(r),
            3usize => self.new_text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.old_text);
        w.field(1usize, &self.start_num);
        w.field(2usize, &self.num_bytes);
        w.field(3usize, &self.new_text);
    }
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
rt::impl_object!(WorkbookFunctionsReplaceBParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsReplaceBParams { with_old_text old_text : rt::RawJson;
    with_start_num start_num : rt::RawJson; with_num_bytes num_bytes : rt::RawJson;
    with_new_text new_text : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsReplaceBParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.rept`.
/// - `text`: `Edm.Untyped`
/// - `numberTimes`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsReptParams {
    /// CSDL: property `text`: `Edm.Untyped`, nullable.
    pub text: rt::Field<rt::RawJson>,
    /// CSDL: property `numberTimes`: `Edm.Untyped`, nullable.
    pub number_times: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsReptParams {
    #[inline]
    fn default() -> Self {
        Self {
            text: rt::Field::Absent,
            number_times: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsReptParams {
    const TYPE_NAME: &'static str = "microsoft.graph.rept(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text", "numberTimes"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"text\":                         ",
        ",\"numberTimes\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.rept(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "text", &self.text);
        v.field(1usize, "number_times", &self.number_times);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsReptParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.text.read_from(r),
            1usize => self.number_times.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.text);
        w.field(1usize, &self.number_times);
    }
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
rt::impl_object!(WorkbookFunctionsReptParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsReptParams { with_text text : rt::RawJson; with_number_times
    number_times : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsReptParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.right`.
/// - `text`: `Edm.Untyped`
/// - `numChars`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsRightParams {
    /// CSDL: property `text`: `Edm.Untyped`, nullable.
    pub text: rt::Field<rt::RawJson>,
    /// CSDL: property `numChars`: `Edm.Untyped`, nullable.
    pub num_chars: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsRightParams {
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
impl rt::Object for WorkbookFunctionsRightParams {
    const TYPE_NAME: &'static str = "microsoft.graph.right(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text", "numChars"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"text\":                         ",
        ",\"numChars\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.right(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "text", &self.text);
        v.field(1usize, "num_chars", &self.num_chars);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsRightParams {
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
rt::impl_object!(WorkbookFunctionsRightParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsRightParams { with_text text : rt::RawJson; with_num_chars num_chars
    : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsRightParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.rightb`.
/// - `text`: `Edm.Untyped`
/// - `numBytes`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsRightbParams {
    /// CSDL: property `text`: `Edm.Untyped`, nullable.
    pub text: rt::Field<rt::RawJson>,
    /// CSDL: property `numBytes`: `Edm.Untyped`, nullable.
    pub num_bytes: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsRightbParams {
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
impl rt::Object for WorkbookFunctionsRightbParams {
    const TYPE_NAME: &'static str = "microsoft.graph.rightb(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text", "numBytes"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"text\":                         ",
        ",\"numBytes\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.rightb(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "text", &self.text);
        v.field(1usize, "num_bytes", &self.num_bytes);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsRightbParams {
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
rt::impl_object!(WorkbookFunctionsRightbParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsRightbParams { with_text text : rt::RawJson; with_num_bytes
    num_bytes : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsRightbParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.roman`.
/// - `number`: `Edm.Untyped`
/// - `form`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsRomanParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// CSDL: property `form`: `Edm.Untyped`, nullable.
    pub form: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsRomanParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            form: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsRomanParams {
    const TYPE_NAME: &'static str = "microsoft.graph.roman(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "form"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"form\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.roman(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "form", &self.form);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsRomanParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.form.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.form);
    }
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
rt::impl_object!(WorkbookFunctionsRomanParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsRomanParams { with_number number : rt::RawJson; with_form form :
    rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsRomanParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.round`.
/// - `number`: `Edm.Untyped`
/// - `numDigits`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsRoundParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// CSDL: property `numDigits`: `Edm.Untyped`, nullable.
    pub num_digits: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsRoundParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            num_digits: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsRoundParams {
    const TYPE_NAME: &'static str = "microsoft.graph.round(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "numDigits"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"numDigits\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.round(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "num_digits", &self.num_digits);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsRoundParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.num_digits.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.num_digits);
    }
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
rt::impl_object!(WorkbookFunctionsRoundParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsRoundParams { with_number number : rt::RawJson; with_num_digits
    num_digits : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsRoundParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.roundDown`.
/// - `number`: `Edm.Untyped`
/// - `numDigits`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsRoundDownParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// CSDL: property `numDigits`: `Edm.Untyped`, nullable.
    pub num_digits: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsRoundDownParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            num_digits: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsRoundDownParams {
    const TYPE_NAME: &'static str = "microsoft.graph.roundDown(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "numDigits"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"numDigits\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.roundDown(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "num_digits", &self.num_digits);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsRoundDownParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.num_digits.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.num_digits);
    }
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
rt::impl_object!(WorkbookFunctionsRoundDownParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsRoundDownParams { with_number number : rt::RawJson; with_num_digits
    num_digits : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsRoundDownParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.roundUp`.
/// - `number`: `Edm.Untyped`
/// - `numDigits`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsRoundUpParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// CSDL: property `numDigits`: `Edm.Untyped`, nullable.
    pub num_digits: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsRoundUpParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            num_digits: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsRoundUpParams {
    const TYPE_NAME: &'static str = "microsoft.graph.roundUp(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "numDigits"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"numDigits\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.roundUp(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "num_digits", &self.num_digits);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsRoundUpParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.num_digits.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.num_digits);
    }
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
rt::impl_object!(WorkbookFunctionsRoundUpParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsRoundUpParams { with_number number : rt::RawJson; with_num_digits
    num_digits : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsRoundUpParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.rows`.
/// - `array`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsRowsParams {
    /// CSDL: property `array`: `Edm.Untyped`, nullable.
    pub array: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsRowsParams {
    #[inline]
    fn default() -> Self {
        Self {
            array: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsRowsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.rows(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["array"];
    const KEYS_JSON: &'static [&'static str] = &[",\"array\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.rows(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "array", &self.array);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsRowsParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsRowsParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsRowsParams { with_array array : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsRowsParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.rri`.
/// - `nper`: `Edm.Untyped`
/// - `pv`: `Edm.Untyped`
/// - `fv`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsRriParams {
    /// CSDL: property `nper`: `Edm.Untyped`, nullable.
    pub nper: rt::Field<rt::RawJson>,
    /// CSDL: property `pv`: `Edm.Untyped`, nullable.
    pub pv: rt::Field<rt::RawJson>,
    /// CSDL: property `fv`: `Edm.Untyped`, nullable.
    pub fv: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsRriParams {
    #[inline]
    fn default() -> Self {
        Self {
            nper: rt::Field::Absent,
            pv: rt::Field::Absent,
            fv: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsRriParams {
    const TYPE_NAME: &'static str = "microsoft.graph.rri(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["nper", "pv", "fv"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"nper\":                         ",
        ",\"pv\":                           ",
        ",\"fv\":                           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.rri(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "nper", &self.nper);
        v.field(1usize, "pv", &self.pv);
        v.field(2usize, "fv", &self.fv);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsRriParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.nper.read_from(r),
            1usize => self.pv.read_from(r),
            2usize => self.fv.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.nper);
        w.field(1usize, &self.pv);
        w.field(2usize, &self.fv);
    }
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
rt::impl_object!(WorkbookFunctionsRriParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsRriParams { with_nper nper : rt::RawJson; with_pv pv : rt::RawJson;
    with_fv fv : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsRriParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.sec`.
/// - `number`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsSecParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsSecParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsSecParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sec(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.sec(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsSecParams {
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
rt::impl_object!(WorkbookFunctionsSecParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsSecParams { with_number number : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsSecParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.sech`.
/// - `number`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsSechParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsSechParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsSechParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sech(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.sech(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsSechParams {
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
rt::impl_object!(WorkbookFunctionsSechParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsSechParams { with_number number : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsSechParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.second`.
/// - `serialNumber`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsSecondParams {
    /// CSDL: property `serialNumber`: `Edm.Untyped`, nullable.
    pub serial_number: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsSecondParams {
    #[inline]
    fn default() -> Self {
        Self {
            serial_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsSecondParams {
    const TYPE_NAME: &'static str = "microsoft.graph.second(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["serialNumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"serialNumber\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.second(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "serial_number", &self.serial_number);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsSecondParams {
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
rt::impl_object!(WorkbookFunctionsSecondParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsSecondParams { with_serial_number serial_number : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsSecondParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.seriesSum`.
/// - `x`: `Edm.Untyped`
/// - `n`: `Edm.Untyped`
/// - `m`: `Edm.Untyped`
/// - `coefficients`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsSeriesSumParams {
    /// CSDL: property `x`: `Edm.Untyped`, nullable.
    pub x: rt::Field<rt::RawJson>,
    /// CSDL: property `n`: `Edm.Untyped`, nullable.
    pub n: rt::Field<rt::RawJson>,
    /// CSDL: property `m`: `Edm.Untyped`, nullable.
    pub m: rt::Field<rt::RawJson>,
    /// CSDL: property `coefficients`: `Edm.Untyped`, nullable.
    pub coefficients: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsSeriesSumParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            n: rt::Field::Absent,
            m: rt::Field::Absent,
            coefficients: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsSeriesSumParams {
    const TYPE_NAME: &'static str = "microsoft.graph.seriesSum(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x", "n", "m", "coefficients"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"x\":                            ",
        ",\"n\":                            ",
        ",\"m\":                            ",
        ",\"coefficients\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.seriesSum(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
        v.field(1usize, "n", &self.n);
        v.field(2usize, "m", &self.m);
        v.field(3usize, "coefficients", &self.coefficients);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsSeriesSumParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.x.read_from(r),
            1usize => self.n.read_from(r),
            2usize => self.m.read_from(r),
            3usize => self.coefficients.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.x);
        w.field(1usize, &self.n);
        w.field(2usize, &self.m);
        w.field(3usize, &self.coefficients);
    }
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
rt::impl_object!(WorkbookFunctionsSeriesSumParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsSeriesSumParams { with_x x : rt::RawJson; with_n n : rt::RawJson;
    with_m m : rt::RawJson; with_coefficients coefficients : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsSeriesSumParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.sheet`.
/// - `value`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsSheetParams {
    /// CSDL: property `value`: `Edm.Untyped`, nullable.
    pub value: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsSheetParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsSheetParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sheet(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.sheet(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsSheetParams {
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
rt::impl_object!(WorkbookFunctionsSheetParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsSheetParams { with_value value : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsSheetParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.sheets`.
/// - `reference`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsSheetsParams {
    /// CSDL: property `reference`: `Edm.Untyped`, nullable.
    pub reference: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsSheetsParams {
    #[inline]
    fn default() -> Self {
        Self {
            reference: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsSheetsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sheets(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["reference"];
    const KEYS_JSON: &'static [&'static str] = &[",\"reference\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.sheets(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "reference", &self.reference);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsSheetsParams {
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
rt::impl_object!(WorkbookFunctionsSheetsParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsSheetsParams { with_reference reference : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsSheetsParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.sign`.
/// - `number`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsSignParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsSignParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsSignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sign(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.sign(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsSignParams {
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
rt::impl_object!(WorkbookFunctionsSignParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsSignParams { with_number number : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsSignParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.sin`.
/// - `number`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsSinParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsSinParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsSinParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sin(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.sin(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsSinParams {
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
rt::impl_object!(WorkbookFunctionsSinParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsSinParams { with_number number : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsSinParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.sinh`.
/// - `number`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsSinhParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsSinhParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsSinhParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sinh(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.sinh(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsSinhParams {
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
rt::impl_object!(WorkbookFunctionsSinhParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsSinhParams { with_number number : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsSinhParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.skew`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsSkewParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsSkewParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsSkewParams {
    const TYPE_NAME: &'static str = "microsoft.graph.skew(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.skew(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsSkewParams {
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
rt::impl_object!(WorkbookFunctionsSkewParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsSkewParams { with_values values : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsSkewParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.skew_p`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsSkewPParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsSkewPParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsSkewPParams {
    const TYPE_NAME: &'static str = "microsoft.graph.skew_p(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.skew_p(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsSkewPParams {
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
rt::impl_object!(WorkbookFunctionsSkewPParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsSkewPParams { with_values values : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsSkewPParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.sln`.
/// - `cost`: `Edm.Untyped`
/// - `salvage`: `Edm.Untyped`
/// - `life`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsSlnParams {
    /// CSDL: property `cost`: `Edm.Untyped`, nullable.
    pub cost: rt::Field<rt::RawJson>,
    /// CSDL: property `salvage`: `Edm.Untyped`, nullable.
    pub salvage: rt::Field<rt::RawJson>,
    /// CSDL: property `life`: `Edm.Untyped`, nullable.
    pub life: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsSlnParams {
    #[inline]
    fn default() -> Self {
        Self {
            cost: rt::Field::Absent,
            salvage: rt::Field::Absent,
            life: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsSlnParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sln(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["cost", "salvage", "life"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"cost\":                         ",
        ",\"salvage\":                      ",
        ",\"life\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sln(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cost", &self.cost);
        v.field(1usize, "salvage", &self.salvage);
        v.field(2usize, "life", &self.life);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsSlnParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cost.read_from(r),
            1usize => self.salvage.read_from(r),
            2usize => self.life.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cost);
        w.field(1usize, &self.salvage);
        w.field(2usize, &self.life);
    }
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
rt::impl_object!(WorkbookFunctionsSlnParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsSlnParams { with_cost cost : rt::RawJson; with_salvage salvage :
    rt::RawJson; with_life life : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsSlnParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.small`.
/// - `array`: `Edm.Untyped`
/// - `k`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsSmallParams {
    /// CSDL: property `array`: `Edm.Untyped`, nullable.
    pub array: rt::Field<rt::RawJson>,
    /// CSDL: property `k`: `Edm.Untyped`, nullable.
    pub k: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsSmallParams {
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
impl rt::Object for WorkbookFunctionsSmallParams {
    const TYPE_NAME: &'static str = "microsoft.graph.small(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["array", "k"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"array\":                        ",
        ",\"k\":                            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.small(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "array", &self.array);
        v.field(1usize, "k", &self.k);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsSmallParams {
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
rt::impl_object!(WorkbookFunctionsSmallParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsSmallParams { with_array array : rt::RawJson; with_k k :
    rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsSmallParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.sqrt`.
/// - `number`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsSqrtParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsSqrtParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsSqrtParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sqrt(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.sqrt(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsSqrtParams {
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
rt::impl_object!(WorkbookFunctionsSqrtParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsSqrtParams { with_number number : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsSqrtParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.sqrtPi`.
/// - `number`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsSqrtPiParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsSqrtPiParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsSqrtPiParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sqrtPi(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.sqrtPi(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsSqrtPiParams {
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
rt::impl_object!(WorkbookFunctionsSqrtPiParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsSqrtPiParams { with_number number : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsSqrtPiParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.stDevA`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsStDevAParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsStDevAParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsStDevAParams {
    const TYPE_NAME: &'static str = "microsoft.graph.stDevA(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.stDevA(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsStDevAParams {
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
rt::impl_object!(WorkbookFunctionsStDevAParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsStDevAParams { with_values values : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsStDevAParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.stDevPA`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsStDevPaParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsStDevPaParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsStDevPaParams {
    const TYPE_NAME: &'static str = "microsoft.graph.stDevPA(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.stDevPA(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsStDevPaParams {
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
rt::impl_object!(WorkbookFunctionsStDevPaParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsStDevPaParams { with_values values : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsStDevPaParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.stDev_P`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsStDevPParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsStDevPParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsStDevPParams {
    const TYPE_NAME: &'static str = "microsoft.graph.stDev_P(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.stDev_P(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsStDevPParams {
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
rt::impl_object!(WorkbookFunctionsStDevPParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsStDevPParams { with_values values : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsStDevPParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.stDev_S`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsStDevSParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsStDevSParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsStDevSParams {
    const TYPE_NAME: &'static str = "microsoft.graph.stDev_S(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.stDev_S(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsStDevSParams {
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
rt::impl_object!(WorkbookFunctionsStDevSParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsStDevSParams { with_values values : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsStDevSParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.standardize`.
/// - `x`: `Edm.Untyped`
/// - `mean`: `Edm.Untyped`
/// - `standardDev`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsStandardizeParams {
    /// CSDL: property `x`: `Edm.Untyped`, nullable.
    pub x: rt::Field<rt::RawJson>,
    /// CSDL: property `mean`: `Edm.Untyped`, nullable.
    pub mean: rt::Field<rt::RawJson>,
    /// CSDL: property `standardDev`: `Edm.Untyped`, nullable.
    pub standard_dev: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsStandardizeParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            mean: rt::Field::Absent,
            standard_dev: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsStandardizeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.standardize(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x", "mean", "standardDev"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"x\":                            ",
        ",\"mean\":                         ",
        ",\"standardDev\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.standardize(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
        v.field(1usize, "mean", &self.mean);
        v.field(2usize, "standard_dev", &self.standard_dev);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsStandardizeParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.x.read_from(r),
            1usize => self.mean.read_from(r),
            2usize => self.standard_dev.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.x);
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
rt::impl_object!(WorkbookFunctionsStandardizeParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsStandardizeParams { with_x x : rt::RawJson; with_mean mean :
    rt::RawJson; with_standard_dev standard_dev : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsStandardizeParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.substitute`.
/// - `text`: `Edm.Untyped`
/// - `oldText`: `Edm.Untyped`
/// - `newText`: `Edm.Untyped`
/// - `instanceNum`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsSubstituteParams {
    /// CSDL: property `text`: `Edm.Untyped`, nullable.
    pub text: rt::Field<rt::RawJson>,
    /// CSDL: property `oldText`: `Edm.Untyped`, nullable.
    pub old_text: rt::Field<rt::RawJson>,
    /// CSDL: property `newText`: `Edm.Untyped`, nullable.
    pub new_text: rt::Field<rt::RawJson>,
    /// CSDL: property `instanceNum`: `Edm.Untyped`, nullable.
    pub instance_num: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsSubstituteParams {
    #[inline]
    fn default() -> Self {
        Self {
            text: rt::Field::Absent,
            old_text: rt::Field::Absent,
            new_text: rt::Field::Absent,
            instance_num: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsSubstituteParams {
    const TYPE_NAME: &'static str = "microsoft.graph.substitute(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text", "oldText", "newText", "instanceNum"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"text\":                         ",
        ",\"oldText\":                      ",
        ",\"newText\":                      ",
        ",\"instanceNum\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.substitute(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "text", &self.text);
        v.field(1usize, "old_text", &self.old_text);
        v.field(2usize, "new_text", &self.new_text);
        v.field(3usize, "instance_num", &self.instance_num);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsSubstituteParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.text.read_from(r),
            1usize => self.old_text.read_from(r),
            2usize => self.new_text.read_from(r),
            3usize => self.instance_num.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.text);
        w.field(1usize, &self.old_text);
        w.field(2usize, &self.new_text);
        w.field(3usize, &self.instance_num);
    }
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
rt::impl_object!(WorkbookFunctionsSubstituteParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsSubstituteParams { with_text text : rt::RawJson; with_old_text
    old_text : rt::RawJson; with_new_text new_text : rt::RawJson; with_instance_num
    instance_num : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsSubstituteParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.subtotal`.
/// - `functionNum`: `Edm.Untyped`
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsSubtotalParams {
    /// CSDL: property `functionNum`: `Edm.Untyped`, nullable.
    pub function_num: rt::Field<rt::RawJson>,
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsSubtotalParams {
    #[inline]
    fn default() -> Self {
        Self {
            function_num: rt::Field::Absent,
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsSubtotalParams {
    const TYPE_NAME: &'static str = "microsoft.graph.subtotal(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["functionNum", "values"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"functionNum\":                  ",
        ",\"values\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.subtotal(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "function_num", &self.function_num);
        v.field(1usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsSubtotalParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.function_num.read_from(r),
            1usize => self.values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.function_num);
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
rt::impl_object!(WorkbookFunctionsSubtotalParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsSubtotalParams { with_function_num function_num : rt::RawJson;
    with_values values : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsSubtotalParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.sum`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsSumParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsSumParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsSumParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sum(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.sum(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsSumParams {
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
rt::impl_object!(WorkbookFunctionsSumParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsSumParams { with_values values : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsSumParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.sumIf`.
/// - `range`: `Edm.Untyped`
/// - `criteria`: `Edm.Untyped`
/// - `sumRange`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsSumIfParams {
    /// CSDL: property `range`: `Edm.Untyped`, nullable.
    pub range: rt::Field<rt::RawJson>,
    /// CSDL: property `criteria`: `Edm.Untyped`, nullable.
    pub criteria: rt::Field<rt::RawJson>,
    /// CSDL: property `sumRange`: `Edm.Untyped`, nullable.
    pub sum_range: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsSumIfParams {
    #[inline]
    fn default() -> Self {
        Self {
            range: rt::Field::Absent,
            criteria: rt::Field::Absent,
            sum_range: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsSumIfParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sumIf(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["range", "criteria", "sumRange"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"range\":                        ",
        ",\"criteria\":                     ",
        ",\"sumRange\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sumIf(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "range", &self.range);
        v.field(1usize, "criteria", &self.criteria);
        v.field(2usize, "sum_range", &self.sum_range);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsSumIfParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.range.read_from(r),
            1usize => self.criteria.read_from(r),
            2usize => self.sum_range.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.range);
        w.field(1usize, &self.criteria);
        w.field(2usize, &self.sum_range);
    }
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
rt::impl_object!(WorkbookFunctionsSumIfParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsSumIfParams { with_range range : rt::RawJson; with_criteria criteria
    : rt::RawJson; with_sum_range sum_range : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsSumIfParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.sumIfs`.
/// - `sumRange`: `Edm.Untyped`
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsSumIfsParams {
    /// CSDL: property `sumRange`: `Edm.Untyped`, nullable.
    pub sum_range: rt::Field<rt::RawJson>,
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsSumIfsParams {
    #[inline]
    fn default() -> Self {
        Self {
            sum_range: rt::Field::Absent,
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsSumIfsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sumIfs(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["sumRange", "values"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"sumRange\":                     ",
        ",\"values\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sumIfs(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "sum_range", &self.sum_range);
        v.field(1usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsSumIfsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.sum_range.read_from(r),
            1usize => self.values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.sum_range);
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
rt::impl_object!(WorkbookFunctionsSumIfsParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsSumIfsParams { with_sum_range sum_range : rt::RawJson; with_values
    values : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsSumIfsParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.sumSq`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsSumSqParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsSumSqParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsSumSqParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sumSq(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.sumSq(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsSumSqParams {
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
rt::impl_object!(WorkbookFunctionsSumSqParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsSumSqParams { with_values values : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsSumSqParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.syd`.
/// - `cost`: `Edm.Untyped`
/// - `salvage`: `Edm.Untyped`
/// - `life`: `Edm.Untyped`
/// - `per`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsSydParams {
    /// CSDL: property `cost`: `Edm.Untyped`, nullable.
    pub cost: rt::Field<rt::RawJson>,
    /// CSDL: property `salvage`: `Edm.Untyped`, nullable.
    pub salvage: rt::Field<rt::RawJson>,
    /// CSDL: property `life`: `Edm.Untyped`, nullable.
    pub life: rt::Field<rt::RawJson>,
    /// CSDL: property `per`: `Edm.Untyped`, nullable.
    pub per: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsSydParams {
    #[inline]
    fn default() -> Self {
        Self {
            cost: rt::Field::Absent,
            salvage: rt::Field::Absent,
            life: rt::Field::Absent,
            per: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsSydParams {
    const TYPE_NAME: &'static str = "microsoft.graph.syd(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["cost", "salvage", "life", "per"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"cost\":                         ",
        ",\"salvage\":                      ",
        ",\"life\":                         ",
        ",\"per\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.syd(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cost", &self.cost);
        v.field(1usize, "salvage", &self.salvage);
        v.field(2usize, "life", &self.life);
        v.field(3usize, "per", &self.per);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsSydParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cost.read_from(r),
            1usize => self.salvage.read_from(r),
            2usize => self.life.read_from(r),
            3usize => self.per.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cost);
        w.field(1usize, &self.salvage);
        w.field(2usize, &self.life);
        w.field(3usize, &self.per);
    }
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
rt::impl_object!(WorkbookFunctionsSydParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsSydParams { with_cost cost : rt::RawJson; with_salvage salvage :
    rt::RawJson; with_life life : rt::RawJson; with_per per : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsSydParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.t`.
/// - `value`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsTParams {
    /// CSDL: property `value`: `Edm.Untyped`, nullable.
    pub value: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsTParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsTParams {
    const TYPE_NAME: &'static str = "microsoft.graph.t(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.t(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsTParams {
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
rt::impl_object!(WorkbookFunctionsTParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsTParams { with_value value : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsTParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.t_Dist`.
/// - `x`: `Edm.Untyped`
/// - `degFreedom`: `Edm.Untyped`
/// - `cumulative`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsTDistParams {
    /// CSDL: property `x`: `Edm.Untyped`, nullable.
    pub x: rt::Field<rt::RawJson>,
    /// CSDL: property `degFreedom`: `Edm.Untyped`, nullable.
    pub deg_freedom: rt::Field<rt::RawJson>,
    /// CSDL: property `cumulative`: `Edm.Untyped`, nullable.
    pub cumulative: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsTDistParams {
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsTDistParams {
    const TYPE_NAME: &'static str = "microsoft.graph.t_Dist(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x", "degFreedom", "cumulative"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"x\":                            ",
        ",\"degFreedom\":                   ",
        ",\"cumulative\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.t_Dist(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
        v.field(1usize, "deg_freedom", &self.deg_freedom);
        v.field(2usize, "cumulative", &self.cumulative);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsTDistParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsTDistParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsTDistParams { with_x x : rt::RawJson; with_deg_freedom deg_freedom :
    rt::RawJson; with_cumulative cumulative : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsTDistParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.t_Dist_2T`.
/// - `x`: `Edm.Untyped`
/// - `degFreedom`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsTDist2tParams {
    /// CSDL: property `x`: `Edm.Untyped`, nullable.
    pub x: rt::Field<rt::RawJson>,
    /// CSDL: property `degFreedom`: `Edm.Untyped`, nullable.
    pub deg_freedom: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsTDist2tParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            deg_freedom: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsTDist2tParams {
    const TYPE_NAME: &'static str = "microsoft.graph.t_Dist_2T(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x", "degFreedom"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"x\":                            ",
        ",\"degFreedom\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.t_Dist_2T(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
        v.field(1usize, "deg_freedom", &self.deg_freedom);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsTDist2tParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsTDist2tParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsTDist2tParams { with_x x : rt::RawJson; with_deg_freedom deg_freedom
    : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsTDist2tParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.t_Dist_RT`.
/// - `x`: `Edm.Untyped`
/// - `degFreedom`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsTDistRtParams {
    /// CSDL: property `x`: `Edm.Untyped`, nullable.
    pub x: rt::Field<rt::RawJson>,
    /// CSDL: property `degFreedom`: `Edm.Untyped`, nullable.
    pub deg_freedom: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsTDistRtParams {
    #[inline]
    fn default() -> Self {
        Self {
            x: rt::Field::Absent,
            deg_freedom: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsTDistRtParams {
    const TYPE_NAME: &'static str = "microsoft.graph.t_Dist_RT(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x", "degFreedom"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"x\":                            ",
        ",\"degFreedom\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.t_Dist_RT(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
        v.field(1usize, "deg_freedom", &self.deg_freedom);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsTDistRtParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsTDistRtParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsTDistRtParams { with_x x : rt::RawJson; with_deg_freedom deg_freedom
    : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsTDistRtParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.t_Inv`.
/// - `probability`: `Edm.Untyped`
/// - `degFreedom`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsTInvParams {
    /// CSDL: property `probability`: `Edm.Untyped`, nullable.
    pub probability: rt::Field<rt::RawJson>,
    /// CSDL: property `degFreedom`: `Edm.Untyped`, nullable.
    pub deg_freedom: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsTInvParams {
    #[inline]
    fn default() -> Self {
        Self {
            probability: rt::Field::Absent,
            deg_freedom: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsTInvParams {
    const TYPE_NAME: &'static str = "microsoft.graph.t_Inv(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["probability", "degFreedom"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"probability\":                  ",
        ",\"degFreedom\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.t_Inv(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "probability", &self.probability);
        v.field(1usize, "deg_freedom", &self.deg_freedom);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsTInvParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsTInvParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsTInvParams { with_probability probability : rt::RawJson;
    with_deg_freedom deg_freedom : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsTInvParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.t_Inv_2T`.
/// - `probability`: `Edm.Untyped`
/// - `degFreedom`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsTInv2tParams {
    /// CSDL: property `probability`: `Edm.Untyped`, nullable.
    pub probability: rt::Field<rt::RawJson>,
    /// CSDL: property `degFreedom`: `Edm.Untyped`, nullable.
    pub deg_freedom: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsTInv2tParams {
    #[inline]
    fn default() -> Self {
        Self {
            probability: rt::Field::Absent,
            deg_freedom: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsTInv2tParams {
    const TYPE_NAME: &'static str = "microsoft.graph.t_Inv_2T(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["probability", "degFreedom"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"probability\":                  ",
        ",\"degFreedom\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.t_Inv_2T(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "probability", &self.probability);
        v.field(1usize, "deg_freedom", &self.deg_freedom);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsTInv2tParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsTInv2tParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsTInv2tParams { with_probability probability : rt::RawJson;
    with_deg_freedom deg_freedom : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsTInv2tParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.tan`.
/// - `number`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsTanParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsTanParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsTanParams {
    const TYPE_NAME: &'static str = "microsoft.graph.tan(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.tan(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsTanParams {
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
rt::impl_object!(WorkbookFunctionsTanParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsTanParams { with_number number : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsTanParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.tanh`.
/// - `number`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsTanhParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsTanhParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsTanhParams {
    const TYPE_NAME: &'static str = "microsoft.graph.tanh(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.tanh(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsTanhParams {
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
rt::impl_object!(WorkbookFunctionsTanhParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsTanhParams { with_number number : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsTanhParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.tbillEq`.
/// - `settlement`: `Edm.Untyped`
/// - `maturity`: `Edm.Untyped`
/// - `discount`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsTbillEqParams {
    /// CSDL: property `settlement`: `Edm.Untyped`, nullable.
    pub settlement: rt::Field<rt::RawJson>,
    /// CSDL: property `maturity`: `Edm.Untyped`, nullable.
    pub maturity: rt::Field<rt::RawJson>,
    /// CSDL: property `discount`: `Edm.Untyped`, nullable.
    pub discount: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsTbillEqParams {
    #[inline]
    fn default() -> Self {
        Self {
            settlement: rt::Field::Absent,
            maturity: rt::Field::Absent,
            discount: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsTbillEqParams {
    const TYPE_NAME: &'static str = "microsoft.graph.tbillEq(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["settlement", "maturity", "discount"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settlement\":                   ",
        ",\"maturity\":                     ",
        ",\"discount\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.tbillEq(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "settlement", &self.settlement);
        v.field(1usize, "maturity", &self.maturity);
        v.field(2usize, "discount", &self.discount);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsTbillEqParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.settlement.read_from(r),
            1usize => self.maturity.read_from(r),
            2usize => self.discount.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.settlement);
        w.field(1usize, &self.maturity);
        w.field(2usize, &self.discount);
    }
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
rt::impl_object!(WorkbookFunctionsTbillEqParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsTbillEqParams { with_settlement settlement : rt::RawJson;
    with_maturity maturity : rt::RawJson; with_discount discount : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsTbillEqParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.tbillPrice`.
/// - `settlement`: `Edm.Untyped`
/// - `maturity`: `Edm.Untyped`
/// - `discount`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsTbillPriceParams {
    /// CSDL: property `settlement`: `Edm.Untyped`, nullable.
    pub settlement: rt::Field<rt::RawJson>,
    /// CSDL: property `maturity`: `Edm.Untyped`, nullable.
    pub maturity: rt::Field<rt::RawJson>,
    /// CSDL: property `discount`: `Edm.Untyped`, nullable.
    pub discount: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsTbillPriceParams {
    #[inline]
    fn default() -> Self {
        Self {
            settlement: rt::Field::Absent,
            maturity: rt::Field::Absent,
            discount: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsTbillPriceParams {
    const TYPE_NAME: &'static str = "microsoft.graph.tbillPrice(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["settlement", "maturity", "discount"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settlement\":                   ",
        ",\"maturity\":                     ",
        ",\"discount\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.tbillPrice(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "settlement", &self.settlement);
        v.field(1usize, "maturity", &self.maturity);
        v.field(2usize, "discount", &self.discount);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsTbillPriceParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.settlement.read_from(r),
            1usize => self.maturity.read_from(r),
            2usize => self.discount.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.settlement);
        w.field(1usize, &self.maturity);
        w.field(2usize, &self.discount);
    }
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
rt::impl_object!(WorkbookFunctionsTbillPriceParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsTbillPriceParams { with_settlement settlement : rt::RawJson;
    with_maturity maturity : rt::RawJson; with_discount discount : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsTbillPriceParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.tbillYield`.
/// - `settlement`: `Edm.Untyped`
/// - `maturity`: `Edm.Untyped`
/// - `pr`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsTbillYieldParams {
    /// CSDL: property `settlement`: `Edm.Untyped`, nullable.
    pub settlement: rt::Field<rt::RawJson>,
    /// CSDL: property `maturity`: `Edm.Untyped`, nullable.
    pub maturity: rt::Field<rt::RawJson>,
    /// CSDL: property `pr`: `Edm.Untyped`, nullable.
    pub pr: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsTbillYieldParams {
    #[inline]
    fn default() -> Self {
        Self {
            settlement: rt::Field::Absent,
            maturity: rt::Field::Absent,
            pr: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsTbillYieldParams {
    const TYPE_NAME: &'static str = "microsoft.graph.tbillYield(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["settlement", "maturity", "pr"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settlement\":                   ",
        ",\"maturity\":                     ",
        ",\"pr\":                           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.tbillYield(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "settlement", &self.settlement);
        v.field(1usize, "maturity", &self.maturity);
        v.field(2usize, "pr", &self.pr);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsTbillYieldParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.settlement.read_from(r),
            1usize => self.maturity.read_from(r),
            2usize => self.pr.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.settlement);
        w.field(1usize, &self.maturity);
        w.field(2usize, &self.pr);
    }
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
rt::impl_object!(WorkbookFunctionsTbillYieldParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsTbillYieldParams { with_settlement settlement : rt::RawJson;
    with_maturity maturity : rt::RawJson; with_pr pr : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsTbillYieldParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.text`.
/// - `value`: `Edm.Untyped`
/// - `formatText`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsTextParams {
    /// CSDL: property `value`: `Edm.Untyped`, nullable.
    pub value: rt::Field<rt::RawJson>,
    /// CSDL: property `formatText`: `Edm.Untyped`, nullable.
    pub format_text: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsTextParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            format_text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsTextParams {
    const TYPE_NAME: &'static str = "microsoft.graph.text(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["value", "formatText"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"value\":                        ",
        ",\"formatText\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.text(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
        v.field(1usize, "format_text", &self.format_text);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsTextParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.value.read_from(r),
            1usize => self.format_text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.value);
        w.field(1usize, &self.format_text);
    }
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
rt::impl_object!(WorkbookFunctionsTextParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsTextParams { with_value value : rt::RawJson; with_format_text
    format_text : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsTextParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.time`.
/// - `hour`: `Edm.Untyped`
/// - `minute`: `Edm.Untyped`
/// - `second`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsTimeParams {
    /// CSDL: property `hour`: `Edm.Untyped`, nullable.
    pub hour: rt::Field<rt::RawJson>,
    /// CSDL: property `minute`: `Edm.Untyped`, nullable.
    pub minute: rt::Field<rt::RawJson>,
    /// CSDL: property `second`: `Edm.Untyped`, nullable.
    pub second: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsTimeParams {
    #[inline]
    fn default() -> Self {
        Self {
            hour: rt::Field::Absent,
            minute: rt::Field::Absent,
            second: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsTimeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.time(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["hour", "minute", "second"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"hour\":                         ",
        ",\"minute\":                       ",
        ",\"second\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.time(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "hour", &self.hour);
        v.field(1usize, "minute", &self.minute);
        v.field(2usize, "second", &self.second);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsTimeParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.hour.read_from(r),
            1usize => self.minute.read_from(r),
            2usize => self.second.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.hour);
        w.field(1usize, &self.minute);
        w.field(2usize, &self.second);
    }
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
rt::impl_object!(WorkbookFunctionsTimeParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsTimeParams { with_hour hour : rt::RawJson; with_minute minute :
    rt::RawJson; with_second second : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsTimeParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.timevalue`.
/// - `timeText`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsTimevalueParams {
    /// CSDL: property `timeText`: `Edm.Untyped`, nullable.
    pub time_text: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsTimevalueParams {
    #[inline]
    fn default() -> Self {
        Self {
            time_text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsTimevalueParams {
    const TYPE_NAME: &'static str = "microsoft.graph.timevalue(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["timeText"];
    const KEYS_JSON: &'static [&'static str] = &[",\"timeText\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.timevalue(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "time_text", &self.time_text);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsTimevalueParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.time_text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.time_text);
    }
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
rt::impl_object!(WorkbookFunctionsTimevalueParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsTimevalueParams { with_time_text time_text : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsTimevalueParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.trim`.
/// - `text`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsTrimParams {
    /// CSDL: property `text`: `Edm.Untyped`, nullable.
    pub text: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsTrimParams {
    #[inline]
    fn default() -> Self {
        Self {
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsTrimParams {
    const TYPE_NAME: &'static str = "microsoft.graph.trim(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text"];
    const KEYS_JSON: &'static [&'static str] = &[",\"text\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.trim(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "text", &self.text);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsTrimParams {
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
rt::impl_object!(WorkbookFunctionsTrimParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsTrimParams { with_text text : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsTrimParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.trimMean`.
/// - `array`: `Edm.Untyped`
/// - `percent`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsTrimMeanParams {
    /// CSDL: property `array`: `Edm.Untyped`, nullable.
    pub array: rt::Field<rt::RawJson>,
    /// CSDL: property `percent`: `Edm.Untyped`, nullable.
    pub percent: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsTrimMeanParams {
    #[inline]
    fn default() -> Self {
        Self {
            array: rt::Field::Absent,
            percent: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsTrimMeanParams {
    const TYPE_NAME: &'static str = "microsoft.graph.trimMean(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["array", "percent"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"array\":                        ",
        ",\"percent\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.trimMean(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "array", &self.array);
        v.field(1usize, "percent", &self.percent);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsTrimMeanParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.array.read_from(r),
            1usize => self.percent.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.array);
        w.field(1usize, &self.percent);
    }
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
rt::impl_object!(WorkbookFunctionsTrimMeanParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsTrimMeanParams { with_array array : rt::RawJson; with_percent
    percent : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsTrimMeanParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.trunc`.
/// - `number`: `Edm.Untyped`
/// - `numDigits`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsTruncParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// CSDL: property `numDigits`: `Edm.Untyped`, nullable.
    pub num_digits: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsTruncParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            num_digits: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsTruncParams {
    const TYPE_NAME: &'static str = "microsoft.graph.trunc(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "numDigits"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"numDigits\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.trunc(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "num_digits", &self.num_digits);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsTruncParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.num_digits.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.num_digits);
    }
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
rt::impl_object!(WorkbookFunctionsTruncParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsTruncParams { with_number number : rt::RawJson; with_num_digits
    num_digits : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsTruncParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.type`.
/// - `value`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsTypeParams {
    /// CSDL: property `value`: `Edm.Untyped`, nullable.
    pub value: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsTypeParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsTypeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.type(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.type(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsTypeParams {
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
rt::impl_object!(WorkbookFunctionsTypeParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsTypeParams { with_value value : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsTypeParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.unichar`.
/// - `number`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsUnicharParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsUnicharParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsUnicharParams {
    const TYPE_NAME: &'static str = "microsoft.graph.unichar(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number"];
    const KEYS_JSON: &'static [&'static str] = &[",\"number\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.unichar(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsUnicharParams {
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
rt::impl_object!(WorkbookFunctionsUnicharParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsUnicharParams { with_number number : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsUnicharParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.unicode`.
/// - `text`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsUnicodeParams {
    /// CSDL: property `text`: `Edm.Untyped`, nullable.
    pub text: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsUnicodeParams {
    #[inline]
    fn default() -> Self {
        Self {
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsUnicodeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.unicode(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text"];
    const KEYS_JSON: &'static [&'static str] = &[",\"text\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.unicode(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "text", &self.text);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsUnicodeParams {
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
rt::impl_object!(WorkbookFunctionsUnicodeParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsUnicodeParams { with_text text : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsUnicodeParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.upper`.
/// - `text`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsUpperParams {
    /// CSDL: property `text`: `Edm.Untyped`, nullable.
    pub text: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsUpperParams {
    #[inline]
    fn default() -> Self {
        Self {
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsUpperParams {
    const TYPE_NAME: &'static str = "microsoft.graph.upper(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text"];
    const KEYS_JSON: &'static [&'static str] = &[",\"text\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.upper(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "text", &self.text);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsUpperParams {
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
rt::impl_object!(WorkbookFunctionsUpperParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsUpperParams { with_text text : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsUpperParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.usdollar`.
/// - `number`: `Edm.Untyped`
/// - `decimals`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsUsdollarParams {
    /// CSDL: property `number`: `Edm.Untyped`, nullable.
    pub number: rt::Field<rt::RawJson>,
    /// CSDL: property `decimals`: `Edm.Untyped`, nullable.
    pub decimals: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsUsdollarParams {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            decimals: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsUsdollarParams {
    const TYPE_NAME: &'static str = "microsoft.graph.usdollar(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["number", "decimals"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"decimals\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.usdollar(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "decimals", &self.decimals);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsUsdollarParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsUsdollarParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsUsdollarParams { with_number number : rt::RawJson; with_decimals
    decimals : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsUsdollarParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.value`.
/// - `text`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsValueParams {
    /// CSDL: property `text`: `Edm.Untyped`, nullable.
    pub text: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsValueParams {
    #[inline]
    fn default() -> Self {
        Self {
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsValueParams {
    const TYPE_NAME: &'static str = "microsoft.graph.value(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["text"];
    const KEYS_JSON: &'static [&'static str] = &[",\"text\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.value(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "text", &self.text);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsValueParams {
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
rt::impl_object!(WorkbookFunctionsValueParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsValueParams { with_text text : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsValueParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.varA`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsVarAParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsVarAParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsVarAParams {
    const TYPE_NAME: &'static str = "microsoft.graph.varA(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.varA(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsVarAParams {
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
rt::impl_object!(WorkbookFunctionsVarAParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsVarAParams { with_values values : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsVarAParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.varPA`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsVarPaParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsVarPaParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsVarPaParams {
    const TYPE_NAME: &'static str = "microsoft.graph.varPA(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.varPA(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsVarPaParams {
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
rt::impl_object!(WorkbookFunctionsVarPaParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsVarPaParams { with_values values : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsVarPaParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.var_P`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsVarPParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsVarPParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsVarPParams {
    const TYPE_NAME: &'static str = "microsoft.graph.var_P(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.var_P(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsVarPParams {
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
rt::impl_object!(WorkbookFunctionsVarPParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsVarPParams { with_values values : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsVarPParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.var_S`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsVarSParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsVarSParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsVarSParams {
    const TYPE_NAME: &'static str = "microsoft.graph.var_S(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.var_S(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsVarSParams {
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
rt::impl_object!(WorkbookFunctionsVarSParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsVarSParams { with_values values : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsVarSParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.vdb`.
/// - `cost`: `Edm.Untyped`
/// - `salvage`: `Edm.Untyped`
/// - `life`: `Edm.Untyped`
/// - `startPeriod`: `Edm.Untyped`
/// - `endPeriod`: `Edm.Untyped`
/// - `factor`: `Edm.Untyped`
/// - `noSwitch`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsVdbParams {
    /// CSDL: property `cost`: `Edm.Untyped`, nullable.
    pub cost: rt::Field<rt::RawJson>,
    /// CSDL: property `salvage`: `Edm.Untyped`, nullable.
    pub salvage: rt::Field<rt::RawJson>,
    /// CSDL: property `life`: `Edm.Untyped`, nullable.
    pub life: rt::Field<rt::RawJson>,
    /// CSDL: property `startPeriod`: `Edm.Untyped`, nullable.
    pub start_period: rt::Field<rt::RawJson>,
    /// CSDL: property `endPeriod`: `Edm.Untyped`, nullable.
    pub end_period: rt::Field<rt::RawJson>,
    /// CSDL: property `factor`: `Edm.Untyped`, nullable.
    pub factor: rt::Field<rt::RawJson>,
    /// CSDL: property `noSwitch`: `Edm.Untyped`, nullable.
    pub no_switch: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsVdbParams {
    #[inline]
    fn default() -> Self {
        Self {
            cost: rt::Field::Absent,
            salvage: rt::Field::Absent,
            life: rt::Field::Absent,
            start_period: rt::Field::Absent,
            end_period: rt::Field::Absent,
            factor: rt::Field::Absent,
            no_switch: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsVdbParams {
    const TYPE_NAME: &'static str = "microsoft.graph.vdb(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "cost",
        "salvage",
        "life",
        "startPeriod",
        "endPeriod",
        "factor",
        "noSwitch",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"cost\":                         ",
        ",\"salvage\":                      ",
        ",\"life\":                         ",
        ",\"startPeriod\":                  ",
        ",\"endPeriod\":                    ",
        ",\"factor\":                       ",
        ",\"noSwitch\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.vdb(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cost", &self.cost);
        v.field(1usize, "salvage", &self.salvage);
        v.field(2usize, "life", &self.life);
        v.field(3usize, "start_period", &self.start_period);
        v.field(4usize, "end_period", &self.end_period);
        v.field(5usize, "factor", &self.factor);
        v.field(6usize, "no_switch", &self.no_switch);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsVdbParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cost.read_from(r),
            1usize => self.salvage.read_from(r),
            2usize => self.life.read_from(r),
            3usize => self.start_period.read_from(r),
            4usize => self.end_period.read_from(r),
            5usize => self.factor.read_from(r),
            6usize => self.no_switch.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cost);
        w.field(1usize, &self.salvage);
        w.field(2usize, &self.life);
        w.field(3usize, &self.start_period);
        w.field(4usize, &self.end_period);
        w.field(5usize, &self.factor);
        w.field(6usize, &self.no_switch);
    }
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
rt::impl_object!(WorkbookFunctionsVdbParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsVdbParams { with_cost cost : rt::RawJson; with_salvage salvage :
    rt::RawJson; with_life life : rt::RawJson; with_start_period start_period :
    rt::RawJson; with_end_period end_period : rt::RawJson; with_factor factor :
    rt::RawJson; with_no_switch no_switch : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsVdbParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.vlookup`.
/// - `lookupValue`: `Edm.Untyped`
/// - `tableArray`: `Edm.Untyped`
/// - `colIndexNum`: `Edm.Untyped`
/// - `rangeLookup`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsVlookupParams {
    /// CSDL: property `lookupValue`: `Edm.Untyped`, nullable.
    pub lookup_value: rt::Field<rt::RawJson>,
    /// CSDL: property `tableArray`: `Edm.Untyped`, nullable.
    pub table_array: rt::Field<rt::RawJson>,
    /// CSDL: property `colIndexNum`: `Edm.Untyped`, nullable.
    pub col_index_num: rt::Field<rt::RawJson>,
    /// CSDL: property `rangeLookup`: `Edm.Untyped`, nullable.
    pub range_lookup: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsVlookupParams {
    #[inline]
    fn default() -> Self {
        Self {
            lookup_value: rt::Field::Absent,
            table_array: rt::Field::Absent,
            col_index_num: rt::Field::Absent,
            range_lookup: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsVlookupParams {
    const TYPE_NAME: &'static str = "microsoft.graph.vlookup(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &[
        "lookupValue",
        "tableArray",
        "colIndexNum",
        "rangeLookup",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"lookupValue\":                  ",
        ",\"tableArray\":                   ",
        ",\"colIndexNum\":                  ",
        ",\"rangeLookup\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.vlookup(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "lookup_value", &self.lookup_value);
        v.field(1usize, "table_array", &self.table_array);
        v.field(2usize, "col_index_num", &self.col_index_num);
        v.field(3usize, "range_lookup", &self.range_lookup);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsVlookupParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.lookup_value.read_from(r),
            1usize => self.table_array.read_from(r),
            2usize => self.col_index_num.read_from(r),
            3usize => self.range_lookup.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.lookup_value);
        w.field(1usize, &self.table_array);
        w.field(2usize, &self.col_index_num);
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
rt::impl_object!(WorkbookFunctionsVlookupParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsVlookupParams { with_lookup_value lookup_value : rt::RawJson;
    with_table_array table_array : rt::RawJson; with_col_index_num col_index_num :
    rt::RawJson; with_range_lookup range_lookup : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsVlookupParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.weekNum`.
/// - `serialNumber`: `Edm.Untyped`
/// - `returnType`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsWeekNumParams {
    /// CSDL: property `serialNumber`: `Edm.Untyped`, nullable.
    pub serial_number: rt::Field<rt::RawJson>,
    /// CSDL: property `returnType`: `Edm.Untyped`, nullable.
    pub return_type: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsWeekNumParams {
    const TYPE_NAME: &'static str = "microsoft.graph.weekNum(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["serialNumber", "returnType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"serialNumber\":                 ",
        ",\"returnType\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.weekNum(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "serial_number", &self.serial_number);
        v.field(1usize, "return_type", &self.return_type);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsWeekNumParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsWeekNumParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsWeekNumParams { with_serial_number serial_number : rt::RawJson;
    with_return_type return_type : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsWeekNumParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.weekday`.
/// - `serialNumber`: `Edm.Untyped`
/// - `returnType`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsWeekdayParams {
    /// CSDL: property `serialNumber`: `Edm.Untyped`, nullable.
    pub serial_number: rt::Field<rt::RawJson>,
    /// CSDL: property `returnType`: `Edm.Untyped`, nullable.
    pub return_type: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsWeekdayParams {
    const TYPE_NAME: &'static str = "microsoft.graph.weekday(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["serialNumber", "returnType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"serialNumber\":                 ",
        ",\"returnType\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.weekday(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "serial_number", &self.serial_number);
        v.field(1usize, "return_type", &self.return_type);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsWeekdayParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsWeekdayParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsWeekdayParams { with_serial_number serial_number : rt::RawJson;
    with_return_type return_type : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsWeekdayParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.weibull_Dist`.
/// - `x`: `Edm.Untyped`
/// - `alpha`: `Edm.Untyped`
/// - `beta`: `Edm.Untyped`
/// - `cumulative`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsWeibullDistParams {
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsWeibullDistParams {
    const TYPE_NAME: &'static str = "microsoft.graph.weibull_Dist(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["x", "alpha", "beta", "cumulative"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"x\":                            ",
        ",\"alpha\":                        ",
        ",\"beta\":                         ",
        ",\"cumulative\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.weibull_Dist(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "x", &self.x);
        v.field(1usize, "alpha", &self.alpha);
        v.field(2usize, "beta", &self.beta);
        v.field(3usize, "cumulative", &self.cumulative);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsWeibullDistParams {
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
rt::impl_object!(WorkbookFunctionsWeibullDistParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsWeibullDistParams { with_x x : rt::RawJson; with_alpha alpha :
    rt::RawJson; with_beta beta : rt::RawJson; with_cumulative cumulative : rt::RawJson;
    }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsWeibullDistParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.workDay`.
/// - `startDate`: `Edm.Untyped`
/// - `days`: `Edm.Untyped`
/// - `holidays`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsWorkDayParams {
    /// CSDL: property `startDate`: `Edm.Untyped`, nullable.
    pub start_date: rt::Field<rt::RawJson>,
    /// CSDL: property `days`: `Edm.Untyped`, nullable.
    pub days: rt::Field<rt::RawJson>,
    /// CSDL: property `holidays`: `Edm.Untyped`, nullable.
    pub holidays: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsWorkDayParams {
    const TYPE_NAME: &'static str = "microsoft.graph.workDay(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["startDate", "days", "holidays"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"startDate\":                    ",
        ",\"days\":                         ",
        ",\"holidays\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workDay(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "start_date", &self.start_date);
        v.field(1usize, "days", &self.days);
        v.field(2usize, "holidays", &self.holidays);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsWorkDayParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsWorkDayParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsWorkDayParams { with_start_date start_date : rt::RawJson; with_days
    days : rt::RawJson; with_holidays holidays : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsWorkDayParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.workDay_Intl`.
/// - `startDate`: `Edm.Untyped`
/// - `days`: `Edm.Untyped`
/// - `weekend`: `Edm.Untyped`
/// - `holidays`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsWorkDayIntlParams {
    /// CSDL: property `startDate`: `Edm.Untyped`, nullable.
    pub start_date: rt::Field<rt::RawJson>,
    /// CSDL: property `days`: `Edm.Untyped`, nullable.
    pub days: rt::Field<rt::RawJson>,
    /// CSDL: property `weekend`: `Edm.Untyped`, nullable.
    pub weekend: rt::Field<rt::RawJson>,
    /// CSDL: property `holidays`: `Edm.Untyped`, nullable.
    pub holidays: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsWorkDayIntlParams {
    const TYPE_NAME: &'static str = "microsoft.graph.workDay_Intl(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["startDate", "days", "weekend", "holidays"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"startDate\":                    ",
        ",\"days\":                         ",
        ",\"weekend\":                      ",
        ",\"holidays\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workDay_Intl(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "start_date", &self.start_date);
        v.field(1usize, "days", &self.days);
        v.field(2usize, "weekend", &self.weekend);
        v.field(3usize, "holidays", &self.holidays);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsWorkDayIntlParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsWorkDayIntlParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsWorkDayIntlParams { with_start_date start_date : rt::RawJson;
    with_days days : rt::RawJson; with_weekend weekend : rt::RawJson; with_holidays
    holidays : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsWorkDayIntlParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.xirr`.
/// - `values`: `Edm.Untyped`
/// - `dates`: `Edm.Untyped`
/// - `guess`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsXirrParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// CSDL: property `dates`: `Edm.Untyped`, nullable.
    pub dates: rt::Field<rt::RawJson>,
    /// CSDL: property `guess`: `Edm.Untyped`, nullable.
    pub guess: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsXirrParams {
    const TYPE_NAME: &'static str = "microsoft.graph.xirr(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values", "dates", "guess"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"values\":                       ",
        ",\"dates\":                        ",
        ",\"guess\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.xirr(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
        v.field(1usize, "dates", &self.dates);
        v.field(2usize, "guess", &self.guess);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsXirrParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsXirrParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsXirrParams { with_values values : rt::RawJson; with_dates dates :
    rt::RawJson; with_guess guess : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsXirrParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.xnpv`.
/// - `rate`: `Edm.Untyped`
/// - `values`: `Edm.Untyped`
/// - `dates`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsXnpvParams {
    /// CSDL: property `rate`: `Edm.Untyped`, nullable.
    pub rate: rt::Field<rt::RawJson>,
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// CSDL: property `dates`: `Edm.Untyped`, nullable.
    pub dates: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsXnpvParams {
    const TYPE_NAME: &'static str = "microsoft.graph.xnpv(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["rate", "values", "dates"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"rate\":                         ",
        ",\"values\":                       ",
        ",\"dates\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.xnpv(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "rate", &self.rate);
        v.field(1usize, "values", &self.values);
        v.field(2usize, "dates", &self.dates);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsXnpvParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsXnpvParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsXnpvParams { with_rate rate : rt::RawJson; with_values values :
    rt::RawJson; with_dates dates : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsXnpvParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.xor`.
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsXorParams {
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsXorParams {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsXorParams {
    const TYPE_NAME: &'static str = "microsoft.graph.xor(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.xor(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsXorParams {
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
rt::impl_object!(WorkbookFunctionsXorParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctionsXorParams { with_values values : rt::RawJson; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsXorParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.year`.
/// - `serialNumber`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsYearParams {
    /// CSDL: property `serialNumber`: `Edm.Untyped`, nullable.
    pub serial_number: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionsYearParams {
    #[inline]
    fn default() -> Self {
        Self {
            serial_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsYearParams {
    const TYPE_NAME: &'static str = "microsoft.graph.year(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["serialNumber"];
    const KEYS_JSON: &'static [&'static str] = &[",\"serialNumber\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.year(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "serial_number", &self.serial_number);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsYearParams {
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
rt::impl_object!(WorkbookFunctionsYearParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsYearParams { with_serial_number serial_number : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsYearParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.yearFrac`.
/// - `startDate`: `Edm.Untyped`
/// - `endDate`: `Edm.Untyped`
/// - `basis`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsYearFracParams {
    /// CSDL: property `startDate`: `Edm.Untyped`, nullable.
    pub start_date: rt::Field<rt::RawJson>,
    /// CSDL: property `endDate`: `Edm.Untyped`, nullable.
    pub end_date: rt::Field<rt::RawJson>,
    /// CSDL: property `basis`: `Edm.Untyped`, nullable.
    pub basis: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsYearFracParams {
    const TYPE_NAME: &'static str = "microsoft.graph.yearFrac(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["startDate", "endDate", "basis"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"startDate\":                    ",
        ",\"endDate\":                      ",
        ",\"basis\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.yearFrac(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "start_date", &self.start_date);
        v.field(1usize, "end_date", &self.end_date);
        v.field(2usize, "basis", &self.basis);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsYearFracParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsYearFracParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsYearFracParams { with_start_date start_date : rt::RawJson;
    with_end_date end_date : rt::RawJson; with_basis basis : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsYearFracParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.yield`.
/// - `settlement`: `Edm.Untyped`
/// - `maturity`: `Edm.Untyped`
/// - `rate`: `Edm.Untyped`
/// - `pr`: `Edm.Untyped`
/// - `redemption`: `Edm.Untyped`
/// - `frequency`: `Edm.Untyped`
/// - `basis`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsYieldParams {
    /// CSDL: property `settlement`: `Edm.Untyped`, nullable.
    pub settlement: rt::Field<rt::RawJson>,
    /// CSDL: property `maturity`: `Edm.Untyped`, nullable.
    pub maturity: rt::Field<rt::RawJson>,
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
#[cfg(msgraph_v1_drives_or_search)]
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
        ",\"settlement\":                   ",
        ",\"maturity\":                     ",
        ",\"rate\":                         ",
        ",\"pr\":                           ",
        ",\"redemption\":                   ",
        ",\"frequency\":                    ",
        ",\"basis\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.yield(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "settlement", &self.settlement);
        v.field(1usize, "maturity", &self.maturity);
        v.field(2usize, "rate", &self.rate);
        v.field(3usize, "pr", &self.pr);
        v.field(4usize, "redemption", &self.redemption);
        v.field(5usize, "frequency", &self.frequency);
        v.field(6usize, "basis", &self.basis);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsYieldParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsYieldParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsYieldParams { with_settlement settlement : rt::RawJson;
    with_maturity maturity : rt::RawJson; with_rate rate : rt::RawJson; with_pr pr :
    rt::RawJson; with_redemption redemption : rt::RawJson; with_frequency frequency :
    rt::RawJson; with_basis basis : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsYieldParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.yieldDisc`.
/// - `settlement`: `Edm.Untyped`
/// - `maturity`: `Edm.Untyped`
/// - `pr`: `Edm.Untyped`
/// - `redemption`: `Edm.Untyped`
/// - `basis`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsYieldDiscParams {
    /// CSDL: property `settlement`: `Edm.Untyped`, nullable.
    pub settlement: rt::Field<rt::RawJson>,
    /// CSDL: property `maturity`: `Edm.Untyped`, nullable.
    pub maturity: rt::Field<rt::RawJson>,
    /// CSDL: property `pr`: `Edm.Untyped`, nullable.
    pub pr: rt::Field<rt::RawJson>,
    /// CSDL: property `redemption`: `Edm.Untyped`, nullable.
    pub redemption: rt::Field<rt::RawJson>,
    /// CSDL: property `basis`: `Edm.Untyped`, nullable.
    pub basis: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
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
        ",\"settlement\":                   ",
        ",\"maturity\":                     ",
        ",\"pr\":                           ",
        ",\"redemption\":                   ",
        ",\"basis\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.yieldDisc(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "settlement", &self.settlement);
        v.field(1usize, "maturity", &self.maturity);
        v.field(2usize, "pr", &self.pr);
        v.field(3usize, "redemption", &self.redemption);
        v.field(4usize, "basis", &self.basis);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsYieldDiscParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsYieldDiscParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsYieldDiscParams { with_settlement settlement : rt::RawJson;
    with_maturity maturity : rt::RawJson; with_pr pr : rt::RawJson; with_redemption
    redemption : rt::RawJson; with_basis basis : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsYieldDiscParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.yieldMat`.
/// - `settlement`: `Edm.Untyped`
/// - `maturity`: `Edm.Untyped`
/// - `issue`: `Edm.Untyped`
/// - `rate`: `Edm.Untyped`
/// - `pr`: `Edm.Untyped`
/// - `basis`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsYieldMatParams {
    /// CSDL: property `settlement`: `Edm.Untyped`, nullable.
    pub settlement: rt::Field<rt::RawJson>,
    /// CSDL: property `maturity`: `Edm.Untyped`, nullable.
    pub maturity: rt::Field<rt::RawJson>,
    /// CSDL: property `issue`: `Edm.Untyped`, nullable.
    pub issue: rt::Field<rt::RawJson>,
    /// CSDL: property `rate`: `Edm.Untyped`, nullable.
    pub rate: rt::Field<rt::RawJson>,
    /// CSDL: property `pr`: `Edm.Untyped`, nullable.
    pub pr: rt::Field<rt::RawJson>,
    /// CSDL: property `basis`: `Edm.Untyped`, nullable.
    pub basis: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
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
        ",\"settlement\":                   ",
        ",\"maturity\":                     ",
        ",\"issue\":                        ",
        ",\"rate\":                         ",
        ",\"pr\":                           ",
        ",\"basis\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.yieldMat(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "settlement", &self.settlement);
        v.field(1usize, "maturity", &self.maturity);
        v.field(2usize, "issue", &self.issue);
        v.field(3usize, "rate", &self.rate);
        v.field(4usize, "pr", &self.pr);
        v.field(5usize, "basis", &self.basis);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsYieldMatParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsYieldMatParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsYieldMatParams { with_settlement settlement : rt::RawJson;
    with_maturity maturity : rt::RawJson; with_issue issue : rt::RawJson; with_rate rate
    : rt::RawJson; with_pr pr : rt::RawJson; with_basis basis : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsYieldMatParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.z_Test`.
/// - `array`: `Edm.Untyped`
/// - `x`: `Edm.Untyped`
/// - `sigma`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionsZTestParams {
    /// CSDL: property `array`: `Edm.Untyped`, nullable.
    pub array: rt::Field<rt::RawJson>,
    /// CSDL: property `x`: `Edm.Untyped`, nullable.
    pub x: rt::Field<rt::RawJson>,
    /// CSDL: property `sigma`: `Edm.Untyped`, nullable.
    pub sigma: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
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
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionsZTestParams {
    const TYPE_NAME: &'static str = "microsoft.graph.z_Test(microsoft.graph.workbookFunctions)";
    const KEYS: &'static [&'static str] = &["array", "x", "sigma"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"array\":                        ",
        ",\"x\":                            ",
        ",\"sigma\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.z_Test(microsoft.graph.workbookFunctions)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "array", &self.array);
        v.field(1usize, "x", &self.x);
        v.field(2usize, "sigma", &self.sigma);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionsZTestParams {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctionsZTestParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionsZTestParams { with_array array : rt::RawJson; with_x x :
    rt::RawJson; with_sigma sigma : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionsZTestParams);
