//! Types of `microsoft.graph` by the first letters of their names (`mat`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.matchLocation`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct MatchLocation {
    /// CSDL: property `length`: `Edm.Int32`, nullable.
    pub length: rt::Field<i32>,
    /// CSDL: property `offset`: `Edm.Int32`, nullable.
    pub offset: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for MatchLocation {
    #[inline]
    fn default() -> Self {
        Self {
            length: rt::Field::Absent,
            offset: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for MatchLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.matchLocation";
    const KEYS: &'static [&'static str] = &["length", "offset"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"length\":                       ",
        ",\"offset\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.matchLocation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "length", &self.length);
        v.field(1usize, "offset", &self.offset);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for MatchLocation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.length.read_from(r),
            1usize => self.offset.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.length);
        w.field(1usize, &self.offset);
    }
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
rt::impl_object!(MatchLocation);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(MatchLocation { with_length length : i32; with_offset offset : i32; });
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(MatchLocation);
