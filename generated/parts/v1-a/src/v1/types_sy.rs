//! Types of `microsoft.graph` by the first letters of their names (`sy`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.synchronizationDisposition`, enum type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SynchronizationDisposition {
    /// `Normal` (value 0).
    Normal,
    /// `Discard` (value 1).
    Discard,
    /// `Escrow` (value 2).
    Escrow,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_any_area)]
impl rt::StrEnum for SynchronizationDisposition {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationDisposition";
    const MEMBERS: &'static [&'static str] = &["Normal", "Discard", "Escrow"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "Normal" => Self::Normal,
                "Discard" => Self::Discard,
                "Escrow" => Self::Escrow,
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
            Self::Normal => "Normal",
            Self::Discard => "Discard",
            Self::Escrow => "Escrow",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_enum!(SynchronizationDisposition);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationDisposition);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.synchronizationJobApplicationParameters`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationJobApplicationParameters {
    /// CSDL: property `ruleId`: `Edm.String`, nullable.
    pub rule_id: rt::Field<::std::string::String>,
    /// CSDL: property `subjects`: `Collection(microsoft.graph.synchronizationJobSubject)`, nullable.
    pub subjects: rt::Field<::std::vec::Vec<crate::v1::SynchronizationJobSubject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationJobApplicationParameters {
    #[inline]
    fn default() -> Self {
        Self {
            rule_id: rt::Field::Absent,
            subjects: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationJobApplicationParameters {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationJobApplicationParameters";
    const KEYS: &'static [&'static str] = &["ruleId", "subjects"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ruleId\":                       ",
        ",\"subjects\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationJobApplicationParameters\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "rule_id", &self.rule_id);
        v.field(1usize, "subjects", &self.subjects);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationJobApplicationParameters {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.rule_id.read_from(r),
            1usize => self.subjects.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.rule_id);
        w.field(1usize, &self.subjects);
    }
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
rt::impl_object!(SynchronizationJobApplicationParameters);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationJobApplicationParameters { with_rule_id rule_id :
    ::std::string::String; with_subjects subjects : ::std::vec::Vec < crate
    ::v1::SynchronizationJobSubject >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationJobApplicationParameters);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.synchronizationJobSubject`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationJobSubject {
    /// CSDL: property `links`: `microsoft.graph.synchronizationLinkedObjects`, nullable.
    pub links: rt::Field<::std::boxed::Box<crate::v1::SynchronizationLinkedObjects>>,
    /// CSDL: property `objectId`: `Edm.String`, nullable.
    pub object_id: rt::Field<::std::string::String>,
    /// CSDL: property `objectTypeName`: `Edm.String`, nullable.
    pub object_type_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationJobSubject {
    #[inline]
    fn default() -> Self {
        Self {
            links: rt::Field::Absent,
            object_id: rt::Field::Absent,
            object_type_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationJobSubject {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationJobSubject";
    const KEYS: &'static [&'static str] = &["links", "objectId", "objectTypeName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"links\":                        ",
        ",\"objectId\":                     ",
        ",\"objectTypeName\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationJobSubject\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "links", &self.links);
        v.field(1usize, "object_id", &self.object_id);
        v.field(2usize, "object_type_name", &self.object_type_name);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationJobSubject {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.links.read_from(r),
            1usize => self.object_id.read_from(r),
            2usize => self.object_type_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.links);
        w.field(1usize, &self.object_id);
        w.field(2usize, &self.object_type_name);
    }
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
rt::impl_object!(SynchronizationJobSubject);
#[cfg(msgraph_v1_core)]
rt::impl_boxed!(SynchronizationJobSubject);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationJobSubject { with_links links : ::std::boxed::Box < crate
    ::v1::SynchronizationLinkedObjects >; with_object_id object_id :
    ::std::string::String; with_object_type_name object_type_name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationJobSubject);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.synchronizationLinkedObjects`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationLinkedObjects {
    /// CSDL: property `manager`: `microsoft.graph.synchronizationJobSubject`, nullable.
    pub manager: rt::Field<::std::boxed::Box<crate::v1::SynchronizationJobSubject>>,
    /// CSDL: property `members`: `Collection(microsoft.graph.synchronizationJobSubject)`, nullable.
    pub members: rt::Field<::std::vec::Vec<crate::v1::SynchronizationJobSubject>>,
    /// CSDL: property `owners`: `Collection(microsoft.graph.synchronizationJobSubject)`, nullable.
    pub owners: rt::Field<::std::vec::Vec<crate::v1::SynchronizationJobSubject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationLinkedObjects {
    #[inline]
    fn default() -> Self {
        Self {
            manager: rt::Field::Absent,
            members: rt::Field::Absent,
            owners: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationLinkedObjects {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationLinkedObjects";
    const KEYS: &'static [&'static str] = &["manager", "members", "owners"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"manager\":                      ",
        ",\"members\":                      ",
        ",\"owners\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationLinkedObjects\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "manager", &self.manager);
        v.field(1usize, "members", &self.members);
        v.field(2usize, "owners", &self.owners);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationLinkedObjects {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.manager.read_from(r),
            1usize => self.members.read_from(r),
            2usize => self.owners.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.manager);
        w.field(1usize, &self.members);
        w.field(2usize, &self.owners);
    }
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
rt::impl_object!(SynchronizationLinkedObjects);
#[cfg(msgraph_v1_core)]
rt::impl_boxed!(SynchronizationLinkedObjects);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationLinkedObjects { with_manager manager : ::std::boxed::Box < crate
    ::v1::SynchronizationJobSubject >; with_members members : ::std::vec::Vec < crate
    ::v1::SynchronizationJobSubject >; with_owners owners : ::std::vec::Vec < crate
    ::v1::SynchronizationJobSubject >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationLinkedObjects);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.systemFacet`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SystemFacet {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for SystemFacet {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::Object for SystemFacet {
    const TYPE_NAME: &'static str = "microsoft.graph.systemFacet";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.systemFacet\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::object::Members for SystemFacet {
    #[inline]
    #[allow(unused_variables)]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    #[allow(unused_variables)]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {}
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_object!(SystemFacet);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(SystemFacet);
