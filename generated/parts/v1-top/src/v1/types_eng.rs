//! Types of `microsoft.graph` by the first letters of their names (`eng`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core_or_employee_experience)]
/// Represents a Viva Engage role and its members
///
/// CSDL: `microsoft.graph.engagementRole`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EngagementRolePath`](requests/trait.EngagementRolePath.html), what a path to one (`EntityPath<EngagementRole, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-employee-experience`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EngagementRole {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Name of the role
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Users who have been assigned this role.
    ///
    /// CSDL: containment navigation property `members`: `Collection(microsoft.graph.engagementRoleMember)`, not nullable.
    pub members: rt::Field<::std::vec::Vec<crate::v1::EngagementRoleMember>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_employee_experience)]
impl ::std::default::Default for EngagementRole {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            members: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_employee_experience)]
impl rt::Object for EngagementRole {
    const TYPE_NAME: &'static str = "microsoft.graph.engagementRole";
    const KEYS: &'static [&'static str] = &["id", "displayName", "members"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"members\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.engagementRole\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "members", &self.members);
    }
}
#[cfg(msgraph_v1_core_or_employee_experience)]
impl rt::object::Members for EngagementRole {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.members.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.members);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_employee_experience)]
rt::impl_object!(EngagementRole);
#[cfg(msgraph_v1_core_or_employee_experience)]
rt::impl_setters!(
    EngagementRole { with_id id : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_members members : ::std::vec::Vec < crate
    ::v1::EngagementRoleMember >; }
);
#[cfg(msgraph_v1_core_or_employee_experience)]
#[cfg(feature = "serde")]
rt::impl_serde!(EngagementRole);
#[cfg(msgraph_v1_core_or_employee_experience)]
/// Entity to represent the assignment of a role to a user.
///
/// CSDL: `microsoft.graph.engagementRoleMember`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EngagementRoleMemberPath`](requests/trait.EngagementRoleMemberPath.html), what a path to one (`EntityPath<EngagementRoleMember, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-employee-experience`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EngagementRoleMember {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time when the user was assigned the role.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The ID of the user who has been assigned the role.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// User entity of the member who has been assigned the role.
    ///
    /// CSDL: navigation property `user`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core)]
    pub user: rt::Field<crate::v1::AnyUser>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_employee_experience)]
impl ::std::default::Default for EngagementRoleMember {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            user_id: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            user: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_employee_experience)]
impl rt::Object for EngagementRoleMember {
    const TYPE_NAME: &'static str = "microsoft.graph.engagementRoleMember";
    const KEYS: &'static [&'static str] = &["id", "createdDateTime", "userId", "user"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"userId\":                       ",
        ",\"user\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.engagementRoleMember\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "user_id", &self.user_id);
        #[cfg(msgraph_v1_core)] v.field(3usize, "user", &self.user);
    }
}
#[cfg(msgraph_v1_core_or_employee_experience)]
impl rt::object::Members for EngagementRoleMember {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.user_id.read_from(r),
            #[cfg(msgraph_v1_core)]
            3usize => self.user.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.user_id);
        #[cfg(msgraph_v1_core)] w.field(3usize, &self.user);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_employee_experience)]
rt::impl_object!(EngagementRoleMember);
#[cfg(msgraph_v1_core_or_employee_experience)]
rt::impl_setters!(
    EngagementRoleMember { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_user_id user_id :
    ::std::string::String; #[cfg(msgraph_v1_core)] with_user user : crate ::v1::AnyUser;
    }
);
#[cfg(msgraph_v1_core_or_employee_experience)]
#[cfg(feature = "serde")]
rt::impl_serde!(EngagementRoleMember);
