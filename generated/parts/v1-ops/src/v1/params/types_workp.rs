//! Items of `params` by the first letters of their types' names (`workp`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.setCurrentLocation`.
/// - `updateScope`: `microsoft.graph.workLocationUpdateScope`
/// - `workLocationType`: `microsoft.graph.workLocationType`
/// - `placeId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkPlanOccurrenceCollectionSetCurrentLocationParams {
    /// CSDL: property `updateScope`: `microsoft.graph.workLocationUpdateScope`, nullable.
    pub update_scope: rt::Field<crate::v1::WorkLocationUpdateScope>,
    /// CSDL: property `workLocationType`: `microsoft.graph.workLocationType`, nullable.
    pub work_location_type: rt::Field<crate::v1::WorkLocationType>,
    /// CSDL: property `placeId`: `Edm.String`, nullable.
    pub place_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for WorkPlanOccurrenceCollectionSetCurrentLocationParams {
    #[inline]
    fn default() -> Self {
        Self {
            update_scope: rt::Field::Absent,
            work_location_type: rt::Field::Absent,
            place_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for WorkPlanOccurrenceCollectionSetCurrentLocationParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setCurrentLocation(Collection(microsoft.graph.workPlanOccurrence))";
    const KEYS: &'static [&'static str] = &[
        "updateScope",
        "workLocationType",
        "placeId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"updateScope\":                  ",
        ",\"workLocationType\":             ",
        ",\"placeId\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.setCurrentLocation(Collection(microsoft.graph.workPlanOccurrence))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "update_scope", &self.update_scope);
        v.field(1usize, "work_location_type", &self.work_location_type);
        v.field(2usize, "place_id", &self.place_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for WorkPlanOccurrenceCollectionSetCurrentLocationParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.update_scope.read_from(r),
            1usize => self.work_location_type.read_from(r),
            2usize => self.place_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.update_scope);
        w.field(1usize, &self.work_location_type);
        w.field(2usize, &self.place_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(WorkPlanOccurrenceCollectionSetCurrentLocationParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    WorkPlanOccurrenceCollectionSetCurrentLocationParams { with_update_scope update_scope
    : crate ::v1::WorkLocationUpdateScope; with_work_location_type work_location_type :
    crate ::v1::WorkLocationType; with_place_id place_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkPlanOccurrenceCollectionSetCurrentLocationParams);
