//! Types of `microsoft.graph` by the first letters of their names (`wo`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbook`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookPath`](requests/trait.WorkbookPath.html), what a path to one (`EntityPath<Workbook, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Workbook {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `application`: `microsoft.graph.workbookApplication`, nullable.
    pub application: rt::Field<crate::beta::WorkbookApplication>,
    /// CSDL: containment navigation property `comments`: `Collection(microsoft.graph.workbookComment)`, not nullable.
    pub comments: rt::Field<::std::vec::Vec<crate::beta::WorkbookComment>>,
    /// CSDL: containment navigation property `functions`: `microsoft.graph.workbookFunctions`, nullable.
    pub functions: rt::Field<crate::beta::WorkbookFunctions>,
    /// CSDL: containment navigation property `names`: `Collection(microsoft.graph.workbookNamedItem)`, not nullable.
    pub names: rt::Field<::std::vec::Vec<crate::beta::WorkbookNamedItem>>,
    /// CSDL: containment navigation property `operations`: `Collection(microsoft.graph.workbookOperation)`, not nullable.
    pub operations: rt::Field<::std::vec::Vec<crate::beta::WorkbookOperation>>,
    /// CSDL: containment navigation property `tables`: `Collection(microsoft.graph.workbookTable)`, not nullable.
    pub tables: rt::Field<::std::vec::Vec<crate::beta::WorkbookTable>>,
    /// CSDL: containment navigation property `worksheets`: `Collection(microsoft.graph.workbookWorksheet)`, not nullable.
    pub worksheets: rt::Field<::std::vec::Vec<crate::beta::WorkbookWorksheet>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for Workbook {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            application: rt::Field::Absent,
            comments: rt::Field::Absent,
            functions: rt::Field::Absent,
            names: rt::Field::Absent,
            operations: rt::Field::Absent,
            tables: rt::Field::Absent,
            worksheets: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for Workbook {
    const TYPE_NAME: &'static str = "microsoft.graph.workbook";
    const KEYS: &'static [&'static str] = &[
        "id",
        "application",
        "comments",
        "functions",
        "names",
        "operations",
        "tables",
        "worksheets",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"application\":                  ",
        ",\"comments\":                     ",
        ",\"functions\":                    ",
        ",\"names\":                        ",
        ",\"operations\":                   ",
        ",\"tables\":                       ",
        ",\"worksheets\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbook\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "application", &self.application);
        v.field(2usize, "comments", &self.comments);
        v.field(3usize, "functions", &self.functions);
        v.field(4usize, "names", &self.names);
        v.field(5usize, "operations", &self.operations);
        v.field(6usize, "tables", &self.tables);
        v.field(7usize, "worksheets", &self.worksheets);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for Workbook {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.application.read_from(r),
            2usize => self.comments.read_from(r),
            3usize => self.functions.read_from(r),
            4usize => self.names.read_from(r),
            5usize => self.operations.read_from(r),
            6usize => self.tables.read_from(r),
            7usize => self.worksheets.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.application);
        w.field(2usize, &self.comments);
        w.field(3usize, &self.functions);
        w.field(4usize, &self.names);
        w.field(5usize, &self.operations);
        w.field(6usize, &self.tables);
        w.field(7usize, &self.worksheets);
    }
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
rt::impl_object!(Workbook);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    Workbook { with_id id : ::std::string::String; with_application application : crate
    ::beta::WorkbookApplication; with_comments comments : ::std::vec::Vec < crate
    ::beta::WorkbookComment >; with_functions functions : crate
    ::beta::WorkbookFunctions; with_names names : ::std::vec::Vec < crate
    ::beta::WorkbookNamedItem >; with_operations operations : ::std::vec::Vec < crate
    ::beta::WorkbookOperation >; with_tables tables : ::std::vec::Vec < crate
    ::beta::WorkbookTable >; with_worksheets worksheets : ::std::vec::Vec < crate
    ::beta::WorkbookWorksheet >; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(Workbook);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookApplication`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookApplicationPath`](requests/trait.WorkbookApplicationPath.html), what a path to one (`EntityPath<WorkbookApplication, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookApplication {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `calculationMode`: `Edm.String`, not nullable.
    pub calculation_mode: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookApplication {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            calculation_mode: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookApplication {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookApplication";
    const KEYS: &'static [&'static str] = &["id", "calculationMode"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"calculationMode\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookApplication\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "calculation_mode", &self.calculation_mode);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookApplication {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.calculation_mode.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.calculation_mode);
    }
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
rt::impl_object!(WorkbookApplication);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookApplication { with_id id : ::std::string::String; with_calculation_mode
    calculation_mode : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookApplication);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookChart`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartPath`](requests/trait.WorkbookChartPath.html), what a path to one (`EntityPath<WorkbookChart, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookChart {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `height`: `Edm.Double`, not nullable.
    pub height: rt::Field<f64>,
    /// CSDL: property `left`: `Edm.Double`, not nullable.
    pub left: rt::Field<f64>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `top`: `Edm.Double`, not nullable.
    pub top: rt::Field<f64>,
    /// CSDL: property `width`: `Edm.Double`, not nullable.
    pub width: rt::Field<f64>,
    /// CSDL: containment navigation property `axes`: `microsoft.graph.workbookChartAxes`, nullable.
    pub axes: rt::Field<crate::beta::WorkbookChartAxes>,
    /// CSDL: containment navigation property `dataLabels`: `microsoft.graph.workbookChartDataLabels`, nullable.
    pub data_labels: rt::Field<crate::beta::WorkbookChartDataLabels>,
    /// CSDL: containment navigation property `format`: `microsoft.graph.workbookChartAreaFormat`, nullable.
    pub format: rt::Field<crate::beta::WorkbookChartAreaFormat>,
    /// CSDL: containment navigation property `legend`: `microsoft.graph.workbookChartLegend`, nullable.
    pub legend: rt::Field<crate::beta::WorkbookChartLegend>,
    /// CSDL: containment navigation property `series`: `Collection(microsoft.graph.workbookChartSeries)`, not nullable.
    pub series: rt::Field<::std::vec::Vec<crate::beta::WorkbookChartSeries>>,
    /// CSDL: containment navigation property `title`: `microsoft.graph.workbookChartTitle`, nullable.
    pub title: rt::Field<crate::beta::WorkbookChartTitle>,
    /// CSDL: containment navigation property `worksheet`: `microsoft.graph.workbookWorksheet`, nullable.
    pub worksheet: rt::Field<crate::beta::WorkbookWorksheet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookChart {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            height: rt::Field::Absent,
            left: rt::Field::Absent,
            name: rt::Field::Absent,
            top: rt::Field::Absent,
            width: rt::Field::Absent,
            axes: rt::Field::Absent,
            data_labels: rt::Field::Absent,
            format: rt::Field::Absent,
            legend: rt::Field::Absent,
            series: rt::Field::Absent,
            title: rt::Field::Absent,
            worksheet: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookChart {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChart";
    const KEYS: &'static [&'static str] = &[
        "id",
        "height",
        "left",
        "name",
        "top",
        "width",
        "axes",
        "dataLabels",
        "format",
        "legend",
        "series",
        "title",
        "worksheet",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"height\":                       ",
        ",\"left\":                         ",
        ",\"name\":                         ",
        ",\"top\":                          ",
        ",\"width\":                        ",
        ",\"axes\":                         ",
        ",\"dataLabels\":                   ",
        ",\"format\":                       ",
        ",\"legend\":                       ",
        ",\"series\":                       ",
        ",\"title\":                        ",
        ",\"worksheet\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChart\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "height", &self.height);
        v.field(2usize, "left", &self.left);
        v.field(3usize, "name", &self.name);
        v.field(4usize, "top", &self.top);
        v.field(5usize, "width", &self.width);
        v.field(6usize, "axes", &self.axes);
        v.field(7usize, "data_labels", &self.data_labels);
        v.field(8usize, "format", &self.format);
        v.field(9usize, "legend", &self.legend);
        v.field(10usize, "series", &self.series);
        v.field(11usize, "title", &self.title);
        v.field(12usize, "worksheet", &self.worksheet);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookChart {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.height.read_from(r),
            2usize => self.left.read_from(r),
            3usize => self.name.read_from(r),
            4usize => self.top.read_from(r),
            5usize => self.width.read_from(r),
            6usize => self.axes.read_from(r),
            7usize => self.data_labels.read_from(r),
            8usize => self.format.read_from(r),
            9usize => self.legend.read_from(r),
            10usize => self.series.read_from(r),
            11usize => self.title.read_from(r),
            12usize => self.worksheet.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.height);
        w.field(2usize, &self.left);
        w.field(3usize, &self.name);
        w.field(4usize, &self.top);
        w.field(5usize, &self.width);
        w.field(6usize, &self.axes);
        w.field(7usize, &self.data_labels);
        w.field(8usize, &self.format);
        w.field(9usize, &self.legend);
        w.field(10usize, &self.series);
        w.field(11usize, &self.title);
        w.field(12usize, &self.worksheet);
    }
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
rt::impl_object!(WorkbookChart);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookChart { with_id id : ::std::string::String; with_height height : f64;
    with_left left : f64; with_name name : ::std::string::String; with_top top : f64;
    with_width width : f64; with_axes axes : crate ::beta::WorkbookChartAxes;
    with_data_labels data_labels : crate ::beta::WorkbookChartDataLabels; with_format
    format : crate ::beta::WorkbookChartAreaFormat; with_legend legend : crate
    ::beta::WorkbookChartLegend; with_series series : ::std::vec::Vec < crate
    ::beta::WorkbookChartSeries >; with_title title : crate ::beta::WorkbookChartTitle;
    with_worksheet worksheet : crate ::beta::WorkbookWorksheet; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChart);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookChartAreaFormat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartAreaFormatPath`](requests/trait.WorkbookChartAreaFormatPath.html), what a path to one (`EntityPath<WorkbookChartAreaFormat, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookChartAreaFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `fill`: `microsoft.graph.workbookChartFill`, nullable.
    pub fill: rt::Field<crate::beta::WorkbookChartFill>,
    /// CSDL: containment navigation property `font`: `microsoft.graph.workbookChartFont`, nullable.
    pub font: rt::Field<crate::beta::WorkbookChartFont>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookChartAreaFormat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            fill: rt::Field::Absent,
            font: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookChartAreaFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartAreaFormat";
    const KEYS: &'static [&'static str] = &["id", "fill", "font"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"fill\":                         ",
        ",\"font\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartAreaFormat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "fill", &self.fill);
        v.field(2usize, "font", &self.font);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookChartAreaFormat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.fill.read_from(r),
            2usize => self.font.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.fill);
        w.field(2usize, &self.font);
    }
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
rt::impl_object!(WorkbookChartAreaFormat);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookChartAreaFormat { with_id id : ::std::string::String; with_fill fill : crate
    ::beta::WorkbookChartFill; with_font font : crate ::beta::WorkbookChartFont; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartAreaFormat);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookChartAxes`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartAxesPath`](requests/trait.WorkbookChartAxesPath.html), what a path to one (`EntityPath<WorkbookChartAxes, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookChartAxes {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `categoryAxis`: `microsoft.graph.workbookChartAxis`, nullable.
    pub category_axis: rt::Field<crate::beta::WorkbookChartAxis>,
    /// CSDL: containment navigation property `seriesAxis`: `microsoft.graph.workbookChartAxis`, nullable.
    pub series_axis: rt::Field<crate::beta::WorkbookChartAxis>,
    /// CSDL: containment navigation property `valueAxis`: `microsoft.graph.workbookChartAxis`, nullable.
    pub value_axis: rt::Field<crate::beta::WorkbookChartAxis>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookChartAxes {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            category_axis: rt::Field::Absent,
            series_axis: rt::Field::Absent,
            value_axis: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookChartAxes {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartAxes";
    const KEYS: &'static [&'static str] = &[
        "id",
        "categoryAxis",
        "seriesAxis",
        "valueAxis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"categoryAxis\":                 ",
        ",\"seriesAxis\":                   ",
        ",\"valueAxis\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartAxes\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "category_axis", &self.category_axis);
        v.field(2usize, "series_axis", &self.series_axis);
        v.field(3usize, "value_axis", &self.value_axis);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookChartAxes {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.category_axis.read_from(r),
            2usize => self.series_axis.read_from(r),
            3usize => self.value_axis.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.category_axis);
        w.field(2usize, &self.series_axis);
        w.field(3usize, &self.value_axis);
    }
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
rt::impl_object!(WorkbookChartAxes);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookChartAxes { with_id id : ::std::string::String; with_category_axis
    category_axis : crate ::beta::WorkbookChartAxis; with_series_axis series_axis : crate
    ::beta::WorkbookChartAxis; with_value_axis value_axis : crate
    ::beta::WorkbookChartAxis; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartAxes);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookChartAxis`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartAxisPath`](requests/trait.WorkbookChartAxisPath.html), what a path to one (`EntityPath<WorkbookChartAxis, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookChartAxis {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `majorUnit`: `microsoft.graph.Json`, nullable.
    pub major_unit: rt::Field<crate::beta::Json>,
    /// CSDL: property `maximum`: `microsoft.graph.Json`, nullable.
    pub maximum: rt::Field<crate::beta::Json>,
    /// CSDL: property `minimum`: `microsoft.graph.Json`, nullable.
    pub minimum: rt::Field<crate::beta::Json>,
    /// CSDL: property `minorUnit`: `microsoft.graph.Json`, nullable.
    pub minor_unit: rt::Field<crate::beta::Json>,
    /// CSDL: containment navigation property `format`: `microsoft.graph.workbookChartAxisFormat`, nullable.
    pub format: rt::Field<crate::beta::WorkbookChartAxisFormat>,
    /// CSDL: containment navigation property `majorGridlines`: `microsoft.graph.workbookChartGridlines`, nullable.
    pub major_gridlines: rt::Field<crate::beta::WorkbookChartGridlines>,
    /// CSDL: containment navigation property `minorGridlines`: `microsoft.graph.workbookChartGridlines`, nullable.
    pub minor_gridlines: rt::Field<crate::beta::WorkbookChartGridlines>,
    /// CSDL: containment navigation property `title`: `microsoft.graph.workbookChartAxisTitle`, nullable.
    pub title: rt::Field<crate::beta::WorkbookChartAxisTitle>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookChartAxis {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            major_unit: rt::Field::Absent,
            maximum: rt::Field::Absent,
            minimum: rt::Field::Absent,
            minor_unit: rt::Field::Absent,
            format: rt::Field::Absent,
            major_gridlines: rt::Field::Absent,
            minor_gridlines: rt::Field::Absent,
            title: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookChartAxis {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartAxis";
    const KEYS: &'static [&'static str] = &[
        "id",
        "majorUnit",
        "maximum",
        "minimum",
        "minorUnit",
        "format",
        "majorGridlines",
        "minorGridlines",
        "title",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"majorUnit\":                    ",
        ",\"maximum\":                      ",
        ",\"minimum\":                      ",
        ",\"minorUnit\":                    ",
        ",\"format\":                       ",
        ",\"majorGridlines\":               ",
        ",\"minorGridlines\":               ",
        ",\"title\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartAxis\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "major_unit", &self.major_unit);
        v.field(2usize, "maximum", &self.maximum);
        v.field(3usize, "minimum", &self.minimum);
        v.field(4usize, "minor_unit", &self.minor_unit);
        v.field(5usize, "format", &self.format);
        v.field(6usize, "major_gridlines", &self.major_gridlines);
        v.field(7usize, "minor_gridlines", &self.minor_gridlines);
        v.field(8usize, "title", &self.title);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookChartAxis {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.major_unit.read_from(r),
            2usize => self.maximum.read_from(r),
            3usize => self.minimum.read_from(r),
            4usize => self.minor_unit.read_from(r),
            5usize => self.format.read_from(r),
            6usize => self.major_gridlines.read_from(r),
            7usize => self.minor_gridlines.read_from(r),
            8usize => self.title.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.major_unit);
        w.field(2usize, &self.maximum);
        w.field(3usize, &self.minimum);
        w.field(4usize, &self.minor_unit);
        w.field(5usize, &self.format);
        w.field(6usize, &self.major_gridlines);
        w.field(7usize, &self.minor_gridlines);
        w.field(8usize, &self.title);
    }
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
rt::impl_object!(WorkbookChartAxis);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookChartAxis { with_id id : ::std::string::String; with_major_unit major_unit :
    crate ::beta::Json; with_maximum maximum : crate ::beta::Json; with_minimum minimum :
    crate ::beta::Json; with_minor_unit minor_unit : crate ::beta::Json; with_format
    format : crate ::beta::WorkbookChartAxisFormat; with_major_gridlines major_gridlines
    : crate ::beta::WorkbookChartGridlines; with_minor_gridlines minor_gridlines : crate
    ::beta::WorkbookChartGridlines; with_title title : crate
    ::beta::WorkbookChartAxisTitle; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartAxis);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookChartAxisFormat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartAxisFormatPath`](requests/trait.WorkbookChartAxisFormatPath.html), what a path to one (`EntityPath<WorkbookChartAxisFormat, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookChartAxisFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `font`: `microsoft.graph.workbookChartFont`, nullable.
    pub font: rt::Field<crate::beta::WorkbookChartFont>,
    /// CSDL: containment navigation property `line`: `microsoft.graph.workbookChartLineFormat`, nullable.
    pub line: rt::Field<crate::beta::WorkbookChartLineFormat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookChartAxisFormat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            font: rt::Field::Absent,
            line: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookChartAxisFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartAxisFormat";
    const KEYS: &'static [&'static str] = &["id", "font", "line"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"font\":                         ",
        ",\"line\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartAxisFormat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "font", &self.font);
        v.field(2usize, "line", &self.line);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookChartAxisFormat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.font.read_from(r),
            2usize => self.line.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.font);
        w.field(2usize, &self.line);
    }
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
rt::impl_object!(WorkbookChartAxisFormat);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookChartAxisFormat { with_id id : ::std::string::String; with_font font : crate
    ::beta::WorkbookChartFont; with_line line : crate ::beta::WorkbookChartLineFormat; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartAxisFormat);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookChartAxisTitle`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartAxisTitlePath`](requests/trait.WorkbookChartAxisTitlePath.html), what a path to one (`EntityPath<WorkbookChartAxisTitle, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookChartAxisTitle {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `text`: `Edm.String`, nullable.
    pub text: rt::Field<::std::string::String>,
    /// CSDL: property `visible`: `Edm.Boolean`, not nullable.
    pub visible: rt::Field<bool>,
    /// CSDL: containment navigation property `format`: `microsoft.graph.workbookChartAxisTitleFormat`, nullable.
    pub format: rt::Field<crate::beta::WorkbookChartAxisTitleFormat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookChartAxisTitle {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            text: rt::Field::Absent,
            visible: rt::Field::Absent,
            format: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookChartAxisTitle {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartAxisTitle";
    const KEYS: &'static [&'static str] = &["id", "text", "visible", "format"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"text\":                         ",
        ",\"visible\":                      ",
        ",\"format\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartAxisTitle\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "text", &self.text);
        v.field(2usize, "visible", &self.visible);
        v.field(3usize, "format", &self.format);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookChartAxisTitle {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.text.read_from(r),
            2usize => self.visible.read_from(r),
            3usize => self.format.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.text);
        w.field(2usize, &self.visible);
        w.field(3usize, &self.format);
    }
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
rt::impl_object!(WorkbookChartAxisTitle);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookChartAxisTitle { with_id id : ::std::string::String; with_text text :
    ::std::string::String; with_visible visible : bool; with_format format : crate
    ::beta::WorkbookChartAxisTitleFormat; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartAxisTitle);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookChartAxisTitleFormat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartAxisTitleFormatPath`](requests/trait.WorkbookChartAxisTitleFormatPath.html), what a path to one (`EntityPath<WorkbookChartAxisTitleFormat, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookChartAxisTitleFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `font`: `microsoft.graph.workbookChartFont`, nullable.
    pub font: rt::Field<crate::beta::WorkbookChartFont>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookChartAxisTitleFormat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            font: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookChartAxisTitleFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartAxisTitleFormat";
    const KEYS: &'static [&'static str] = &["id", "font"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"font\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartAxisTitleFormat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "font", &self.font);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookChartAxisTitleFormat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.font.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.font);
    }
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
rt::impl_object!(WorkbookChartAxisTitleFormat);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookChartAxisTitleFormat { with_id id : ::std::string::String; with_font font :
    crate ::beta::WorkbookChartFont; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartAxisTitleFormat);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookChartDataLabelFormat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartDataLabelFormatPath`](requests/trait.WorkbookChartDataLabelFormatPath.html), what a path to one (`EntityPath<WorkbookChartDataLabelFormat, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookChartDataLabelFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `fill`: `microsoft.graph.workbookChartFill`, nullable.
    pub fill: rt::Field<crate::beta::WorkbookChartFill>,
    /// CSDL: containment navigation property `font`: `microsoft.graph.workbookChartFont`, nullable.
    pub font: rt::Field<crate::beta::WorkbookChartFont>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookChartDataLabelFormat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            fill: rt::Field::Absent,
            font: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookChartDataLabelFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartDataLabelFormat";
    const KEYS: &'static [&'static str] = &["id", "fill", "font"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"fill\":                         ",
        ",\"font\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartDataLabelFormat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "fill", &self.fill);
        v.field(2usize, "font", &self.font);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookChartDataLabelFormat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.fill.read_from(r),
            2usize => self.font.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.fill);
        w.field(2usize, &self.font);
    }
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
rt::impl_object!(WorkbookChartDataLabelFormat);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookChartDataLabelFormat { with_id id : ::std::string::String; with_fill fill :
    crate ::beta::WorkbookChartFill; with_font font : crate ::beta::WorkbookChartFont; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartDataLabelFormat);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookChartDataLabels`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartDataLabelsPath`](requests/trait.WorkbookChartDataLabelsPath.html), what a path to one (`EntityPath<WorkbookChartDataLabels, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookChartDataLabels {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `position`: `Edm.String`, nullable.
    pub position: rt::Field<::std::string::String>,
    /// CSDL: property `separator`: `Edm.String`, nullable.
    pub separator: rt::Field<::std::string::String>,
    /// CSDL: property `showBubbleSize`: `Edm.Boolean`, nullable.
    pub show_bubble_size: rt::Field<bool>,
    /// CSDL: property `showCategoryName`: `Edm.Boolean`, nullable.
    pub show_category_name: rt::Field<bool>,
    /// CSDL: property `showLegendKey`: `Edm.Boolean`, nullable.
    pub show_legend_key: rt::Field<bool>,
    /// CSDL: property `showPercentage`: `Edm.Boolean`, nullable.
    pub show_percentage: rt::Field<bool>,
    /// CSDL: property `showSeriesName`: `Edm.Boolean`, nullable.
    pub show_series_name: rt::Field<bool>,
    /// CSDL: property `showValue`: `Edm.Boolean`, nullable.
    pub show_value: rt::Field<bool>,
    /// CSDL: containment navigation property `format`: `microsoft.graph.workbookChartDataLabelFormat`, nullable.
    pub format: rt::Field<crate::beta::WorkbookChartDataLabelFormat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookChartDataLabels {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            position: rt::Field::Absent,
            separator: rt::Field::Absent,
            show_bubble_size: rt::Field::Absent,
            show_category_name: rt::Field::Absent,
            show_legend_key: rt::Field::Absent,
            show_percentage: rt::Field::Absent,
            show_series_name: rt::Field::Absent,
            show_value: rt::Field::Absent,
            format: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookChartDataLabels {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartDataLabels";
    const KEYS: &'static [&'static str] = &[
        "id",
        "position",
        "separator",
        "showBubbleSize",
        "showCategoryName",
        "showLegendKey",
        "showPercentage",
        "showSeriesName",
        "showValue",
        "format",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"position\":                     ",
        ",\"separator\":                    ",
        ",\"showBubbleSize\":               ",
        ",\"showCategoryName\":             ",
        ",\"showLegendKey\":                ",
        ",\"showPercentage\":               ",
        ",\"showSeriesName\":               ",
        ",\"showValue\":                    ",
        ",\"format\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartDataLabels\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "position", &self.position);
        v.field(2usize, "separator", &self.separator);
        v.field(3usize, "show_bubble_size", &self.show_bubble_size);
        v.field(4usize, "show_category_name", &self.show_category_name);
        v.field(5usize, "show_legend_key", &self.show_legend_key);
        v.field(6usize, "show_percentage", &self.show_percentage);
        v.field(7usize, "show_series_name", &self.show_series_name);
        v.field(8usize, "show_value", &self.show_value);
        v.field(9usize, "format", &self.format);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookChartDataLabels {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.position.read_from(r),
            2usize => self.separator.read_from(r),
            3usize => self.show_bubble_size.read_from(r),
            4usize => self.show_category_name.read_from(r),
            5usize => self.show_legend_key.read_from(r),
            6usize => self.show_percentage.read_from(r),
            7usize => self.show_series_name.read_from(r),
            8usize => self.show_value.read_from(r),
            9usize => self.format.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.position);
        w.field(2usize, &self.separator);
        w.field(3usize, &self.show_bubble_size);
        w.field(4usize, &self.show_category_name);
        w.field(5usize, &self.show_legend_key);
        w.field(6usize, &self.show_percentage);
        w.field(7usize, &self.show_series_name);
        w.field(8usize, &self.show_value);
        w.field(9usize, &self.format);
    }
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
rt::impl_object!(WorkbookChartDataLabels);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookChartDataLabels { with_id id : ::std::string::String; with_position position
    : ::std::string::String; with_separator separator : ::std::string::String;
    with_show_bubble_size show_bubble_size : bool; with_show_category_name
    show_category_name : bool; with_show_legend_key show_legend_key : bool;
    with_show_percentage show_percentage : bool; with_show_series_name show_series_name :
    bool; with_show_value show_value : bool; with_format format : crate
    ::beta::WorkbookChartDataLabelFormat; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartDataLabels);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookChartFill`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartFillPath`](requests/trait.WorkbookChartFillPath.html), what a path to one (`EntityPath<WorkbookChartFill, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookChartFill {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookChartFill {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookChartFill {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartFill";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartFill\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookChartFill {
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
rt::impl_object!(WorkbookChartFill);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(WorkbookChartFill { with_id id : ::std::string::String; });
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartFill);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookChartFont`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookChartFont {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `bold`: `Edm.Boolean`, nullable.
    pub bold: rt::Field<bool>,
    /// CSDL: property `color`: `Edm.String`, nullable.
    pub color: rt::Field<::std::string::String>,
    /// CSDL: property `italic`: `Edm.Boolean`, nullable.
    pub italic: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `size`: `Edm.Double`, nullable.
    pub size: rt::Field<f64>,
    /// CSDL: property `underline`: `Edm.String`, nullable.
    pub underline: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookChartFont {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            bold: rt::Field::Absent,
            color: rt::Field::Absent,
            italic: rt::Field::Absent,
            name: rt::Field::Absent,
            size: rt::Field::Absent,
            underline: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookChartFont {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartFont";
    const KEYS: &'static [&'static str] = &[
        "id",
        "bold",
        "color",
        "italic",
        "name",
        "size",
        "underline",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"bold\":                         ",
        ",\"color\":                        ",
        ",\"italic\":                       ",
        ",\"name\":                         ",
        ",\"size\":                         ",
        ",\"underline\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartFont\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "bold", &self.bold);
        v.field(2usize, "color", &self.color);
        v.field(3usize, "italic", &self.italic);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "size", &self.size);
        v.field(6usize, "underline", &self.underline);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookChartFont {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.bold.read_from(r),
            2usize => self.color.read_from(r),
            3usize => self.italic.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.size.read_from(r),
            6usize => self.underline.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.bold);
        w.field(2usize, &self.color);
        w.field(3usize, &self.italic);
        w.field(4usize, &self.name);
        w.field(5usize, &self.size);
        w.field(6usize, &self.underline);
    }
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
rt::impl_object!(WorkbookChartFont);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookChartFont { with_id id : ::std::string::String; with_bold bold : bool;
    with_color color : ::std::string::String; with_italic italic : bool; with_name name :
    ::std::string::String; with_size size : f64; with_underline underline :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartFont);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookChartGridlines`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartGridlinesPath`](requests/trait.WorkbookChartGridlinesPath.html), what a path to one (`EntityPath<WorkbookChartGridlines, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookChartGridlines {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `visible`: `Edm.Boolean`, not nullable.
    pub visible: rt::Field<bool>,
    /// CSDL: containment navigation property `format`: `microsoft.graph.workbookChartGridlinesFormat`, nullable.
    pub format: rt::Field<crate::beta::WorkbookChartGridlinesFormat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookChartGridlines {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            visible: rt::Field::Absent,
            format: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookChartGridlines {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartGridlines";
    const KEYS: &'static [&'static str] = &["id", "visible", "format"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"visible\":                      ",
        ",\"format\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartGridlines\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "visible", &self.visible);
        v.field(2usize, "format", &self.format);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookChartGridlines {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.visible.read_from(r),
            2usize => self.format.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.visible);
        w.field(2usize, &self.format);
    }
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
rt::impl_object!(WorkbookChartGridlines);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookChartGridlines { with_id id : ::std::string::String; with_visible visible :
    bool; with_format format : crate ::beta::WorkbookChartGridlinesFormat; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartGridlines);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookChartGridlinesFormat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartGridlinesFormatPath`](requests/trait.WorkbookChartGridlinesFormatPath.html), what a path to one (`EntityPath<WorkbookChartGridlinesFormat, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookChartGridlinesFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `line`: `microsoft.graph.workbookChartLineFormat`, nullable.
    pub line: rt::Field<crate::beta::WorkbookChartLineFormat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookChartGridlinesFormat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            line: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookChartGridlinesFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartGridlinesFormat";
    const KEYS: &'static [&'static str] = &["id", "line"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"line\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartGridlinesFormat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "line", &self.line);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookChartGridlinesFormat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.line.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.line);
    }
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
rt::impl_object!(WorkbookChartGridlinesFormat);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookChartGridlinesFormat { with_id id : ::std::string::String; with_line line :
    crate ::beta::WorkbookChartLineFormat; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartGridlinesFormat);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookChartLegend`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartLegendPath`](requests/trait.WorkbookChartLegendPath.html), what a path to one (`EntityPath<WorkbookChartLegend, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookChartLegend {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `overlay`: `Edm.Boolean`, nullable.
    pub overlay: rt::Field<bool>,
    /// CSDL: property `position`: `Edm.String`, nullable.
    pub position: rt::Field<::std::string::String>,
    /// CSDL: property `visible`: `Edm.Boolean`, not nullable.
    pub visible: rt::Field<bool>,
    /// CSDL: containment navigation property `format`: `microsoft.graph.workbookChartLegendFormat`, nullable.
    pub format: rt::Field<crate::beta::WorkbookChartLegendFormat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookChartLegend {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            overlay: rt::Field::Absent,
            position: rt::Field::Absent,
            visible: rt::Field::Absent,
            format: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookChartLegend {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartLegend";
    const KEYS: &'static [&'static str] = &[
        "id",
        "overlay",
        "position",
        "visible",
        "format",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"overlay\":                      ",
        ",\"position\":                     ",
        ",\"visible\":                      ",
        ",\"format\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartLegend\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "overlay", &self.overlay);
        v.field(2usize, "position", &self.position);
        v.field(3usize, "visible", &self.visible);
        v.field(4usize, "format", &self.format);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookChartLegend {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.overlay.read_from(r),
            2usize => self.position.read_from(r),
            3usize => self.visible.read_from(r),
            4usize => self.format.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.overlay);
        w.field(2usize, &self.position);
        w.field(3usize, &self.visible);
        w.field(4usize, &self.format);
    }
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
rt::impl_object!(WorkbookChartLegend);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookChartLegend { with_id id : ::std::string::String; with_overlay overlay :
    bool; with_position position : ::std::string::String; with_visible visible : bool;
    with_format format : crate ::beta::WorkbookChartLegendFormat; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartLegend);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookChartLegendFormat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartLegendFormatPath`](requests/trait.WorkbookChartLegendFormatPath.html), what a path to one (`EntityPath<WorkbookChartLegendFormat, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookChartLegendFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `fill`: `microsoft.graph.workbookChartFill`, nullable.
    pub fill: rt::Field<crate::beta::WorkbookChartFill>,
    /// CSDL: containment navigation property `font`: `microsoft.graph.workbookChartFont`, nullable.
    pub font: rt::Field<crate::beta::WorkbookChartFont>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookChartLegendFormat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            fill: rt::Field::Absent,
            font: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookChartLegendFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartLegendFormat";
    const KEYS: &'static [&'static str] = &["id", "fill", "font"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"fill\":                         ",
        ",\"font\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartLegendFormat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "fill", &self.fill);
        v.field(2usize, "font", &self.font);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookChartLegendFormat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.fill.read_from(r),
            2usize => self.font.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.fill);
        w.field(2usize, &self.font);
    }
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
rt::impl_object!(WorkbookChartLegendFormat);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookChartLegendFormat { with_id id : ::std::string::String; with_fill fill :
    crate ::beta::WorkbookChartFill; with_font font : crate ::beta::WorkbookChartFont; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartLegendFormat);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookChartLineFormat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartLineFormatPath`](requests/trait.WorkbookChartLineFormatPath.html), what a path to one (`EntityPath<WorkbookChartLineFormat, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookChartLineFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `color`: `Edm.String`, nullable.
    pub color: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookChartLineFormat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            color: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookChartLineFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartLineFormat";
    const KEYS: &'static [&'static str] = &["id", "color"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"color\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartLineFormat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "color", &self.color);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookChartLineFormat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.color.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.color);
    }
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
rt::impl_object!(WorkbookChartLineFormat);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookChartLineFormat { with_id id : ::std::string::String; with_color color :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartLineFormat);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookChartPoint`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartPointPath`](requests/trait.WorkbookChartPointPath.html), what a path to one (`EntityPath<WorkbookChartPoint, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookChartPoint {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `microsoft.graph.Json`, nullable.
    pub value: rt::Field<crate::beta::Json>,
    /// CSDL: containment navigation property `format`: `microsoft.graph.workbookChartPointFormat`, nullable.
    pub format: rt::Field<crate::beta::WorkbookChartPointFormat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookChartPoint {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            value: rt::Field::Absent,
            format: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookChartPoint {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartPoint";
    const KEYS: &'static [&'static str] = &["id", "value", "format"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"value\":                        ",
        ",\"format\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartPoint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "value", &self.value);
        v.field(2usize, "format", &self.format);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookChartPoint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.value.read_from(r),
            2usize => self.format.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.value);
        w.field(2usize, &self.format);
    }
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
rt::impl_object!(WorkbookChartPoint);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookChartPoint { with_id id : ::std::string::String; with_value value : crate
    ::beta::Json; with_format format : crate ::beta::WorkbookChartPointFormat; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartPoint);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookChartPointFormat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartPointFormatPath`](requests/trait.WorkbookChartPointFormatPath.html), what a path to one (`EntityPath<WorkbookChartPointFormat, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookChartPointFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `fill`: `microsoft.graph.workbookChartFill`, nullable.
    pub fill: rt::Field<crate::beta::WorkbookChartFill>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookChartPointFormat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            fill: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookChartPointFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartPointFormat";
    const KEYS: &'static [&'static str] = &["id", "fill"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"fill\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartPointFormat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "fill", &self.fill);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookChartPointFormat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.fill.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.fill);
    }
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
rt::impl_object!(WorkbookChartPointFormat);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookChartPointFormat { with_id id : ::std::string::String; with_fill fill : crate
    ::beta::WorkbookChartFill; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartPointFormat);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookChartSeries`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartSeriesPath`](requests/trait.WorkbookChartSeriesPath.html), what a path to one (`EntityPath<WorkbookChartSeries, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookChartSeries {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `format`: `microsoft.graph.workbookChartSeriesFormat`, nullable.
    pub format: rt::Field<crate::beta::WorkbookChartSeriesFormat>,
    /// CSDL: containment navigation property `points`: `Collection(microsoft.graph.workbookChartPoint)`, not nullable.
    pub points: rt::Field<::std::vec::Vec<crate::beta::WorkbookChartPoint>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookChartSeries {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            name: rt::Field::Absent,
            format: rt::Field::Absent,
            points: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookChartSeries {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartSeries";
    const KEYS: &'static [&'static str] = &["id", "name", "format", "points"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"name\":                         ",
        ",\"format\":                       ",
        ",\"points\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartSeries\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "format", &self.format);
        v.field(3usize, "points", &self.points);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookChartSeries {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.format.read_from(r),
            3usize => self.points.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.name);
        w.field(2usize, &self.format);
        w.field(3usize, &self.points);
    }
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
rt::impl_object!(WorkbookChartSeries);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookChartSeries { with_id id : ::std::string::String; with_name name :
    ::std::string::String; with_format format : crate ::beta::WorkbookChartSeriesFormat;
    with_points points : ::std::vec::Vec < crate ::beta::WorkbookChartPoint >; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartSeries);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookChartSeriesFormat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartSeriesFormatPath`](requests/trait.WorkbookChartSeriesFormatPath.html), what a path to one (`EntityPath<WorkbookChartSeriesFormat, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookChartSeriesFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `fill`: `microsoft.graph.workbookChartFill`, nullable.
    pub fill: rt::Field<crate::beta::WorkbookChartFill>,
    /// CSDL: containment navigation property `line`: `microsoft.graph.workbookChartLineFormat`, nullable.
    pub line: rt::Field<crate::beta::WorkbookChartLineFormat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookChartSeriesFormat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            fill: rt::Field::Absent,
            line: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookChartSeriesFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartSeriesFormat";
    const KEYS: &'static [&'static str] = &["id", "fill", "line"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"fill\":                         ",
        ",\"line\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartSeriesFormat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "fill", &self.fill);
        v.field(2usize, "line", &self.line);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookChartSeriesFormat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.fill.read_from(r),
            2usize => self.line.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.fill);
        w.field(2usize, &self.line);
    }
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
rt::impl_object!(WorkbookChartSeriesFormat);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookChartSeriesFormat { with_id id : ::std::string::String; with_fill fill :
    crate ::beta::WorkbookChartFill; with_line line : crate
    ::beta::WorkbookChartLineFormat; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartSeriesFormat);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookChartTitle`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartTitlePath`](requests/trait.WorkbookChartTitlePath.html), what a path to one (`EntityPath<WorkbookChartTitle, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookChartTitle {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `overlay`: `Edm.Boolean`, nullable.
    pub overlay: rt::Field<bool>,
    /// CSDL: property `text`: `Edm.String`, nullable.
    pub text: rt::Field<::std::string::String>,
    /// CSDL: property `visible`: `Edm.Boolean`, not nullable.
    pub visible: rt::Field<bool>,
    /// CSDL: containment navigation property `format`: `microsoft.graph.workbookChartTitleFormat`, nullable.
    pub format: rt::Field<crate::beta::WorkbookChartTitleFormat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookChartTitle {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            overlay: rt::Field::Absent,
            text: rt::Field::Absent,
            visible: rt::Field::Absent,
            format: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookChartTitle {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartTitle";
    const KEYS: &'static [&'static str] = &[
        "id",
        "overlay",
        "text",
        "visible",
        "format",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"overlay\":                      ",
        ",\"text\":                         ",
        ",\"visible\":                      ",
        ",\"format\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartTitle\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "overlay", &self.overlay);
        v.field(2usize, "text", &self.text);
        v.field(3usize, "visible", &self.visible);
        v.field(4usize, "format", &self.format);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookChartTitle {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.overlay.read_from(r),
            2usize => self.text.read_from(r),
            3usize => self.visible.read_from(r),
            4usize => self.format.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.overlay);
        w.field(2usize, &self.text);
        w.field(3usize, &self.visible);
        w.field(4usize, &self.format);
    }
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
rt::impl_object!(WorkbookChartTitle);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookChartTitle { with_id id : ::std::string::String; with_overlay overlay : bool;
    with_text text : ::std::string::String; with_visible visible : bool; with_format
    format : crate ::beta::WorkbookChartTitleFormat; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartTitle);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookChartTitleFormat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartTitleFormatPath`](requests/trait.WorkbookChartTitleFormatPath.html), what a path to one (`EntityPath<WorkbookChartTitleFormat, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookChartTitleFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `fill`: `microsoft.graph.workbookChartFill`, nullable.
    pub fill: rt::Field<crate::beta::WorkbookChartFill>,
    /// CSDL: containment navigation property `font`: `microsoft.graph.workbookChartFont`, nullable.
    pub font: rt::Field<crate::beta::WorkbookChartFont>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookChartTitleFormat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            fill: rt::Field::Absent,
            font: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookChartTitleFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartTitleFormat";
    const KEYS: &'static [&'static str] = &["id", "fill", "font"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"fill\":                         ",
        ",\"font\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartTitleFormat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "fill", &self.fill);
        v.field(2usize, "font", &self.font);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookChartTitleFormat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.fill.read_from(r),
            2usize => self.font.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.fill);
        w.field(2usize, &self.font);
    }
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
rt::impl_object!(WorkbookChartTitleFormat);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookChartTitleFormat { with_id id : ::std::string::String; with_fill fill : crate
    ::beta::WorkbookChartFill; with_font font : crate ::beta::WorkbookChartFont; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartTitleFormat);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookComment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookCommentPath`](requests/trait.WorkbookCommentPath.html), what a path to one (`EntityPath<WorkbookComment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookComment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `content`: `Edm.String`, nullable.
    pub content: rt::Field<::std::string::String>,
    /// CSDL: property `contentType`: `Edm.String`, not nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `replies`: `Collection(microsoft.graph.workbookCommentReply)`, not nullable.
    pub replies: rt::Field<::std::vec::Vec<crate::beta::WorkbookCommentReply>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookComment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content: rt::Field::Absent,
            content_type: rt::Field::Absent,
            replies: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookComment {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookComment";
    const KEYS: &'static [&'static str] = &["id", "content", "contentType", "replies"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"content\":                      ",
        ",\"contentType\":                  ",
        ",\"replies\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookComment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content", &self.content);
        v.field(2usize, "content_type", &self.content_type);
        v.field(3usize, "replies", &self.replies);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookComment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content.read_from(r),
            2usize => self.content_type.read_from(r),
            3usize => self.replies.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content);
        w.field(2usize, &self.content_type);
        w.field(3usize, &self.replies);
    }
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
rt::impl_object!(WorkbookComment);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookComment { with_id id : ::std::string::String; with_content content :
    ::std::string::String; with_content_type content_type : ::std::string::String;
    with_replies replies : ::std::vec::Vec < crate ::beta::WorkbookCommentReply >; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookComment);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookCommentReply`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookCommentReply {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `content`: `Edm.String`, nullable.
    pub content: rt::Field<::std::string::String>,
    /// CSDL: property `contentType`: `Edm.String`, not nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookCommentReply {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content: rt::Field::Absent,
            content_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookCommentReply {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookCommentReply";
    const KEYS: &'static [&'static str] = &["id", "content", "contentType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"content\":                      ",
        ",\"contentType\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookCommentReply\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content", &self.content);
        v.field(2usize, "content_type", &self.content_type);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookCommentReply {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content.read_from(r),
            2usize => self.content_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content);
        w.field(2usize, &self.content_type);
    }
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
rt::impl_object!(WorkbookCommentReply);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookCommentReply { with_id id : ::std::string::String; with_content content :
    ::std::string::String; with_content_type content_type : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookCommentReply);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookFilter`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookFilterPath`](requests/trait.WorkbookFilterPath.html), what a path to one (`EntityPath<WorkbookFilter, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFilter {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `criteria`: `microsoft.graph.workbookFilterCriteria`, nullable.
    pub criteria: rt::Field<crate::beta::WorkbookFilterCriteria>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFilter {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            criteria: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFilter {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookFilter";
    const KEYS: &'static [&'static str] = &["id", "criteria"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"criteria\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookFilter\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "criteria", &self.criteria);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFilter {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.criteria.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
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
rt::impl_object!(WorkbookFilter);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFilter { with_id id : ::std::string::String; with_criteria criteria : crate
    ::beta::WorkbookFilterCriteria; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFilter);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookFilterCriteria`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFilterCriteria {
    /// CSDL: property `color`: `Edm.String`, nullable.
    pub color: rt::Field<::std::string::String>,
    /// CSDL: property `criterion1`: `Edm.String`, nullable.
    pub criterion1: rt::Field<::std::string::String>,
    /// CSDL: property `criterion2`: `Edm.String`, nullable.
    pub criterion2: rt::Field<::std::string::String>,
    /// CSDL: property `dynamicCriteria`: `Edm.String`, not nullable.
    pub dynamic_criteria: rt::Field<::std::string::String>,
    /// CSDL: property `filterOn`: `Edm.String`, not nullable.
    pub filter_on: rt::Field<::std::string::String>,
    /// CSDL: property `icon`: `microsoft.graph.workbookIcon`, nullable.
    pub icon: rt::Field<crate::beta::WorkbookIcon>,
    /// CSDL: property `operator`: `Edm.String`, not nullable.
    pub operator: rt::Field<::std::string::String>,
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFilterCriteria {
    #[inline]
    fn default() -> Self {
        Self {
            color: rt::Field::Absent,
            criterion1: rt::Field::Absent,
            criterion2: rt::Field::Absent,
            dynamic_criteria: rt::Field::Absent,
            filter_on: rt::Field::Absent,
            icon: rt::Field::Absent,
            operator: rt::Field::Absent,
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFilterCriteria {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookFilterCriteria";
    const KEYS: &'static [&'static str] = &[
        "color",
        "criterion1",
        "criterion2",
        "dynamicCriteria",
        "filterOn",
        "icon",
        "operator",
        "values",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"color\":                        ",
        ",\"criterion1\":                   ",
        ",\"criterion2\":                   ",
        ",\"dynamicCriteria\":              ",
        ",\"filterOn\":                     ",
        ",\"icon\":                         ",
        ",\"operator\":                     ",
        ",\"values\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookFilterCriteria\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "color", &self.color);
        v.field(1usize, "criterion1", &self.criterion1);
        v.field(2usize, "criterion2", &self.criterion2);
        v.field(3usize, "dynamic_criteria", &self.dynamic_criteria);
        v.field(4usize, "filter_on", &self.filter_on);
        v.field(5usize, "icon", &self.icon);
        v.field(6usize, "operator", &self.operator);
        v.field(7usize, "values", &self.values);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFilterCriteria {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.color.read_from(r),
            1usize => self.criterion1.read_from(r),
            2usize => self.criterion2.read_from(r),
            3usize => self.dynamic_criteria.read_from(r),
            4usize => self.filter_on.read_from(r),
            5usize => self.icon.read_from(r),
            6usize => self.operator.read_from(r),
            7usize => self.values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.color);
        w.field(1usize, &self.criterion1);
        w.field(2usize, &self.criterion2);
        w.field(3usize, &self.dynamic_criteria);
        w.field(4usize, &self.filter_on);
        w.field(5usize, &self.icon);
        w.field(6usize, &self.operator);
        w.field(7usize, &self.values);
    }
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
rt::impl_object!(WorkbookFilterCriteria);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFilterCriteria { with_color color : ::std::string::String; with_criterion1
    criterion1 : ::std::string::String; with_criterion2 criterion2 :
    ::std::string::String; with_dynamic_criteria dynamic_criteria :
    ::std::string::String; with_filter_on filter_on : ::std::string::String; with_icon
    icon : crate ::beta::WorkbookIcon; with_operator operator : ::std::string::String;
    with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFilterCriteria);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookFormatProtection`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFormatProtection {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `formulaHidden`: `Edm.Boolean`, nullable.
    pub formula_hidden: rt::Field<bool>,
    /// CSDL: property `locked`: `Edm.Boolean`, nullable.
    pub locked: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFormatProtection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            formula_hidden: rt::Field::Absent,
            locked: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFormatProtection {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookFormatProtection";
    const KEYS: &'static [&'static str] = &["id", "formulaHidden", "locked"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"formulaHidden\":                ",
        ",\"locked\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookFormatProtection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "formula_hidden", &self.formula_hidden);
        v.field(2usize, "locked", &self.locked);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFormatProtection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.formula_hidden.read_from(r),
            2usize => self.locked.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.formula_hidden);
        w.field(2usize, &self.locked);
    }
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
rt::impl_object!(WorkbookFormatProtection);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFormatProtection { with_id id : ::std::string::String; with_formula_hidden
    formula_hidden : bool; with_locked locked : bool; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFormatProtection);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookFunctions`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookFunctionsPath`](requests/trait.WorkbookFunctionsPath.html), what a path to one (`EntityPath<WorkbookFunctions, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctions {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctions {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctions {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookFunctions";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.workbookFunctions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctions {
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
rt::impl_object!(WorkbookFunctions);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(WorkbookFunctions { with_id id : ::std::string::String; });
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctions);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookIcon`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookIcon {
    /// CSDL: property `index`: `Edm.Int32`, not nullable.
    pub index: rt::Field<i32>,
    /// CSDL: property `set`: `Edm.String`, not nullable.
    pub set: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookIcon {
    #[inline]
    fn default() -> Self {
        Self {
            index: rt::Field::Absent,
            set: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookIcon {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookIcon";
    const KEYS: &'static [&'static str] = &["index", "set"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"index\":                        ",
        ",\"set\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookIcon\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "index", &self.index);
        v.field(1usize, "set", &self.set);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookIcon {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.index.read_from(r),
            1usize => self.set.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.index);
        w.field(1usize, &self.set);
    }
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
rt::impl_object!(WorkbookIcon);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookIcon { with_index index : i32; with_set set : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookIcon);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookNamedItem`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookNamedItemPath`](requests/trait.WorkbookNamedItemPath.html), what a path to one (`EntityPath<WorkbookNamedItem, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookNamedItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `scope`: `Edm.String`, not nullable.
    pub scope: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `microsoft.graph.Json`, nullable.
    pub value: rt::Field<crate::beta::Json>,
    /// CSDL: property `visible`: `Edm.Boolean`, not nullable.
    pub visible: rt::Field<bool>,
    /// CSDL: containment navigation property `worksheet`: `microsoft.graph.workbookWorksheet`, nullable.
    pub worksheet: rt::Field<crate::beta::WorkbookWorksheet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookNamedItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            comment: rt::Field::Absent,
            name: rt::Field::Absent,
            scope: rt::Field::Absent,
            type_: rt::Field::Absent,
            value: rt::Field::Absent,
            visible: rt::Field::Absent,
            worksheet: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookNamedItem {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookNamedItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "comment",
        "name",
        "scope",
        "type",
        "value",
        "visible",
        "worksheet",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"comment\":                      ",
        ",\"name\":                         ",
        ",\"scope\":                        ",
        ",\"type\":                         ",
        ",\"value\":                        ",
        ",\"visible\":                      ",
        ",\"worksheet\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookNamedItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "comment", &self.comment);
        v.field(2usize, "name", &self.name);
        v.field(3usize, "scope", &self.scope);
        v.field(4usize, "type_", &self.type_);
        v.field(5usize, "value", &self.value);
        v.field(6usize, "visible", &self.visible);
        v.field(7usize, "worksheet", &self.worksheet);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookNamedItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.comment.read_from(r),
            2usize => self.name.read_from(r),
            3usize => self.scope.read_from(r),
            4usize => self.type_.read_from(r),
            5usize => self.value.read_from(r),
            6usize => self.visible.read_from(r),
            7usize => self.worksheet.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.comment);
        w.field(2usize, &self.name);
        w.field(3usize, &self.scope);
        w.field(4usize, &self.type_);
        w.field(5usize, &self.value);
        w.field(6usize, &self.visible);
        w.field(7usize, &self.worksheet);
    }
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
rt::impl_object!(WorkbookNamedItem);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookNamedItem { with_id id : ::std::string::String; with_comment comment :
    ::std::string::String; with_name name : ::std::string::String; with_scope scope :
    ::std::string::String; with_type type_ : ::std::string::String; with_value value :
    crate ::beta::Json; with_visible visible : bool; with_worksheet worksheet : crate
    ::beta::WorkbookWorksheet; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookNamedItem);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookOperation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookOperationPath`](requests/trait.WorkbookOperationPath.html), what a path to one (`EntityPath<WorkbookOperation, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `error`: `microsoft.graph.workbookOperationError`, nullable.
    pub error: rt::Field<crate::beta::WorkbookOperationError>,
    /// CSDL: property `resourceLocation`: `Edm.String`, nullable.
    pub resource_location: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.workbookOperationStatus`, not nullable.
    pub status: rt::Field<crate::beta::WorkbookOperationStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            error: rt::Field::Absent,
            resource_location: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookOperation";
    const KEYS: &'static [&'static str] = &["id", "error", "resourceLocation", "status"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"error\":                        ",
        ",\"resourceLocation\":             ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "error", &self.error);
        v.field(2usize, "resource_location", &self.resource_location);
        v.field(3usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.error.read_from(r),
            2usize => self.resource_location.read_from(r),
            3usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.error);
        w.field(2usize, &self.resource_location);
        w.field(3usize, &self.status);
    }
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
rt::impl_object!(WorkbookOperation);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookOperation { with_id id : ::std::string::String; with_error error : crate
    ::beta::WorkbookOperationError; with_resource_location resource_location :
    ::std::string::String; with_status status : crate ::beta::WorkbookOperationStatus; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookOperation);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookOperationError`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookOperationError {
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `innerError`: `microsoft.graph.workbookOperationError`, nullable.
    pub inner_error: rt::Field<::std::boxed::Box<crate::beta::WorkbookOperationError>>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookOperationError {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            inner_error: rt::Field::Absent,
            message: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookOperationError {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookOperationError";
    const KEYS: &'static [&'static str] = &["code", "innerError", "message"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"innerError\":                   ",
        ",\"message\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookOperationError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "inner_error", &self.inner_error);
        v.field(2usize, "message", &self.message);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookOperationError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.inner_error.read_from(r),
            2usize => self.message.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.inner_error);
        w.field(2usize, &self.message);
    }
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
rt::impl_object!(WorkbookOperationError);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_boxed!(WorkbookOperationError);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookOperationError { with_code code : ::std::string::String; with_inner_error
    inner_error : ::std::boxed::Box < crate ::beta::WorkbookOperationError >;
    with_message message : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookOperationError);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookOperationStatus`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WorkbookOperationStatus {
    /// `notStarted` (value 0).
    NotStarted,
    /// `running` (value 1).
    Running,
    /// `succeeded` (value 2).
    Succeeded,
    /// `failed` (value 3).
    Failed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::StrEnum for WorkbookOperationStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookOperationStatus";
    const MEMBERS: &'static [&'static str] = &[
        "notStarted",
        "running",
        "succeeded",
        "failed",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notStarted" => Self::NotStarted,
                "running" => Self::Running,
                "succeeded" => Self::Succeeded,
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
            Self::NotStarted => "notStarted",
            Self::Running => "running",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_enum!(WorkbookOperationStatus);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookOperationStatus);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookPivotTable`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookPivotTablePath`](requests/trait.WorkbookPivotTablePath.html), what a path to one (`EntityPath<WorkbookPivotTable, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookPivotTable {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `worksheet`: `microsoft.graph.workbookWorksheet`, nullable.
    pub worksheet: rt::Field<crate::beta::WorkbookWorksheet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookPivotTable {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            name: rt::Field::Absent,
            worksheet: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookPivotTable {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookPivotTable";
    const KEYS: &'static [&'static str] = &["id", "name", "worksheet"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"name\":                         ",
        ",\"worksheet\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookPivotTable\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "worksheet", &self.worksheet);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookPivotTable {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.worksheet.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.name);
        w.field(2usize, &self.worksheet);
    }
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
rt::impl_object!(WorkbookPivotTable);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookPivotTable { with_id id : ::std::string::String; with_name name :
    ::std::string::String; with_worksheet worksheet : crate ::beta::WorkbookWorksheet; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookPivotTable);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookRange`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookRangePath`](requests/trait.WorkbookRangePath.html), what a path to one (`EntityPath<WorkbookRange, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookRange {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `address`: `Edm.String`, nullable.
    pub address: rt::Field<::std::string::String>,
    /// CSDL: property `addressLocal`: `Edm.String`, nullable.
    pub address_local: rt::Field<::std::string::String>,
    /// CSDL: property `cellCount`: `Edm.Int32`, not nullable.
    pub cell_count: rt::Field<i32>,
    /// CSDL: property `columnCount`: `Edm.Int32`, not nullable.
    pub column_count: rt::Field<i32>,
    /// CSDL: property `columnHidden`: `Edm.Boolean`, nullable.
    pub column_hidden: rt::Field<bool>,
    /// CSDL: property `columnIndex`: `Edm.Int32`, not nullable.
    pub column_index: rt::Field<i32>,
    /// CSDL: property `formulas`: `microsoft.graph.Json`, nullable.
    pub formulas: rt::Field<crate::beta::Json>,
    /// CSDL: property `formulasLocal`: `microsoft.graph.Json`, nullable.
    pub formulas_local: rt::Field<crate::beta::Json>,
    /// CSDL: property `formulasR1C1`: `microsoft.graph.Json`, nullable.
    pub formulas_r1c1: rt::Field<crate::beta::Json>,
    /// CSDL: property `hidden`: `Edm.Boolean`, nullable.
    pub hidden: rt::Field<bool>,
    /// CSDL: property `numberFormat`: `microsoft.graph.Json`, nullable.
    pub number_format: rt::Field<crate::beta::Json>,
    /// CSDL: property `rowCount`: `Edm.Int32`, not nullable.
    pub row_count: rt::Field<i32>,
    /// CSDL: property `rowHidden`: `Edm.Boolean`, nullable.
    pub row_hidden: rt::Field<bool>,
    /// CSDL: property `rowIndex`: `Edm.Int32`, not nullable.
    pub row_index: rt::Field<i32>,
    /// CSDL: property `text`: `microsoft.graph.Json`, nullable.
    pub text: rt::Field<crate::beta::Json>,
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// CSDL: property `valueTypes`: `microsoft.graph.Json`, nullable.
    pub value_types: rt::Field<crate::beta::Json>,
    /// CSDL: containment navigation property `format`: `microsoft.graph.workbookRangeFormat`, nullable.
    pub format: rt::Field<crate::beta::WorkbookRangeFormat>,
    /// CSDL: containment navigation property `sort`: `microsoft.graph.workbookRangeSort`, nullable.
    pub sort: rt::Field<crate::beta::WorkbookRangeSort>,
    /// CSDL: containment navigation property `worksheet`: `microsoft.graph.workbookWorksheet`, nullable.
    pub worksheet: rt::Field<crate::beta::WorkbookWorksheet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookRange {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            address: rt::Field::Absent,
            address_local: rt::Field::Absent,
            cell_count: rt::Field::Absent,
            column_count: rt::Field::Absent,
            column_hidden: rt::Field::Absent,
            column_index: rt::Field::Absent,
            formulas: rt::Field::Absent,
            formulas_local: rt::Field::Absent,
            formulas_r1c1: rt::Field::Absent,
            hidden: rt::Field::Absent,
            number_format: rt::Field::Absent,
            row_count: rt::Field::Absent,
            row_hidden: rt::Field::Absent,
            row_index: rt::Field::Absent,
            text: rt::Field::Absent,
            values: rt::Field::Absent,
            value_types: rt::Field::Absent,
            format: rt::Field::Absent,
            sort: rt::Field::Absent,
            worksheet: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookRange {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookRange";
    const KEYS: &'static [&'static str] = &[
        "id",
        "address",
        "addressLocal",
        "cellCount",
        "columnCount",
        "columnHidden",
        "columnIndex",
        "formulas",
        "formulasLocal",
        "formulasR1C1",
        "hidden",
        "numberFormat",
        "rowCount",
        "rowHidden",
        "rowIndex",
        "text",
        "values",
        "valueTypes",
        "format",
        "sort",
        "worksheet",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"address\":                      ",
        ",\"addressLocal\":                 ",
        ",\"cellCount\":                    ",
        ",\"columnCount\":                  ",
        ",\"columnHidden\":                 ",
        ",\"columnIndex\":                  ",
        ",\"formulas\":                     ",
        ",\"formulasLocal\":                ",
        ",\"formulasR1C1\":                 ",
        ",\"hidden\":                       ",
        ",\"numberFormat\":                 ",
        ",\"rowCount\":                     ",
        ",\"rowHidden\":                    ",
        ",\"rowIndex\":                     ",
        ",\"text\":                         ",
        ",\"values\":                       ",
        ",\"valueTypes\":                   ",
        ",\"format\":                       ",
        ",\"sort\":                         ",
        ",\"worksheet\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookRange\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "address", &self.address);
        v.field(2usize, "address_local", &self.address_local);
        v.field(3usize, "cell_count", &self.cell_count);
        v.field(4usize, "column_count", &self.column_count);
        v.field(5usize, "column_hidden", &self.column_hidden);
        v.field(6usize, "column_index", &self.column_index);
        v.field(7usize, "formulas", &self.formulas);
        v.field(8usize, "formulas_local", &self.formulas_local);
        v.field(9usize, "formulas_r1c1", &self.formulas_r1c1);
        v.field(10usize, "hidden", &self.hidden);
        v.field(11usize, "number_format", &self.number_format);
        v.field(12usize, "row_count", &self.row_count);
        v.field(13usize, "row_hidden", &self.row_hidden);
        v.field(14usize, "row_index", &self.row_index);
        v.field(15usize, "text", &self.text);
        v.field(16usize, "values", &self.values);
        v.field(17usize, "value_types", &self.value_types);
        v.field(18usize, "format", &self.format);
        v.field(19usize, "sort", &self.sort);
        v.field(20usize, "worksheet", &self.worksheet);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookRange {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.address.read_from(r),
            2usize => self.address_local.read_from(r),
            3usize => self.cell_count.read_from(r),
            4usize => self.column_count.read_from(r),
            5usize => self.column_hidden.read_from(r),
            6usize => self.column_index.read_from(r),
            7usize => self.formulas.read_from(r),
            8usize => self.formulas_local.read_from(r),
            9usize => self.formulas_r1c1.read_from(r),
            10usize => self.hidden.read_from(r),
            11usize => self.number_format.read_from(r),
            12usize => self.row_count.read_from(r),
            13usize => self.row_hidden.read_from(r),
            14usize => self.row_index.read_from(r),
            15usize => self.text.read_from(r),
            16usize => self.values.read_from(r),
            17usize => self.value_types.read_from(r),
            18usize => self.format.read_from(r),
            19usize => self.sort.read_from(r),
            20usize => self.worksheet.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.address);
        w.field(2usize, &self.address_local);
        w.field(3usize, &self.cell_count);
        w.field(4usize, &self.column_count);
        w.field(5usize, &self.column_hidden);
        w.field(6usize, &self.column_index);
        w.field(7usize, &self.formulas);
        w.field(8usize, &self.formulas_local);
        w.field(9usize, &self.formulas_r1c1);
        w.field(10usize, &self.hidden);
        w.field(11usize, &self.number_format);
        w.field(12usize, &self.row_count);
        w.field(13usize, &self.row_hidden);
        w.field(14usize, &self.row_index);
        w.field(15usize, &self.text);
        w.field(16usize, &self.values);
        w.field(17usize, &self.value_types);
        w.field(18usize, &self.format);
        w.field(19usize, &self.sort);
        w.field(20usize, &self.worksheet);
    }
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
rt::impl_object!(WorkbookRange);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookRange { with_id id : ::std::string::String; with_address address :
    ::std::string::String; with_address_local address_local : ::std::string::String;
    with_cell_count cell_count : i32; with_column_count column_count : i32;
    with_column_hidden column_hidden : bool; with_column_index column_index : i32;
    with_formulas formulas : crate ::beta::Json; with_formulas_local formulas_local :
    crate ::beta::Json; with_formulas_r1c1 formulas_r1c1 : crate ::beta::Json;
    with_hidden hidden : bool; with_number_format number_format : crate ::beta::Json;
    with_row_count row_count : i32; with_row_hidden row_hidden : bool; with_row_index
    row_index : i32; with_text text : crate ::beta::Json; with_values values : crate
    ::beta::Json; with_value_types value_types : crate ::beta::Json; with_format format :
    crate ::beta::WorkbookRangeFormat; with_sort sort : crate ::beta::WorkbookRangeSort;
    with_worksheet worksheet : crate ::beta::WorkbookWorksheet; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookRange);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookRangeBorder`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookRangeBorder {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `color`: `Edm.String`, nullable.
    pub color: rt::Field<::std::string::String>,
    /// CSDL: property `sideIndex`: `Edm.String`, nullable.
    pub side_index: rt::Field<::std::string::String>,
    /// CSDL: property `style`: `Edm.String`, nullable.
    pub style: rt::Field<::std::string::String>,
    /// CSDL: property `weight`: `Edm.String`, nullable.
    pub weight: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookRangeBorder {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            color: rt::Field::Absent,
            side_index: rt::Field::Absent,
            style: rt::Field::Absent,
            weight: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookRangeBorder {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookRangeBorder";
    const KEYS: &'static [&'static str] = &[
        "id",
        "color",
        "sideIndex",
        "style",
        "weight",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"color\":                        ",
        ",\"sideIndex\":                    ",
        ",\"style\":                        ",
        ",\"weight\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookRangeBorder\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "color", &self.color);
        v.field(2usize, "side_index", &self.side_index);
        v.field(3usize, "style", &self.style);
        v.field(4usize, "weight", &self.weight);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookRangeBorder {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.color.read_from(r),
            2usize => self.side_index.read_from(r),
            3usize => self.style.read_from(r),
            4usize => self.weight.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.color);
        w.field(2usize, &self.side_index);
        w.field(3usize, &self.style);
        w.field(4usize, &self.weight);
    }
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
rt::impl_object!(WorkbookRangeBorder);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookRangeBorder { with_id id : ::std::string::String; with_color color :
    ::std::string::String; with_side_index side_index : ::std::string::String; with_style
    style : ::std::string::String; with_weight weight : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookRangeBorder);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookRangeFill`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookRangeFillPath`](requests/trait.WorkbookRangeFillPath.html), what a path to one (`EntityPath<WorkbookRangeFill, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookRangeFill {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `color`: `Edm.String`, nullable.
    pub color: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookRangeFill {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            color: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookRangeFill {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookRangeFill";
    const KEYS: &'static [&'static str] = &["id", "color"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"color\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookRangeFill\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "color", &self.color);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookRangeFill {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.color.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.color);
    }
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
rt::impl_object!(WorkbookRangeFill);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookRangeFill { with_id id : ::std::string::String; with_color color :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookRangeFill);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookRangeFont`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookRangeFont {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `bold`: `Edm.Boolean`, nullable.
    pub bold: rt::Field<bool>,
    /// CSDL: property `color`: `Edm.String`, nullable.
    pub color: rt::Field<::std::string::String>,
    /// CSDL: property `italic`: `Edm.Boolean`, nullable.
    pub italic: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `size`: `Edm.Double`, nullable.
    pub size: rt::Field<f64>,
    /// CSDL: property `underline`: `Edm.String`, nullable.
    pub underline: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookRangeFont {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            bold: rt::Field::Absent,
            color: rt::Field::Absent,
            italic: rt::Field::Absent,
            name: rt::Field::Absent,
            size: rt::Field::Absent,
            underline: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookRangeFont {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookRangeFont";
    const KEYS: &'static [&'static str] = &[
        "id",
        "bold",
        "color",
        "italic",
        "name",
        "size",
        "underline",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"bold\":                         ",
        ",\"color\":                        ",
        ",\"italic\":                       ",
        ",\"name\":                         ",
        ",\"size\":                         ",
        ",\"underline\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookRangeFont\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "bold", &self.bold);
        v.field(2usize, "color", &self.color);
        v.field(3usize, "italic", &self.italic);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "size", &self.size);
        v.field(6usize, "underline", &self.underline);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookRangeFont {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.bold.read_from(r),
            2usize => self.color.read_from(r),
            3usize => self.italic.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.size.read_from(r),
            6usize => self.underline.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.bold);
        w.field(2usize, &self.color);
        w.field(3usize, &self.italic);
        w.field(4usize, &self.name);
        w.field(5usize, &self.size);
        w.field(6usize, &self.underline);
    }
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
rt::impl_object!(WorkbookRangeFont);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookRangeFont { with_id id : ::std::string::String; with_bold bold : bool;
    with_color color : ::std::string::String; with_italic italic : bool; with_name name :
    ::std::string::String; with_size size : f64; with_underline underline :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookRangeFont);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookRangeFormat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookRangeFormatPath`](requests/trait.WorkbookRangeFormatPath.html), what a path to one (`EntityPath<WorkbookRangeFormat, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookRangeFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `columnWidth`: `Edm.Double`, nullable.
    pub column_width: rt::Field<f64>,
    /// CSDL: property `horizontalAlignment`: `Edm.String`, nullable.
    pub horizontal_alignment: rt::Field<::std::string::String>,
    /// CSDL: property `rowHeight`: `Edm.Double`, nullable.
    pub row_height: rt::Field<f64>,
    /// CSDL: property `verticalAlignment`: `Edm.String`, nullable.
    pub vertical_alignment: rt::Field<::std::string::String>,
    /// CSDL: property `wrapText`: `Edm.Boolean`, nullable.
    pub wrap_text: rt::Field<bool>,
    /// CSDL: containment navigation property `borders`: `Collection(microsoft.graph.workbookRangeBorder)`, not nullable.
    pub borders: rt::Field<::std::vec::Vec<crate::beta::WorkbookRangeBorder>>,
    /// CSDL: containment navigation property `fill`: `microsoft.graph.workbookRangeFill`, nullable.
    pub fill: rt::Field<crate::beta::WorkbookRangeFill>,
    /// CSDL: containment navigation property `font`: `microsoft.graph.workbookRangeFont`, nullable.
    pub font: rt::Field<crate::beta::WorkbookRangeFont>,
    /// CSDL: containment navigation property `protection`: `microsoft.graph.workbookFormatProtection`, nullable.
    pub protection: rt::Field<crate::beta::WorkbookFormatProtection>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookRangeFormat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            column_width: rt::Field::Absent,
            horizontal_alignment: rt::Field::Absent,
            row_height: rt::Field::Absent,
            vertical_alignment: rt::Field::Absent,
            wrap_text: rt::Field::Absent,
            borders: rt::Field::Absent,
            fill: rt::Field::Absent,
            font: rt::Field::Absent,
            protection: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookRangeFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookRangeFormat";
    const KEYS: &'static [&'static str] = &[
        "id",
        "columnWidth",
        "horizontalAlignment",
        "rowHeight",
        "verticalAlignment",
        "wrapText",
        "borders",
        "fill",
        "font",
        "protection",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"columnWidth\":                  ",
        ",\"horizontalAlignment\":          ",
        ",\"rowHeight\":                    ",
        ",\"verticalAlignment\":            ",
        ",\"wrapText\":                     ",
        ",\"borders\":                      ",
        ",\"fill\":                         ",
        ",\"font\":                         ",
        ",\"protection\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookRangeFormat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "column_width", &self.column_width);
        v.field(2usize, "horizontal_alignment", &self.horizontal_alignment);
        v.field(3usize, "row_height", &self.row_height);
        v.field(4usize, "vertical_alignment", &self.vertical_alignment);
        v.field(5usize, "wrap_text", &self.wrap_text);
        v.field(6usize, "borders", &self.borders);
        v.field(7usize, "fill", &self.fill);
        v.field(8usize, "font", &self.font);
        v.field(9usize, "protection", &self.protection);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookRangeFormat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.column_width.read_from(r),
            2usize => self.horizontal_alignment.read_from(r),
            3usize => self.row_height.read_from(r),
            4usize => self.vertical_alignment.read_from(r),
            5usize => self.wrap_text.read_from(r),
            6usize => self.borders.read_from(r),
            7usize => self.fill.read_from(r),
            8usize => self.font.read_from(r),
            9usize => self.protection.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.column_width);
        w.field(2usize, &self.horizontal_alignment);
        w.field(3usize, &self.row_height);
        w.field(4usize, &self.vertical_alignment);
        w.field(5usize, &self.wrap_text);
        w.field(6usize, &self.borders);
        w.field(7usize, &self.fill);
        w.field(8usize, &self.font);
        w.field(9usize, &self.protection);
    }
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
rt::impl_object!(WorkbookRangeFormat);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookRangeFormat { with_id id : ::std::string::String; with_column_width
    column_width : f64; with_horizontal_alignment horizontal_alignment :
    ::std::string::String; with_row_height row_height : f64; with_vertical_alignment
    vertical_alignment : ::std::string::String; with_wrap_text wrap_text : bool;
    with_borders borders : ::std::vec::Vec < crate ::beta::WorkbookRangeBorder >;
    with_fill fill : crate ::beta::WorkbookRangeFill; with_font font : crate
    ::beta::WorkbookRangeFont; with_protection protection : crate
    ::beta::WorkbookFormatProtection; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookRangeFormat);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookRangeSort`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookRangeSortPath`](requests/trait.WorkbookRangeSortPath.html), what a path to one (`EntityPath<WorkbookRangeSort, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookRangeSort {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookRangeSort {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookRangeSort {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookRangeSort";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.workbookRangeSort\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookRangeSort {
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
rt::impl_object!(WorkbookRangeSort);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(WorkbookRangeSort { with_id id : ::std::string::String; });
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookRangeSort);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookSessionInfo`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookSessionInfo {
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `persistChanges`: `Edm.Boolean`, nullable.
    pub persist_changes: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookSessionInfo {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            persist_changes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookSessionInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookSessionInfo";
    const KEYS: &'static [&'static str] = &["id", "persistChanges"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"persistChanges\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookSessionInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "persist_changes", &self.persist_changes);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookSessionInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.persist_changes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.persist_changes);
    }
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
rt::impl_object!(WorkbookSessionInfo);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookSessionInfo { with_id id : ::std::string::String; with_persist_changes
    persist_changes : bool; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookSessionInfo);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookSortField`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookSortField {
    /// CSDL: property `ascending`: `Edm.Boolean`, not nullable.
    pub ascending: rt::Field<bool>,
    /// CSDL: property `color`: `Edm.String`, nullable.
    pub color: rt::Field<::std::string::String>,
    /// CSDL: property `dataOption`: `Edm.String`, not nullable.
    pub data_option: rt::Field<::std::string::String>,
    /// CSDL: property `icon`: `microsoft.graph.workbookIcon`, nullable.
    pub icon: rt::Field<crate::beta::WorkbookIcon>,
    /// CSDL: property `key`: `Edm.Int32`, not nullable.
    pub key: rt::Field<i32>,
    /// CSDL: property `sortOn`: `Edm.String`, not nullable.
    pub sort_on: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookSortField {
    #[inline]
    fn default() -> Self {
        Self {
            ascending: rt::Field::Absent,
            color: rt::Field::Absent,
            data_option: rt::Field::Absent,
            icon: rt::Field::Absent,
            key: rt::Field::Absent,
            sort_on: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookSortField {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookSortField";
    const KEYS: &'static [&'static str] = &[
        "ascending",
        "color",
        "dataOption",
        "icon",
        "key",
        "sortOn",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ascending\":                    ",
        ",\"color\":                        ",
        ",\"dataOption\":                   ",
        ",\"icon\":                         ",
        ",\"key\":                          ",
        ",\"sortOn\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookSortField\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "ascending", &self.ascending);
        v.field(1usize, "color", &self.color);
        v.field(2usize, "data_option", &self.data_option);
        v.field(3usize, "icon", &self.icon);
        v.field(4usize, "key", &self.key);
        v.field(5usize, "sort_on", &self.sort_on);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookSortField {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ascending.read_from(r),
            1usize => self.color.read_from(r),
            2usize => self.data_option.read_from(r),
            3usize => self.icon.read_from(r),
            4usize => self.key.read_from(r),
            5usize => self.sort_on.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ascending);
        w.field(1usize, &self.color);
        w.field(2usize, &self.data_option);
        w.field(3usize, &self.icon);
        w.field(4usize, &self.key);
        w.field(5usize, &self.sort_on);
    }
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
rt::impl_object!(WorkbookSortField);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookSortField { with_ascending ascending : bool; with_color color :
    ::std::string::String; with_data_option data_option : ::std::string::String;
    with_icon icon : crate ::beta::WorkbookIcon; with_key key : i32; with_sort_on sort_on
    : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookSortField);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookTable`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookTablePath`](requests/trait.WorkbookTablePath.html), what a path to one (`EntityPath<WorkbookTable, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookTable {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `highlightFirstColumn`: `Edm.Boolean`, not nullable.
    pub highlight_first_column: rt::Field<bool>,
    /// CSDL: property `highlightLastColumn`: `Edm.Boolean`, not nullable.
    pub highlight_last_column: rt::Field<bool>,
    /// CSDL: property `legacyId`: `Edm.String`, nullable.
    pub legacy_id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `showBandedColumns`: `Edm.Boolean`, not nullable.
    pub show_banded_columns: rt::Field<bool>,
    /// CSDL: property `showBandedRows`: `Edm.Boolean`, not nullable.
    pub show_banded_rows: rt::Field<bool>,
    /// CSDL: property `showFilterButton`: `Edm.Boolean`, not nullable.
    pub show_filter_button: rt::Field<bool>,
    /// CSDL: property `showHeaders`: `Edm.Boolean`, not nullable.
    pub show_headers: rt::Field<bool>,
    /// CSDL: property `showTotals`: `Edm.Boolean`, not nullable.
    pub show_totals: rt::Field<bool>,
    /// CSDL: property `style`: `Edm.String`, nullable.
    pub style: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `columns`: `Collection(microsoft.graph.workbookTableColumn)`, not nullable.
    pub columns: rt::Field<::std::vec::Vec<crate::beta::WorkbookTableColumn>>,
    /// CSDL: containment navigation property `rows`: `Collection(microsoft.graph.workbookTableRow)`, not nullable.
    pub rows: rt::Field<::std::vec::Vec<crate::beta::WorkbookTableRow>>,
    /// CSDL: containment navigation property `sort`: `microsoft.graph.workbookTableSort`, nullable.
    pub sort: rt::Field<crate::beta::WorkbookTableSort>,
    /// CSDL: containment navigation property `worksheet`: `microsoft.graph.workbookWorksheet`, nullable.
    pub worksheet: rt::Field<crate::beta::WorkbookWorksheet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookTable {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            highlight_first_column: rt::Field::Absent,
            highlight_last_column: rt::Field::Absent,
            legacy_id: rt::Field::Absent,
            name: rt::Field::Absent,
            show_banded_columns: rt::Field::Absent,
            show_banded_rows: rt::Field::Absent,
            show_filter_button: rt::Field::Absent,
            show_headers: rt::Field::Absent,
            show_totals: rt::Field::Absent,
            style: rt::Field::Absent,
            columns: rt::Field::Absent,
            rows: rt::Field::Absent,
            sort: rt::Field::Absent,
            worksheet: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookTable {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookTable";
    const KEYS: &'static [&'static str] = &[
        "id",
        "highlightFirstColumn",
        "highlightLastColumn",
        "legacyId",
        "name",
        "showBandedColumns",
        "showBandedRows",
        "showFilterButton",
        "showHeaders",
        "showTotals",
        "style",
        "columns",
        "rows",
        "sort",
        "worksheet",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"highlightFirstColumn\":         ",
        ",\"highlightLastColumn\":          ",
        ",\"legacyId\":                     ",
        ",\"name\":                         ",
        ",\"showBandedColumns\":            ",
        ",\"showBandedRows\":               ",
        ",\"showFilterButton\":             ",
        ",\"showHeaders\":                  ",
        ",\"showTotals\":                   ",
        ",\"style\":                        ",
        ",\"columns\":                      ",
        ",\"rows\":                         ",
        ",\"sort\":                         ",
        ",\"worksheet\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookTable\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "highlight_first_column", &self.highlight_first_column);
        v.field(2usize, "highlight_last_column", &self.highlight_last_column);
        v.field(3usize, "legacy_id", &self.legacy_id);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "show_banded_columns", &self.show_banded_columns);
        v.field(6usize, "show_banded_rows", &self.show_banded_rows);
        v.field(7usize, "show_filter_button", &self.show_filter_button);
        v.field(8usize, "show_headers", &self.show_headers);
        v.field(9usize, "show_totals", &self.show_totals);
        v.field(10usize, "style", &self.style);
        v.field(11usize, "columns", &self.columns);
        v.field(12usize, "rows", &self.rows);
        v.field(13usize, "sort", &self.sort);
        v.field(14usize, "worksheet", &self.worksheet);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookTable {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.highlight_first_column.read_from(r),
            2usize => self.highlight_last_column.read_from(r),
            3usize => self.legacy_id.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.show_banded_columns.read_from(r),
            6usize => self.show_banded_rows.read_from(r),
            7usize => self.show_filter_button.read_from(r),
            8usize => self.show_headers.read_from(r),
            9usize => self.show_totals.read_from(r),
            10usize => self.style.read_from(r),
            11usize => self.columns.read_from(r),
            12usize => self.rows.read_from(r),
            13usize => self.sort.read_from(r),
            14usize => self.worksheet.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.highlight_first_column);
        w.field(2usize, &self.highlight_last_column);
        w.field(3usize, &self.legacy_id);
        w.field(4usize, &self.name);
        w.field(5usize, &self.show_banded_columns);
        w.field(6usize, &self.show_banded_rows);
        w.field(7usize, &self.show_filter_button);
        w.field(8usize, &self.show_headers);
        w.field(9usize, &self.show_totals);
        w.field(10usize, &self.style);
        w.field(11usize, &self.columns);
        w.field(12usize, &self.rows);
        w.field(13usize, &self.sort);
        w.field(14usize, &self.worksheet);
    }
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
rt::impl_object!(WorkbookTable);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookTable { with_id id : ::std::string::String; with_highlight_first_column
    highlight_first_column : bool; with_highlight_last_column highlight_last_column :
    bool; with_legacy_id legacy_id : ::std::string::String; with_name name :
    ::std::string::String; with_show_banded_columns show_banded_columns : bool;
    with_show_banded_rows show_banded_rows : bool; with_show_filter_button
    show_filter_button : bool; with_show_headers show_headers : bool; with_show_totals
    show_totals : bool; with_style style : ::std::string::String; with_columns columns :
    ::std::vec::Vec < crate ::beta::WorkbookTableColumn >; with_rows rows :
    ::std::vec::Vec < crate ::beta::WorkbookTableRow >; with_sort sort : crate
    ::beta::WorkbookTableSort; with_worksheet worksheet : crate
    ::beta::WorkbookWorksheet; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookTable);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookTableColumn`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookTableColumnPath`](requests/trait.WorkbookTableColumnPath.html), what a path to one (`EntityPath<WorkbookTableColumn, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookTableColumn {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `index`: `Edm.Int32`, not nullable.
    pub index: rt::Field<i32>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// CSDL: containment navigation property `filter`: `microsoft.graph.workbookFilter`, nullable.
    pub filter: rt::Field<crate::beta::WorkbookFilter>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookTableColumn {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            index: rt::Field::Absent,
            name: rt::Field::Absent,
            values: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookTableColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookTableColumn";
    const KEYS: &'static [&'static str] = &["id", "index", "name", "values", "filter"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"index\":                        ",
        ",\"name\":                         ",
        ",\"values\":                       ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookTableColumn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "index", &self.index);
        v.field(2usize, "name", &self.name);
        v.field(3usize, "values", &self.values);
        v.field(4usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookTableColumn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.index.read_from(r),
            2usize => self.name.read_from(r),
            3usize => self.values.read_from(r),
            4usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.index);
        w.field(2usize, &self.name);
        w.field(3usize, &self.values);
        w.field(4usize, &self.filter);
    }
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
rt::impl_object!(WorkbookTableColumn);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookTableColumn { with_id id : ::std::string::String; with_index index : i32;
    with_name name : ::std::string::String; with_values values : crate ::beta::Json;
    with_filter filter : crate ::beta::WorkbookFilter; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookTableColumn);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookTableRow`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookTableRowPath`](requests/trait.WorkbookTableRowPath.html), what a path to one (`EntityPath<WorkbookTableRow, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookTableRow {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `index`: `Edm.Int32`, not nullable.
    pub index: rt::Field<i32>,
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookTableRow {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            index: rt::Field::Absent,
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookTableRow {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookTableRow";
    const KEYS: &'static [&'static str] = &["id", "index", "values"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"index\":                        ",
        ",\"values\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookTableRow\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "index", &self.index);
        v.field(2usize, "values", &self.values);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookTableRow {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.index.read_from(r),
            2usize => self.values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.index);
        w.field(2usize, &self.values);
    }
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
rt::impl_object!(WorkbookTableRow);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookTableRow { with_id id : ::std::string::String; with_index index : i32;
    with_values values : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookTableRow);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookTableSort`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookTableSortPath`](requests/trait.WorkbookTableSortPath.html), what a path to one (`EntityPath<WorkbookTableSort, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookTableSort {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `fields`: `Collection(microsoft.graph.workbookSortField)`, nullable.
    pub fields: rt::Field<::std::vec::Vec<crate::beta::WorkbookSortField>>,
    /// CSDL: property `matchCase`: `Edm.Boolean`, not nullable.
    pub match_case: rt::Field<bool>,
    /// CSDL: property `method`: `Edm.String`, not nullable.
    pub method: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookTableSort {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            fields: rt::Field::Absent,
            match_case: rt::Field::Absent,
            method: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookTableSort {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookTableSort";
    const KEYS: &'static [&'static str] = &["id", "fields", "matchCase", "method"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"fields\":                       ",
        ",\"matchCase\":                    ",
        ",\"method\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookTableSort\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "fields", &self.fields);
        v.field(2usize, "match_case", &self.match_case);
        v.field(3usize, "method", &self.method);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookTableSort {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.fields.read_from(r),
            2usize => self.match_case.read_from(r),
            3usize => self.method.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.fields);
        w.field(2usize, &self.match_case);
        w.field(3usize, &self.method);
    }
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
rt::impl_object!(WorkbookTableSort);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookTableSort { with_id id : ::std::string::String; with_fields fields :
    ::std::vec::Vec < crate ::beta::WorkbookSortField >; with_match_case match_case :
    bool; with_method method : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookTableSort);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookWorksheet`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookWorksheetPath`](requests/trait.WorkbookWorksheetPath.html), what a path to one (`EntityPath<WorkbookWorksheet, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookWorksheet {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `position`: `Edm.Int32`, not nullable.
    pub position: rt::Field<i32>,
    /// CSDL: property `visibility`: `Edm.String`, not nullable.
    pub visibility: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `charts`: `Collection(microsoft.graph.workbookChart)`, not nullable.
    pub charts: rt::Field<::std::vec::Vec<crate::beta::WorkbookChart>>,
    /// CSDL: containment navigation property `names`: `Collection(microsoft.graph.workbookNamedItem)`, not nullable.
    pub names: rt::Field<::std::vec::Vec<crate::beta::WorkbookNamedItem>>,
    /// CSDL: containment navigation property `pivotTables`: `Collection(microsoft.graph.workbookPivotTable)`, not nullable.
    pub pivot_tables: rt::Field<::std::vec::Vec<crate::beta::WorkbookPivotTable>>,
    /// CSDL: containment navigation property `protection`: `microsoft.graph.workbookWorksheetProtection`, nullable.
    pub protection: rt::Field<crate::beta::WorkbookWorksheetProtection>,
    /// CSDL: containment navigation property `tables`: `Collection(microsoft.graph.workbookTable)`, not nullable.
    pub tables: rt::Field<::std::vec::Vec<crate::beta::WorkbookTable>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookWorksheet {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            name: rt::Field::Absent,
            position: rt::Field::Absent,
            visibility: rt::Field::Absent,
            charts: rt::Field::Absent,
            names: rt::Field::Absent,
            pivot_tables: rt::Field::Absent,
            protection: rt::Field::Absent,
            tables: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookWorksheet {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookWorksheet";
    const KEYS: &'static [&'static str] = &[
        "id",
        "name",
        "position",
        "visibility",
        "charts",
        "names",
        "pivotTables",
        "protection",
        "tables",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"name\":                         ",
        ",\"position\":                     ",
        ",\"visibility\":                   ",
        ",\"charts\":                       ",
        ",\"names\":                        ",
        ",\"pivotTables\":                  ",
        ",\"protection\":                   ",
        ",\"tables\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookWorksheet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "position", &self.position);
        v.field(3usize, "visibility", &self.visibility);
        v.field(4usize, "charts", &self.charts);
        v.field(5usize, "names", &self.names);
        v.field(6usize, "pivot_tables", &self.pivot_tables);
        v.field(7usize, "protection", &self.protection);
        v.field(8usize, "tables", &self.tables);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookWorksheet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.position.read_from(r),
            3usize => self.visibility.read_from(r),
            4usize => self.charts.read_from(r),
            5usize => self.names.read_from(r),
            6usize => self.pivot_tables.read_from(r),
            7usize => self.protection.read_from(r),
            8usize => self.tables.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.name);
        w.field(2usize, &self.position);
        w.field(3usize, &self.visibility);
        w.field(4usize, &self.charts);
        w.field(5usize, &self.names);
        w.field(6usize, &self.pivot_tables);
        w.field(7usize, &self.protection);
        w.field(8usize, &self.tables);
    }
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
rt::impl_object!(WorkbookWorksheet);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookWorksheet { with_id id : ::std::string::String; with_name name :
    ::std::string::String; with_position position : i32; with_visibility visibility :
    ::std::string::String; with_charts charts : ::std::vec::Vec < crate
    ::beta::WorkbookChart >; with_names names : ::std::vec::Vec < crate
    ::beta::WorkbookNamedItem >; with_pivot_tables pivot_tables : ::std::vec::Vec < crate
    ::beta::WorkbookPivotTable >; with_protection protection : crate
    ::beta::WorkbookWorksheetProtection; with_tables tables : ::std::vec::Vec < crate
    ::beta::WorkbookTable >; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookWorksheet);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookWorksheetProtection`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookWorksheetProtectionPath`](requests/trait.WorkbookWorksheetProtectionPath.html), what a path to one (`EntityPath<WorkbookWorksheetProtection, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookWorksheetProtection {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `options`: `microsoft.graph.workbookWorksheetProtectionOptions`, nullable.
    pub options: rt::Field<crate::beta::WorkbookWorksheetProtectionOptions>,
    /// CSDL: property `protected`: `Edm.Boolean`, not nullable.
    pub protected: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookWorksheetProtection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            options: rt::Field::Absent,
            protected: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookWorksheetProtection {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookWorksheetProtection";
    const KEYS: &'static [&'static str] = &["id", "options", "protected"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"options\":                      ",
        ",\"protected\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookWorksheetProtection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "options", &self.options);
        v.field(2usize, "protected", &self.protected);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookWorksheetProtection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.options.read_from(r),
            2usize => self.protected.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.options);
        w.field(2usize, &self.protected);
    }
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
rt::impl_object!(WorkbookWorksheetProtection);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookWorksheetProtection { with_id id : ::std::string::String; with_options
    options : crate ::beta::WorkbookWorksheetProtectionOptions; with_protected protected
    : bool; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookWorksheetProtection);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookWorksheetProtectionOptions`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookWorksheetProtectionOptions {
    /// CSDL: property `allowAutoFilter`: `Edm.Boolean`, not nullable.
    pub allow_auto_filter: rt::Field<bool>,
    /// CSDL: property `allowDeleteColumns`: `Edm.Boolean`, not nullable.
    pub allow_delete_columns: rt::Field<bool>,
    /// CSDL: property `allowDeleteRows`: `Edm.Boolean`, not nullable.
    pub allow_delete_rows: rt::Field<bool>,
    /// CSDL: property `allowFormatCells`: `Edm.Boolean`, not nullable.
    pub allow_format_cells: rt::Field<bool>,
    /// CSDL: property `allowFormatColumns`: `Edm.Boolean`, not nullable.
    pub allow_format_columns: rt::Field<bool>,
    /// CSDL: property `allowFormatRows`: `Edm.Boolean`, not nullable.
    pub allow_format_rows: rt::Field<bool>,
    /// CSDL: property `allowInsertColumns`: `Edm.Boolean`, not nullable.
    pub allow_insert_columns: rt::Field<bool>,
    /// CSDL: property `allowInsertHyperlinks`: `Edm.Boolean`, not nullable.
    pub allow_insert_hyperlinks: rt::Field<bool>,
    /// CSDL: property `allowInsertRows`: `Edm.Boolean`, not nullable.
    pub allow_insert_rows: rt::Field<bool>,
    /// CSDL: property `allowPivotTables`: `Edm.Boolean`, not nullable.
    pub allow_pivot_tables: rt::Field<bool>,
    /// CSDL: property `allowSort`: `Edm.Boolean`, not nullable.
    pub allow_sort: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookWorksheetProtectionOptions {
    #[inline]
    fn default() -> Self {
        Self {
            allow_auto_filter: rt::Field::Absent,
            allow_delete_columns: rt::Field::Absent,
            allow_delete_rows: rt::Field::Absent,
            allow_format_cells: rt::Field::Absent,
            allow_format_columns: rt::Field::Absent,
            allow_format_rows: rt::Field::Absent,
            allow_insert_columns: rt::Field::Absent,
            allow_insert_hyperlinks: rt::Field::Absent,
            allow_insert_rows: rt::Field::Absent,
            allow_pivot_tables: rt::Field::Absent,
            allow_sort: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookWorksheetProtectionOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookWorksheetProtectionOptions";
    const KEYS: &'static [&'static str] = &[
        "allowAutoFilter",
        "allowDeleteColumns",
        "allowDeleteRows",
        "allowFormatCells",
        "allowFormatColumns",
        "allowFormatRows",
        "allowInsertColumns",
        "allowInsertHyperlinks",
        "allowInsertRows",
        "allowPivotTables",
        "allowSort",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowAutoFilter\":              ",
        ",\"allowDeleteColumns\":           ",
        ",\"allowDeleteRows\":              ",
        ",\"allowFormatCells\":             ",
        ",\"allowFormatColumns\":           ",
        ",\"allowFormatRows\":              ",
        ",\"allowInsertColumns\":           ",
        ",\"allowInsertHyperlinks\":        ",
        ",\"allowInsertRows\":              ",
        ",\"allowPivotTables\":             ",
        ",\"allowSort\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookWorksheetProtectionOptions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allow_auto_filter", &self.allow_auto_filter);
        v.field(1usize, "allow_delete_columns", &self.allow_delete_columns);
        v.field(2usize, "allow_delete_rows", &self.allow_delete_rows);
        v.field(3usize, "allow_format_cells", &self.allow_format_cells);
        v.field(4usize, "allow_format_columns", &self.allow_format_columns);
        v.field(5usize, "allow_format_rows", &self.allow_format_rows);
        v.field(6usize, "allow_insert_columns", &self.allow_insert_columns);
        v.field(7usize, "allow_insert_hyperlinks", &self.allow_insert_hyperlinks);
        v.field(8usize, "allow_insert_rows", &self.allow_insert_rows);
        v.field(9usize, "allow_pivot_tables", &self.allow_pivot_tables);
        v.field(10usize, "allow_sort", &self.allow_sort);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookWorksheetProtectionOptions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_auto_filter.read_from(r),
            1usize => self.allow_delete_columns.read_from(r),
            2usize => self.allow_delete_rows.read_from(r),
            3usize => self.allow_format_cells.read_from(r),
            4usize => self.allow_format_columns.read_from(r),
            5usize => self.allow_format_rows.read_from(r),
            6usize => self.allow_insert_columns.read_from(r),
            7usize => self.allow_insert_hyperlinks.read_from(r),
            8usize => self.allow_insert_rows.read_from(r),
            9usize => self.allow_pivot_tables.read_from(r),
            10usize => self.allow_sort.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_auto_filter);
        w.field(1usize, &self.allow_delete_columns);
        w.field(2usize, &self.allow_delete_rows);
        w.field(3usize, &self.allow_format_cells);
        w.field(4usize, &self.allow_format_columns);
        w.field(5usize, &self.allow_format_rows);
        w.field(6usize, &self.allow_insert_columns);
        w.field(7usize, &self.allow_insert_hyperlinks);
        w.field(8usize, &self.allow_insert_rows);
        w.field(9usize, &self.allow_pivot_tables);
        w.field(10usize, &self.allow_sort);
    }
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
rt::impl_object!(WorkbookWorksheetProtectionOptions);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookWorksheetProtectionOptions { with_allow_auto_filter allow_auto_filter : bool;
    with_allow_delete_columns allow_delete_columns : bool; with_allow_delete_rows
    allow_delete_rows : bool; with_allow_format_cells allow_format_cells : bool;
    with_allow_format_columns allow_format_columns : bool; with_allow_format_rows
    allow_format_rows : bool; with_allow_insert_columns allow_insert_columns : bool;
    with_allow_insert_hyperlinks allow_insert_hyperlinks : bool; with_allow_insert_rows
    allow_insert_rows : bool; with_allow_pivot_tables allow_pivot_tables : bool;
    with_allow_sort allow_sort : bool; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookWorksheetProtectionOptions);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.workingHours`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkingHours {
    /// CSDL: property `daysOfWeek`: `Collection(microsoft.graph.dayOfWeek)`, nullable.
    pub days_of_week: rt::Field<::std::vec::Vec<crate::beta::DayOfWeek>>,
    /// CSDL: property `endTime`: `Edm.TimeOfDay`, nullable.
    pub end_time: rt::Field<rt::edm::TimeOfDay>,
    /// CSDL: property `startTime`: `Edm.TimeOfDay`, nullable.
    pub start_time: rt::Field<rt::edm::TimeOfDay>,
    /// CSDL: property `timeZone`: `microsoft.graph.timeZoneBase`, nullable.
    pub time_zone: rt::Field<crate::beta::AnyTimeZoneBase>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for WorkingHours {
    #[inline]
    fn default() -> Self {
        Self {
            days_of_week: rt::Field::Absent,
            end_time: rt::Field::Absent,
            start_time: rt::Field::Absent,
            time_zone: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for WorkingHours {
    const TYPE_NAME: &'static str = "microsoft.graph.workingHours";
    const KEYS: &'static [&'static str] = &[
        "daysOfWeek",
        "endTime",
        "startTime",
        "timeZone",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"daysOfWeek\":                   ",
        ",\"endTime\":                      ",
        ",\"startTime\":                    ",
        ",\"timeZone\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workingHours\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "days_of_week", &self.days_of_week);
        v.field(1usize, "end_time", &self.end_time);
        v.field(2usize, "start_time", &self.start_time);
        v.field(3usize, "time_zone", &self.time_zone);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for WorkingHours {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.days_of_week.read_from(r),
            1usize => self.end_time.read_from(r),
            2usize => self.start_time.read_from(r),
            3usize => self.time_zone.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.days_of_week);
        w.field(1usize, &self.end_time);
        w.field(2usize, &self.start_time);
        w.field(3usize, &self.time_zone);
    }
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
rt::impl_object!(WorkingHours);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    WorkingHours { with_days_of_week days_of_week : ::std::vec::Vec < crate
    ::beta::DayOfWeek >; with_end_time end_time : rt::edm::TimeOfDay; with_start_time
    start_time : rt::edm::TimeOfDay; with_time_zone time_zone : crate
    ::beta::AnyTimeZoneBase; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkingHours);
