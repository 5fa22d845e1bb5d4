//! Items of `params` by the first letters of their types' names (`workbookn_workbookw`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.add`.
/// - `name`: `Edm.String`
/// - `reference`: `Edm.Untyped`
/// - `comment`: `Edm.String`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookNamedItemCollectionAddParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `reference`: `Edm.Untyped`, nullable.
    pub reference: rt::Field<rt::RawJson>,
    /// CSDL: property `comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookNamedItemCollectionAddParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            reference: rt::Field::Absent,
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookNamedItemCollectionAddParams {
    const TYPE_NAME: &'static str = "microsoft.graph.add(Collection(microsoft.graph.workbookNamedItem))";
    const KEYS: &'static [&'static str] = &["name", "reference", "comment"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"reference\":                    ",
        ",\"comment\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.add(Collection(microsoft.graph.workbookNamedItem))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "reference", &self.reference);
        v.field(2usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookNamedItemCollectionAddParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.reference.read_from(r),
            2usize => self.comment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.reference);
        w.field(2usize, &self.comment);
    }
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
rt::impl_object!(WorkbookNamedItemCollectionAddParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookNamedItemCollectionAddParams { with_name name : ::std::string::String;
    with_reference reference : rt::RawJson; with_comment comment : ::std::string::String;
    }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookNamedItemCollectionAddParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.addFormulaLocal`.
/// - `name`: `Edm.String`
/// - `formula`: `Edm.String`
/// - `comment`: `Edm.String`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookNamedItemCollectionAddFormulaLocalParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `formula`: `Edm.String`, nullable.
    pub formula: rt::Field<::std::string::String>,
    /// CSDL: property `comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookNamedItemCollectionAddFormulaLocalParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            formula: rt::Field::Absent,
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookNamedItemCollectionAddFormulaLocalParams {
    const TYPE_NAME: &'static str = "microsoft.graph.addFormulaLocal(Collection(microsoft.graph.workbookNamedItem))";
    const KEYS: &'static [&'static str] = &["name", "formula", "comment"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"formula\":                      ",
        ",\"comment\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.addFormulaLocal(Collection(microsoft.graph.workbookNamedItem))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "formula", &self.formula);
        v.field(2usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookNamedItemCollectionAddFormulaLocalParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.formula.read_from(r),
            2usize => self.comment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.formula);
        w.field(2usize, &self.comment);
    }
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
rt::impl_object!(WorkbookNamedItemCollectionAddFormulaLocalParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookNamedItemCollectionAddFormulaLocalParams { with_name name :
    ::std::string::String; with_formula formula : ::std::string::String; with_comment
    comment : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookNamedItemCollectionAddFormulaLocalParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.apply`.
/// - `fields`: `Collection(microsoft.graph.workbookSortField)`
/// - `matchCase`: `Edm.Boolean`
/// - `hasHeaders`: `Edm.Boolean`
/// - `orientation`: `Edm.String`
/// - `method`: `Edm.String`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookRangeSortApplyParams {
    /// CSDL: property `fields`: `Collection(microsoft.graph.workbookSortField)`, nullable.
    pub fields: rt::Field<::std::vec::Vec<crate::v1::WorkbookSortField>>,
    /// CSDL: property `matchCase`: `Edm.Boolean`, not nullable.
    pub match_case: rt::Field<bool>,
    /// CSDL: property `hasHeaders`: `Edm.Boolean`, not nullable.
    pub has_headers: rt::Field<bool>,
    /// CSDL: property `orientation`: `Edm.String`, not nullable.
    pub orientation: rt::Field<::std::string::String>,
    /// CSDL: property `method`: `Edm.String`, not nullable.
    pub method: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookRangeSortApplyParams {
    #[inline]
    fn default() -> Self {
        Self {
            fields: rt::Field::Absent,
            match_case: rt::Field::Absent,
            has_headers: rt::Field::Absent,
            orientation: rt::Field::Absent,
            method: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookRangeSortApplyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.apply(microsoft.graph.workbookRangeSort)";
    const KEYS: &'static [&'static str] = &[
        "fields",
        "matchCase",
        "hasHeaders",
        "orientation",
        "method",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"fields\":                       ",
        ",\"matchCase\":                    ",
        ",\"hasHeaders\":                   ",
        ",\"orientation\":                  ",
        ",\"method\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.apply(microsoft.graph.workbookRangeSort)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "fields", &self.fields);
        v.field(1usize, "match_case", &self.match_case);
        v.field(2usize, "has_headers", &self.has_headers);
        v.field(3usize, "orientation", &self.orientation);
        v.field(4usize, "method", &self.method);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookRangeSortApplyParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.fields.read_from(r),
            1usize => self.match_case.read_from(r),
            2usize => self.has_headers.read_from(r),
            3usize => self.orientation.read_from(r),
            4usize => self.method.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.fields);
        w.field(1usize, &self.match_case);
        w.field(2usize, &self.has_headers);
        w.field(3usize, &self.orientation);
        w.field(4usize, &self.method);
    }
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
rt::impl_object!(WorkbookRangeSortApplyParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookRangeSortApplyParams { with_fields fields : ::std::vec::Vec < crate
    ::v1::WorkbookSortField >; with_match_case match_case : bool; with_has_headers
    has_headers : bool; with_orientation orientation : ::std::string::String; with_method
    method : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookRangeSortApplyParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.clear`.
/// - `applyTo`: `Edm.String`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookRangeClearParams {
    /// CSDL: property `applyTo`: `Edm.String`, not nullable.
    pub apply_to: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookRangeClearParams {
    #[inline]
    fn default() -> Self {
        Self {
            apply_to: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookRangeClearParams {
    const TYPE_NAME: &'static str = "microsoft.graph.clear(microsoft.graph.workbookRange)";
    const KEYS: &'static [&'static str] = &["applyTo"];
    const KEYS_JSON: &'static [&'static str] = &[",\"applyTo\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.clear(microsoft.graph.workbookRange)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "apply_to", &self.apply_to);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookRangeClearParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.apply_to.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.apply_to);
    }
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
rt::impl_object!(WorkbookRangeClearParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookRangeClearParams { with_apply_to apply_to : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookRangeClearParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.delete`.
/// - `shift`: `Edm.String`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookRangeDeleteParams {
    /// CSDL: property `shift`: `Edm.String`, not nullable.
    pub shift: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookRangeDeleteParams {
    #[inline]
    fn default() -> Self {
        Self {
            shift: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookRangeDeleteParams {
    const TYPE_NAME: &'static str = "microsoft.graph.delete(microsoft.graph.workbookRange)";
    const KEYS: &'static [&'static str] = &["shift"];
    const KEYS_JSON: &'static [&'static str] = &[",\"shift\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.delete(microsoft.graph.workbookRange)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "shift", &self.shift);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookRangeDeleteParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.shift.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.shift);
    }
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
rt::impl_object!(WorkbookRangeDeleteParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookRangeDeleteParams { with_shift shift : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookRangeDeleteParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.insert`.
/// - `shift`: `Edm.String`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookRangeInsertParams {
    /// CSDL: property `shift`: `Edm.String`, not nullable.
    pub shift: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookRangeInsertParams {
    #[inline]
    fn default() -> Self {
        Self {
            shift: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookRangeInsertParams {
    const TYPE_NAME: &'static str = "microsoft.graph.insert(microsoft.graph.workbookRange)";
    const KEYS: &'static [&'static str] = &["shift"];
    const KEYS_JSON: &'static [&'static str] = &[",\"shift\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.insert(microsoft.graph.workbookRange)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "shift", &self.shift);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookRangeInsertParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.shift.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.shift);
    }
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
rt::impl_object!(WorkbookRangeInsertParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookRangeInsertParams { with_shift shift : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookRangeInsertParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.merge`.
/// - `across`: `Edm.Boolean`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookRangeMergeParams {
    /// CSDL: property `across`: `Edm.Boolean`, not nullable.
    pub across: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookRangeMergeParams {
    #[inline]
    fn default() -> Self {
        Self {
            across: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookRangeMergeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.merge(microsoft.graph.workbookRange)";
    const KEYS: &'static [&'static str] = &["across"];
    const KEYS_JSON: &'static [&'static str] = &[",\"across\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.merge(microsoft.graph.workbookRange)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "across", &self.across);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookRangeMergeParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.across.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.across);
    }
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
rt::impl_object!(WorkbookRangeMergeParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookRangeMergeParams { with_across across : bool; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookRangeMergeParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.add`.
/// - `address`: `Edm.String`
/// - `hasHeaders`: `Edm.Boolean`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookTableCollectionAddParams {
    /// CSDL: property `address`: `Edm.String`, nullable.
    pub address: rt::Field<::std::string::String>,
    /// CSDL: property `hasHeaders`: `Edm.Boolean`, not nullable.
    pub has_headers: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookTableCollectionAddParams {
    #[inline]
    fn default() -> Self {
        Self {
            address: rt::Field::Absent,
            has_headers: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookTableCollectionAddParams {
    const TYPE_NAME: &'static str = "microsoft.graph.add(Collection(microsoft.graph.workbookTable))";
    const KEYS: &'static [&'static str] = &["address", "hasHeaders"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"address\":                      ",
        ",\"hasHeaders\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.add(Collection(microsoft.graph.workbookTable))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "address", &self.address);
        v.field(1usize, "has_headers", &self.has_headers);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookTableCollectionAddParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.address.read_from(r),
            1usize => self.has_headers.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.address);
        w.field(1usize, &self.has_headers);
    }
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
rt::impl_object!(WorkbookTableCollectionAddParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookTableCollectionAddParams { with_address address : ::std::string::String;
    with_has_headers has_headers : bool; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookTableCollectionAddParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.add`.
/// - `index`: `Edm.Int32`
/// - `values`: `Edm.Untyped`
/// - `name`: `Edm.String`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookTableColumnCollectionAddParams {
    /// CSDL: property `index`: `Edm.Int32`, nullable.
    pub index: rt::Field<i32>,
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookTableColumnCollectionAddParams {
    #[inline]
    fn default() -> Self {
        Self {
            index: rt::Field::Absent,
            values: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookTableColumnCollectionAddParams {
    const TYPE_NAME: &'static str = "microsoft.graph.add(Collection(microsoft.graph.workbookTableColumn))";
    const KEYS: &'static [&'static str] = &["index", "values", "name"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"index\":                        ",
        ",\"values\":                       ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.add(Collection(microsoft.graph.workbookTableColumn))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "index", &self.index);
        v.field(1usize, "values", &self.values);
        v.field(2usize, "name", &self.name);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookTableColumnCollectionAddParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.index.read_from(r),
            1usize => self.values.read_from(r),
            2usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.index);
        w.field(1usize, &self.values);
        w.field(2usize, &self.name);
    }
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
rt::impl_object!(WorkbookTableColumnCollectionAddParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookTableColumnCollectionAddParams { with_index index : i32; with_values values :
    rt::RawJson; with_name name : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookTableColumnCollectionAddParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.add`.
/// - `index`: `Edm.Int32`
/// - `values`: `Edm.Untyped`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookTableRowCollectionAddParams {
    /// CSDL: property `index`: `Edm.Int32`, nullable.
    pub index: rt::Field<i32>,
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookTableRowCollectionAddParams {
    #[inline]
    fn default() -> Self {
        Self {
            index: rt::Field::Absent,
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookTableRowCollectionAddParams {
    const TYPE_NAME: &'static str = "microsoft.graph.add(Collection(microsoft.graph.workbookTableRow))";
    const KEYS: &'static [&'static str] = &["index", "values"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"index\":                        ",
        ",\"values\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.add(Collection(microsoft.graph.workbookTableRow))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "index", &self.index);
        v.field(1usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookTableRowCollectionAddParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.index.read_from(r),
            1usize => self.values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.index);
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
rt::impl_object!(WorkbookTableRowCollectionAddParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookTableRowCollectionAddParams { with_index index : i32; with_values values :
    rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookTableRowCollectionAddParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.apply`.
/// - `fields`: `Collection(microsoft.graph.workbookSortField)`
/// - `matchCase`: `Edm.Boolean`
/// - `method`: `Edm.String`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookTableSortApplyParams {
    /// CSDL: property `fields`: `Collection(microsoft.graph.workbookSortField)`, nullable.
    pub fields: rt::Field<::std::vec::Vec<crate::v1::WorkbookSortField>>,
    /// CSDL: property `matchCase`: `Edm.Boolean`, not nullable.
    pub match_case: rt::Field<bool>,
    /// CSDL: property `method`: `Edm.String`, not nullable.
    pub method: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookTableSortApplyParams {
    #[inline]
    fn default() -> Self {
        Self {
            fields: rt::Field::Absent,
            match_case: rt::Field::Absent,
            method: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookTableSortApplyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.apply(microsoft.graph.workbookTableSort)";
    const KEYS: &'static [&'static str] = &["fields", "matchCase", "method"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"fields\":                       ",
        ",\"matchCase\":                    ",
        ",\"method\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.apply(microsoft.graph.workbookTableSort)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "fields", &self.fields);
        v.field(1usize, "match_case", &self.match_case);
        v.field(2usize, "method", &self.method);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookTableSortApplyParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.fields.read_from(r),
            1usize => self.match_case.read_from(r),
            2usize => self.method.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.fields);
        w.field(1usize, &self.match_case);
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookTableSortApplyParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookTableSortApplyParams { with_fields fields : ::std::vec::Vec < crate
    ::v1::WorkbookSortField >; with_match_case match_case : bool; with_method method :
    ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookTableSortApplyParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.add`.
/// - `name`: `Edm.String`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookWorksheetCollectionAddParams {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookWorksheetCollectionAddParams {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookWorksheetCollectionAddParams {
    const TYPE_NAME: &'static str = "microsoft.graph.add(Collection(microsoft.graph.workbookWorksheet))";
    const KEYS: &'static [&'static str] = &["name"];
    const KEYS_JSON: &'static [&'static str] = &[",\"name\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.add(Collection(microsoft.graph.workbookWorksheet))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookWorksheetCollectionAddParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
    }
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
rt::impl_object!(WorkbookWorksheetCollectionAddParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookWorksheetCollectionAddParams { with_name name : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookWorksheetCollectionAddParams);
#[cfg(msgraph_v1_drives_or_search)]
/// Parameters of the action `microsoft.graph.protect`.
/// - `options`: `microsoft.graph.workbookWorksheetProtectionOptions`
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookWorksheetProtectionProtectParams {
    /// CSDL: property `options`: `microsoft.graph.workbookWorksheetProtectionOptions`, nullable.
    pub options: rt::Field<crate::v1::WorkbookWorksheetProtectionOptions>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookWorksheetProtectionProtectParams {
    #[inline]
    fn default() -> Self {
        Self {
            options: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookWorksheetProtectionProtectParams {
    const TYPE_NAME: &'static str = "microsoft.graph.protect(microsoft.graph.workbookWorksheetProtection)";
    const KEYS: &'static [&'static str] = &["options"];
    const KEYS_JSON: &'static [&'static str] = &[",\"options\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.protect(microsoft.graph.workbookWorksheetProtection)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "options", &self.options);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookWorksheetProtectionProtectParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.options.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.options);
    }
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
rt::impl_object!(WorkbookWorksheetProtectionProtectParams);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookWorksheetProtectionProtectParams { with_options options : crate
    ::v1::WorkbookWorksheetProtectionOptions; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookWorksheetProtectionProtectParams);
