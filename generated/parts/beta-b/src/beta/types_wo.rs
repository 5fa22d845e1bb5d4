//! Types of `microsoft.graph` by the first letters of their names (`wo`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.workPosition`, entity type, derived from `microsoft.graph.itemFacet`, key `id`.
///
/// Request builders: [`WorkPositionPath`](requests/trait.WorkPositionPath.html), what a path to one (`EntityPath<WorkPosition, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkPosition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `allowedAudiences`: `microsoft.graph.allowedAudiences`, nullable.
    pub allowed_audiences: rt::Field<rt::Flags<crate::beta::AllowedAudiences>>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, not nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `inference`: `microsoft.graph.inferenceData`, nullable.
    pub inference: rt::Field<crate::beta::InferenceData>,
    /// CSDL: property `isSearchable`: `Edm.Boolean`, nullable.
    pub is_searchable: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, not nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `source`: `microsoft.graph.personDataSources`, nullable.
    pub source: rt::Field<crate::beta::PersonDataSources>,
    /// CSDL: property `categories`: `Collection(Edm.String)`, nullable.
    pub categories: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `colleagues`: `Collection(microsoft.graph.relatedPerson)`, nullable.
    pub colleagues: rt::Field<::std::vec::Vec<crate::beta::RelatedPerson>>,
    /// CSDL: property `detail`: `microsoft.graph.positionDetail`, not nullable.
    pub detail: rt::Field<crate::beta::PositionDetail>,
    /// CSDL: property `isCurrent`: `Edm.Boolean`, nullable.
    pub is_current: rt::Field<bool>,
    /// CSDL: property `manager`: `microsoft.graph.relatedPerson`, nullable.
    pub manager: rt::Field<crate::beta::RelatedPerson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for WorkPosition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            allowed_audiences: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            inference: rt::Field::Absent,
            is_searchable: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            source: rt::Field::Absent,
            categories: rt::Field::Absent,
            colleagues: rt::Field::Absent,
            detail: rt::Field::Absent,
            is_current: rt::Field::Absent,
            manager: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for WorkPosition {
    const TYPE_NAME: &'static str = "microsoft.graph.workPosition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allowedAudiences",
        "createdBy",
        "createdDateTime",
        "inference",
        "isSearchable",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "source",
        "categories",
        "colleagues",
        "detail",
        "isCurrent",
        "manager",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"allowedAudiences\":             ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"inference\":                    ",
        ",\"isSearchable\":                 ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"source\":                       ",
        ",\"categories\":                   ",
        ",\"colleagues\":                   ",
        ",\"detail\":                       ",
        ",\"isCurrent\":                    ",
        ",\"manager\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workPosition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "allowed_audiences", &self.allowed_audiences);
        v.field(2usize, "created_by", &self.created_by);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "inference", &self.inference);
        v.field(5usize, "is_searchable", &self.is_searchable);
        v.field(6usize, "last_modified_by", &self.last_modified_by);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "source", &self.source);
        v.field(9usize, "categories", &self.categories);
        v.field(10usize, "colleagues", &self.colleagues);
        v.field(11usize, "detail", &self.detail);
        v.field(12usize, "is_current", &self.is_current);
        v.field(13usize, "manager", &self.manager);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for WorkPosition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.allowed_audiences.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.inference.read_from(r),
            5usize => self.is_searchable.read_from(r),
            6usize => self.last_modified_by.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.source.read_from(r),
            9usize => self.categories.read_from(r),
            10usize => self.colleagues.read_from(r),
            11usize => self.detail.read_from(r),
            12usize => self.is_current.read_from(r),
            13usize => self.manager.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.allowed_audiences);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.inference);
        w.field(5usize, &self.is_searchable);
        w.field(6usize, &self.last_modified_by);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.source);
        w.field(9usize, &self.categories);
        w.field(10usize, &self.colleagues);
        w.field(11usize, &self.detail);
        w.field(12usize, &self.is_current);
        w.field(13usize, &self.manager);
    }
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
rt::impl_object!(WorkPosition);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    WorkPosition { with_id id : ::std::string::String; with_allowed_audiences
    allowed_audiences : rt::Flags < crate ::beta::AllowedAudiences >; with_created_by
    created_by : crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_inference inference : crate ::beta::InferenceData;
    with_is_searchable is_searchable : bool; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_source source : crate ::beta::PersonDataSources;
    with_categories categories : ::std::vec::Vec < ::std::string::String >;
    with_colleagues colleagues : ::std::vec::Vec < crate ::beta::RelatedPerson >;
    with_detail detail : crate ::beta::PositionDetail; with_is_current is_current : bool;
    with_manager manager : crate ::beta::RelatedPerson; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkPosition);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.workbookFilterDatetime`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct WorkbookFilterDatetime {
    /// CSDL: property `date`: `Edm.String`, nullable.
    pub date: rt::Field<::std::string::String>,
    /// CSDL: property `specificity`: `Edm.String`, not nullable.
    pub specificity: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for WorkbookFilterDatetime {
    #[inline]
    fn default() -> Self {
        Self {
            date: rt::Field::Absent,
            specificity: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for WorkbookFilterDatetime {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookFilterDatetime";
    const KEYS: &'static [&'static str] = &["date", "specificity"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"date\":                         ",
        ",\"specificity\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookFilterDatetime\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "date", &self.date);
        v.field(1usize, "specificity", &self.specificity);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for WorkbookFilterDatetime {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.date.read_from(r),
            1usize => self.specificity.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.date);
        w.field(1usize, &self.specificity);
    }
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
rt::impl_object!(WorkbookFilterDatetime);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    WorkbookFilterDatetime { with_date date : ::std::string::String; with_specificity
    specificity : ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFilterDatetime);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookFunctionResult`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookFunctionResultPath`](requests/trait.WorkbookFunctionResultPath.html), what a path to one (`EntityPath<WorkbookFunctionResult, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookFunctionResult {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `error`: `Edm.String`, nullable.
    pub error: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `microsoft.graph.Json`, nullable.
    pub value: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookFunctionResult {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            error: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookFunctionResult {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookFunctionResult";
    const KEYS: &'static [&'static str] = &["id", "error", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"error\":                        ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookFunctionResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "error", &self.error);
        v.field(2usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookFunctionResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.error.read_from(r),
            2usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.error);
        w.field(2usize, &self.value);
    }
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
rt::impl_object!(WorkbookFunctionResult);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookFunctionResult { with_id id : ::std::string::String; with_error error :
    ::std::string::String; with_value value : crate ::beta::Json; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionResult);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.workbookRangeReference`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct WorkbookRangeReference {
    /// CSDL: property `address`: `Edm.String`, nullable.
    pub address: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for WorkbookRangeReference {
    #[inline]
    fn default() -> Self {
        Self {
            address: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for WorkbookRangeReference {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookRangeReference";
    const KEYS: &'static [&'static str] = &["address"];
    const KEYS_JSON: &'static [&'static str] = &[",\"address\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.workbookRangeReference\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "address", &self.address);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for WorkbookRangeReference {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.address.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.address);
    }
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
rt::impl_object!(WorkbookRangeReference);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    WorkbookRangeReference { with_address address : ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookRangeReference);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.workbookRangeView`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookRangeViewPath`](requests/trait.WorkbookRangeViewPath.html), what a path to one (`EntityPath<WorkbookRangeView, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkbookRangeView {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `cellAddresses`: `microsoft.graph.Json`, nullable.
    pub cell_addresses: rt::Field<crate::beta::Json>,
    /// CSDL: property `columnCount`: `Edm.Int32`, not nullable.
    pub column_count: rt::Field<i32>,
    /// CSDL: property `formulas`: `microsoft.graph.Json`, nullable.
    pub formulas: rt::Field<crate::beta::Json>,
    /// CSDL: property `formulasLocal`: `microsoft.graph.Json`, nullable.
    pub formulas_local: rt::Field<crate::beta::Json>,
    /// CSDL: property `formulasR1C1`: `microsoft.graph.Json`, nullable.
    pub formulas_r1c1: rt::Field<crate::beta::Json>,
    /// CSDL: property `index`: `Edm.Int32`, not nullable.
    pub index: rt::Field<i32>,
    /// CSDL: property `numberFormat`: `microsoft.graph.Json`, nullable.
    pub number_format: rt::Field<crate::beta::Json>,
    /// CSDL: property `rowCount`: `Edm.Int32`, not nullable.
    pub row_count: rt::Field<i32>,
    /// CSDL: property `text`: `microsoft.graph.Json`, nullable.
    pub text: rt::Field<crate::beta::Json>,
    /// CSDL: property `values`: `microsoft.graph.Json`, nullable.
    pub values: rt::Field<crate::beta::Json>,
    /// CSDL: property `valueTypes`: `microsoft.graph.Json`, nullable.
    pub value_types: rt::Field<crate::beta::Json>,
    /// CSDL: containment navigation property `rows`: `Collection(microsoft.graph.workbookRangeView)`, not nullable.
    pub rows: rt::Field<::std::vec::Vec<crate::beta::WorkbookRangeView>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for WorkbookRangeView {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            cell_addresses: rt::Field::Absent,
            column_count: rt::Field::Absent,
            formulas: rt::Field::Absent,
            formulas_local: rt::Field::Absent,
            formulas_r1c1: rt::Field::Absent,
            index: rt::Field::Absent,
            number_format: rt::Field::Absent,
            row_count: rt::Field::Absent,
            text: rt::Field::Absent,
            values: rt::Field::Absent,
            value_types: rt::Field::Absent,
            rows: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for WorkbookRangeView {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookRangeView";
    const KEYS: &'static [&'static str] = &[
        "id",
        "cellAddresses",
        "columnCount",
        "formulas",
        "formulasLocal",
        "formulasR1C1",
        "index",
        "numberFormat",
        "rowCount",
        "text",
        "values",
        "valueTypes",
        "rows",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"cellAddresses\":                ",
        ",\"columnCount\":                  ",
        ",\"formulas\":                     ",
        ",\"formulasLocal\":                ",
        ",\"formulasR1C1\":                 ",
        ",\"index\":                        ",
        ",\"numberFormat\":                 ",
        ",\"rowCount\":                     ",
        ",\"text\":                         ",
        ",\"values\":                       ",
        ",\"valueTypes\":                   ",
        ",\"rows\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookRangeView\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "cell_addresses", &self.cell_addresses);
        v.field(2usize, "column_count", &self.column_count);
        v.field(3usize, "formulas", &self.formulas);
        v.field(4usize, "formulas_local", &self.formulas_local);
        v.field(5usize, "formulas_r1c1", &self.formulas_r1c1);
        v.field(6usize, "index", &self.index);
        v.field(7usize, "number_format", &self.number_format);
        v.field(8usize, "row_count", &self.row_count);
        v.field(9usize, "text", &self.text);
        v.field(10usize, "values", &self.values);
        v.field(11usize, "value_types", &self.value_types);
        v.field(12usize, "rows", &self.rows);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for WorkbookRangeView {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.cell_addresses.read_from(r),
            2usize => self.column_count.read_from(r),
            3usize => self.formulas.read_from(r),
            4usize => self.formulas_local.read_from(r),
            5usize => self.formulas_r1c1.read_from(r),
            6usize => self.index.read_from(r),
            7usize => self.number_format.read_from(r),
            8usize => self.row_count.read_from(r),
            9usize => self.text.read_from(r),
            10usize => self.values.read_from(r),
            11usize => self.value_types.read_from(r),
            12usize => self.rows.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.cell_addresses);
        w.field(2usize, &self.column_count);
        w.field(3usize, &self.formulas);
        w.field(4usize, &self.formulas_local);
        w.field(5usize, &self.formulas_r1c1);
        w.field(6usize, &self.index);
        w.field(7usize, &self.number_format);
        w.field(8usize, &self.row_count);
        w.field(9usize, &self.text);
        w.field(10usize, &self.values);
        w.field(11usize, &self.value_types);
        w.field(12usize, &self.rows);
    }
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
rt::impl_object!(WorkbookRangeView);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    WorkbookRangeView { with_id id : ::std::string::String; with_cell_addresses
    cell_addresses : crate ::beta::Json; with_column_count column_count : i32;
    with_formulas formulas : crate ::beta::Json; with_formulas_local formulas_local :
    crate ::beta::Json; with_formulas_r1c1 formulas_r1c1 : crate ::beta::Json; with_index
    index : i32; with_number_format number_format : crate ::beta::Json; with_row_count
    row_count : i32; with_text text : crate ::beta::Json; with_values values : crate
    ::beta::Json; with_value_types value_types : crate ::beta::Json; with_rows rows :
    ::std::vec::Vec < crate ::beta::WorkbookRangeView >; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookRangeView);
