//! Types of `microsoft.graph.security` by the first letters of their names (`aut`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.autonomousSystem`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AutonomousSystem {
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `number`: `Edm.Int32`, not nullable.
    pub number: rt::Field<i32>,
    /// CSDL: property `organization`: `Edm.String`, not nullable.
    pub organization: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, not nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AutonomousSystem {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            number: rt::Field::Absent,
            organization: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AutonomousSystem {
    const TYPE_NAME: &'static str = "microsoft.graph.security.autonomousSystem";
    const KEYS: &'static [&'static str] = &["name", "number", "organization", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"number\":                       ",
        ",\"organization\":                 ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.autonomousSystem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "number", &self.number);
        v.field(2usize, "organization", &self.organization);
        v.field(3usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AutonomousSystem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.number.read_from(r),
            2usize => self.organization.read_from(r),
            3usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.number);
        w.field(2usize, &self.organization);
        w.field(3usize, &self.value);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(AutonomousSystem);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AutonomousSystem { with_name name : ::std::string::String; with_number number : i32;
    with_organization organization : ::std::string::String; with_value value :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AutonomousSystem);
