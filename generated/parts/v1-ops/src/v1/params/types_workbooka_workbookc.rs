//! Items of `params` by the first letters of their types' names (`workbooka_workbookc`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.calculate`.
/// - `calculationType`: `Edm.String`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookApplicationCalculateParams {
    /// CSDL: property `calculationType`: `Edm.String`, not nullable.
    pub calculation_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookApplicationCalculateParams {
    #[inline]
    fn default() -> Self {
        Self {
            calculation_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookApplicationCalculateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.calculate(microsoft.graph.workbookApplication)";
    const KEYS: &'static [&'static str] = &["calculationType"];
    const KEYS_JSON: &'static [&'static str] = &[",\"calculationType\":              "];
    const TAG: &'static str = "\"#microsoft.graph.calculate(microsoft.graph.workbookApplication)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "calculation_type", &self.calculation_type);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookApplicationCalculateParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.calculation_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.calculation_type);
    }
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
rt::impl_object!(WorkbookApplicationCalculateParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookApplicationCalculateParams { with_calculation_type calculation_type :
    ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookApplicationCalculateParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.add`.
/// - `type`: `Edm.String`
/// - `sourceData`: `Edm.Untyped`
/// - `seriesBy`: `Edm.String`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookChartCollectionAddParams {
    /// CSDL: property `type`: `Edm.String`, not nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `sourceData`: `Edm.Untyped`, nullable.
    pub source_data: rt::Field<rt::RawJson>,
    /// CSDL: property `seriesBy`: `Edm.String`, not nullable.
    pub series_by: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookChartCollectionAddParams {
    #[inline]
    fn default() -> Self {
        Self {
            type_: rt::Field::Absent,
            source_data: rt::Field::Absent,
            series_by: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookChartCollectionAddParams {
    const TYPE_NAME: &'static str = "microsoft.graph.add(Collection(microsoft.graph.workbookChart))";
    const KEYS: &'static [&'static str] = &["type", "sourceData", "seriesBy"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"type\":                         ",
        ",\"sourceData\":                   ",
        ",\"seriesBy\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.add(Collection(microsoft.graph.workbookChart))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "type_", &self.type_);
        v.field(1usize, "source_data", &self.source_data);
        v.field(2usize, "series_by", &self.series_by);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookChartCollectionAddParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.type_.read_from(r),
            1usize => self.source_data.read_from(r),
            2usize => self.series_by.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.type_);
        w.field(1usize, &self.source_data);
        w.field(2usize, &self.series_by);
    }
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
rt::impl_object!(WorkbookChartCollectionAddParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookChartCollectionAddParams { with_type type_ : ::std::string::String;
    with_source_data source_data : rt::RawJson; with_series_by series_by :
    ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartCollectionAddParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.createSession`.
/// - `persistChanges`: `Edm.Boolean`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookCreateSessionParams {
    /// CSDL: property `persistChanges`: `Edm.Boolean`, not nullable.
    pub persist_changes: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookCreateSessionParams {
    #[inline]
    fn default() -> Self {
        Self {
            persist_changes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookCreateSessionParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createSession(microsoft.graph.workbook)";
    const KEYS: &'static [&'static str] = &["persistChanges"];
    const KEYS_JSON: &'static [&'static str] = &[",\"persistChanges\":               "];
    const TAG: &'static str = "\"#microsoft.graph.createSession(microsoft.graph.workbook)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "persist_changes", &self.persist_changes);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookCreateSessionParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.persist_changes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.persist_changes);
    }
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
rt::impl_object!(WorkbookCreateSessionParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookCreateSessionParams { with_persist_changes persist_changes : bool; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookCreateSessionParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.setData`.
/// - `sourceData`: `Edm.Untyped`
/// - `seriesBy`: `Edm.String`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookChartSetDataParams {
    /// CSDL: property `sourceData`: `Edm.Untyped`, nullable.
    pub source_data: rt::Field<rt::RawJson>,
    /// CSDL: property `seriesBy`: `Edm.String`, not nullable.
    pub series_by: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookChartSetDataParams {
    #[inline]
    fn default() -> Self {
        Self {
            source_data: rt::Field::Absent,
            series_by: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookChartSetDataParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setData(microsoft.graph.workbookChart)";
    const KEYS: &'static [&'static str] = &["sourceData", "seriesBy"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"sourceData\":                   ",
        ",\"seriesBy\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.setData(microsoft.graph.workbookChart)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "source_data", &self.source_data);
        v.field(1usize, "series_by", &self.series_by);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookChartSetDataParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.source_data.read_from(r),
            1usize => self.series_by.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.source_data);
        w.field(1usize, &self.series_by);
    }
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
rt::impl_object!(WorkbookChartSetDataParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookChartSetDataParams { with_source_data source_data : rt::RawJson;
    with_series_by series_by : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartSetDataParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.setPosition`.
/// - `startCell`: `Edm.Untyped`
/// - `endCell`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookChartSetPositionParams {
    /// CSDL: property `startCell`: `Edm.Untyped`, nullable.
    pub start_cell: rt::Field<rt::RawJson>,
    /// CSDL: property `endCell`: `Edm.Untyped`, nullable.
    pub end_cell: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookChartSetPositionParams {
    #[inline]
    fn default() -> Self {
        Self {
            start_cell: rt::Field::Absent,
            end_cell: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookChartSetPositionParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setPosition(microsoft.graph.workbookChart)";
    const KEYS: &'static [&'static str] = &["startCell", "endCell"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"startCell\":                    ",
        ",\"endCell\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.setPosition(microsoft.graph.workbookChart)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "start_cell", &self.start_cell);
        v.field(1usize, "end_cell", &self.end_cell);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookChartSetPositionParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.start_cell.read_from(r),
            1usize => self.end_cell.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.start_cell);
        w.field(1usize, &self.end_cell);
    }
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
rt::impl_object!(WorkbookChartSetPositionParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookChartSetPositionParams { with_start_cell start_cell : rt::RawJson;
    with_end_cell end_cell : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartSetPositionParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.setSolidColor`.
/// - `color`: `Edm.String`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookChartFillSetSolidColorParams {
    /// CSDL: property `color`: `Edm.String`, nullable.
    pub color: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookChartFillSetSolidColorParams {
    #[inline]
    fn default() -> Self {
        Self {
            color: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookChartFillSetSolidColorParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setSolidColor(microsoft.graph.workbookChartFill)";
    const KEYS: &'static [&'static str] = &["color"];
    const KEYS_JSON: &'static [&'static str] = &[",\"color\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.setSolidColor(microsoft.graph.workbookChartFill)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "color", &self.color);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookChartFillSetSolidColorParams {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookChartFillSetSolidColorParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookChartFillSetSolidColorParams { with_color color : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartFillSetSolidColorParams);
