//! Types of `microsoft.graph` by the first letters of their names (`r_t`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_role_management_or_search)]
/// CSDL: `microsoft.graph.rbacApplication`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`RbacApplicationPath`](requests/trait.RbacApplicationPath.html), what a path to one (`EntityPath<RbacApplication, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
#[derive(Clone)]
pub struct RbacApplication {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `resourceNamespaces`: `Collection(microsoft.graph.unifiedRbacResourceNamespace)`, not nullable.
    pub resource_namespaces: rt::Field<
        ::std::vec::Vec<crate::v1::UnifiedRbacResourceNamespace>,
    >,
    /// CSDL: containment navigation property `roleAssignments`: `Collection(microsoft.graph.unifiedRoleAssignment)`, not nullable.
    pub role_assignments: rt::Field<::std::vec::Vec<crate::v1::UnifiedRoleAssignment>>,
    /// CSDL: containment navigation property `roleAssignmentScheduleInstances`: `Collection(microsoft.graph.unifiedRoleAssignmentScheduleInstance)`, not nullable.
    pub role_assignment_schedule_instances: rt::Field<
        ::std::vec::Vec<crate::v1::UnifiedRoleAssignmentScheduleInstance>,
    >,
    /// CSDL: containment navigation property `roleAssignmentScheduleRequests`: `Collection(microsoft.graph.unifiedRoleAssignmentScheduleRequest)`, not nullable.
    pub role_assignment_schedule_requests: rt::Field<
        ::std::vec::Vec<crate::v1::UnifiedRoleAssignmentScheduleRequest>,
    >,
    /// CSDL: containment navigation property `roleAssignmentSchedules`: `Collection(microsoft.graph.unifiedRoleAssignmentSchedule)`, not nullable.
    pub role_assignment_schedules: rt::Field<
        ::std::vec::Vec<crate::v1::UnifiedRoleAssignmentSchedule>,
    >,
    /// CSDL: containment navigation property `roleDefinitions`: `Collection(microsoft.graph.unifiedRoleDefinition)`, not nullable.
    pub role_definitions: rt::Field<::std::vec::Vec<crate::v1::UnifiedRoleDefinition>>,
    /// CSDL: containment navigation property `roleEligibilityScheduleInstances`: `Collection(microsoft.graph.unifiedRoleEligibilityScheduleInstance)`, not nullable.
    pub role_eligibility_schedule_instances: rt::Field<
        ::std::vec::Vec<crate::v1::UnifiedRoleEligibilityScheduleInstance>,
    >,
    /// CSDL: containment navigation property `roleEligibilityScheduleRequests`: `Collection(microsoft.graph.unifiedRoleEligibilityScheduleRequest)`, not nullable.
    pub role_eligibility_schedule_requests: rt::Field<
        ::std::vec::Vec<crate::v1::UnifiedRoleEligibilityScheduleRequest>,
    >,
    /// CSDL: containment navigation property `roleEligibilitySchedules`: `Collection(microsoft.graph.unifiedRoleEligibilitySchedule)`, not nullable.
    pub role_eligibility_schedules: rt::Field<
        ::std::vec::Vec<crate::v1::UnifiedRoleEligibilitySchedule>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_role_management_or_search)]
impl ::std::default::Default for RbacApplication {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            resource_namespaces: rt::Field::Absent,
            role_assignments: rt::Field::Absent,
            role_assignment_schedule_instances: rt::Field::Absent,
            role_assignment_schedule_requests: rt::Field::Absent,
            role_assignment_schedules: rt::Field::Absent,
            role_definitions: rt::Field::Absent,
            role_eligibility_schedule_instances: rt::Field::Absent,
            role_eligibility_schedule_requests: rt::Field::Absent,
            role_eligibility_schedules: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
impl rt::Object for RbacApplication {
    const TYPE_NAME: &'static str = "microsoft.graph.rbacApplication";
    const KEYS: &'static [&'static str] = &[
        "id",
        "resourceNamespaces",
        "roleAssignments",
        "roleAssignmentScheduleInstances",
        "roleAssignmentScheduleRequests",
        "roleAssignmentSchedules",
        "roleDefinitions",
        "roleEligibilityScheduleInstances",
        "roleEligibilityScheduleRequests",
        "roleEligibilitySchedules",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"resourceNamespaces\":           ",
        ",\"roleAssignments\":              ",
        ",\"roleAssignmentScheduleInstances\":",
        ",\"roleAssignmentScheduleRequests\":",
        ",\"roleAssignmentSchedules\":      ",
        ",\"roleDefinitions\":              ",
        ",\"roleEligibilityScheduleInstances\":",
        ",\"roleEligibilityScheduleRequests\":",
        ",\"roleEligibilitySchedules\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.rbacApplication\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "resource_namespaces", &self.resource_namespaces);
        v.field(2usize, "role_assignments", &self.role_assignments);
        v.field(
            3usize,
            "role_assignment_schedule_instances",
            &self.role_assignment_schedule_instances,
        );
        v.field(
            4usize,
            "role_assignment_schedule_requests",
            &self.role_assignment_schedule_requests,
        );
        v.field(5usize, "role_assignment_schedules", &self.role_assignment_schedules);
        v.field(6usize, "role_definitions", &self.role_definitions);
        v.field(
            7usize,
            "role_eligibility_schedule_instances",
            &self.role_eligibility_schedule_instances,
        );
        v.field(
            8usize,
            "role_eligibility_schedule_requests",
            &self.role_eligibility_schedule_requests,
        );
        v.field(9usize, "role_eligibility_schedules", &self.role_eligibility_schedules);
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
impl rt::object::Members for RbacApplication {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.resource_namespaces.read_from(r),
            2usize => self.role_assignments.read_from(r),
            3usize => self.role_assignment_schedule_instances.read_from(r),
            4usize => self.role_assignment_schedule_requests.read_from(r),
            5usize => self.role_assignment_schedules.read_from(r),
            6usize => self.role_definitions.read_from(r),
            7usize => self.role_eligibility_schedule_instances.read_from(r),
            8usize => self.role_eligibility_schedule_requests.read_from(r),
            9usize => self.role_eligibility_schedules.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.resource_namespaces);
        w.field(2usize, &self.role_assignments);
        w.field(3usize, &self.role_assignment_schedule_instances);
        w.field(4usize, &self.role_assignment_schedule_requests);
        w.field(5usize, &self.role_assignment_schedules);
        w.field(6usize, &self.role_definitions);
        w.field(7usize, &self.role_eligibility_schedule_instances);
        w.field(8usize, &self.role_eligibility_schedule_requests);
        w.field(9usize, &self.role_eligibility_schedules);
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
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_object!(RbacApplication);
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_setters!(
    RbacApplication { with_id id : ::std::string::String; with_resource_namespaces
    resource_namespaces : ::std::vec::Vec < crate ::v1::UnifiedRbacResourceNamespace >;
    with_role_assignments role_assignments : ::std::vec::Vec < crate
    ::v1::UnifiedRoleAssignment >; with_role_assignment_schedule_instances
    role_assignment_schedule_instances : ::std::vec::Vec < crate
    ::v1::UnifiedRoleAssignmentScheduleInstance >; with_role_assignment_schedule_requests
    role_assignment_schedule_requests : ::std::vec::Vec < crate
    ::v1::UnifiedRoleAssignmentScheduleRequest >; with_role_assignment_schedules
    role_assignment_schedules : ::std::vec::Vec < crate
    ::v1::UnifiedRoleAssignmentSchedule >; with_role_definitions role_definitions :
    ::std::vec::Vec < crate ::v1::UnifiedRoleDefinition >;
    with_role_eligibility_schedule_instances role_eligibility_schedule_instances :
    ::std::vec::Vec < crate ::v1::UnifiedRoleEligibilityScheduleInstance >;
    with_role_eligibility_schedule_requests role_eligibility_schedule_requests :
    ::std::vec::Vec < crate ::v1::UnifiedRoleEligibilityScheduleRequest >;
    with_role_eligibility_schedules role_eligibility_schedules : ::std::vec::Vec < crate
    ::v1::UnifiedRoleEligibilitySchedule >; }
);
#[cfg(msgraph_v1_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RbacApplication);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.recycleBin`, entity type, derived from `microsoft.graph.baseItem`, open, key `id`.
///
/// Request builders: [`RecycleBinPath`](requests/trait.RecycleBinPath.html), what a path to one (`EntityPath<RecycleBin, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct RecycleBin {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `eTag`: `Edm.String`, nullable.
    pub e_tag: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `parentReference`: `microsoft.graph.itemReference`, nullable.
    pub parent_reference: rt::Field<crate::v1::ItemReference>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: navigation property `createdByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub created_by_user: rt::Field<crate::v1::AnyUser>,
    /// CSDL: navigation property `lastModifiedByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub last_modified_by_user: rt::Field<crate::v1::AnyUser>,
    /// CSDL: property `settings`: `microsoft.graph.recycleBinSettings`, nullable.
    pub settings: rt::Field<crate::v1::RecycleBinSettings>,
    /// CSDL: containment navigation property `items`: `Collection(microsoft.graph.recycleBinItem)`, not nullable.
    pub items: rt::Field<::std::vec::Vec<crate::v1::RecycleBinItem>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for RecycleBin {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            e_tag: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            parent_reference: rt::Field::Absent,
            web_url: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            created_by_user: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            last_modified_by_user: rt::Field::Absent,
            settings: rt::Field::Absent,
            items: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for RecycleBin {
    const TYPE_NAME: &'static str = "microsoft.graph.recycleBin";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "description",
        "eTag",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "name",
        "parentReference",
        "webUrl",
        "createdByUser",
        "lastModifiedByUser",
        "settings",
        "items",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"eTag\":                         ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"name\":                         ",
        ",\"parentReference\":              ",
        ",\"webUrl\":                       ",
        ",\"createdByUser\":                ",
        ",\"lastModifiedByUser\":           ",
        ",\"settings\":                     ",
        ",\"items\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.recycleBin\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "e_tag", &self.e_tag);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "name", &self.name);
        v.field(8usize, "parent_reference", &self.parent_reference);
        v.field(9usize, "web_url", &self.web_url);
        #[cfg(msgraph_v1_core)]
        v.field(10usize, "created_by_user", &self.created_by_user);
        #[cfg(msgraph_v1_core)]
        v.field(11usize, "last_modified_by_user", &self.last_modified_by_user);
        v.field(12usize, "settings", &self.settings);
        v.field(13usize, "items", &self.items);
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for RecycleBin {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.e_tag.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.name.read_from(r),
            8usize => self.parent_reference.read_from(r),
            9usize => self.web_url.read_from(r),
            #[cfg(msgraph_v1_core)]
            10usize => self.created_by_user.read_from(r),
            #[cfg(msgraph_v1_core)]
            11usize => self.last_modified_by_user.read_from(r),
            12usize => self.settings.read_from(r),
            13usize => self.items.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.e_tag);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.name);
        w.field(8usize, &self.parent_reference);
        w.field(9usize, &self.web_url);
        #[cfg(msgraph_v1_core)] w.field(10usize, &self.created_by_user);
        #[cfg(msgraph_v1_core)] w.field(11usize, &self.last_modified_by_user);
        w.field(12usize, &self.settings);
        w.field(13usize, &self.items);
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
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_object!(RecycleBin);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    RecycleBin { with_id id : ::std::string::String; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_e_tag e_tag : ::std::string::String; with_last_modified_by last_modified_by :
    crate ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_name name : ::std::string::String;
    with_parent_reference parent_reference : crate ::v1::ItemReference; with_web_url
    web_url : ::std::string::String; #[cfg(msgraph_v1_core)] with_created_by_user
    created_by_user : crate ::v1::AnyUser; #[cfg(msgraph_v1_core)]
    with_last_modified_by_user last_modified_by_user : crate ::v1::AnyUser; with_settings
    settings : crate ::v1::RecycleBinSettings; with_items items : ::std::vec::Vec < crate
    ::v1::RecycleBinItem >; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecycleBin);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.recycleBinItem`, entity type, derived from `microsoft.graph.baseItem`, open, key `id`.
///
/// Request builders: [`BaseItemPath`](requests/trait.BaseItemPath.html), what a path to one (`EntityPath<RecycleBinItem, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct RecycleBinItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `eTag`: `Edm.String`, nullable.
    pub e_tag: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `parentReference`: `microsoft.graph.itemReference`, nullable.
    pub parent_reference: rt::Field<crate::v1::ItemReference>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: navigation property `createdByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub created_by_user: rt::Field<crate::v1::AnyUser>,
    /// CSDL: navigation property `lastModifiedByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub last_modified_by_user: rt::Field<crate::v1::AnyUser>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `deletedFromLocation`: `Edm.String`, nullable.
    pub deleted_from_location: rt::Field<::std::string::String>,
    /// CSDL: property `size`: `Edm.Int64`, nullable.
    pub size: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for RecycleBinItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            e_tag: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            parent_reference: rt::Field::Absent,
            web_url: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            created_by_user: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            last_modified_by_user: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            deleted_from_location: rt::Field::Absent,
            size: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for RecycleBinItem {
    const TYPE_NAME: &'static str = "microsoft.graph.recycleBinItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "description",
        "eTag",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "name",
        "parentReference",
        "webUrl",
        "createdByUser",
        "lastModifiedByUser",
        "deletedDateTime",
        "deletedFromLocation",
        "size",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"eTag\":                         ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"name\":                         ",
        ",\"parentReference\":              ",
        ",\"webUrl\":                       ",
        ",\"createdByUser\":                ",
        ",\"lastModifiedByUser\":           ",
        ",\"deletedDateTime\":              ",
        ",\"deletedFromLocation\":          ",
        ",\"size\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.recycleBinItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "e_tag", &self.e_tag);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "name", &self.name);
        v.field(8usize, "parent_reference", &self.parent_reference);
        v.field(9usize, "web_url", &self.web_url);
        #[cfg(msgraph_v1_core)]
        v.field(10usize, "created_by_user", &self.created_by_user);
        #[cfg(msgraph_v1_core)]
        v.field(11usize, "last_modified_by_user", &self.last_modified_by_user);
        v.field(12usize, "deleted_date_time", &self.deleted_date_time);
        v.field(13usize, "deleted_from_location", &self.deleted_from_location);
        v.field(14usize, "size", &self.size);
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for RecycleBinItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.e_tag.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.name.read_from(r),
            8usize => self.parent_reference.read_from(r),
            9usize => self.web_url.read_from(r),
            #[cfg(msgraph_v1_core)]
            10usize => self.created_by_user.read_from(r),
            #[cfg(msgraph_v1_core)]
            11usize => self.last_modified_by_user.read_from(r),
            12usize => self.deleted_date_time.read_from(r),
            13usize => self.deleted_from_location.read_from(r),
            14usize => self.size.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.e_tag);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.name);
        w.field(8usize, &self.parent_reference);
        w.field(9usize, &self.web_url);
        #[cfg(msgraph_v1_core)] w.field(10usize, &self.created_by_user);
        #[cfg(msgraph_v1_core)] w.field(11usize, &self.last_modified_by_user);
        w.field(12usize, &self.deleted_date_time);
        w.field(13usize, &self.deleted_from_location);
        w.field(14usize, &self.size);
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
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_object!(RecycleBinItem);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    RecycleBinItem { with_id id : ::std::string::String; with_created_by created_by :
    crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_e_tag e_tag : ::std::string::String; with_last_modified_by last_modified_by :
    crate ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_name name : ::std::string::String;
    with_parent_reference parent_reference : crate ::v1::ItemReference; with_web_url
    web_url : ::std::string::String; #[cfg(msgraph_v1_core)] with_created_by_user
    created_by_user : crate ::v1::AnyUser; #[cfg(msgraph_v1_core)]
    with_last_modified_by_user last_modified_by_user : crate ::v1::AnyUser;
    with_deleted_date_time deleted_date_time : rt::edm::DateTimeOffset;
    with_deleted_from_location deleted_from_location : ::std::string::String; with_size
    size : i64; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecycleBinItem);
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
/// CSDL: `microsoft.graph.request`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`RequestPath`](requests/trait.RequestPath.html), what a path to one (`EntityPath<AnyRequest, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-role-management`, `v1-search`.
#[derive(Clone)]
pub struct Request {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `approvalId`: `Edm.String`, nullable.
    pub approval_id: rt::Field<::std::string::String>,
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `customData`: `Edm.String`, nullable.
    pub custom_data: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, not nullable.
    pub status: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
impl ::std::default::Default for Request {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            approval_id: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            custom_data: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
impl rt::Object for Request {
    const TYPE_NAME: &'static str = "microsoft.graph.request";
    const KEYS: &'static [&'static str] = &[
        "id",
        "approvalId",
        "completedDateTime",
        "createdBy",
        "createdDateTime",
        "customData",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"approvalId\":                   ",
        ",\"completedDateTime\":            ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"customData\":                   ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.request\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "approval_id", &self.approval_id);
        v.field(2usize, "completed_date_time", &self.completed_date_time);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "custom_data", &self.custom_data);
        v.field(6usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
impl rt::object::Members for Request {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.approval_id.read_from(r),
            2usize => self.completed_date_time.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.custom_data.read_from(r),
            6usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.approval_id);
        w.field(2usize, &self.completed_date_time);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.custom_data);
        w.field(6usize, &self.status);
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
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
rt::impl_object!(Request);
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
rt::impl_setters!(
    Request { with_id id : ::std::string::String; with_approval_id approval_id :
    ::std::string::String; with_completed_date_time completed_date_time :
    rt::edm::DateTimeOffset; with_created_by created_by : crate ::v1::AnyIdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_custom_data
    custom_data : ::std::string::String; with_status status : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Request);
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
/// `microsoft.graph.request` or any type derived from it, selected by `@odata.type` (7 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-role-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyRequest {
    Request(::std::boxed::Box<crate::v1::Request>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    PrivilegedAccessGroupAssignmentScheduleRequest(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    PrivilegedAccessGroupEligibilityScheduleRequest(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    PrivilegedAccessScheduleRequest(
        ::std::boxed::Box<crate::v1::PrivilegedAccessScheduleRequest>,
    ),
    #[cfg(msgraph_v1_role_management_or_search)]
    UnifiedRoleAssignmentScheduleRequest(
        ::std::boxed::Box<crate::v1::UnifiedRoleAssignmentScheduleRequest>,
    ),
    #[cfg(msgraph_v1_role_management_or_search)]
    UnifiedRoleEligibilityScheduleRequest(
        ::std::boxed::Box<crate::v1::UnifiedRoleEligibilityScheduleRequest>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    UserConsentRequest(::std::boxed::Box<crate::v1::UserConsentRequest>),
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
impl ::std::default::Default for AnyRequest {
    #[inline]
    fn default() -> Self {
        Self::Request(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Request> for AnyRequest {
    #[inline]
    fn from(v: crate::v1::Request) -> Self {
        Self::Request(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest>
for AnyRequest {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest) -> Self {
        Self::PrivilegedAccessGroupAssignmentScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest>
for AnyRequest {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest) -> Self {
        Self::PrivilegedAccessGroupEligibilityScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessScheduleRequest> for AnyRequest {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessScheduleRequest) -> Self {
        Self::PrivilegedAccessScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleAssignmentScheduleRequest>
for AnyRequest {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleAssignmentScheduleRequest) -> Self {
        Self::UnifiedRoleAssignmentScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleEligibilityScheduleRequest>
for AnyRequest {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleEligibilityScheduleRequest) -> Self {
        Self::UnifiedRoleEligibilityScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserConsentRequest> for AnyRequest {
    #[inline]
    fn from(v: crate::v1::UserConsentRequest) -> Self {
        Self::UserConsentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
unsafe impl ::std::marker::Send for AnyRequest {}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
unsafe impl ::std::marker::Sync for AnyRequest {}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
impl ::std::marker::Unpin for AnyRequest {}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
impl ::std::panic::UnwindSafe for AnyRequest {}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyRequest {}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::Request>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<
        crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest,
    >();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<
        crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest,
    >();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::PrivilegedAccessScheduleRequest>();
    #[cfg(msgraph_v1_role_management_or_search)]
    rt::object::auto_traits::<crate::v1::UnifiedRoleAssignmentScheduleRequest>();
    #[cfg(msgraph_v1_role_management_or_search)]
    rt::object::auto_traits::<crate::v1::UnifiedRoleEligibilityScheduleRequest>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::UserConsentRequest>();
};
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
impl rt::Poly for AnyRequest {
    const BASE_NAME: &'static str = "microsoft.graph.request";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest",
            ) => {
                Self::PrivilegedAccessGroupAssignmentScheduleRequest(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest",
            ) => {
                Self::PrivilegedAccessGroupEligibilityScheduleRequest(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessScheduleRequest",
            ) => Self::PrivilegedAccessScheduleRequest(rt::object::new_boxed()),
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleAssignmentScheduleRequest",
            ) => Self::UnifiedRoleAssignmentScheduleRequest(rt::object::new_boxed()),
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleEligibilityScheduleRequest",
            ) => Self::UnifiedRoleEligibilityScheduleRequest(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.userConsentRequest") => {
                Self::UserConsentRequest(rt::object::new_boxed())
            }
            _ => Self::Request(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Request(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &**v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &**v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Request(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &mut **v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut **v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
impl AnyRequest {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        rt::Poly::members(self).view().0.type_name
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        rt::Poly::members(self).view().1
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        rt::Poly::members_mut(self).extra_mut_dyn()
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Request(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Request(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &mut v.id,
        }
    }
    /// `approvalId` of any variant.
    #[inline]
    pub fn approval_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Request(v) => &v.approval_id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.approval_id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.approval_id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &v.approval_id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.approval_id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.approval_id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &v.approval_id,
        }
    }
    /// `approvalId` of any variant.
    #[inline]
    pub fn approval_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Request(v) => &mut v.approval_id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.approval_id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &mut v.approval_id
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.approval_id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.approval_id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.approval_id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &mut v.approval_id,
        }
    }
    /// `completedDateTime` of any variant.
    #[inline]
    pub fn completed_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Request(v) => &v.completed_date_time,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => {
                &v.completed_date_time
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &v.completed_date_time
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &v.completed_date_time,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.completed_date_time,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.completed_date_time,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &v.completed_date_time,
        }
    }
    /// `completedDateTime` of any variant.
    #[inline]
    pub fn completed_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Request(v) => &mut v.completed_date_time,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => {
                &mut v.completed_date_time
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &mut v.completed_date_time
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.completed_date_time,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.completed_date_time,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.completed_date_time,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &mut v.completed_date_time,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::Request(v) => &v.created_by,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.created_by,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.created_by,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &v.created_by,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.created_by,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.created_by,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::Request(v) => &mut v.created_by,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.created_by,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &mut v.created_by,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.created_by,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.created_by,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.created_by,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &mut v.created_by,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Request(v) => &v.created_date_time,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => {
                &v.created_date_time
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &v.created_date_time
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &v.created_date_time,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.created_date_time,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.created_date_time,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Request(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => {
                &mut v.created_date_time
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &mut v.created_date_time
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &mut v.created_date_time,
        }
    }
    /// `customData` of any variant.
    #[inline]
    pub fn custom_data(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Request(v) => &v.custom_data,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.custom_data,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.custom_data,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &v.custom_data,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.custom_data,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.custom_data,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &v.custom_data,
        }
    }
    /// `customData` of any variant.
    #[inline]
    pub fn custom_data_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Request(v) => &mut v.custom_data,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.custom_data,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &mut v.custom_data
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.custom_data,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.custom_data,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.custom_data,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &mut v.custom_data,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Request(v) => &v.status,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.status,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.status,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &v.status,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.status,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.status,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Request(v) => &mut v.status,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.status,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &mut v.status,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.status,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.status,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.status,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &mut v.status,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
rt::impl_poly!(AnyRequest);
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyRequest);
#[cfg(msgraph_v1_role_management)]
/// CSDL: `microsoft.graph.roleManagement`, entity type.
///
/// Request builders: [`RoleManagementPath`](requests/trait.RoleManagementPath.html), what a path to one (`EntityPath<RoleManagement, C>`) dereferences to.
///
/// Features: `v1` or `v1-role-management`.
#[derive(Clone)]
pub struct RoleManagement {
    /// CSDL: containment navigation property `directory`: `microsoft.graph.rbacApplication`, nullable.
    pub directory: rt::Field<crate::v1::RbacApplication>,
    /// The RbacApplication for Entitlement Management
    ///
    /// CSDL: containment navigation property `entitlementManagement`: `microsoft.graph.rbacApplication`, nullable.
    pub entitlement_management: rt::Field<crate::v1::RbacApplication>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_role_management)]
impl ::std::default::Default for RoleManagement {
    #[inline]
    fn default() -> Self {
        Self {
            directory: rt::Field::Absent,
            entitlement_management: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_role_management)]
impl rt::Object for RoleManagement {
    const TYPE_NAME: &'static str = "microsoft.graph.roleManagement";
    const KEYS: &'static [&'static str] = &["directory", "entitlementManagement"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"directory\":                    ",
        ",\"entitlementManagement\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.roleManagement\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "directory", &self.directory);
        v.field(1usize, "entitlement_management", &self.entitlement_management);
    }
}
#[cfg(msgraph_v1_role_management)]
impl rt::object::Members for RoleManagement {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.directory.read_from(r),
            1usize => self.entitlement_management.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.directory);
        w.field(1usize, &self.entitlement_management);
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
#[cfg(msgraph_v1_role_management)]
rt::impl_object!(RoleManagement);
#[cfg(msgraph_v1_role_management)]
rt::impl_setters!(
    RoleManagement { with_directory directory : crate ::v1::RbacApplication;
    with_entitlement_management entitlement_management : crate ::v1::RbacApplication; }
);
#[cfg(msgraph_v1_role_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleManagement);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.searchHit`, complex type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct SearchHit {
    /// CSDL: property `contentSource`: `Edm.String`, nullable.
    pub content_source: rt::Field<::std::string::String>,
    /// CSDL: property `hitId`: `Edm.String`, nullable.
    pub hit_id: rt::Field<::std::string::String>,
    /// CSDL: property `isCollapsed`: `Edm.Boolean`, nullable.
    pub is_collapsed: rt::Field<bool>,
    /// CSDL: property `rank`: `Edm.Int32`, nullable.
    pub rank: rt::Field<i32>,
    /// CSDL: property `resultTemplateId`: `Edm.String`, nullable.
    pub result_template_id: rt::Field<::std::string::String>,
    /// CSDL: property `summary`: `Edm.String`, nullable.
    pub summary: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `resource`: `microsoft.graph.entity`, nullable.
    pub resource: rt::Field<crate::v1::AnyEntity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for SearchHit {
    #[inline]
    fn default() -> Self {
        Self {
            content_source: rt::Field::Absent,
            hit_id: rt::Field::Absent,
            is_collapsed: rt::Field::Absent,
            rank: rt::Field::Absent,
            result_template_id: rt::Field::Absent,
            summary: rt::Field::Absent,
            resource: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for SearchHit {
    const TYPE_NAME: &'static str = "microsoft.graph.searchHit";
    const KEYS: &'static [&'static str] = &[
        "contentSource",
        "hitId",
        "isCollapsed",
        "rank",
        "resultTemplateId",
        "summary",
        "resource",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"contentSource\":                ",
        ",\"hitId\":                        ",
        ",\"isCollapsed\":                  ",
        ",\"rank\":                         ",
        ",\"resultTemplateId\":             ",
        ",\"summary\":                      ",
        ",\"resource\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.searchHit\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content_source", &self.content_source);
        v.field(1usize, "hit_id", &self.hit_id);
        v.field(2usize, "is_collapsed", &self.is_collapsed);
        v.field(3usize, "rank", &self.rank);
        v.field(4usize, "result_template_id", &self.result_template_id);
        v.field(5usize, "summary", &self.summary);
        v.field(6usize, "resource", &self.resource);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for SearchHit {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content_source.read_from(r),
            1usize => self.hit_id.read_from(r),
            2usize => self.is_collapsed.read_from(r),
            3usize => self.rank.read_from(r),
            4usize => self.result_template_id.read_from(r),
            5usize => self.summary.read_from(r),
            6usize => self.resource.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content_source);
        w.field(1usize, &self.hit_id);
        w.field(2usize, &self.is_collapsed);
        w.field(3usize, &self.rank);
        w.field(4usize, &self.result_template_id);
        w.field(5usize, &self.summary);
        w.field(6usize, &self.resource);
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
#[cfg(msgraph_v1_search)]
rt::impl_object!(SearchHit);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    SearchHit { with_content_source content_source : ::std::string::String; with_hit_id
    hit_id : ::std::string::String; with_is_collapsed is_collapsed : bool; with_rank rank
    : i32; with_result_template_id result_template_id : ::std::string::String;
    with_summary summary : ::std::string::String; with_resource resource : crate
    ::v1::AnyEntity; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchHit);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.searchHitsContainer`, complex type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct SearchHitsContainer {
    /// CSDL: property `aggregations`: `Collection(microsoft.graph.searchAggregation)`, nullable.
    pub aggregations: rt::Field<::std::vec::Vec<crate::v1::SearchAggregation>>,
    /// CSDL: property `hits`: `Collection(microsoft.graph.searchHit)`, nullable.
    pub hits: rt::Field<::std::vec::Vec<crate::v1::SearchHit>>,
    /// CSDL: property `moreResultsAvailable`: `Edm.Boolean`, nullable.
    pub more_results_available: rt::Field<bool>,
    /// CSDL: property `total`: `Edm.Int32`, nullable.
    pub total: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for SearchHitsContainer {
    #[inline]
    fn default() -> Self {
        Self {
            aggregations: rt::Field::Absent,
            hits: rt::Field::Absent,
            more_results_available: rt::Field::Absent,
            total: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for SearchHitsContainer {
    const TYPE_NAME: &'static str = "microsoft.graph.searchHitsContainer";
    const KEYS: &'static [&'static str] = &[
        "aggregations",
        "hits",
        "moreResultsAvailable",
        "total",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"aggregations\":                 ",
        ",\"hits\":                         ",
        ",\"moreResultsAvailable\":         ",
        ",\"total\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.searchHitsContainer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "aggregations", &self.aggregations);
        v.field(1usize, "hits", &self.hits);
        v.field(2usize, "more_results_available", &self.more_results_available);
        v.field(3usize, "total", &self.total);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for SearchHitsContainer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.aggregations.read_from(r),
            1usize => self.hits.read_from(r),
            2usize => self.more_results_available.read_from(r),
            3usize => self.total.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.aggregations);
        w.field(1usize, &self.hits);
        w.field(2usize, &self.more_results_available);
        w.field(3usize, &self.total);
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
#[cfg(msgraph_v1_search)]
rt::impl_object!(SearchHitsContainer);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    SearchHitsContainer { with_aggregations aggregations : ::std::vec::Vec < crate
    ::v1::SearchAggregation >; with_hits hits : ::std::vec::Vec < crate ::v1::SearchHit
    >; with_more_results_available more_results_available : bool; with_total total : i32;
    }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchHitsContainer);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.searchResponse`, complex type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct SearchResponse {
    /// CSDL: property `hitsContainers`: `Collection(microsoft.graph.searchHitsContainer)`, nullable.
    pub hits_containers: rt::Field<::std::vec::Vec<crate::v1::SearchHitsContainer>>,
    /// CSDL: property `queryAlterationResponse`: `microsoft.graph.alterationResponse`, nullable.
    pub query_alteration_response: rt::Field<crate::v1::AlterationResponse>,
    /// CSDL: property `resultTemplates`: `microsoft.graph.resultTemplateDictionary`, nullable.
    pub result_templates: rt::Field<crate::v1::ResultTemplateDictionary>,
    /// CSDL: property `searchTerms`: `Collection(Edm.String)`, nullable.
    pub search_terms: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for SearchResponse {
    #[inline]
    fn default() -> Self {
        Self {
            hits_containers: rt::Field::Absent,
            query_alteration_response: rt::Field::Absent,
            result_templates: rt::Field::Absent,
            search_terms: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for SearchResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.searchResponse";
    const KEYS: &'static [&'static str] = &[
        "hitsContainers",
        "queryAlterationResponse",
        "resultTemplates",
        "searchTerms",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"hitsContainers\":               ",
        ",\"queryAlterationResponse\":      ",
        ",\"resultTemplates\":              ",
        ",\"searchTerms\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.searchResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "hits_containers", &self.hits_containers);
        v.field(1usize, "query_alteration_response", &self.query_alteration_response);
        v.field(2usize, "result_templates", &self.result_templates);
        v.field(3usize, "search_terms", &self.search_terms);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for SearchResponse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.hits_containers.read_from(r),
            1usize => self.query_alteration_response.read_from(r),
            2usize => self.result_templates.read_from(r),
            3usize => self.search_terms.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.hits_containers);
        w.field(1usize, &self.query_alteration_response);
        w.field(2usize, &self.result_templates);
        w.field(3usize, &self.search_terms);
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
#[cfg(msgraph_v1_search)]
rt::impl_object!(SearchResponse);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    SearchResponse { with_hits_containers hits_containers : ::std::vec::Vec < crate
    ::v1::SearchHitsContainer >; with_query_alteration_response query_alteration_response
    : crate ::v1::AlterationResponse; with_result_templates result_templates : crate
    ::v1::ResultTemplateDictionary; with_search_terms search_terms : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchResponse);
#[cfg(msgraph_v1_security)]
/// Security singleton providing access to audit log resources.
///
/// CSDL: `microsoft.graph.security`, entity type.
///
/// Request builders: [`SecurityPath`](requests/trait.SecurityPath.html), what a path to one (`EntityPath<Security, C>`) dereferences to.
///
/// Features: `v1` or `v1-security`.
#[derive(Clone)]
pub struct Security {
    /// CSDL: containment navigation property `alerts`: `Collection(microsoft.graph.alert)`, not nullable.
    pub alerts: rt::Field<::std::vec::Vec<crate::v1::Alert>>,
    /// CSDL: containment navigation property `alerts_v2`: `Collection(microsoft.graph.security.alert)`, not nullable.
    pub alerts_v2: rt::Field<::std::vec::Vec<crate::v1::security::Alert>>,
    /// CSDL: containment navigation property `attackSimulation`: `microsoft.graph.attackSimulationRoot`, nullable.
    pub attack_simulation: rt::Field<crate::v1::AttackSimulationRoot>,
    /// CSDL: containment navigation property `auditLog`: `microsoft.graph.security.auditCoreRoot`, nullable.
    pub audit_log: rt::Field<crate::v1::security::AuditCoreRoot>,
    /// CSDL: containment navigation property `cases`: `microsoft.graph.security.casesRoot`, nullable.
    pub cases: rt::Field<crate::v1::security::CasesRoot>,
    /// CSDL: containment navigation property `collaboration`: `microsoft.graph.security.collaborationRoot`, nullable.
    pub collaboration: rt::Field<crate::v1::security::CollaborationRoot>,
    /// CSDL: containment navigation property `dataSecurityAndGovernance`: `microsoft.graph.tenantDataSecurityAndGovernance`, nullable.
    pub data_security_and_governance: rt::Field<
        crate::v1::TenantDataSecurityAndGovernance,
    >,
    /// CSDL: containment navigation property `identities`: `microsoft.graph.security.identityContainer`, nullable.
    pub identities: rt::Field<crate::v1::security::IdentityContainer>,
    /// CSDL: containment navigation property `incidents`: `Collection(microsoft.graph.security.incident)`, not nullable.
    pub incidents: rt::Field<::std::vec::Vec<crate::v1::security::Incident>>,
    /// CSDL: containment navigation property `labels`: `microsoft.graph.security.labelsRoot`, nullable.
    pub labels: rt::Field<crate::v1::security::LabelsRoot>,
    /// CSDL: containment navigation property `secureScoreControlProfiles`: `Collection(microsoft.graph.secureScoreControlProfile)`, not nullable.
    pub secure_score_control_profiles: rt::Field<
        ::std::vec::Vec<crate::v1::SecureScoreControlProfile>,
    >,
    /// CSDL: containment navigation property `secureScores`: `Collection(microsoft.graph.secureScore)`, not nullable.
    pub secure_scores: rt::Field<::std::vec::Vec<crate::v1::SecureScore>>,
    /// CSDL: containment navigation property `subjectRightsRequests`: `Collection(microsoft.graph.subjectRightsRequest)`, not nullable.
    pub subject_rights_requests: rt::Field<
        ::std::vec::Vec<crate::v1::SubjectRightsRequest>,
    >,
    /// CSDL: containment navigation property `threatIntelligence`: `microsoft.graph.security.threatIntelligence`, nullable.
    pub threat_intelligence: rt::Field<crate::v1::security::ThreatIntelligence>,
    /// CSDL: containment navigation property `triggers`: `microsoft.graph.security.triggersRoot`, nullable.
    pub triggers: rt::Field<crate::v1::security::TriggersRoot>,
    /// CSDL: containment navigation property `triggerTypes`: `microsoft.graph.security.triggerTypesRoot`, nullable.
    pub trigger_types: rt::Field<crate::v1::security::TriggerTypesRoot>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_security)]
impl ::std::default::Default for Security {
    #[inline]
    fn default() -> Self {
        Self {
            alerts: rt::Field::Absent,
            alerts_v2: rt::Field::Absent,
            attack_simulation: rt::Field::Absent,
            audit_log: rt::Field::Absent,
            cases: rt::Field::Absent,
            collaboration: rt::Field::Absent,
            data_security_and_governance: rt::Field::Absent,
            identities: rt::Field::Absent,
            incidents: rt::Field::Absent,
            labels: rt::Field::Absent,
            secure_score_control_profiles: rt::Field::Absent,
            secure_scores: rt::Field::Absent,
            subject_rights_requests: rt::Field::Absent,
            threat_intelligence: rt::Field::Absent,
            triggers: rt::Field::Absent,
            trigger_types: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_security)]
impl rt::Object for Security {
    const TYPE_NAME: &'static str = "microsoft.graph.security";
    const KEYS: &'static [&'static str] = &[
        "alerts",
        "alerts_v2",
        "attackSimulation",
        "auditLog",
        "cases",
        "collaboration",
        "dataSecurityAndGovernance",
        "identities",
        "incidents",
        "labels",
        "secureScoreControlProfiles",
        "secureScores",
        "subjectRightsRequests",
        "threatIntelligence",
        "triggers",
        "triggerTypes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"alerts\":                       ",
        ",\"alerts_v2\":                    ",
        ",\"attackSimulation\":             ",
        ",\"auditLog\":                     ",
        ",\"cases\":                        ",
        ",\"collaboration\":                ",
        ",\"dataSecurityAndGovernance\":    ",
        ",\"identities\":                   ",
        ",\"incidents\":                    ",
        ",\"labels\":                       ",
        ",\"secureScoreControlProfiles\":   ",
        ",\"secureScores\":                 ",
        ",\"subjectRightsRequests\":        ",
        ",\"threatIntelligence\":           ",
        ",\"triggers\":                     ",
        ",\"triggerTypes\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "alerts", &self.alerts);
        v.field(1usize, "alerts_v2", &self.alerts_v2);
        v.field(2usize, "attack_simulation", &self.attack_simulation);
        v.field(3usize, "audit_log", &self.audit_log);
        v.field(4usize, "cases", &self.cases);
        v.field(5usize, "collaboration", &self.collaboration);
        v.field(
            6usize,
            "data_security_and_governance",
            &self.data_security_and_governance,
        );
        v.field(7usize, "identities", &self.identities);
        v.field(8usize, "incidents", &self.incidents);
        v.field(9usize, "labels", &self.labels);
        v.field(
            10usize,
            "secure_score_control_profiles",
            &self.secure_score_control_profiles,
        );
        v.field(11usize, "secure_scores", &self.secure_scores);
        v.field(12usize, "subject_rights_requests", &self.subject_rights_requests);
        v.field(13usize, "threat_intelligence", &self.threat_intelligence);
        v.field(14usize, "triggers", &self.triggers);
        v.field(15usize, "trigger_types", &self.trigger_types);
    }
}
#[cfg(msgraph_v1_security)]
impl rt::object::Members for Security {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.alerts.read_from(r),
            1usize => self.alerts_v2.read_from(r),
            2usize => self.attack_simulation.read_from(r),
            3usize => self.audit_log.read_from(r),
            4usize => self.cases.read_from(r),
            5usize => self.collaboration.read_from(r),
            6usize => self.data_security_and_governance.read_from(r),
            7usize => self.identities.read_from(r),
            8usize => self.incidents.read_from(r),
            9usize => self.labels.read_from(r),
            10usize => self.secure_score_control_profiles.read_from(r),
            11usize => self.secure_scores.read_from(r),
            12usize => self.subject_rights_requests.read_from(r),
            13usize => self.threat_intelligence.read_from(r),
            14usize => self.triggers.read_from(r),
            15usize => self.trigger_types.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.alerts);
        w.field(1usize, &self.alerts_v2);
        w.field(2usize, &self.attack_simulation);
        w.field(3usize, &self.audit_log);
        w.field(4usize, &self.cases);
        w.field(5usize, &self.collaboration);
        w.field(6usize, &self.data_security_and_governance);
        w.field(7usize, &self.identities);
        w.field(8usize, &self.incidents);
        w.field(9usize, &self.labels);
        w.field(10usize, &self.secure_score_control_profiles);
        w.field(11usize, &self.secure_scores);
        w.field(12usize, &self.subject_rights_requests);
        w.field(13usize, &self.threat_intelligence);
        w.field(14usize, &self.triggers);
        w.field(15usize, &self.trigger_types);
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
#[cfg(msgraph_v1_security)]
rt::impl_object!(Security);
#[cfg(msgraph_v1_security)]
rt::impl_setters!(
    Security { with_alerts alerts : ::std::vec::Vec < crate ::v1::Alert >; with_alerts_v2
    alerts_v2 : ::std::vec::Vec < crate ::v1::security::Alert >; with_attack_simulation
    attack_simulation : crate ::v1::AttackSimulationRoot; with_audit_log audit_log :
    crate ::v1::security::AuditCoreRoot; with_cases cases : crate
    ::v1::security::CasesRoot; with_collaboration collaboration : crate
    ::v1::security::CollaborationRoot; with_data_security_and_governance
    data_security_and_governance : crate ::v1::TenantDataSecurityAndGovernance;
    with_identities identities : crate ::v1::security::IdentityContainer; with_incidents
    incidents : ::std::vec::Vec < crate ::v1::security::Incident >; with_labels labels :
    crate ::v1::security::LabelsRoot; with_secure_score_control_profiles
    secure_score_control_profiles : ::std::vec::Vec < crate
    ::v1::SecureScoreControlProfile >; with_secure_scores secure_scores : ::std::vec::Vec
    < crate ::v1::SecureScore >; with_subject_rights_requests subject_rights_requests :
    ::std::vec::Vec < crate ::v1::SubjectRightsRequest >; with_threat_intelligence
    threat_intelligence : crate ::v1::security::ThreatIntelligence; with_triggers
    triggers : crate ::v1::security::TriggersRoot; with_trigger_types trigger_types :
    crate ::v1::security::TriggerTypesRoot; }
);
#[cfg(msgraph_v1_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Security);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.servicePrincipal`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`ServicePrincipalPath`](requests/trait.ServicePrincipalPath.html), what a path to one (`EntityPath<AnyServicePrincipal, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ServicePrincipal {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `accountEnabled`: `Edm.Boolean`, nullable.
    pub account_enabled: rt::Field<bool>,
    /// CSDL: property `addIns`: `Collection(microsoft.graph.addIn)`, not nullable.
    pub add_ins: rt::Field<::std::vec::Vec<crate::v1::AddIn>>,
    /// CSDL: property `alternativeNames`: `Collection(Edm.String)`, not nullable.
    pub alternative_names: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `appDescription`: `Edm.String`, nullable.
    pub app_description: rt::Field<::std::string::String>,
    /// CSDL: property `appDisplayName`: `Edm.String`, nullable.
    pub app_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `applicationTemplateId`: `Edm.String`, nullable.
    pub application_template_id: rt::Field<::std::string::String>,
    /// CSDL: property `appOwnerOrganizationId`: `Edm.Guid`, nullable.
    pub app_owner_organization_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `appRoleAssignmentRequired`: `Edm.Boolean`, not nullable.
    pub app_role_assignment_required: rt::Field<bool>,
    /// CSDL: property `appRoles`: `Collection(microsoft.graph.appRole)`, not nullable.
    pub app_roles: rt::Field<::std::vec::Vec<crate::v1::AppRole>>,
    /// CSDL: property `createdByAppId`: `Edm.String`, nullable.
    pub created_by_app_id: rt::Field<::std::string::String>,
    /// CSDL: property `customSecurityAttributes`: `microsoft.graph.customSecurityAttributeValue`, nullable.
    pub custom_security_attributes: rt::Field<crate::v1::CustomSecurityAttributeValue>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `disabledByMicrosoftStatus`: `Edm.String`, nullable.
    pub disabled_by_microsoft_status: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `homepage`: `Edm.String`, nullable.
    pub homepage: rt::Field<::std::string::String>,
    /// CSDL: property `info`: `microsoft.graph.informationalUrl`, nullable.
    pub info: rt::Field<crate::v1::InformationalUrl>,
    /// CSDL: property `isDisabled`: `Edm.Boolean`, nullable.
    pub is_disabled: rt::Field<bool>,
    /// CSDL: property `keyCredentials`: `Collection(microsoft.graph.keyCredential)`, not nullable.
    pub key_credentials: rt::Field<::std::vec::Vec<crate::v1::KeyCredential>>,
    /// CSDL: property `loginUrl`: `Edm.String`, nullable.
    pub login_url: rt::Field<::std::string::String>,
    /// CSDL: property `logoutUrl`: `Edm.String`, nullable.
    pub logout_url: rt::Field<::std::string::String>,
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// CSDL: property `notificationEmailAddresses`: `Collection(Edm.String)`, not nullable.
    pub notification_email_addresses: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `oauth2PermissionScopes`: `Collection(microsoft.graph.permissionScope)`, not nullable.
    pub oauth2_permission_scopes: rt::Field<::std::vec::Vec<crate::v1::PermissionScope>>,
    /// CSDL: property `passwordCredentials`: `Collection(microsoft.graph.passwordCredential)`, not nullable.
    pub password_credentials: rt::Field<::std::vec::Vec<crate::v1::PasswordCredential>>,
    /// CSDL: property `preferredSingleSignOnMode`: `Edm.String`, nullable.
    pub preferred_single_sign_on_mode: rt::Field<::std::string::String>,
    /// CSDL: property `preferredTokenSigningKeyThumbprint`: `Edm.String`, nullable.
    pub preferred_token_signing_key_thumbprint: rt::Field<::std::string::String>,
    /// CSDL: property `replyUrls`: `Collection(Edm.String)`, not nullable.
    pub reply_urls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `resourceSpecificApplicationPermissions`: `Collection(microsoft.graph.resourceSpecificPermission)`, not nullable.
    pub resource_specific_application_permissions: rt::Field<
        ::std::vec::Vec<crate::v1::ResourceSpecificPermission>,
    >,
    /// CSDL: property `samlSingleSignOnSettings`: `microsoft.graph.samlSingleSignOnSettings`, nullable.
    pub saml_single_sign_on_settings: rt::Field<crate::v1::SamlSingleSignOnSettings>,
    /// CSDL: property `servicePrincipalNames`: `Collection(Edm.String)`, not nullable.
    pub service_principal_names: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `servicePrincipalType`: `Edm.String`, nullable.
    pub service_principal_type: rt::Field<::std::string::String>,
    /// CSDL: property `signInAudience`: `Edm.String`, nullable.
    pub sign_in_audience: rt::Field<::std::string::String>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, not nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `tokenEncryptionKeyId`: `Edm.Guid`, nullable.
    pub token_encryption_key_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `verifiedPublisher`: `microsoft.graph.verifiedPublisher`, nullable.
    pub verified_publisher: rt::Field<crate::v1::VerifiedPublisher>,
    /// CSDL: navigation property `appManagementPolicies`: `Collection(microsoft.graph.appManagementPolicy)`, not nullable.
    pub app_management_policies: rt::Field<
        ::std::vec::Vec<crate::v1::AppManagementPolicy>,
    >,
    /// CSDL: containment navigation property `appRoleAssignedTo`: `Collection(microsoft.graph.appRoleAssignment)`, not nullable.
    pub app_role_assigned_to: rt::Field<::std::vec::Vec<crate::v1::AppRoleAssignment>>,
    /// CSDL: containment navigation property `appRoleAssignments`: `Collection(microsoft.graph.appRoleAssignment)`, not nullable.
    pub app_role_assignments: rt::Field<::std::vec::Vec<crate::v1::AppRoleAssignment>>,
    /// CSDL: navigation property `claimsMappingPolicies`: `Collection(microsoft.graph.claimsMappingPolicy)`, not nullable.
    pub claims_mapping_policies: rt::Field<
        ::std::vec::Vec<crate::v1::ClaimsMappingPolicy>,
    >,
    /// CSDL: navigation property `createdObjects`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub created_objects: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `delegatedPermissionClassifications`: `Collection(microsoft.graph.delegatedPermissionClassification)`, not nullable.
    pub delegated_permission_classifications: rt::Field<
        ::std::vec::Vec<crate::v1::DelegatedPermissionClassification>,
    >,
    /// CSDL: containment navigation property `endpoints`: `Collection(microsoft.graph.endpoint)`, not nullable.
    pub endpoints: rt::Field<::std::vec::Vec<crate::v1::Endpoint>>,
    /// CSDL: containment navigation property `federatedIdentityCredentials`: `Collection(microsoft.graph.federatedIdentityCredential)`, not nullable.
    pub federated_identity_credentials: rt::Field<
        ::std::vec::Vec<crate::v1::FederatedIdentityCredential>,
    >,
    /// CSDL: navigation property `homeRealmDiscoveryPolicies`: `Collection(microsoft.graph.homeRealmDiscoveryPolicy)`, not nullable.
    pub home_realm_discovery_policies: rt::Field<
        ::std::vec::Vec<crate::v1::HomeRealmDiscoveryPolicy>,
    >,
    /// CSDL: navigation property `memberOf`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub member_of: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: navigation property `oauth2PermissionGrants`: `Collection(microsoft.graph.oAuth2PermissionGrant)`, not nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
    pub oauth2_permission_grants: rt::Field<
        ::std::vec::Vec<crate::v1::OAuth2PermissionGrant>,
    >,
    /// CSDL: navigation property `ownedObjects`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub owned_objects: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: navigation property `owners`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub owners: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `remoteDesktopSecurityConfiguration`: `microsoft.graph.remoteDesktopSecurityConfiguration`, nullable.
    pub remote_desktop_security_configuration: rt::Field<
        crate::v1::RemoteDesktopSecurityConfiguration,
    >,
    /// CSDL: containment navigation property `synchronization`: `microsoft.graph.synchronization`, nullable.
    pub synchronization: rt::Field<crate::v1::Synchronization>,
    /// CSDL: navigation property `tokenIssuancePolicies`: `Collection(microsoft.graph.tokenIssuancePolicy)`, not nullable.
    pub token_issuance_policies: rt::Field<
        ::std::vec::Vec<crate::v1::TokenIssuancePolicy>,
    >,
    /// CSDL: navigation property `tokenLifetimePolicies`: `Collection(microsoft.graph.tokenLifetimePolicy)`, not nullable.
    pub token_lifetime_policies: rt::Field<
        ::std::vec::Vec<crate::v1::TokenLifetimePolicy>,
    >,
    /// CSDL: navigation property `transitiveMemberOf`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub transitive_member_of: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ServicePrincipal {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            account_enabled: rt::Field::Absent,
            add_ins: rt::Field::Absent,
            alternative_names: rt::Field::Absent,
            app_description: rt::Field::Absent,
            app_display_name: rt::Field::Absent,
            app_id: rt::Field::Absent,
            application_template_id: rt::Field::Absent,
            app_owner_organization_id: rt::Field::Absent,
            app_role_assignment_required: rt::Field::Absent,
            app_roles: rt::Field::Absent,
            created_by_app_id: rt::Field::Absent,
            custom_security_attributes: rt::Field::Absent,
            description: rt::Field::Absent,
            disabled_by_microsoft_status: rt::Field::Absent,
            display_name: rt::Field::Absent,
            homepage: rt::Field::Absent,
            info: rt::Field::Absent,
            is_disabled: rt::Field::Absent,
            key_credentials: rt::Field::Absent,
            login_url: rt::Field::Absent,
            logout_url: rt::Field::Absent,
            notes: rt::Field::Absent,
            notification_email_addresses: rt::Field::Absent,
            oauth2_permission_scopes: rt::Field::Absent,
            password_credentials: rt::Field::Absent,
            preferred_single_sign_on_mode: rt::Field::Absent,
            preferred_token_signing_key_thumbprint: rt::Field::Absent,
            reply_urls: rt::Field::Absent,
            resource_specific_application_permissions: rt::Field::Absent,
            saml_single_sign_on_settings: rt::Field::Absent,
            service_principal_names: rt::Field::Absent,
            service_principal_type: rt::Field::Absent,
            sign_in_audience: rt::Field::Absent,
            tags: rt::Field::Absent,
            token_encryption_key_id: rt::Field::Absent,
            verified_publisher: rt::Field::Absent,
            app_management_policies: rt::Field::Absent,
            app_role_assigned_to: rt::Field::Absent,
            app_role_assignments: rt::Field::Absent,
            claims_mapping_policies: rt::Field::Absent,
            created_objects: rt::Field::Absent,
            delegated_permission_classifications: rt::Field::Absent,
            endpoints: rt::Field::Absent,
            federated_identity_credentials: rt::Field::Absent,
            home_realm_discovery_policies: rt::Field::Absent,
            member_of: rt::Field::Absent,
            #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
            oauth2_permission_grants: rt::Field::Absent,
            owned_objects: rt::Field::Absent,
            owners: rt::Field::Absent,
            remote_desktop_security_configuration: rt::Field::Absent,
            synchronization: rt::Field::Absent,
            token_issuance_policies: rt::Field::Absent,
            token_lifetime_policies: rt::Field::Absent,
            transitive_member_of: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ServicePrincipal {
    const TYPE_NAME: &'static str = "microsoft.graph.servicePrincipal";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "accountEnabled",
        "addIns",
        "alternativeNames",
        "appDescription",
        "appDisplayName",
        "appId",
        "applicationTemplateId",
        "appOwnerOrganizationId",
        "appRoleAssignmentRequired",
        "appRoles",
        "createdByAppId",
        "customSecurityAttributes",
        "description",
        "disabledByMicrosoftStatus",
        "displayName",
        "homepage",
        "info",
        "isDisabled",
        "keyCredentials",
        "loginUrl",
        "logoutUrl",
        "notes",
        "notificationEmailAddresses",
        "oauth2PermissionScopes",
        "passwordCredentials",
        "preferredSingleSignOnMode",
        "preferredTokenSigningKeyThumbprint",
        "replyUrls",
        "resourceSpecificApplicationPermissions",
        "samlSingleSignOnSettings",
        "servicePrincipalNames",
        "servicePrincipalType",
        "signInAudience",
        "tags",
        "tokenEncryptionKeyId",
        "verifiedPublisher",
        "appManagementPolicies",
        "appRoleAssignedTo",
        "appRoleAssignments",
        "claimsMappingPolicies",
        "createdObjects",
        "delegatedPermissionClassifications",
        "endpoints",
        "federatedIdentityCredentials",
        "homeRealmDiscoveryPolicies",
        "memberOf",
        "oauth2PermissionGrants",
        "ownedObjects",
        "owners",
        "remoteDesktopSecurityConfiguration",
        "synchronization",
        "tokenIssuancePolicies",
        "tokenLifetimePolicies",
        "transitiveMemberOf",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"accountEnabled\":               ",
        ",\"addIns\":                       ",
        ",\"alternativeNames\":             ",
        ",\"appDescription\":               ",
        ",\"appDisplayName\":               ",
        ",\"appId\":                        ",
        ",\"applicationTemplateId\":        ",
        ",\"appOwnerOrganizationId\":       ",
        ",\"appRoleAssignmentRequired\":    ",
        ",\"appRoles\":                     ",
        ",\"createdByAppId\":               ",
        ",\"customSecurityAttributes\":     ",
        ",\"description\":                  ",
        ",\"disabledByMicrosoftStatus\":    ",
        ",\"displayName\":                  ",
        ",\"homepage\":                     ",
        ",\"info\":                         ",
        ",\"isDisabled\":                   ",
        ",\"keyCredentials\":               ",
        ",\"loginUrl\":                     ",
        ",\"logoutUrl\":                    ",
        ",\"notes\":                        ",
        ",\"notificationEmailAddresses\":   ",
        ",\"oauth2PermissionScopes\":       ",
        ",\"passwordCredentials\":          ",
        ",\"preferredSingleSignOnMode\":    ",
        ",\"preferredTokenSigningKeyThumbprint\":",
        ",\"replyUrls\":                    ",
        ",\"resourceSpecificApplicationPermissions\":",
        ",\"samlSingleSignOnSettings\":     ",
        ",\"servicePrincipalNames\":        ",
        ",\"servicePrincipalType\":         ",
        ",\"signInAudience\":               ",
        ",\"tags\":                         ",
        ",\"tokenEncryptionKeyId\":         ",
        ",\"verifiedPublisher\":            ",
        ",\"appManagementPolicies\":        ",
        ",\"appRoleAssignedTo\":            ",
        ",\"appRoleAssignments\":           ",
        ",\"claimsMappingPolicies\":        ",
        ",\"createdObjects\":               ",
        ",\"delegatedPermissionClassifications\":",
        ",\"endpoints\":                    ",
        ",\"federatedIdentityCredentials\": ",
        ",\"homeRealmDiscoveryPolicies\":   ",
        ",\"memberOf\":                     ",
        ",\"oauth2PermissionGrants\":       ",
        ",\"ownedObjects\":                 ",
        ",\"owners\":                       ",
        ",\"remoteDesktopSecurityConfiguration\":",
        ",\"synchronization\":              ",
        ",\"tokenIssuancePolicies\":        ",
        ",\"tokenLifetimePolicies\":        ",
        ",\"transitiveMemberOf\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.servicePrincipal\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "account_enabled", &self.account_enabled);
        v.field(3usize, "add_ins", &self.add_ins);
        v.field(4usize, "alternative_names", &self.alternative_names);
        v.field(5usize, "app_description", &self.app_description);
        v.field(6usize, "app_display_name", &self.app_display_name);
        v.field(7usize, "app_id", &self.app_id);
        v.field(8usize, "application_template_id", &self.application_template_id);
        v.field(9usize, "app_owner_organization_id", &self.app_owner_organization_id);
        v.field(
            10usize,
            "app_role_assignment_required",
            &self.app_role_assignment_required,
        );
        v.field(11usize, "app_roles", &self.app_roles);
        v.field(12usize, "created_by_app_id", &self.created_by_app_id);
        v.field(13usize, "custom_security_attributes", &self.custom_security_attributes);
        v.field(14usize, "description", &self.description);
        v.field(
            15usize,
            "disabled_by_microsoft_status",
            &self.disabled_by_microsoft_status,
        );
        v.field(16usize, "display_name", &self.display_name);
        v.field(17usize, "homepage", &self.homepage);
        v.field(18usize, "info", &self.info);
        v.field(19usize, "is_disabled", &self.is_disabled);
        v.field(20usize, "key_credentials", &self.key_credentials);
        v.field(21usize, "login_url", &self.login_url);
        v.field(22usize, "logout_url", &self.logout_url);
        v.field(23usize, "notes", &self.notes);
        v.field(
            24usize,
            "notification_email_addresses",
            &self.notification_email_addresses,
        );
        v.field(25usize, "oauth2_permission_scopes", &self.oauth2_permission_scopes);
        v.field(26usize, "password_credentials", &self.password_credentials);
        v.field(
            27usize,
            "preferred_single_sign_on_mode",
            &self.preferred_single_sign_on_mode,
        );
        v.field(
            28usize,
            "preferred_token_signing_key_thumbprint",
            &self.preferred_token_signing_key_thumbprint,
        );
        v.field(29usize, "reply_urls", &self.reply_urls);
        v.field(
            30usize,
            "resource_specific_application_permissions",
            &self.resource_specific_application_permissions,
        );
        v.field(
            31usize,
            "saml_single_sign_on_settings",
            &self.saml_single_sign_on_settings,
        );
        v.field(32usize, "service_principal_names", &self.service_principal_names);
        v.field(33usize, "service_principal_type", &self.service_principal_type);
        v.field(34usize, "sign_in_audience", &self.sign_in_audience);
        v.field(35usize, "tags", &self.tags);
        v.field(36usize, "token_encryption_key_id", &self.token_encryption_key_id);
        v.field(37usize, "verified_publisher", &self.verified_publisher);
        v.field(38usize, "app_management_policies", &self.app_management_policies);
        v.field(39usize, "app_role_assigned_to", &self.app_role_assigned_to);
        v.field(40usize, "app_role_assignments", &self.app_role_assignments);
        v.field(41usize, "claims_mapping_policies", &self.claims_mapping_policies);
        v.field(42usize, "created_objects", &self.created_objects);
        v.field(
            43usize,
            "delegated_permission_classifications",
            &self.delegated_permission_classifications,
        );
        v.field(44usize, "endpoints", &self.endpoints);
        v.field(
            45usize,
            "federated_identity_credentials",
            &self.federated_identity_credentials,
        );
        v.field(
            46usize,
            "home_realm_discovery_policies",
            &self.home_realm_discovery_policies,
        );
        v.field(47usize, "member_of", &self.member_of);
        #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
        v.field(48usize, "oauth2_permission_grants", &self.oauth2_permission_grants);
        v.field(49usize, "owned_objects", &self.owned_objects);
        v.field(50usize, "owners", &self.owners);
        v.field(
            51usize,
            "remote_desktop_security_configuration",
            &self.remote_desktop_security_configuration,
        );
        v.field(52usize, "synchronization", &self.synchronization);
        v.field(53usize, "token_issuance_policies", &self.token_issuance_policies);
        v.field(54usize, "token_lifetime_policies", &self.token_lifetime_policies);
        v.field(55usize, "transitive_member_of", &self.transitive_member_of);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ServicePrincipal {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.account_enabled.read_from(r),
            3usize => self.add_ins.read_from(r),
            4usize => self.alternative_names.read_from(r),
            5usize => self.app_description.read_from(r),
            6usize => self.app_display_name.read_from(r),
            7usize => self.app_id.read_from(r),
            8usize => self.application_template_id.read_from(r),
            9usize => self.app_owner_organization_id.read_from(r),
            10usize => self.app_role_assignment_required.read_from(r),
            11usize => self.app_roles.read_from(r),
            12usize => self.created_by_app_id.read_from(r),
            13usize => self.custom_security_attributes.read_from(r),
            14usize => self.description.read_from(r),
            15usize => self.disabled_by_microsoft_status.read_from(r),
            16usize => self.display_name.read_from(r),
            17usize => self.homepage.read_from(r),
            18usize => self.info.read_from(r),
            19usize => self.is_disabled.read_from(r),
            20usize => self.key_credentials.read_from(r),
            21usize => self.login_url.read_from(r),
            22usize => self.logout_url.read_from(r),
            23usize => self.notes.read_from(r),
            24usize => self.notification_email_addresses.read_from(r),
            25usize => self.oauth2_permission_scopes.read_from(r),
            26usize => self.password_credentials.read_from(r),
            27usize => self.preferred_single_sign_on_mode.read_from(r),
            28usize => self.preferred_token_signing_key_thumbprint.read_from(r),
            29usize => self.reply_urls.read_from(r),
            30usize => self.resource_specific_application_permissions.read_from(r),
            31usize => self.saml_single_sign_on_settings.read_from(r),
            32usize => self.service_principal_names.read_from(r),
            33usize => self.service_principal_type.read_from(r),
            34usize => self.sign_in_audience.read_from(r),
            35usize => self.tags.read_from(r),
            36usize => self.token_encryption_key_id.read_from(r),
            37usize => self.verified_publisher.read_from(r),
            38usize => self.app_management_policies.read_from(r),
            39usize => self.app_role_assigned_to.read_from(r),
            40usize => self.app_role_assignments.read_from(r),
            41usize => self.claims_mapping_policies.read_from(r),
            42usize => self.created_objects.read_from(r),
            43usize => self.delegated_permission_classifications.read_from(r),
            44usize => self.endpoints.read_from(r),
            45usize => self.federated_identity_credentials.read_from(r),
            46usize => self.home_realm_discovery_policies.read_from(r),
            47usize => self.member_of.read_from(r),
            #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
            48usize => self.oauth2_permission_grants.read_from(r),
            49usize => self.owned_objects.read_from(r),
            50usize => self.owners.read_from(r),
            51usize => self.remote_desktop_security_configuration.read_from(r),
            52usize => self.synchronization.read_from(r),
            53usize => self.token_issuance_policies.read_from(r),
            54usize => self.token_lifetime_policies.read_from(r),
            55usize => self.transitive_member_of.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.account_enabled);
        w.field(3usize, &self.add_ins);
        w.field(4usize, &self.alternative_names);
        w.field(5usize, &self.app_description);
        w.field(6usize, &self.app_display_name);
        w.field(7usize, &self.app_id);
        w.field(8usize, &self.application_template_id);
        w.field(9usize, &self.app_owner_organization_id);
        w.field(10usize, &self.app_role_assignment_required);
        w.field(11usize, &self.app_roles);
        w.field(12usize, &self.created_by_app_id);
        w.field(13usize, &self.custom_security_attributes);
        w.field(14usize, &self.description);
        w.field(15usize, &self.disabled_by_microsoft_status);
        w.field(16usize, &self.display_name);
        w.field(17usize, &self.homepage);
        w.field(18usize, &self.info);
        w.field(19usize, &self.is_disabled);
        w.field(20usize, &self.key_credentials);
        w.field(21usize, &self.login_url);
        w.field(22usize, &self.logout_url);
        w.field(23usize, &self.notes);
        w.field(24usize, &self.notification_email_addresses);
        w.field(25usize, &self.oauth2_permission_scopes);
        w.field(26usize, &self.password_credentials);
        w.field(27usize, &self.preferred_single_sign_on_mode);
        w.field(28usize, &self.preferred_token_signing_key_thumbprint);
        w.field(29usize, &self.reply_urls);
        w.field(30usize, &self.resource_specific_application_permissions);
        w.field(31usize, &self.saml_single_sign_on_settings);
        w.field(32usize, &self.service_principal_names);
        w.field(33usize, &self.service_principal_type);
        w.field(34usize, &self.sign_in_audience);
        w.field(35usize, &self.tags);
        w.field(36usize, &self.token_encryption_key_id);
        w.field(37usize, &self.verified_publisher);
        w.field(38usize, &self.app_management_policies);
        w.field(39usize, &self.app_role_assigned_to);
        w.field(40usize, &self.app_role_assignments);
        w.field(41usize, &self.claims_mapping_policies);
        w.field(42usize, &self.created_objects);
        w.field(43usize, &self.delegated_permission_classifications);
        w.field(44usize, &self.endpoints);
        w.field(45usize, &self.federated_identity_credentials);
        w.field(46usize, &self.home_realm_discovery_policies);
        w.field(47usize, &self.member_of);
        #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
        w.field(48usize, &self.oauth2_permission_grants);
        w.field(49usize, &self.owned_objects);
        w.field(50usize, &self.owners);
        w.field(51usize, &self.remote_desktop_security_configuration);
        w.field(52usize, &self.synchronization);
        w.field(53usize, &self.token_issuance_policies);
        w.field(54usize, &self.token_lifetime_policies);
        w.field(55usize, &self.transitive_member_of);
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
rt::impl_object!(ServicePrincipal);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ServicePrincipal { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_account_enabled account_enabled :
    bool; with_add_ins add_ins : ::std::vec::Vec < crate ::v1::AddIn >;
    with_alternative_names alternative_names : ::std::vec::Vec < ::std::string::String >;
    with_app_description app_description : ::std::string::String; with_app_display_name
    app_display_name : ::std::string::String; with_app_id app_id : ::std::string::String;
    with_application_template_id application_template_id : ::std::string::String;
    with_app_owner_organization_id app_owner_organization_id : rt::edm::Guid;
    with_app_role_assignment_required app_role_assignment_required : bool; with_app_roles
    app_roles : ::std::vec::Vec < crate ::v1::AppRole >; with_created_by_app_id
    created_by_app_id : ::std::string::String; with_custom_security_attributes
    custom_security_attributes : crate ::v1::CustomSecurityAttributeValue;
    with_description description : ::std::string::String;
    with_disabled_by_microsoft_status disabled_by_microsoft_status :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_homepage homepage : ::std::string::String; with_info info : crate
    ::v1::InformationalUrl; with_is_disabled is_disabled : bool; with_key_credentials
    key_credentials : ::std::vec::Vec < crate ::v1::KeyCredential >; with_login_url
    login_url : ::std::string::String; with_logout_url logout_url :
    ::std::string::String; with_notes notes : ::std::string::String;
    with_notification_email_addresses notification_email_addresses : ::std::vec::Vec <
    ::std::string::String >; with_oauth2_permission_scopes oauth2_permission_scopes :
    ::std::vec::Vec < crate ::v1::PermissionScope >; with_password_credentials
    password_credentials : ::std::vec::Vec < crate ::v1::PasswordCredential >;
    with_preferred_single_sign_on_mode preferred_single_sign_on_mode :
    ::std::string::String; with_preferred_token_signing_key_thumbprint
    preferred_token_signing_key_thumbprint : ::std::string::String; with_reply_urls
    reply_urls : ::std::vec::Vec < ::std::string::String >;
    with_resource_specific_application_permissions
    resource_specific_application_permissions : ::std::vec::Vec < crate
    ::v1::ResourceSpecificPermission >; with_saml_single_sign_on_settings
    saml_single_sign_on_settings : crate ::v1::SamlSingleSignOnSettings;
    with_service_principal_names service_principal_names : ::std::vec::Vec <
    ::std::string::String >; with_service_principal_type service_principal_type :
    ::std::string::String; with_sign_in_audience sign_in_audience :
    ::std::string::String; with_tags tags : ::std::vec::Vec < ::std::string::String >;
    with_token_encryption_key_id token_encryption_key_id : rt::edm::Guid;
    with_verified_publisher verified_publisher : crate ::v1::VerifiedPublisher;
    with_app_management_policies app_management_policies : ::std::vec::Vec < crate
    ::v1::AppManagementPolicy >; with_app_role_assigned_to app_role_assigned_to :
    ::std::vec::Vec < crate ::v1::AppRoleAssignment >; with_app_role_assignments
    app_role_assignments : ::std::vec::Vec < crate ::v1::AppRoleAssignment >;
    with_claims_mapping_policies claims_mapping_policies : ::std::vec::Vec < crate
    ::v1::ClaimsMappingPolicy >; with_created_objects created_objects : ::std::vec::Vec <
    crate ::v1::AnyDirectoryObject >; with_delegated_permission_classifications
    delegated_permission_classifications : ::std::vec::Vec < crate
    ::v1::DelegatedPermissionClassification >; with_endpoints endpoints : ::std::vec::Vec
    < crate ::v1::Endpoint >; with_federated_identity_credentials
    federated_identity_credentials : ::std::vec::Vec < crate
    ::v1::FederatedIdentityCredential >; with_home_realm_discovery_policies
    home_realm_discovery_policies : ::std::vec::Vec < crate
    ::v1::HomeRealmDiscoveryPolicy >; with_member_of member_of : ::std::vec::Vec < crate
    ::v1::AnyDirectoryObject >; #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
    with_oauth2_permission_grants oauth2_permission_grants : ::std::vec::Vec < crate
    ::v1::OAuth2PermissionGrant >; with_owned_objects owned_objects : ::std::vec::Vec <
    crate ::v1::AnyDirectoryObject >; with_owners owners : ::std::vec::Vec < crate
    ::v1::AnyDirectoryObject >; with_remote_desktop_security_configuration
    remote_desktop_security_configuration : crate
    ::v1::RemoteDesktopSecurityConfiguration; with_synchronization synchronization :
    crate ::v1::Synchronization; with_token_issuance_policies token_issuance_policies :
    ::std::vec::Vec < crate ::v1::TokenIssuancePolicy >; with_token_lifetime_policies
    token_lifetime_policies : ::std::vec::Vec < crate ::v1::TokenLifetimePolicy >;
    with_transitive_member_of transitive_member_of : ::std::vec::Vec < crate
    ::v1::AnyDirectoryObject >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServicePrincipal);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.servicePrincipal` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyServicePrincipal {
    ServicePrincipal(::std::boxed::Box<crate::v1::ServicePrincipal>),
    AgentIdentity(::std::boxed::Box<crate::v1::AgentIdentity>),
    AgentIdentityBlueprintPrincipal(
        ::std::boxed::Box<crate::v1::AgentIdentityBlueprintPrincipal>,
    ),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyServicePrincipal {
    #[inline]
    fn default() -> Self {
        Self::ServicePrincipal(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ServicePrincipal> for AnyServicePrincipal {
    #[inline]
    fn from(v: crate::v1::ServicePrincipal) -> Self {
        Self::ServicePrincipal(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AgentIdentity> for AnyServicePrincipal {
    #[inline]
    fn from(v: crate::v1::AgentIdentity) -> Self {
        Self::AgentIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AgentIdentityBlueprintPrincipal>
for AnyServicePrincipal {
    #[inline]
    fn from(v: crate::v1::AgentIdentityBlueprintPrincipal) -> Self {
        Self::AgentIdentityBlueprintPrincipal(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyServicePrincipal {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyServicePrincipal {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyServicePrincipal {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyServicePrincipal {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyServicePrincipal {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ServicePrincipal>();
    rt::object::auto_traits::<crate::v1::AgentIdentity>();
    rt::object::auto_traits::<crate::v1::AgentIdentityBlueprintPrincipal>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyServicePrincipal {
    const BASE_NAME: &'static str = "microsoft.graph.servicePrincipal";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.agentIdentity") => {
                Self::AgentIdentity(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.agentIdentityBlueprintPrincipal",
            ) => Self::AgentIdentityBlueprintPrincipal(rt::object::new_boxed()),
            _ => Self::ServicePrincipal(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ServicePrincipal(v) => &**v,
            Self::AgentIdentity(v) => &**v,
            Self::AgentIdentityBlueprintPrincipal(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ServicePrincipal(v) => &mut **v,
            Self::AgentIdentity(v) => &mut **v,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyServicePrincipal {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        rt::Poly::members(self).view().0.type_name
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        rt::Poly::members(self).view().1
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        rt::Poly::members_mut(self).extra_mut_dyn()
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &v.id,
            Self::AgentIdentity(v) => &v.id,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &mut v.id,
            Self::AgentIdentity(v) => &mut v.id,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.id,
        }
    }
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ServicePrincipal(v) => &v.deleted_date_time,
            Self::AgentIdentity(v) => &v.deleted_date_time,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.deleted_date_time,
        }
    }
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ServicePrincipal(v) => &mut v.deleted_date_time,
            Self::AgentIdentity(v) => &mut v.deleted_date_time,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.deleted_date_time,
        }
    }
    /// `accountEnabled` of any variant.
    #[inline]
    pub fn account_enabled(&self) -> &rt::Field<bool> {
        match self {
            Self::ServicePrincipal(v) => &v.account_enabled,
            Self::AgentIdentity(v) => &v.account_enabled,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.account_enabled,
        }
    }
    /// `accountEnabled` of any variant.
    #[inline]
    pub fn account_enabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ServicePrincipal(v) => &mut v.account_enabled,
            Self::AgentIdentity(v) => &mut v.account_enabled,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.account_enabled,
        }
    }
    /// `addIns` of any variant.
    #[inline]
    pub fn add_ins(&self) -> &rt::Field<::std::vec::Vec<crate::v1::AddIn>> {
        match self {
            Self::ServicePrincipal(v) => &v.add_ins,
            Self::AgentIdentity(v) => &v.add_ins,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.add_ins,
        }
    }
    /// `addIns` of any variant.
    #[inline]
    pub fn add_ins_mut(&mut self) -> &mut rt::Field<::std::vec::Vec<crate::v1::AddIn>> {
        match self {
            Self::ServicePrincipal(v) => &mut v.add_ins,
            Self::AgentIdentity(v) => &mut v.add_ins,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.add_ins,
        }
    }
    /// `alternativeNames` of any variant.
    #[inline]
    pub fn alternative_names(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ServicePrincipal(v) => &v.alternative_names,
            Self::AgentIdentity(v) => &v.alternative_names,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.alternative_names,
        }
    }
    /// `alternativeNames` of any variant.
    #[inline]
    pub fn alternative_names_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ServicePrincipal(v) => &mut v.alternative_names,
            Self::AgentIdentity(v) => &mut v.alternative_names,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.alternative_names,
        }
    }
    /// `appDescription` of any variant.
    #[inline]
    pub fn app_description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &v.app_description,
            Self::AgentIdentity(v) => &v.app_description,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.app_description,
        }
    }
    /// `appDescription` of any variant.
    #[inline]
    pub fn app_description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &mut v.app_description,
            Self::AgentIdentity(v) => &mut v.app_description,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.app_description,
        }
    }
    /// `appDisplayName` of any variant.
    #[inline]
    pub fn app_display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &v.app_display_name,
            Self::AgentIdentity(v) => &v.app_display_name,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.app_display_name,
        }
    }
    /// `appDisplayName` of any variant.
    #[inline]
    pub fn app_display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &mut v.app_display_name,
            Self::AgentIdentity(v) => &mut v.app_display_name,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.app_display_name,
        }
    }
    /// `appId` of any variant.
    #[inline]
    pub fn app_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &v.app_id,
            Self::AgentIdentity(v) => &v.app_id,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.app_id,
        }
    }
    /// `appId` of any variant.
    #[inline]
    pub fn app_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &mut v.app_id,
            Self::AgentIdentity(v) => &mut v.app_id,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.app_id,
        }
    }
    /// `applicationTemplateId` of any variant.
    #[inline]
    pub fn application_template_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &v.application_template_id,
            Self::AgentIdentity(v) => &v.application_template_id,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.application_template_id,
        }
    }
    /// `applicationTemplateId` of any variant.
    #[inline]
    pub fn application_template_id_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &mut v.application_template_id,
            Self::AgentIdentity(v) => &mut v.application_template_id,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.application_template_id,
        }
    }
    /// `appOwnerOrganizationId` of any variant.
    #[inline]
    pub fn app_owner_organization_id(&self) -> &rt::Field<rt::edm::Guid> {
        match self {
            Self::ServicePrincipal(v) => &v.app_owner_organization_id,
            Self::AgentIdentity(v) => &v.app_owner_organization_id,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.app_owner_organization_id,
        }
    }
    /// `appOwnerOrganizationId` of any variant.
    #[inline]
    pub fn app_owner_organization_id_mut(&mut self) -> &mut rt::Field<rt::edm::Guid> {
        match self {
            Self::ServicePrincipal(v) => &mut v.app_owner_organization_id,
            Self::AgentIdentity(v) => &mut v.app_owner_organization_id,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.app_owner_organization_id,
        }
    }
    /// `appRoleAssignmentRequired` of any variant.
    #[inline]
    pub fn app_role_assignment_required(&self) -> &rt::Field<bool> {
        match self {
            Self::ServicePrincipal(v) => &v.app_role_assignment_required,
            Self::AgentIdentity(v) => &v.app_role_assignment_required,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.app_role_assignment_required,
        }
    }
    /// `appRoleAssignmentRequired` of any variant.
    #[inline]
    pub fn app_role_assignment_required_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ServicePrincipal(v) => &mut v.app_role_assignment_required,
            Self::AgentIdentity(v) => &mut v.app_role_assignment_required,
            Self::AgentIdentityBlueprintPrincipal(v) => {
                &mut v.app_role_assignment_required
            }
        }
    }
    /// `appRoles` of any variant.
    #[inline]
    pub fn app_roles(&self) -> &rt::Field<::std::vec::Vec<crate::v1::AppRole>> {
        match self {
            Self::ServicePrincipal(v) => &v.app_roles,
            Self::AgentIdentity(v) => &v.app_roles,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.app_roles,
        }
    }
    /// `appRoles` of any variant.
    #[inline]
    pub fn app_roles_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AppRole>> {
        match self {
            Self::ServicePrincipal(v) => &mut v.app_roles,
            Self::AgentIdentity(v) => &mut v.app_roles,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.app_roles,
        }
    }
    /// `createdByAppId` of any variant.
    #[inline]
    pub fn created_by_app_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &v.created_by_app_id,
            Self::AgentIdentity(v) => &v.created_by_app_id,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.created_by_app_id,
        }
    }
    /// `createdByAppId` of any variant.
    #[inline]
    pub fn created_by_app_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &mut v.created_by_app_id,
            Self::AgentIdentity(v) => &mut v.created_by_app_id,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.created_by_app_id,
        }
    }
    /// `customSecurityAttributes` of any variant.
    #[inline]
    pub fn custom_security_attributes(
        &self,
    ) -> &rt::Field<crate::v1::CustomSecurityAttributeValue> {
        match self {
            Self::ServicePrincipal(v) => &v.custom_security_attributes,
            Self::AgentIdentity(v) => &v.custom_security_attributes,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.custom_security_attributes,
        }
    }
    /// `customSecurityAttributes` of any variant.
    #[inline]
    pub fn custom_security_attributes_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::CustomSecurityAttributeValue> {
        match self {
            Self::ServicePrincipal(v) => &mut v.custom_security_attributes,
            Self::AgentIdentity(v) => &mut v.custom_security_attributes,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.custom_security_attributes,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &v.description,
            Self::AgentIdentity(v) => &v.description,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &mut v.description,
            Self::AgentIdentity(v) => &mut v.description,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.description,
        }
    }
    /// `disabledByMicrosoftStatus` of any variant.
    #[inline]
    pub fn disabled_by_microsoft_status(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &v.disabled_by_microsoft_status,
            Self::AgentIdentity(v) => &v.disabled_by_microsoft_status,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.disabled_by_microsoft_status,
        }
    }
    /// `disabledByMicrosoftStatus` of any variant.
    #[inline]
    pub fn disabled_by_microsoft_status_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &mut v.disabled_by_microsoft_status,
            Self::AgentIdentity(v) => &mut v.disabled_by_microsoft_status,
            Self::AgentIdentityBlueprintPrincipal(v) => {
                &mut v.disabled_by_microsoft_status
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &v.display_name,
            Self::AgentIdentity(v) => &v.display_name,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &mut v.display_name,
            Self::AgentIdentity(v) => &mut v.display_name,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.display_name,
        }
    }
    /// `homepage` of any variant.
    #[inline]
    pub fn homepage(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &v.homepage,
            Self::AgentIdentity(v) => &v.homepage,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.homepage,
        }
    }
    /// `homepage` of any variant.
    #[inline]
    pub fn homepage_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &mut v.homepage,
            Self::AgentIdentity(v) => &mut v.homepage,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.homepage,
        }
    }
    /// `info` of any variant.
    #[inline]
    pub fn info(&self) -> &rt::Field<crate::v1::InformationalUrl> {
        match self {
            Self::ServicePrincipal(v) => &v.info,
            Self::AgentIdentity(v) => &v.info,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.info,
        }
    }
    /// `info` of any variant.
    #[inline]
    pub fn info_mut(&mut self) -> &mut rt::Field<crate::v1::InformationalUrl> {
        match self {
            Self::ServicePrincipal(v) => &mut v.info,
            Self::AgentIdentity(v) => &mut v.info,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.info,
        }
    }
    /// `isDisabled` of any variant.
    #[inline]
    pub fn is_disabled(&self) -> &rt::Field<bool> {
        match self {
            Self::ServicePrincipal(v) => &v.is_disabled,
            Self::AgentIdentity(v) => &v.is_disabled,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.is_disabled,
        }
    }
    /// `isDisabled` of any variant.
    #[inline]
    pub fn is_disabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ServicePrincipal(v) => &mut v.is_disabled,
            Self::AgentIdentity(v) => &mut v.is_disabled,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.is_disabled,
        }
    }
    /// `keyCredentials` of any variant.
    #[inline]
    pub fn key_credentials(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::KeyCredential>> {
        match self {
            Self::ServicePrincipal(v) => &v.key_credentials,
            Self::AgentIdentity(v) => &v.key_credentials,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.key_credentials,
        }
    }
    /// `keyCredentials` of any variant.
    #[inline]
    pub fn key_credentials_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::KeyCredential>> {
        match self {
            Self::ServicePrincipal(v) => &mut v.key_credentials,
            Self::AgentIdentity(v) => &mut v.key_credentials,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.key_credentials,
        }
    }
    /// `loginUrl` of any variant.
    #[inline]
    pub fn login_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &v.login_url,
            Self::AgentIdentity(v) => &v.login_url,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.login_url,
        }
    }
    /// `loginUrl` of any variant.
    #[inline]
    pub fn login_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &mut v.login_url,
            Self::AgentIdentity(v) => &mut v.login_url,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.login_url,
        }
    }
    /// `logoutUrl` of any variant.
    #[inline]
    pub fn logout_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &v.logout_url,
            Self::AgentIdentity(v) => &v.logout_url,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.logout_url,
        }
    }
    /// `logoutUrl` of any variant.
    #[inline]
    pub fn logout_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &mut v.logout_url,
            Self::AgentIdentity(v) => &mut v.logout_url,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.logout_url,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &v.notes,
            Self::AgentIdentity(v) => &v.notes,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.notes,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &mut v.notes,
            Self::AgentIdentity(v) => &mut v.notes,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.notes,
        }
    }
    /// `notificationEmailAddresses` of any variant.
    #[inline]
    pub fn notification_email_addresses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ServicePrincipal(v) => &v.notification_email_addresses,
            Self::AgentIdentity(v) => &v.notification_email_addresses,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.notification_email_addresses,
        }
    }
    /// `notificationEmailAddresses` of any variant.
    #[inline]
    pub fn notification_email_addresses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ServicePrincipal(v) => &mut v.notification_email_addresses,
            Self::AgentIdentity(v) => &mut v.notification_email_addresses,
            Self::AgentIdentityBlueprintPrincipal(v) => {
                &mut v.notification_email_addresses
            }
        }
    }
    /// `oauth2PermissionScopes` of any variant.
    #[inline]
    pub fn oauth2_permission_scopes(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::PermissionScope>> {
        match self {
            Self::ServicePrincipal(v) => &v.oauth2_permission_scopes,
            Self::AgentIdentity(v) => &v.oauth2_permission_scopes,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.oauth2_permission_scopes,
        }
    }
    /// `oauth2PermissionScopes` of any variant.
    #[inline]
    pub fn oauth2_permission_scopes_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::PermissionScope>> {
        match self {
            Self::ServicePrincipal(v) => &mut v.oauth2_permission_scopes,
            Self::AgentIdentity(v) => &mut v.oauth2_permission_scopes,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.oauth2_permission_scopes,
        }
    }
    /// `passwordCredentials` of any variant.
    #[inline]
    pub fn password_credentials(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::PasswordCredential>> {
        match self {
            Self::ServicePrincipal(v) => &v.password_credentials,
            Self::AgentIdentity(v) => &v.password_credentials,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.password_credentials,
        }
    }
    /// `passwordCredentials` of any variant.
    #[inline]
    pub fn password_credentials_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::PasswordCredential>> {
        match self {
            Self::ServicePrincipal(v) => &mut v.password_credentials,
            Self::AgentIdentity(v) => &mut v.password_credentials,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.password_credentials,
        }
    }
    /// `preferredSingleSignOnMode` of any variant.
    #[inline]
    pub fn preferred_single_sign_on_mode(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &v.preferred_single_sign_on_mode,
            Self::AgentIdentity(v) => &v.preferred_single_sign_on_mode,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.preferred_single_sign_on_mode,
        }
    }
    /// `preferredSingleSignOnMode` of any variant.
    #[inline]
    pub fn preferred_single_sign_on_mode_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &mut v.preferred_single_sign_on_mode,
            Self::AgentIdentity(v) => &mut v.preferred_single_sign_on_mode,
            Self::AgentIdentityBlueprintPrincipal(v) => {
                &mut v.preferred_single_sign_on_mode
            }
        }
    }
    /// `preferredTokenSigningKeyThumbprint` of any variant.
    #[inline]
    pub fn preferred_token_signing_key_thumbprint(
        &self,
    ) -> &rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &v.preferred_token_signing_key_thumbprint,
            Self::AgentIdentity(v) => &v.preferred_token_signing_key_thumbprint,
            Self::AgentIdentityBlueprintPrincipal(v) => {
                &v.preferred_token_signing_key_thumbprint
            }
        }
    }
    /// `preferredTokenSigningKeyThumbprint` of any variant.
    #[inline]
    pub fn preferred_token_signing_key_thumbprint_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &mut v.preferred_token_signing_key_thumbprint,
            Self::AgentIdentity(v) => &mut v.preferred_token_signing_key_thumbprint,
            Self::AgentIdentityBlueprintPrincipal(v) => {
                &mut v.preferred_token_signing_key_thumbprint
            }
        }
    }
    /// `replyUrls` of any variant.
    #[inline]
    pub fn reply_urls(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ServicePrincipal(v) => &v.reply_urls,
            Self::AgentIdentity(v) => &v.reply_urls,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.reply_urls,
        }
    }
    /// `replyUrls` of any variant.
    #[inline]
    pub fn reply_urls_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ServicePrincipal(v) => &mut v.reply_urls,
            Self::AgentIdentity(v) => &mut v.reply_urls,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.reply_urls,
        }
    }
    /// `resourceSpecificApplicationPermissions` of any variant.
    #[inline]
    pub fn resource_specific_application_permissions(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::ResourceSpecificPermission>> {
        match self {
            Self::ServicePrincipal(v) => &v.resource_specific_application_permissions,
            Self::AgentIdentity(v) => &v.resource_specific_application_permissions,
            Self::AgentIdentityBlueprintPrincipal(v) => {
                &v.resource_specific_application_permissions
            }
        }
    }
    /// `resourceSpecificApplicationPermissions` of any variant.
    #[inline]
    pub fn resource_specific_application_permissions_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::ResourceSpecificPermission>> {
        match self {
            Self::ServicePrincipal(v) => &mut v.resource_specific_application_permissions,
            Self::AgentIdentity(v) => &mut v.resource_specific_application_permissions,
            Self::AgentIdentityBlueprintPrincipal(v) => {
                &mut v.resource_specific_application_permissions
            }
        }
    }
    /// `samlSingleSignOnSettings` of any variant.
    #[inline]
    pub fn saml_single_sign_on_settings(
        &self,
    ) -> &rt::Field<crate::v1::SamlSingleSignOnSettings> {
        match self {
            Self::ServicePrincipal(v) => &v.saml_single_sign_on_settings,
            Self::AgentIdentity(v) => &v.saml_single_sign_on_settings,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.saml_single_sign_on_settings,
        }
    }
    /// `samlSingleSignOnSettings` of any variant.
    #[inline]
    pub fn saml_single_sign_on_settings_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::SamlSingleSignOnSettings> {
        match self {
            Self::ServicePrincipal(v) => &mut v.saml_single_sign_on_settings,
            Self::AgentIdentity(v) => &mut v.saml_single_sign_on_settings,
            Self::AgentIdentityBlueprintPrincipal(v) => {
                &mut v.saml_single_sign_on_settings
            }
        }
    }
    /// `servicePrincipalNames` of any variant.
    #[inline]
    pub fn service_principal_names(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ServicePrincipal(v) => &v.service_principal_names,
            Self::AgentIdentity(v) => &v.service_principal_names,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.service_principal_names,
        }
    }
    /// `servicePrincipalNames` of any variant.
    #[inline]
    pub fn service_principal_names_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ServicePrincipal(v) => &mut v.service_principal_names,
            Self::AgentIdentity(v) => &mut v.service_principal_names,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.service_principal_names,
        }
    }
    /// `servicePrincipalType` of any variant.
    #[inline]
    pub fn service_principal_type(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &v.service_principal_type,
            Self::AgentIdentity(v) => &v.service_principal_type,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.service_principal_type,
        }
    }
    /// `servicePrincipalType` of any variant.
    #[inline]
    pub fn service_principal_type_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &mut v.service_principal_type,
            Self::AgentIdentity(v) => &mut v.service_principal_type,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.service_principal_type,
        }
    }
    /// `signInAudience` of any variant.
    #[inline]
    pub fn sign_in_audience(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &v.sign_in_audience,
            Self::AgentIdentity(v) => &v.sign_in_audience,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.sign_in_audience,
        }
    }
    /// `signInAudience` of any variant.
    #[inline]
    pub fn sign_in_audience_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ServicePrincipal(v) => &mut v.sign_in_audience,
            Self::AgentIdentity(v) => &mut v.sign_in_audience,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.sign_in_audience,
        }
    }
    /// `tags` of any variant.
    #[inline]
    pub fn tags(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ServicePrincipal(v) => &v.tags,
            Self::AgentIdentity(v) => &v.tags,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.tags,
        }
    }
    /// `tags` of any variant.
    #[inline]
    pub fn tags_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ServicePrincipal(v) => &mut v.tags,
            Self::AgentIdentity(v) => &mut v.tags,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.tags,
        }
    }
    /// `tokenEncryptionKeyId` of any variant.
    #[inline]
    pub fn token_encryption_key_id(&self) -> &rt::Field<rt::edm::Guid> {
        match self {
            Self::ServicePrincipal(v) => &v.token_encryption_key_id,
            Self::AgentIdentity(v) => &v.token_encryption_key_id,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.token_encryption_key_id,
        }
    }
    /// `tokenEncryptionKeyId` of any variant.
    #[inline]
    pub fn token_encryption_key_id_mut(&mut self) -> &mut rt::Field<rt::edm::Guid> {
        match self {
            Self::ServicePrincipal(v) => &mut v.token_encryption_key_id,
            Self::AgentIdentity(v) => &mut v.token_encryption_key_id,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.token_encryption_key_id,
        }
    }
    /// `verifiedPublisher` of any variant.
    #[inline]
    pub fn verified_publisher(&self) -> &rt::Field<crate::v1::VerifiedPublisher> {
        match self {
            Self::ServicePrincipal(v) => &v.verified_publisher,
            Self::AgentIdentity(v) => &v.verified_publisher,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.verified_publisher,
        }
    }
    /// `verifiedPublisher` of any variant.
    #[inline]
    pub fn verified_publisher_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::VerifiedPublisher> {
        match self {
            Self::ServicePrincipal(v) => &mut v.verified_publisher,
            Self::AgentIdentity(v) => &mut v.verified_publisher,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.verified_publisher,
        }
    }
    /// `appManagementPolicies` of any variant.
    #[inline]
    pub fn app_management_policies(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AppManagementPolicy>> {
        match self {
            Self::ServicePrincipal(v) => &v.app_management_policies,
            Self::AgentIdentity(v) => &v.app_management_policies,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.app_management_policies,
        }
    }
    /// `appManagementPolicies` of any variant.
    #[inline]
    pub fn app_management_policies_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AppManagementPolicy>> {
        match self {
            Self::ServicePrincipal(v) => &mut v.app_management_policies,
            Self::AgentIdentity(v) => &mut v.app_management_policies,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.app_management_policies,
        }
    }
    /// `appRoleAssignedTo` of any variant.
    #[inline]
    pub fn app_role_assigned_to(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AppRoleAssignment>> {
        match self {
            Self::ServicePrincipal(v) => &v.app_role_assigned_to,
            Self::AgentIdentity(v) => &v.app_role_assigned_to,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.app_role_assigned_to,
        }
    }
    /// `appRoleAssignedTo` of any variant.
    #[inline]
    pub fn app_role_assigned_to_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AppRoleAssignment>> {
        match self {
            Self::ServicePrincipal(v) => &mut v.app_role_assigned_to,
            Self::AgentIdentity(v) => &mut v.app_role_assigned_to,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.app_role_assigned_to,
        }
    }
    /// `appRoleAssignments` of any variant.
    #[inline]
    pub fn app_role_assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AppRoleAssignment>> {
        match self {
            Self::ServicePrincipal(v) => &v.app_role_assignments,
            Self::AgentIdentity(v) => &v.app_role_assignments,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.app_role_assignments,
        }
    }
    /// `appRoleAssignments` of any variant.
    #[inline]
    pub fn app_role_assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AppRoleAssignment>> {
        match self {
            Self::ServicePrincipal(v) => &mut v.app_role_assignments,
            Self::AgentIdentity(v) => &mut v.app_role_assignments,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.app_role_assignments,
        }
    }
    /// `claimsMappingPolicies` of any variant.
    #[inline]
    pub fn claims_mapping_policies(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::ClaimsMappingPolicy>> {
        match self {
            Self::ServicePrincipal(v) => &v.claims_mapping_policies,
            Self::AgentIdentity(v) => &v.claims_mapping_policies,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.claims_mapping_policies,
        }
    }
    /// `claimsMappingPolicies` of any variant.
    #[inline]
    pub fn claims_mapping_policies_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::ClaimsMappingPolicy>> {
        match self {
            Self::ServicePrincipal(v) => &mut v.claims_mapping_policies,
            Self::AgentIdentity(v) => &mut v.claims_mapping_policies,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.claims_mapping_policies,
        }
    }
    /// `createdObjects` of any variant.
    #[inline]
    pub fn created_objects(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::ServicePrincipal(v) => &v.created_objects,
            Self::AgentIdentity(v) => &v.created_objects,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.created_objects,
        }
    }
    /// `createdObjects` of any variant.
    #[inline]
    pub fn created_objects_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::ServicePrincipal(v) => &mut v.created_objects,
            Self::AgentIdentity(v) => &mut v.created_objects,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.created_objects,
        }
    }
    /// `delegatedPermissionClassifications` of any variant.
    #[inline]
    pub fn delegated_permission_classifications(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::DelegatedPermissionClassification>> {
        match self {
            Self::ServicePrincipal(v) => &v.delegated_permission_classifications,
            Self::AgentIdentity(v) => &v.delegated_permission_classifications,
            Self::AgentIdentityBlueprintPrincipal(v) => {
                &v.delegated_permission_classifications
            }
        }
    }
    /// `delegatedPermissionClassifications` of any variant.
    #[inline]
    pub fn delegated_permission_classifications_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::DelegatedPermissionClassification>> {
        match self {
            Self::ServicePrincipal(v) => &mut v.delegated_permission_classifications,
            Self::AgentIdentity(v) => &mut v.delegated_permission_classifications,
            Self::AgentIdentityBlueprintPrincipal(v) => {
                &mut v.delegated_permission_classifications
            }
        }
    }
    /// `endpoints` of any variant.
    #[inline]
    pub fn endpoints(&self) -> &rt::Field<::std::vec::Vec<crate::v1::Endpoint>> {
        match self {
            Self::ServicePrincipal(v) => &v.endpoints,
            Self::AgentIdentity(v) => &v.endpoints,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.endpoints,
        }
    }
    /// `endpoints` of any variant.
    #[inline]
    pub fn endpoints_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::Endpoint>> {
        match self {
            Self::ServicePrincipal(v) => &mut v.endpoints,
            Self::AgentIdentity(v) => &mut v.endpoints,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.endpoints,
        }
    }
    /// `federatedIdentityCredentials` of any variant.
    #[inline]
    pub fn federated_identity_credentials(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::FederatedIdentityCredential>> {
        match self {
            Self::ServicePrincipal(v) => &v.federated_identity_credentials,
            Self::AgentIdentity(v) => &v.federated_identity_credentials,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.federated_identity_credentials,
        }
    }
    /// `federatedIdentityCredentials` of any variant.
    #[inline]
    pub fn federated_identity_credentials_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::FederatedIdentityCredential>> {
        match self {
            Self::ServicePrincipal(v) => &mut v.federated_identity_credentials,
            Self::AgentIdentity(v) => &mut v.federated_identity_credentials,
            Self::AgentIdentityBlueprintPrincipal(v) => {
                &mut v.federated_identity_credentials
            }
        }
    }
    /// `homeRealmDiscoveryPolicies` of any variant.
    #[inline]
    pub fn home_realm_discovery_policies(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::HomeRealmDiscoveryPolicy>> {
        match self {
            Self::ServicePrincipal(v) => &v.home_realm_discovery_policies,
            Self::AgentIdentity(v) => &v.home_realm_discovery_policies,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.home_realm_discovery_policies,
        }
    }
    /// `homeRealmDiscoveryPolicies` of any variant.
    #[inline]
    pub fn home_realm_discovery_policies_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::HomeRealmDiscoveryPolicy>> {
        match self {
            Self::ServicePrincipal(v) => &mut v.home_realm_discovery_policies,
            Self::AgentIdentity(v) => &mut v.home_realm_discovery_policies,
            Self::AgentIdentityBlueprintPrincipal(v) => {
                &mut v.home_realm_discovery_policies
            }
        }
    }
    /// `memberOf` of any variant.
    #[inline]
    pub fn member_of(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::ServicePrincipal(v) => &v.member_of,
            Self::AgentIdentity(v) => &v.member_of,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.member_of,
        }
    }
    /// `memberOf` of any variant.
    #[inline]
    pub fn member_of_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::ServicePrincipal(v) => &mut v.member_of,
            Self::AgentIdentity(v) => &mut v.member_of,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.member_of,
        }
    }
    /// `oauth2PermissionGrants` of any variant.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
    #[inline]
    pub fn oauth2_permission_grants(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::OAuth2PermissionGrant>> {
        match self {
            Self::ServicePrincipal(v) => &v.oauth2_permission_grants,
            Self::AgentIdentity(v) => &v.oauth2_permission_grants,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.oauth2_permission_grants,
        }
    }
    /// `oauth2PermissionGrants` of any variant.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
    #[inline]
    pub fn oauth2_permission_grants_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::OAuth2PermissionGrant>> {
        match self {
            Self::ServicePrincipal(v) => &mut v.oauth2_permission_grants,
            Self::AgentIdentity(v) => &mut v.oauth2_permission_grants,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.oauth2_permission_grants,
        }
    }
    /// `ownedObjects` of any variant.
    #[inline]
    pub fn owned_objects(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::ServicePrincipal(v) => &v.owned_objects,
            Self::AgentIdentity(v) => &v.owned_objects,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.owned_objects,
        }
    }
    /// `ownedObjects` of any variant.
    #[inline]
    pub fn owned_objects_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::ServicePrincipal(v) => &mut v.owned_objects,
            Self::AgentIdentity(v) => &mut v.owned_objects,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.owned_objects,
        }
    }
    /// `owners` of any variant.
    #[inline]
    pub fn owners(&self) -> &rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::ServicePrincipal(v) => &v.owners,
            Self::AgentIdentity(v) => &v.owners,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.owners,
        }
    }
    /// `owners` of any variant.
    #[inline]
    pub fn owners_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::ServicePrincipal(v) => &mut v.owners,
            Self::AgentIdentity(v) => &mut v.owners,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.owners,
        }
    }
    /// `remoteDesktopSecurityConfiguration` of any variant.
    #[inline]
    pub fn remote_desktop_security_configuration(
        &self,
    ) -> &rt::Field<crate::v1::RemoteDesktopSecurityConfiguration> {
        match self {
            Self::ServicePrincipal(v) => &v.remote_desktop_security_configuration,
            Self::AgentIdentity(v) => &v.remote_desktop_security_configuration,
            Self::AgentIdentityBlueprintPrincipal(v) => {
                &v.remote_desktop_security_configuration
            }
        }
    }
    /// `remoteDesktopSecurityConfiguration` of any variant.
    #[inline]
    pub fn remote_desktop_security_configuration_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::RemoteDesktopSecurityConfiguration> {
        match self {
            Self::ServicePrincipal(v) => &mut v.remote_desktop_security_configuration,
            Self::AgentIdentity(v) => &mut v.remote_desktop_security_configuration,
            Self::AgentIdentityBlueprintPrincipal(v) => {
                &mut v.remote_desktop_security_configuration
            }
        }
    }
    /// `synchronization` of any variant.
    #[inline]
    pub fn synchronization(&self) -> &rt::Field<crate::v1::Synchronization> {
        match self {
            Self::ServicePrincipal(v) => &v.synchronization,
            Self::AgentIdentity(v) => &v.synchronization,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.synchronization,
        }
    }
    /// `synchronization` of any variant.
    #[inline]
    pub fn synchronization_mut(&mut self) -> &mut rt::Field<crate::v1::Synchronization> {
        match self {
            Self::ServicePrincipal(v) => &mut v.synchronization,
            Self::AgentIdentity(v) => &mut v.synchronization,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.synchronization,
        }
    }
    /// `tokenIssuancePolicies` of any variant.
    #[inline]
    pub fn token_issuance_policies(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::TokenIssuancePolicy>> {
        match self {
            Self::ServicePrincipal(v) => &v.token_issuance_policies,
            Self::AgentIdentity(v) => &v.token_issuance_policies,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.token_issuance_policies,
        }
    }
    /// `tokenIssuancePolicies` of any variant.
    #[inline]
    pub fn token_issuance_policies_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::TokenIssuancePolicy>> {
        match self {
            Self::ServicePrincipal(v) => &mut v.token_issuance_policies,
            Self::AgentIdentity(v) => &mut v.token_issuance_policies,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.token_issuance_policies,
        }
    }
    /// `tokenLifetimePolicies` of any variant.
    #[inline]
    pub fn token_lifetime_policies(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::TokenLifetimePolicy>> {
        match self {
            Self::ServicePrincipal(v) => &v.token_lifetime_policies,
            Self::AgentIdentity(v) => &v.token_lifetime_policies,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.token_lifetime_policies,
        }
    }
    /// `tokenLifetimePolicies` of any variant.
    #[inline]
    pub fn token_lifetime_policies_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::TokenLifetimePolicy>> {
        match self {
            Self::ServicePrincipal(v) => &mut v.token_lifetime_policies,
            Self::AgentIdentity(v) => &mut v.token_lifetime_policies,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.token_lifetime_policies,
        }
    }
    /// `transitiveMemberOf` of any variant.
    #[inline]
    pub fn transitive_member_of(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::ServicePrincipal(v) => &v.transitive_member_of,
            Self::AgentIdentity(v) => &v.transitive_member_of,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.transitive_member_of,
        }
    }
    /// `transitiveMemberOf` of any variant.
    #[inline]
    pub fn transitive_member_of_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::ServicePrincipal(v) => &mut v.transitive_member_of,
            Self::AgentIdentity(v) => &mut v.transitive_member_of,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.transitive_member_of,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyServicePrincipal);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyServicePrincipal);
#[cfg(msgraph_v1_search_or_shares)]
/// CSDL: `microsoft.graph.sharedDriveItem`, entity type, derived from `microsoft.graph.baseItem`, key `id`.
///
/// Request builders: [`SharedDriveItemPath`](requests/trait.SharedDriveItemPath.html), what a path to one (`EntityPath<SharedDriveItem, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-shares`.
#[derive(Clone)]
pub struct SharedDriveItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `eTag`: `Edm.String`, nullable.
    pub e_tag: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `parentReference`: `microsoft.graph.itemReference`, nullable.
    pub parent_reference: rt::Field<crate::v1::ItemReference>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: navigation property `createdByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub created_by_user: rt::Field<crate::v1::AnyUser>,
    /// CSDL: navigation property `lastModifiedByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub last_modified_by_user: rt::Field<crate::v1::AnyUser>,
    /// CSDL: property `owner`: `microsoft.graph.identitySet`, nullable.
    pub owner: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: navigation property `driveItem`: `microsoft.graph.driveItem`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_drives_or_search)]
    pub drive_item: rt::Field<crate::v1::DriveItem>,
    /// CSDL: navigation property `items`: `Collection(microsoft.graph.driveItem)`, not nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_drives_or_search)]
    pub items: rt::Field<::std::vec::Vec<crate::v1::DriveItem>>,
    /// CSDL: containment navigation property `list`: `microsoft.graph.list`, nullable.
    pub list: rt::Field<crate::v1::List>,
    /// CSDL: navigation property `listItem`: `microsoft.graph.listItem`, nullable.
    pub list_item: rt::Field<crate::v1::ListItem>,
    /// CSDL: containment navigation property `permission`: `microsoft.graph.permission`, nullable.
    pub permission: rt::Field<crate::v1::Permission>,
    /// CSDL: navigation property `root`: `microsoft.graph.driveItem`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_drives_or_search)]
    pub root: rt::Field<crate::v1::DriveItem>,
    /// CSDL: navigation property `site`: `microsoft.graph.site`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core_or_sites)]
    pub site: rt::Field<crate::v1::Site>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_shares)]
impl ::std::default::Default for SharedDriveItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            e_tag: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            parent_reference: rt::Field::Absent,
            web_url: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            created_by_user: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            last_modified_by_user: rt::Field::Absent,
            owner: rt::Field::Absent,
            #[cfg(msgraph_v1_drives_or_search)]
            drive_item: rt::Field::Absent,
            #[cfg(msgraph_v1_drives_or_search)]
            items: rt::Field::Absent,
            list: rt::Field::Absent,
            list_item: rt::Field::Absent,
            permission: rt::Field::Absent,
            #[cfg(msgraph_v1_drives_or_search)]
            root: rt::Field::Absent,
            #[cfg(msgraph_v1_core_or_sites)]
            site: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_shares)]
impl rt::Object for SharedDriveItem {
    const TYPE_NAME: &'static str = "microsoft.graph.sharedDriveItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "description",
        "eTag",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "name",
        "parentReference",
        "webUrl",
        "createdByUser",
        "lastModifiedByUser",
        "owner",
        "driveItem",
        "items",
        "list",
        "listItem",
        "permission",
        "root",
        "site",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"eTag\":                         ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"name\":                         ",
        ",\"parentReference\":              ",
        ",\"webUrl\":                       ",
        ",\"createdByUser\":                ",
        ",\"lastModifiedByUser\":           ",
        ",\"owner\":                        ",
        ",\"driveItem\":                    ",
        ",\"items\":                        ",
        ",\"list\":                         ",
        ",\"listItem\":                     ",
        ",\"permission\":                   ",
        ",\"root\":                         ",
        ",\"site\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharedDriveItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "e_tag", &self.e_tag);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "name", &self.name);
        v.field(8usize, "parent_reference", &self.parent_reference);
        v.field(9usize, "web_url", &self.web_url);
        #[cfg(msgraph_v1_core)]
        v.field(10usize, "created_by_user", &self.created_by_user);
        #[cfg(msgraph_v1_core)]
        v.field(11usize, "last_modified_by_user", &self.last_modified_by_user);
        v.field(12usize, "owner", &self.owner);
        #[cfg(msgraph_v1_drives_or_search)]
        v.field(13usize, "drive_item", &self.drive_item);
        #[cfg(msgraph_v1_drives_or_search)] v.field(14usize, "items", &self.items);
        v.field(15usize, "list", &self.list);
        v.field(16usize, "list_item", &self.list_item);
        v.field(17usize, "permission", &self.permission);
        #[cfg(msgraph_v1_drives_or_search)] v.field(18usize, "root", &self.root);
        #[cfg(msgraph_v1_core_or_sites)] v.field(19usize, "site", &self.site);
    }
}
#[cfg(msgraph_v1_search_or_shares)]
impl rt::object::Members for SharedDriveItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.e_tag.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.name.read_from(r),
            8usize => self.parent_reference.read_from(r),
            9usize => self.web_url.read_from(r),
            #[cfg(msgraph_v1_core)]
            10usize => self.created_by_user.read_from(r),
            #[cfg(msgraph_v1_core)]
            11usize => self.last_modified_by_user.read_from(r),
            12usize => self.owner.read_from(r),
            #[cfg(msgraph_v1_drives_or_search)]
            13usize => self.drive_item.read_from(r),
            #[cfg(msgraph_v1_drives_or_search)]
            14usize => self.items.read_from(r),
            15usize => self.list.read_from(r),
            16usize => self.list_item.read_from(r),
            17usize => self.permission.read_from(r),
            #[cfg(msgraph_v1_drives_or_search)]
            18usize => self.root.read_from(r),
            #[cfg(msgraph_v1_core_or_sites)]
            19usize => self.site.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.e_tag);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.name);
        w.field(8usize, &self.parent_reference);
        w.field(9usize, &self.web_url);
        #[cfg(msgraph_v1_core)] w.field(10usize, &self.created_by_user);
        #[cfg(msgraph_v1_core)] w.field(11usize, &self.last_modified_by_user);
        w.field(12usize, &self.owner);
        #[cfg(msgraph_v1_drives_or_search)] w.field(13usize, &self.drive_item);
        #[cfg(msgraph_v1_drives_or_search)] w.field(14usize, &self.items);
        w.field(15usize, &self.list);
        w.field(16usize, &self.list_item);
        w.field(17usize, &self.permission);
        #[cfg(msgraph_v1_drives_or_search)] w.field(18usize, &self.root);
        #[cfg(msgraph_v1_core_or_sites)] w.field(19usize, &self.site);
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
#[cfg(msgraph_v1_search_or_shares)]
rt::impl_object!(SharedDriveItem);
#[cfg(msgraph_v1_search_or_shares)]
rt::impl_setters!(
    SharedDriveItem { with_id id : ::std::string::String; with_created_by created_by :
    crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_e_tag e_tag : ::std::string::String; with_last_modified_by last_modified_by :
    crate ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_name name : ::std::string::String;
    with_parent_reference parent_reference : crate ::v1::ItemReference; with_web_url
    web_url : ::std::string::String; #[cfg(msgraph_v1_core)] with_created_by_user
    created_by_user : crate ::v1::AnyUser; #[cfg(msgraph_v1_core)]
    with_last_modified_by_user last_modified_by_user : crate ::v1::AnyUser; with_owner
    owner : crate ::v1::AnyIdentitySet; #[cfg(msgraph_v1_drives_or_search)]
    with_drive_item drive_item : crate ::v1::DriveItem;
    #[cfg(msgraph_v1_drives_or_search)] with_items items : ::std::vec::Vec < crate
    ::v1::DriveItem >; with_list list : crate ::v1::List; with_list_item list_item :
    crate ::v1::ListItem; with_permission permission : crate ::v1::Permission;
    #[cfg(msgraph_v1_drives_or_search)] with_root root : crate ::v1::DriveItem;
    #[cfg(msgraph_v1_core_or_sites)] with_site site : crate ::v1::Site; }
);
#[cfg(msgraph_v1_search_or_shares)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharedDriveItem);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.sharedInsight`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SharedInsightPath`](requests/trait.SharedInsightPath.html), what a path to one (`EntityPath<SharedInsight, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SharedInsight {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `lastShared`: `microsoft.graph.sharingDetail`, nullable.
    pub last_shared: rt::Field<crate::v1::SharingDetail>,
    /// CSDL: property `resourceReference`: `microsoft.graph.resourceReference`, nullable.
    pub resource_reference: rt::Field<crate::v1::ResourceReference>,
    /// CSDL: property `resourceVisualization`: `microsoft.graph.resourceVisualization`, nullable.
    pub resource_visualization: rt::Field<crate::v1::ResourceVisualization>,
    /// CSDL: property `sharingHistory`: `Collection(microsoft.graph.sharingDetail)`, nullable.
    pub sharing_history: rt::Field<::std::vec::Vec<crate::v1::SharingDetail>>,
    /// CSDL: navigation property `lastSharedMethod`: `microsoft.graph.entity`, nullable.
    pub last_shared_method: rt::Field<crate::v1::AnyEntity>,
    /// CSDL: navigation property `resource`: `microsoft.graph.entity`, nullable.
    pub resource: rt::Field<crate::v1::AnyEntity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SharedInsight {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_shared: rt::Field::Absent,
            resource_reference: rt::Field::Absent,
            resource_visualization: rt::Field::Absent,
            sharing_history: rt::Field::Absent,
            last_shared_method: rt::Field::Absent,
            resource: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SharedInsight {
    const TYPE_NAME: &'static str = "microsoft.graph.sharedInsight";
    const KEYS: &'static [&'static str] = &[
        "id",
        "lastShared",
        "resourceReference",
        "resourceVisualization",
        "sharingHistory",
        "lastSharedMethod",
        "resource",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastShared\":                   ",
        ",\"resourceReference\":            ",
        ",\"resourceVisualization\":        ",
        ",\"sharingHistory\":               ",
        ",\"lastSharedMethod\":             ",
        ",\"resource\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharedInsight\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "last_shared", &self.last_shared);
        v.field(2usize, "resource_reference", &self.resource_reference);
        v.field(3usize, "resource_visualization", &self.resource_visualization);
        v.field(4usize, "sharing_history", &self.sharing_history);
        v.field(5usize, "last_shared_method", &self.last_shared_method);
        v.field(6usize, "resource", &self.resource);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SharedInsight {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_shared.read_from(r),
            2usize => self.resource_reference.read_from(r),
            3usize => self.resource_visualization.read_from(r),
            4usize => self.sharing_history.read_from(r),
            5usize => self.last_shared_method.read_from(r),
            6usize => self.resource.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_shared);
        w.field(2usize, &self.resource_reference);
        w.field(3usize, &self.resource_visualization);
        w.field(4usize, &self.sharing_history);
        w.field(5usize, &self.last_shared_method);
        w.field(6usize, &self.resource);
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
rt::impl_object!(SharedInsight);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SharedInsight { with_id id : ::std::string::String; with_last_shared last_shared :
    crate ::v1::SharingDetail; with_resource_reference resource_reference : crate
    ::v1::ResourceReference; with_resource_visualization resource_visualization : crate
    ::v1::ResourceVisualization; with_sharing_history sharing_history : ::std::vec::Vec <
    crate ::v1::SharingDetail >; with_last_shared_method last_shared_method : crate
    ::v1::AnyEntity; with_resource resource : crate ::v1::AnyEntity; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharedInsight);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.sharedWithChannelTeamInfo`, entity type, derived from `microsoft.graph.teamInfo`, key `id`.
///
/// Request builders: [`SharedWithChannelTeamInfoPath`](requests/trait.SharedWithChannelTeamInfoPath.html), what a path to one (`EntityPath<SharedWithChannelTeamInfo, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SharedWithChannelTeamInfo {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `team`: `microsoft.graph.team`, nullable.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core)]
    pub team: rt::Field<crate::v1::Team>,
    /// CSDL: property `isHostTeam`: `Edm.Boolean`, nullable.
    pub is_host_team: rt::Field<bool>,
    /// CSDL: navigation property `allowedMembers`: `Collection(microsoft.graph.conversationMember)`, not nullable.
    pub allowed_members: rt::Field<::std::vec::Vec<crate::v1::AnyConversationMember>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for SharedWithChannelTeamInfo {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            team: rt::Field::Absent,
            is_host_team: rt::Field::Absent,
            allowed_members: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for SharedWithChannelTeamInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.sharedWithChannelTeamInfo";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "tenantId",
        "team",
        "isHostTeam",
        "allowedMembers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"tenantId\":                     ",
        ",\"team\":                         ",
        ",\"isHostTeam\":                   ",
        ",\"allowedMembers\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharedWithChannelTeamInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "tenant_id", &self.tenant_id);
        #[cfg(msgraph_v1_core)] v.field(3usize, "team", &self.team);
        v.field(4usize, "is_host_team", &self.is_host_team);
        v.field(5usize, "allowed_members", &self.allowed_members);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for SharedWithChannelTeamInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.tenant_id.read_from(r),
            #[cfg(msgraph_v1_core)]
            3usize => self.team.read_from(r),
            4usize => self.is_host_team.read_from(r),
            5usize => self.allowed_members.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.tenant_id);
        #[cfg(msgraph_v1_core)] w.field(3usize, &self.team);
        w.field(4usize, &self.is_host_team);
        w.field(5usize, &self.allowed_members);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(SharedWithChannelTeamInfo);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    SharedWithChannelTeamInfo { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_tenant_id tenant_id :
    ::std::string::String; #[cfg(msgraph_v1_core)] with_team team : crate ::v1::Team;
    with_is_host_team is_host_team : bool; with_allowed_members allowed_members :
    ::std::vec::Vec < crate ::v1::AnyConversationMember >; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharedWithChannelTeamInfo);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.site`, entity type, derived from `microsoft.graph.baseItem`, key `id`.
///
/// Request builders: [`SitePath`](requests/trait.SitePath.html), what a path to one (`EntityPath<Site, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Site {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `eTag`: `Edm.String`, nullable.
    pub e_tag: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `parentReference`: `microsoft.graph.itemReference`, nullable.
    pub parent_reference: rt::Field<crate::v1::ItemReference>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: navigation property `createdByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core)]
    pub created_by_user: rt::Field<crate::v1::AnyUser>,
    /// CSDL: navigation property `lastModifiedByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core)]
    pub last_modified_by_user: rt::Field<crate::v1::AnyUser>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `isPersonalSite`: `Edm.Boolean`, nullable.
    pub is_personal_site: rt::Field<bool>,
    /// CSDL: property `root`: `microsoft.graph.root`, nullable.
    pub root: rt::Field<crate::v1::Root>,
    /// CSDL: property `sharepointIds`: `microsoft.graph.sharepointIds`, nullable.
    pub sharepoint_ids: rt::Field<crate::v1::SharepointIds>,
    /// CSDL: property `siteCollection`: `microsoft.graph.siteCollection`, nullable.
    pub site_collection: rt::Field<crate::v1::SiteCollection>,
    /// CSDL: containment navigation property `analytics`: `microsoft.graph.itemAnalytics`, nullable.
    pub analytics: rt::Field<crate::v1::ItemAnalytics>,
    /// CSDL: containment navigation property `columns`: `Collection(microsoft.graph.columnDefinition)`, not nullable.
    pub columns: rt::Field<::std::vec::Vec<crate::v1::ColumnDefinition>>,
    /// CSDL: containment navigation property `contentTypes`: `Collection(microsoft.graph.contentType)`, not nullable.
    pub content_types: rt::Field<::std::vec::Vec<crate::v1::ContentType>>,
    /// CSDL: navigation property `drive`: `microsoft.graph.drive`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_drives_or_search)]
    pub drive: rt::Field<crate::v1::Drive>,
    /// CSDL: navigation property `drives`: `Collection(microsoft.graph.drive)`, not nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_drives_or_search)]
    pub drives: rt::Field<::std::vec::Vec<crate::v1::Drive>>,
    /// CSDL: navigation property `externalColumns`: `Collection(microsoft.graph.columnDefinition)`, not nullable.
    pub external_columns: rt::Field<::std::vec::Vec<crate::v1::ColumnDefinition>>,
    /// CSDL: navigation property `items`: `Collection(microsoft.graph.baseItem)`, not nullable.
    pub items: rt::Field<::std::vec::Vec<crate::v1::AnyBaseItem>>,
    /// CSDL: containment navigation property `lists`: `Collection(microsoft.graph.list)`, not nullable.
    pub lists: rt::Field<::std::vec::Vec<crate::v1::List>>,
    /// CSDL: containment navigation property `onenote`: `microsoft.graph.onenote`, nullable.
    pub onenote: rt::Field<crate::v1::Onenote>,
    /// CSDL: containment navigation property `operations`: `Collection(microsoft.graph.richLongRunningOperation)`, not nullable.
    pub operations: rt::Field<::std::vec::Vec<crate::v1::RichLongRunningOperation>>,
    /// CSDL: containment navigation property `pages`: `Collection(microsoft.graph.baseSitePage)`, not nullable.
    pub pages: rt::Field<::std::vec::Vec<crate::v1::AnyBaseSitePage>>,
    /// CSDL: containment navigation property `permissions`: `Collection(microsoft.graph.permission)`, not nullable.
    pub permissions: rt::Field<::std::vec::Vec<crate::v1::Permission>>,
    /// CSDL: navigation property `sites`: `Collection(microsoft.graph.site)`, not nullable.
    pub sites: rt::Field<::std::vec::Vec<crate::v1::Site>>,
    /// CSDL: containment navigation property `termStore`: `microsoft.graph.termStore.store`, nullable.
    pub term_store: rt::Field<crate::v1::term_store::Store>,
    /// CSDL: containment navigation property `termStores`: `Collection(microsoft.graph.termStore.store)`, not nullable.
    pub term_stores: rt::Field<::std::vec::Vec<crate::v1::term_store::Store>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for Site {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            e_tag: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            parent_reference: rt::Field::Absent,
            web_url: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            created_by_user: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            last_modified_by_user: rt::Field::Absent,
            display_name: rt::Field::Absent,
            error: rt::Field::Absent,
            is_personal_site: rt::Field::Absent,
            root: rt::Field::Absent,
            sharepoint_ids: rt::Field::Absent,
            site_collection: rt::Field::Absent,
            analytics: rt::Field::Absent,
            columns: rt::Field::Absent,
            content_types: rt::Field::Absent,
            #[cfg(msgraph_v1_drives_or_search)]
            drive: rt::Field::Absent,
            #[cfg(msgraph_v1_drives_or_search)]
            drives: rt::Field::Absent,
            external_columns: rt::Field::Absent,
            items: rt::Field::Absent,
            lists: rt::Field::Absent,
            onenote: rt::Field::Absent,
            operations: rt::Field::Absent,
            pages: rt::Field::Absent,
            permissions: rt::Field::Absent,
            sites: rt::Field::Absent,
            term_store: rt::Field::Absent,
            term_stores: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for Site {
    const TYPE_NAME: &'static str = "microsoft.graph.site";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "description",
        "eTag",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "name",
        "parentReference",
        "webUrl",
        "createdByUser",
        "lastModifiedByUser",
        "displayName",
        "error",
        "isPersonalSite",
        "root",
        "sharepointIds",
        "siteCollection",
        "analytics",
        "columns",
        "contentTypes",
        "drive",
        "drives",
        "externalColumns",
        "items",
        "lists",
        "onenote",
        "operations",
        "pages",
        "permissions",
        "sites",
        "termStore",
        "termStores",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"eTag\":                         ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"name\":                         ",
        ",\"parentReference\":              ",
        ",\"webUrl\":                       ",
        ",\"createdByUser\":                ",
        ",\"lastModifiedByUser\":           ",
        ",\"displayName\":                  ",
        ",\"error\":                        ",
        ",\"isPersonalSite\":               ",
        ",\"root\":                         ",
        ",\"sharepointIds\":                ",
        ",\"siteCollection\":               ",
        ",\"analytics\":                    ",
        ",\"columns\":                      ",
        ",\"contentTypes\":                 ",
        ",\"drive\":                        ",
        ",\"drives\":                       ",
        ",\"externalColumns\":              ",
        ",\"items\":                        ",
        ",\"lists\":                        ",
        ",\"onenote\":                      ",
        ",\"operations\":                   ",
        ",\"pages\":                        ",
        ",\"permissions\":                  ",
        ",\"sites\":                        ",
        ",\"termStore\":                    ",
        ",\"termStores\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.site\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "e_tag", &self.e_tag);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "name", &self.name);
        v.field(8usize, "parent_reference", &self.parent_reference);
        v.field(9usize, "web_url", &self.web_url);
        #[cfg(msgraph_v1_core)]
        v.field(10usize, "created_by_user", &self.created_by_user);
        #[cfg(msgraph_v1_core)]
        v.field(11usize, "last_modified_by_user", &self.last_modified_by_user);
        v.field(12usize, "display_name", &self.display_name);
        v.field(13usize, "error", &self.error);
        v.field(14usize, "is_personal_site", &self.is_personal_site);
        v.field(15usize, "root", &self.root);
        v.field(16usize, "sharepoint_ids", &self.sharepoint_ids);
        v.field(17usize, "site_collection", &self.site_collection);
        v.field(18usize, "analytics", &self.analytics);
        v.field(19usize, "columns", &self.columns);
        v.field(20usize, "content_types", &self.content_types);
        #[cfg(msgraph_v1_drives_or_search)] v.field(21usize, "drive", &self.drive);
        #[cfg(msgraph_v1_drives_or_search)] v.field(22usize, "drives", &self.drives);
        v.field(23usize, "external_columns", &self.external_columns);
        v.field(24usize, "items", &self.items);
        v.field(25usize, "lists", &self.lists);
        v.field(26usize, "onenote", &self.onenote);
        v.field(27usize, "operations", &self.operations);
        v.field(28usize, "pages", &self.pages);
        v.field(29usize, "permissions", &self.permissions);
        v.field(30usize, "sites", &self.sites);
        v.field(31usize, "term_store", &self.term_store);
        v.field(32usize, "term_stores", &self.term_stores);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for Site {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.e_tag.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.name.read_from(r),
            8usize => self.parent_reference.read_from(r),
            9usize => self.web_url.read_from(r),
            #[cfg(msgraph_v1_core)]
            10usize => self.created_by_user.read_from(r),
            #[cfg(msgraph_v1_core)]
            11usize => self.last_modified_by_user.read_from(r),
            12usize => self.display_name.read_from(r),
            13usize => self.error.read_from(r),
            14usize => self.is_personal_site.read_from(r),
            15usize => self.root.read_from(r),
            16usize => self.sharepoint_ids.read_from(r),
            17usize => self.site_collection.read_from(r),
            18usize => self.analytics.read_from(r),
            19usize => self.columns.read_from(r),
            20usize => self.content_types.read_from(r),
            #[cfg(msgraph_v1_drives_or_search)]
            21usize => self.drive.read_from(r),
            #[cfg(msgraph_v1_drives_or_search)]
            22usize => self.drives.read_from(r),
            23usize => self.external_columns.read_from(r),
            24usize => self.items.read_from(r),
            25usize => self.lists.read_from(r),
            26usize => self.onenote.read_from(r),
            27usize => self.operations.read_from(r),
            28usize => self.pages.read_from(r),
            29usize => self.permissions.read_from(r),
            30usize => self.sites.read_from(r),
            31usize => self.term_store.read_from(r),
            32usize => self.term_stores.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.e_tag);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.name);
        w.field(8usize, &self.parent_reference);
        w.field(9usize, &self.web_url);
        #[cfg(msgraph_v1_core)] w.field(10usize, &self.created_by_user);
        #[cfg(msgraph_v1_core)] w.field(11usize, &self.last_modified_by_user);
        w.field(12usize, &self.display_name);
        w.field(13usize, &self.error);
        w.field(14usize, &self.is_personal_site);
        w.field(15usize, &self.root);
        w.field(16usize, &self.sharepoint_ids);
        w.field(17usize, &self.site_collection);
        w.field(18usize, &self.analytics);
        w.field(19usize, &self.columns);
        w.field(20usize, &self.content_types);
        #[cfg(msgraph_v1_drives_or_search)] w.field(21usize, &self.drive);
        #[cfg(msgraph_v1_drives_or_search)] w.field(22usize, &self.drives);
        w.field(23usize, &self.external_columns);
        w.field(24usize, &self.items);
        w.field(25usize, &self.lists);
        w.field(26usize, &self.onenote);
        w.field(27usize, &self.operations);
        w.field(28usize, &self.pages);
        w.field(29usize, &self.permissions);
        w.field(30usize, &self.sites);
        w.field(31usize, &self.term_store);
        w.field(32usize, &self.term_stores);
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
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(Site);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    Site { with_id id : ::std::string::String; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_e_tag e_tag : ::std::string::String; with_last_modified_by last_modified_by :
    crate ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_name name : ::std::string::String;
    with_parent_reference parent_reference : crate ::v1::ItemReference; with_web_url
    web_url : ::std::string::String; #[cfg(msgraph_v1_core)] with_created_by_user
    created_by_user : crate ::v1::AnyUser; #[cfg(msgraph_v1_core)]
    with_last_modified_by_user last_modified_by_user : crate ::v1::AnyUser;
    with_display_name display_name : ::std::string::String; with_error error : crate
    ::v1::PublicError; with_is_personal_site is_personal_site : bool; with_root root :
    crate ::v1::Root; with_sharepoint_ids sharepoint_ids : crate ::v1::SharepointIds;
    with_site_collection site_collection : crate ::v1::SiteCollection; with_analytics
    analytics : crate ::v1::ItemAnalytics; with_columns columns : ::std::vec::Vec < crate
    ::v1::ColumnDefinition >; with_content_types content_types : ::std::vec::Vec < crate
    ::v1::ContentType >; #[cfg(msgraph_v1_drives_or_search)] with_drive drive : crate
    ::v1::Drive; #[cfg(msgraph_v1_drives_or_search)] with_drives drives : ::std::vec::Vec
    < crate ::v1::Drive >; with_external_columns external_columns : ::std::vec::Vec <
    crate ::v1::ColumnDefinition >; with_items items : ::std::vec::Vec < crate
    ::v1::AnyBaseItem >; with_lists lists : ::std::vec::Vec < crate ::v1::List >;
    with_onenote onenote : crate ::v1::Onenote; with_operations operations :
    ::std::vec::Vec < crate ::v1::RichLongRunningOperation >; with_pages pages :
    ::std::vec::Vec < crate ::v1::AnyBaseSitePage >; with_permissions permissions :
    ::std::vec::Vec < crate ::v1::Permission >; with_sites sites : ::std::vec::Vec <
    crate ::v1::Site >; with_term_store term_store : crate ::v1::term_store::Store;
    with_term_stores term_stores : ::std::vec::Vec < crate ::v1::term_store::Store >; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(Site);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.sitePage`, entity type, derived from `microsoft.graph.baseSitePage`, open, key `id`.
///
/// Request builders: [`SitePagePath`](requests/trait.SitePagePath.html), what a path to one (`EntityPath<SitePage, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SitePage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `eTag`: `Edm.String`, nullable.
    pub e_tag: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `parentReference`: `microsoft.graph.itemReference`, nullable.
    pub parent_reference: rt::Field<crate::v1::ItemReference>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: navigation property `createdByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core)]
    pub created_by_user: rt::Field<crate::v1::AnyUser>,
    /// CSDL: navigation property `lastModifiedByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core)]
    pub last_modified_by_user: rt::Field<crate::v1::AnyUser>,
    /// CSDL: property `pageLayout`: `microsoft.graph.pageLayoutType`, nullable.
    pub page_layout: rt::Field<crate::v1::PageLayoutType>,
    /// CSDL: property `publishingState`: `microsoft.graph.publicationFacet`, nullable.
    pub publishing_state: rt::Field<crate::v1::PublicationFacet>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// CSDL: property `promotionKind`: `microsoft.graph.pagePromotionType`, nullable.
    pub promotion_kind: rt::Field<crate::v1::PagePromotionType>,
    /// CSDL: property `reactions`: `microsoft.graph.reactionsFacet`, nullable.
    pub reactions: rt::Field<crate::v1::ReactionsFacet>,
    /// CSDL: property `showComments`: `Edm.Boolean`, nullable.
    pub show_comments: rt::Field<bool>,
    /// CSDL: property `showRecommendedPages`: `Edm.Boolean`, nullable.
    pub show_recommended_pages: rt::Field<bool>,
    /// CSDL: property `thumbnailWebUrl`: `Edm.String`, nullable.
    pub thumbnail_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `titleArea`: `microsoft.graph.titleArea`, nullable.
    pub title_area: rt::Field<crate::v1::TitleArea>,
    /// CSDL: containment navigation property `canvasLayout`: `microsoft.graph.canvasLayout`, nullable.
    pub canvas_layout: rt::Field<crate::v1::CanvasLayout>,
    /// CSDL: containment navigation property `webParts`: `Collection(microsoft.graph.webPart)`, not nullable.
    pub web_parts: rt::Field<::std::vec::Vec<crate::v1::AnyWebPart>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for SitePage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            e_tag: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            parent_reference: rt::Field::Absent,
            web_url: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            created_by_user: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            last_modified_by_user: rt::Field::Absent,
            page_layout: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            title: rt::Field::Absent,
            promotion_kind: rt::Field::Absent,
            reactions: rt::Field::Absent,
            show_comments: rt::Field::Absent,
            show_recommended_pages: rt::Field::Absent,
            thumbnail_web_url: rt::Field::Absent,
            title_area: rt::Field::Absent,
            canvas_layout: rt::Field::Absent,
            web_parts: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for SitePage {
    const TYPE_NAME: &'static str = "microsoft.graph.sitePage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "description",
        "eTag",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "name",
        "parentReference",
        "webUrl",
        "createdByUser",
        "lastModifiedByUser",
        "pageLayout",
        "publishingState",
        "title",
        "promotionKind",
        "reactions",
        "showComments",
        "showRecommendedPages",
        "thumbnailWebUrl",
        "titleArea",
        "canvasLayout",
        "webParts",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"eTag\":                         ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"name\":                         ",
        ",\"parentReference\":              ",
        ",\"webUrl\":                       ",
        ",\"createdByUser\":                ",
        ",\"lastModifiedByUser\":           ",
        ",\"pageLayout\":                   ",
        ",\"publishingState\":              ",
        ",\"title\":                        ",
        ",\"promotionKind\":                ",
        ",\"reactions\":                    ",
        ",\"showComments\":                 ",
        ",\"showRecommendedPages\":         ",
        ",\"thumbnailWebUrl\":              ",
        ",\"titleArea\":                    ",
        ",\"canvasLayout\":                 ",
        ",\"webParts\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sitePage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "e_tag", &self.e_tag);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "name", &self.name);
        v.field(8usize, "parent_reference", &self.parent_reference);
        v.field(9usize, "web_url", &self.web_url);
        #[cfg(msgraph_v1_core)]
        v.field(10usize, "created_by_user", &self.created_by_user);
        #[cfg(msgraph_v1_core)]
        v.field(11usize, "last_modified_by_user", &self.last_modified_by_user);
        v.field(12usize, "page_layout", &self.page_layout);
        v.field(13usize, "publishing_state", &self.publishing_state);
        v.field(14usize, "title", &self.title);
        v.field(15usize, "promotion_kind", &self.promotion_kind);
        v.field(16usize, "reactions", &self.reactions);
        v.field(17usize, "show_comments", &self.show_comments);
        v.field(18usize, "show_recommended_pages", &self.show_recommended_pages);
        v.field(19usize, "thumbnail_web_url", &self.thumbnail_web_url);
        v.field(20usize, "title_area", &self.title_area);
        v.field(21usize, "canvas_layout", &self.canvas_layout);
        v.field(22usize, "web_parts", &self.web_parts);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for SitePage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.e_tag.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.name.read_from(r),
            8usize => self.parent_reference.read_from(r),
            9usize => self.web_url.read_from(r),
            #[cfg(msgraph_v1_core)]
            10usize => self.created_by_user.read_from(r),
            #[cfg(msgraph_v1_core)]
            11usize => self.last_modified_by_user.read_from(r),
            12usize => self.page_layout.read_from(r),
            13usize => self.publishing_state.read_from(r),
            14usize => self.title.read_from(r),
            15usize => self.promotion_kind.read_from(r),
            16usize => self.reactions.read_from(r),
            17usize => self.show_comments.read_from(r),
            18usize => self.show_recommended_pages.read_from(r),
            19usize => self.thumbnail_web_url.read_from(r),
            20usize => self.title_area.read_from(r),
            21usize => self.canvas_layout.read_from(r),
            22usize => self.web_parts.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.e_tag);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.name);
        w.field(8usize, &self.parent_reference);
        w.field(9usize, &self.web_url);
        #[cfg(msgraph_v1_core)] w.field(10usize, &self.created_by_user);
        #[cfg(msgraph_v1_core)] w.field(11usize, &self.last_modified_by_user);
        w.field(12usize, &self.page_layout);
        w.field(13usize, &self.publishing_state);
        w.field(14usize, &self.title);
        w.field(15usize, &self.promotion_kind);
        w.field(16usize, &self.reactions);
        w.field(17usize, &self.show_comments);
        w.field(18usize, &self.show_recommended_pages);
        w.field(19usize, &self.thumbnail_web_url);
        w.field(20usize, &self.title_area);
        w.field(21usize, &self.canvas_layout);
        w.field(22usize, &self.web_parts);
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
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(SitePage);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    SitePage { with_id id : ::std::string::String; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_e_tag e_tag : ::std::string::String; with_last_modified_by last_modified_by :
    crate ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_name name : ::std::string::String;
    with_parent_reference parent_reference : crate ::v1::ItemReference; with_web_url
    web_url : ::std::string::String; #[cfg(msgraph_v1_core)] with_created_by_user
    created_by_user : crate ::v1::AnyUser; #[cfg(msgraph_v1_core)]
    with_last_modified_by_user last_modified_by_user : crate ::v1::AnyUser;
    with_page_layout page_layout : crate ::v1::PageLayoutType; with_publishing_state
    publishing_state : crate ::v1::PublicationFacet; with_title title :
    ::std::string::String; with_promotion_kind promotion_kind : crate
    ::v1::PagePromotionType; with_reactions reactions : crate ::v1::ReactionsFacet;
    with_show_comments show_comments : bool; with_show_recommended_pages
    show_recommended_pages : bool; with_thumbnail_web_url thumbnail_web_url :
    ::std::string::String; with_title_area title_area : crate ::v1::TitleArea;
    with_canvas_layout canvas_layout : crate ::v1::CanvasLayout; with_web_parts web_parts
    : ::std::vec::Vec < crate ::v1::AnyWebPart >; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(SitePage);
#[cfg(msgraph_v1_storage)]
/// CSDL: `microsoft.graph.storage`, entity type.
///
/// Request builders: [`StoragePath`](requests/trait.StoragePath.html), what a path to one (`EntityPath<Storage, C>`) dereferences to.
///
/// Features: `v1` or `v1-storage`.
#[derive(Clone)]
pub struct Storage {
    /// CSDL: containment navigation property `fileStorage`: `microsoft.graph.fileStorage`, nullable.
    pub file_storage: rt::Field<crate::v1::FileStorage>,
    /// CSDL: containment navigation property `settings`: `microsoft.graph.storageSettings`, nullable.
    pub settings: rt::Field<crate::v1::StorageSettings>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_storage)]
impl ::std::default::Default for Storage {
    #[inline]
    fn default() -> Self {
        Self {
            file_storage: rt::Field::Absent,
            settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_storage)]
impl rt::Object for Storage {
    const TYPE_NAME: &'static str = "microsoft.graph.storage";
    const KEYS: &'static [&'static str] = &["fileStorage", "settings"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"fileStorage\":                  ",
        ",\"settings\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.storage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "file_storage", &self.file_storage);
        v.field(1usize, "settings", &self.settings);
    }
}
#[cfg(msgraph_v1_storage)]
impl rt::object::Members for Storage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.file_storage.read_from(r),
            1usize => self.settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.file_storage);
        w.field(1usize, &self.settings);
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
#[cfg(msgraph_v1_storage)]
rt::impl_object!(Storage);
#[cfg(msgraph_v1_storage)]
rt::impl_setters!(
    Storage { with_file_storage file_storage : crate ::v1::FileStorage; with_settings
    settings : crate ::v1::StorageSettings; }
);
#[cfg(msgraph_v1_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(Storage);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.stsPolicy`, entity type, derived from `microsoft.graph.policyBase`, abstract, key `id`.
///
/// Request builders: [`StsPolicyPath`](requests/trait.StsPolicyPath.html), what a path to one (`EntityPath<AnyStsPolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct StsPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `definition`: `Collection(Edm.String)`, not nullable.
    pub definition: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isOrganizationDefault`: `Edm.Boolean`, nullable.
    pub is_organization_default: rt::Field<bool>,
    /// CSDL: navigation property `appliesTo`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub applies_to: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for StsPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            definition: rt::Field::Absent,
            is_organization_default: rt::Field::Absent,
            applies_to: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for StsPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.stsPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
        "definition",
        "isOrganizationDefault",
        "appliesTo",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"definition\":                   ",
        ",\"isOrganizationDefault\":        ",
        ",\"appliesTo\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.stsPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "definition", &self.definition);
        v.field(5usize, "is_organization_default", &self.is_organization_default);
        v.field(6usize, "applies_to", &self.applies_to);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for StsPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.definition.read_from(r),
            5usize => self.is_organization_default.read_from(r),
            6usize => self.applies_to.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.definition);
        w.field(5usize, &self.is_organization_default);
        w.field(6usize, &self.applies_to);
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
rt::impl_object!(StsPolicy);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    StsPolicy { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_definition definition : ::std::vec::Vec < ::std::string::String >;
    with_is_organization_default is_organization_default : bool; with_applies_to
    applies_to : ::std::vec::Vec < crate ::v1::AnyDirectoryObject >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(StsPolicy);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.stsPolicy` or any type derived from it, selected by `@odata.type` (6 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyStsPolicy {
    StsPolicy(::std::boxed::Box<crate::v1::StsPolicy>),
    ActivityBasedTimeoutPolicy(::std::boxed::Box<crate::v1::ActivityBasedTimeoutPolicy>),
    ClaimsMappingPolicy(::std::boxed::Box<crate::v1::ClaimsMappingPolicy>),
    HomeRealmDiscoveryPolicy(::std::boxed::Box<crate::v1::HomeRealmDiscoveryPolicy>),
    TokenIssuancePolicy(::std::boxed::Box<crate::v1::TokenIssuancePolicy>),
    TokenLifetimePolicy(::std::boxed::Box<crate::v1::TokenLifetimePolicy>),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyStsPolicy {
    #[inline]
    fn default() -> Self {
        Self::StsPolicy(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::StsPolicy> for AnyStsPolicy {
    #[inline]
    fn from(v: crate::v1::StsPolicy) -> Self {
        Self::StsPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ActivityBasedTimeoutPolicy> for AnyStsPolicy {
    #[inline]
    fn from(v: crate::v1::ActivityBasedTimeoutPolicy) -> Self {
        Self::ActivityBasedTimeoutPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ClaimsMappingPolicy> for AnyStsPolicy {
    #[inline]
    fn from(v: crate::v1::ClaimsMappingPolicy) -> Self {
        Self::ClaimsMappingPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::HomeRealmDiscoveryPolicy> for AnyStsPolicy {
    #[inline]
    fn from(v: crate::v1::HomeRealmDiscoveryPolicy) -> Self {
        Self::HomeRealmDiscoveryPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TokenIssuancePolicy> for AnyStsPolicy {
    #[inline]
    fn from(v: crate::v1::TokenIssuancePolicy) -> Self {
        Self::TokenIssuancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TokenLifetimePolicy> for AnyStsPolicy {
    #[inline]
    fn from(v: crate::v1::TokenLifetimePolicy) -> Self {
        Self::TokenLifetimePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyStsPolicy {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyStsPolicy {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyStsPolicy {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyStsPolicy {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyStsPolicy {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::StsPolicy>();
    rt::object::auto_traits::<crate::v1::ActivityBasedTimeoutPolicy>();
    rt::object::auto_traits::<crate::v1::ClaimsMappingPolicy>();
    rt::object::auto_traits::<crate::v1::HomeRealmDiscoveryPolicy>();
    rt::object::auto_traits::<crate::v1::TokenIssuancePolicy>();
    rt::object::auto_traits::<crate::v1::TokenLifetimePolicy>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyStsPolicy {
    const BASE_NAME: &'static str = "microsoft.graph.stsPolicy";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.activityBasedTimeoutPolicy") => {
                Self::ActivityBasedTimeoutPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.claimsMappingPolicy") => {
                Self::ClaimsMappingPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.homeRealmDiscoveryPolicy") => {
                Self::HomeRealmDiscoveryPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.tokenIssuancePolicy") => {
                Self::TokenIssuancePolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.tokenLifetimePolicy") => {
                Self::TokenLifetimePolicy(rt::object::new_boxed())
            }
            _ => Self::StsPolicy(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::StsPolicy(v) => &**v,
            Self::ActivityBasedTimeoutPolicy(v) => &**v,
            Self::ClaimsMappingPolicy(v) => &**v,
            Self::HomeRealmDiscoveryPolicy(v) => &**v,
            Self::TokenIssuancePolicy(v) => &**v,
            Self::TokenLifetimePolicy(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::StsPolicy(v) => &mut **v,
            Self::ActivityBasedTimeoutPolicy(v) => &mut **v,
            Self::ClaimsMappingPolicy(v) => &mut **v,
            Self::HomeRealmDiscoveryPolicy(v) => &mut **v,
            Self::TokenIssuancePolicy(v) => &mut **v,
            Self::TokenLifetimePolicy(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyStsPolicy {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        rt::Poly::members(self).view().0.type_name
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        rt::Poly::members(self).view().1
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        rt::Poly::members_mut(self).extra_mut_dyn()
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::StsPolicy(v) => &v.id,
            Self::ActivityBasedTimeoutPolicy(v) => &v.id,
            Self::ClaimsMappingPolicy(v) => &v.id,
            Self::HomeRealmDiscoveryPolicy(v) => &v.id,
            Self::TokenIssuancePolicy(v) => &v.id,
            Self::TokenLifetimePolicy(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::StsPolicy(v) => &mut v.id,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.id,
            Self::ClaimsMappingPolicy(v) => &mut v.id,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.id,
            Self::TokenIssuancePolicy(v) => &mut v.id,
            Self::TokenLifetimePolicy(v) => &mut v.id,
        }
    }
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::StsPolicy(v) => &v.deleted_date_time,
            Self::ActivityBasedTimeoutPolicy(v) => &v.deleted_date_time,
            Self::ClaimsMappingPolicy(v) => &v.deleted_date_time,
            Self::HomeRealmDiscoveryPolicy(v) => &v.deleted_date_time,
            Self::TokenIssuancePolicy(v) => &v.deleted_date_time,
            Self::TokenLifetimePolicy(v) => &v.deleted_date_time,
        }
    }
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::StsPolicy(v) => &mut v.deleted_date_time,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.deleted_date_time,
            Self::ClaimsMappingPolicy(v) => &mut v.deleted_date_time,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.deleted_date_time,
            Self::TokenIssuancePolicy(v) => &mut v.deleted_date_time,
            Self::TokenLifetimePolicy(v) => &mut v.deleted_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::StsPolicy(v) => &v.description,
            Self::ActivityBasedTimeoutPolicy(v) => &v.description,
            Self::ClaimsMappingPolicy(v) => &v.description,
            Self::HomeRealmDiscoveryPolicy(v) => &v.description,
            Self::TokenIssuancePolicy(v) => &v.description,
            Self::TokenLifetimePolicy(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::StsPolicy(v) => &mut v.description,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.description,
            Self::ClaimsMappingPolicy(v) => &mut v.description,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.description,
            Self::TokenIssuancePolicy(v) => &mut v.description,
            Self::TokenLifetimePolicy(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::StsPolicy(v) => &v.display_name,
            Self::ActivityBasedTimeoutPolicy(v) => &v.display_name,
            Self::ClaimsMappingPolicy(v) => &v.display_name,
            Self::HomeRealmDiscoveryPolicy(v) => &v.display_name,
            Self::TokenIssuancePolicy(v) => &v.display_name,
            Self::TokenLifetimePolicy(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::StsPolicy(v) => &mut v.display_name,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.display_name,
            Self::ClaimsMappingPolicy(v) => &mut v.display_name,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.display_name,
            Self::TokenIssuancePolicy(v) => &mut v.display_name,
            Self::TokenLifetimePolicy(v) => &mut v.display_name,
        }
    }
    /// `definition` of any variant.
    #[inline]
    pub fn definition(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::StsPolicy(v) => &v.definition,
            Self::ActivityBasedTimeoutPolicy(v) => &v.definition,
            Self::ClaimsMappingPolicy(v) => &v.definition,
            Self::HomeRealmDiscoveryPolicy(v) => &v.definition,
            Self::TokenIssuancePolicy(v) => &v.definition,
            Self::TokenLifetimePolicy(v) => &v.definition,
        }
    }
    /// `definition` of any variant.
    #[inline]
    pub fn definition_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::StsPolicy(v) => &mut v.definition,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.definition,
            Self::ClaimsMappingPolicy(v) => &mut v.definition,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.definition,
            Self::TokenIssuancePolicy(v) => &mut v.definition,
            Self::TokenLifetimePolicy(v) => &mut v.definition,
        }
    }
    /// `isOrganizationDefault` of any variant.
    #[inline]
    pub fn is_organization_default(&self) -> &rt::Field<bool> {
        match self {
            Self::StsPolicy(v) => &v.is_organization_default,
            Self::ActivityBasedTimeoutPolicy(v) => &v.is_organization_default,
            Self::ClaimsMappingPolicy(v) => &v.is_organization_default,
            Self::HomeRealmDiscoveryPolicy(v) => &v.is_organization_default,
            Self::TokenIssuancePolicy(v) => &v.is_organization_default,
            Self::TokenLifetimePolicy(v) => &v.is_organization_default,
        }
    }
    /// `isOrganizationDefault` of any variant.
    #[inline]
    pub fn is_organization_default_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::StsPolicy(v) => &mut v.is_organization_default,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.is_organization_default,
            Self::ClaimsMappingPolicy(v) => &mut v.is_organization_default,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.is_organization_default,
            Self::TokenIssuancePolicy(v) => &mut v.is_organization_default,
            Self::TokenLifetimePolicy(v) => &mut v.is_organization_default,
        }
    }
    /// `appliesTo` of any variant.
    #[inline]
    pub fn applies_to(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::StsPolicy(v) => &v.applies_to,
            Self::ActivityBasedTimeoutPolicy(v) => &v.applies_to,
            Self::ClaimsMappingPolicy(v) => &v.applies_to,
            Self::HomeRealmDiscoveryPolicy(v) => &v.applies_to,
            Self::TokenIssuancePolicy(v) => &v.applies_to,
            Self::TokenLifetimePolicy(v) => &v.applies_to,
        }
    }
    /// `appliesTo` of any variant.
    #[inline]
    pub fn applies_to_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::StsPolicy(v) => &mut v.applies_to,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.applies_to,
            Self::ClaimsMappingPolicy(v) => &mut v.applies_to,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.applies_to,
            Self::TokenIssuancePolicy(v) => &mut v.applies_to,
            Self::TokenLifetimePolicy(v) => &mut v.applies_to,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyStsPolicy);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyStsPolicy);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
/// CSDL: `microsoft.graph.subjectRightsRequest`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SubjectRightsRequestPath`](requests/trait.SubjectRightsRequestPath.html), what a path to one (`EntityPath<SubjectRightsRequest, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-privacy`, `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SubjectRightsRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `assignedTo`: `microsoft.graph.identity`, nullable.
    pub assigned_to: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `closedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub closed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `contentQuery`: `Edm.String`, nullable.
    pub content_query: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `dataSubject`: `microsoft.graph.dataSubject`, nullable.
    pub data_subject: rt::Field<crate::v1::DataSubject>,
    /// CSDL: property `dataSubjectType`: `microsoft.graph.dataSubjectType`, nullable.
    pub data_subject_type: rt::Field<crate::v1::DataSubjectType>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `externalId`: `Edm.String`, nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// CSDL: property `history`: `Collection(microsoft.graph.subjectRightsRequestHistory)`, nullable.
    pub history: rt::Field<::std::vec::Vec<crate::v1::SubjectRightsRequestHistory>>,
    /// CSDL: property `includeAllVersions`: `Edm.Boolean`, nullable.
    pub include_all_versions: rt::Field<bool>,
    /// CSDL: property `includeAuthoredContent`: `Edm.Boolean`, nullable.
    pub include_authored_content: rt::Field<bool>,
    /// CSDL: property `insight`: `microsoft.graph.subjectRightsRequestDetail`, nullable.
    pub insight: rt::Field<crate::v1::SubjectRightsRequestDetail>,
    /// CSDL: property `internalDueDateTime`: `Edm.DateTimeOffset`, nullable.
    pub internal_due_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `mailboxLocations`: `microsoft.graph.subjectRightsRequestMailboxLocation`, nullable.
    pub mailbox_locations: rt::Field<crate::v1::AnySubjectRightsRequestMailboxLocation>,
    /// CSDL: property `pauseAfterEstimate`: `Edm.Boolean`, nullable.
    pub pause_after_estimate: rt::Field<bool>,
    /// CSDL: property `regulations`: `Collection(Edm.String)`, nullable.
    pub regulations: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `siteLocations`: `microsoft.graph.subjectRightsRequestSiteLocation`, nullable.
    pub site_locations: rt::Field<crate::v1::AnySubjectRightsRequestSiteLocation>,
    /// CSDL: property `stages`: `Collection(microsoft.graph.subjectRightsRequestStageDetail)`, nullable.
    pub stages: rt::Field<::std::vec::Vec<crate::v1::SubjectRightsRequestStageDetail>>,
    /// CSDL: property `status`: `microsoft.graph.subjectRightsRequestStatus`, nullable.
    pub status: rt::Field<crate::v1::SubjectRightsRequestStatus>,
    /// CSDL: property `type`: `microsoft.graph.subjectRightsRequestType`, nullable.
    pub type_: rt::Field<crate::v1::SubjectRightsRequestType>,
    /// CSDL: navigation property `approvers`: `Collection(microsoft.graph.user)`, not nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub approvers: rt::Field<::std::vec::Vec<crate::v1::AnyUser>>,
    /// CSDL: navigation property `collaborators`: `Collection(microsoft.graph.user)`, not nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub collaborators: rt::Field<::std::vec::Vec<crate::v1::AnyUser>>,
    /// CSDL: containment navigation property `notes`: `Collection(microsoft.graph.authoredNote)`, not nullable.
    pub notes: rt::Field<::std::vec::Vec<crate::v1::AuthoredNote>>,
    /// CSDL: navigation property `team`: `microsoft.graph.team`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub team: rt::Field<crate::v1::Team>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl ::std::default::Default for SubjectRightsRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            assigned_to: rt::Field::Absent,
            closed_date_time: rt::Field::Absent,
            content_query: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            data_subject: rt::Field::Absent,
            data_subject_type: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            external_id: rt::Field::Absent,
            history: rt::Field::Absent,
            include_all_versions: rt::Field::Absent,
            include_authored_content: rt::Field::Absent,
            insight: rt::Field::Absent,
            internal_due_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            mailbox_locations: rt::Field::Absent,
            pause_after_estimate: rt::Field::Absent,
            regulations: rt::Field::Absent,
            site_locations: rt::Field::Absent,
            stages: rt::Field::Absent,
            status: rt::Field::Absent,
            type_: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            approvers: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            collaborators: rt::Field::Absent,
            notes: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            team: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::Object for SubjectRightsRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.subjectRightsRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "assignedTo",
        "closedDateTime",
        "contentQuery",
        "createdBy",
        "createdDateTime",
        "dataSubject",
        "dataSubjectType",
        "description",
        "displayName",
        "externalId",
        "history",
        "includeAllVersions",
        "includeAuthoredContent",
        "insight",
        "internalDueDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "mailboxLocations",
        "pauseAfterEstimate",
        "regulations",
        "siteLocations",
        "stages",
        "status",
        "type",
        "approvers",
        "collaborators",
        "notes",
        "team",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"assignedTo\":                   ",
        ",\"closedDateTime\":               ",
        ",\"contentQuery\":                 ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"dataSubject\":                  ",
        ",\"dataSubjectType\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"externalId\":                   ",
        ",\"history\":                      ",
        ",\"includeAllVersions\":           ",
        ",\"includeAuthoredContent\":       ",
        ",\"insight\":                      ",
        ",\"internalDueDateTime\":          ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"mailboxLocations\":             ",
        ",\"pauseAfterEstimate\":           ",
        ",\"regulations\":                  ",
        ",\"siteLocations\":                ",
        ",\"stages\":                       ",
        ",\"status\":                       ",
        ",\"type\":                         ",
        ",\"approvers\":                    ",
        ",\"collaborators\":                ",
        ",\"notes\":                        ",
        ",\"team\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.subjectRightsRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "assigned_to", &self.assigned_to);
        v.field(2usize, "closed_date_time", &self.closed_date_time);
        v.field(3usize, "content_query", &self.content_query);
        v.field(4usize, "created_by", &self.created_by);
        v.field(5usize, "created_date_time", &self.created_date_time);
        v.field(6usize, "data_subject", &self.data_subject);
        v.field(7usize, "data_subject_type", &self.data_subject_type);
        v.field(8usize, "description", &self.description);
        v.field(9usize, "display_name", &self.display_name);
        v.field(10usize, "external_id", &self.external_id);
        v.field(11usize, "history", &self.history);
        v.field(12usize, "include_all_versions", &self.include_all_versions);
        v.field(13usize, "include_authored_content", &self.include_authored_content);
        v.field(14usize, "insight", &self.insight);
        v.field(15usize, "internal_due_date_time", &self.internal_due_date_time);
        v.field(16usize, "last_modified_by", &self.last_modified_by);
        v.field(17usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(18usize, "mailbox_locations", &self.mailbox_locations);
        v.field(19usize, "pause_after_estimate", &self.pause_after_estimate);
        v.field(20usize, "regulations", &self.regulations);
        v.field(21usize, "site_locations", &self.site_locations);
        v.field(22usize, "stages", &self.stages);
        v.field(23usize, "status", &self.status);
        v.field(24usize, "type_", &self.type_);
        #[cfg(msgraph_v1_core)] v.field(25usize, "approvers", &self.approvers);
        #[cfg(msgraph_v1_core)] v.field(26usize, "collaborators", &self.collaborators);
        v.field(27usize, "notes", &self.notes);
        #[cfg(msgraph_v1_core)] v.field(28usize, "team", &self.team);
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::object::Members for SubjectRightsRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.assigned_to.read_from(r),
            2usize => self.closed_date_time.read_from(r),
            3usize => self.content_query.read_from(r),
            4usize => self.created_by.read_from(r),
            5usize => self.created_date_time.read_from(r),
            6usize => self.data_subject.read_from(r),
            7usize => self.data_subject_type.read_from(r),
            8usize => self.description.read_from(r),
            9usize => self.display_name.read_from(r),
            10usize => self.external_id.read_from(r),
            11usize => self.history.read_from(r),
            12usize => self.include_all_versions.read_from(r),
            13usize => self.include_authored_content.read_from(r),
            14usize => self.insight.read_from(r),
            15usize => self.internal_due_date_time.read_from(r),
            16usize => self.last_modified_by.read_from(r),
            17usize => self.last_modified_date_time.read_from(r),
            18usize => self.mailbox_locations.read_from(r),
            19usize => self.pause_after_estimate.read_from(r),
            20usize => self.regulations.read_from(r),
            21usize => self.site_locations.read_from(r),
            22usize => self.stages.read_from(r),
            23usize => self.status.read_from(r),
            24usize => self.type_.read_from(r),
            #[cfg(msgraph_v1_core)]
            25usize => self.approvers.read_from(r),
            #[cfg(msgraph_v1_core)]
            26usize => self.collaborators.read_from(r),
            27usize => self.notes.read_from(r),
            #[cfg(msgraph_v1_core)]
            28usize => self.team.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.assigned_to);
        w.field(2usize, &self.closed_date_time);
        w.field(3usize, &self.content_query);
        w.field(4usize, &self.created_by);
        w.field(5usize, &self.created_date_time);
        w.field(6usize, &self.data_subject);
        w.field(7usize, &self.data_subject_type);
        w.field(8usize, &self.description);
        w.field(9usize, &self.display_name);
        w.field(10usize, &self.external_id);
        w.field(11usize, &self.history);
        w.field(12usize, &self.include_all_versions);
        w.field(13usize, &self.include_authored_content);
        w.field(14usize, &self.insight);
        w.field(15usize, &self.internal_due_date_time);
        w.field(16usize, &self.last_modified_by);
        w.field(17usize, &self.last_modified_date_time);
        w.field(18usize, &self.mailbox_locations);
        w.field(19usize, &self.pause_after_estimate);
        w.field(20usize, &self.regulations);
        w.field(21usize, &self.site_locations);
        w.field(22usize, &self.stages);
        w.field(23usize, &self.status);
        w.field(24usize, &self.type_);
        #[cfg(msgraph_v1_core)] w.field(25usize, &self.approvers);
        #[cfg(msgraph_v1_core)] w.field(26usize, &self.collaborators);
        w.field(27usize, &self.notes);
        #[cfg(msgraph_v1_core)] w.field(28usize, &self.team);
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
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_object!(SubjectRightsRequest);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_setters!(
    SubjectRightsRequest { with_id id : ::std::string::String; with_assigned_to
    assigned_to : crate ::v1::AnyIdentity; with_closed_date_time closed_date_time :
    rt::edm::DateTimeOffset; with_content_query content_query : ::std::string::String;
    with_created_by created_by : crate ::v1::AnyIdentitySet; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_data_subject data_subject : crate
    ::v1::DataSubject; with_data_subject_type data_subject_type : crate
    ::v1::DataSubjectType; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_external_id external_id
    : ::std::string::String; with_history history : ::std::vec::Vec < crate
    ::v1::SubjectRightsRequestHistory >; with_include_all_versions include_all_versions :
    bool; with_include_authored_content include_authored_content : bool; with_insight
    insight : crate ::v1::SubjectRightsRequestDetail; with_internal_due_date_time
    internal_due_date_time : rt::edm::DateTimeOffset; with_last_modified_by
    last_modified_by : crate ::v1::AnyIdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_mailbox_locations
    mailbox_locations : crate ::v1::AnySubjectRightsRequestMailboxLocation;
    with_pause_after_estimate pause_after_estimate : bool; with_regulations regulations :
    ::std::vec::Vec < ::std::string::String >; with_site_locations site_locations : crate
    ::v1::AnySubjectRightsRequestSiteLocation; with_stages stages : ::std::vec::Vec <
    crate ::v1::SubjectRightsRequestStageDetail >; with_status status : crate
    ::v1::SubjectRightsRequestStatus; with_type type_ : crate
    ::v1::SubjectRightsRequestType; #[cfg(msgraph_v1_core)] with_approvers approvers :
    ::std::vec::Vec < crate ::v1::AnyUser >; #[cfg(msgraph_v1_core)] with_collaborators
    collaborators : ::std::vec::Vec < crate ::v1::AnyUser >; with_notes notes :
    ::std::vec::Vec < crate ::v1::AuthoredNote >; #[cfg(msgraph_v1_core)] with_team team
    : crate ::v1::Team; }
);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubjectRightsRequest);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.subjectSet`, complex type, abstract.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct SubjectSet {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for SubjectSet {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for SubjectSet {
    const TYPE_NAME: &'static str = "microsoft.graph.subjectSet";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.subjectSet\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for SubjectSet {
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(SubjectSet);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubjectSet);
#[cfg(msgraph_v1_any_area)]
/// `microsoft.graph.subjectSet` or any type derived from it, selected by `@odata.type` (15 types); each variant's type converts into it (`From`).
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Debug)]
pub enum AnySubjectSet {
    SubjectSet(::std::boxed::Box<crate::v1::SubjectSet>),
    AttributeRuleMembers(::std::boxed::Box<crate::v1::AttributeRuleMembers>),
    ConnectedOrganizationMembers(
        ::std::boxed::Box<crate::v1::ConnectedOrganizationMembers>,
    ),
    ExternalSponsors(::std::boxed::Box<crate::v1::ExternalSponsors>),
    GroupMembers(::std::boxed::Box<crate::v1::GroupMembers>),
    GroupBasedSubjectSet(
        ::std::boxed::Box<crate::v1::identity_governance::GroupBasedSubjectSet>,
    ),
    RuleBasedSubjectSet(
        ::std::boxed::Box<crate::v1::identity_governance::RuleBasedSubjectSet>,
    ),
    InternalSponsors(::std::boxed::Box<crate::v1::InternalSponsors>),
    RequestorManager(::std::boxed::Box<crate::v1::RequestorManager>),
    SingleServicePrincipal(::std::boxed::Box<crate::v1::SingleServicePrincipal>),
    SingleUser(::std::boxed::Box<crate::v1::SingleUser>),
    TargetAgentIdentitySponsorsOrOwners(
        ::std::boxed::Box<crate::v1::TargetAgentIdentitySponsorsOrOwners>,
    ),
    TargetApplicationOwners(::std::boxed::Box<crate::v1::TargetApplicationOwners>),
    TargetManager(::std::boxed::Box<crate::v1::TargetManager>),
    TargetUserSponsors(::std::boxed::Box<crate::v1::TargetUserSponsors>),
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for AnySubjectSet {
    #[inline]
    fn default() -> Self {
        Self::SubjectSet(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SubjectSet> for AnySubjectSet {
    #[inline]
    fn from(v: crate::v1::SubjectSet) -> Self {
        Self::SubjectSet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AttributeRuleMembers> for AnySubjectSet {
    #[inline]
    fn from(v: crate::v1::AttributeRuleMembers) -> Self {
        Self::AttributeRuleMembers(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ConnectedOrganizationMembers> for AnySubjectSet {
    #[inline]
    fn from(v: crate::v1::ConnectedOrganizationMembers) -> Self {
        Self::ConnectedOrganizationMembers(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ExternalSponsors> for AnySubjectSet {
    #[inline]
    fn from(v: crate::v1::ExternalSponsors) -> Self {
        Self::ExternalSponsors(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::GroupMembers> for AnySubjectSet {
    #[inline]
    fn from(v: crate::v1::GroupMembers) -> Self {
        Self::GroupMembers(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::identity_governance::GroupBasedSubjectSet>
for AnySubjectSet {
    #[inline]
    fn from(v: crate::v1::identity_governance::GroupBasedSubjectSet) -> Self {
        Self::GroupBasedSubjectSet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::identity_governance::RuleBasedSubjectSet>
for AnySubjectSet {
    #[inline]
    fn from(v: crate::v1::identity_governance::RuleBasedSubjectSet) -> Self {
        Self::RuleBasedSubjectSet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::InternalSponsors> for AnySubjectSet {
    #[inline]
    fn from(v: crate::v1::InternalSponsors) -> Self {
        Self::InternalSponsors(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RequestorManager> for AnySubjectSet {
    #[inline]
    fn from(v: crate::v1::RequestorManager) -> Self {
        Self::RequestorManager(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SingleServicePrincipal> for AnySubjectSet {
    #[inline]
    fn from(v: crate::v1::SingleServicePrincipal) -> Self {
        Self::SingleServicePrincipal(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SingleUser> for AnySubjectSet {
    #[inline]
    fn from(v: crate::v1::SingleUser) -> Self {
        Self::SingleUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TargetAgentIdentitySponsorsOrOwners>
for AnySubjectSet {
    #[inline]
    fn from(v: crate::v1::TargetAgentIdentitySponsorsOrOwners) -> Self {
        Self::TargetAgentIdentitySponsorsOrOwners(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TargetApplicationOwners> for AnySubjectSet {
    #[inline]
    fn from(v: crate::v1::TargetApplicationOwners) -> Self {
        Self::TargetApplicationOwners(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TargetManager> for AnySubjectSet {
    #[inline]
    fn from(v: crate::v1::TargetManager) -> Self {
        Self::TargetManager(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TargetUserSponsors> for AnySubjectSet {
    #[inline]
    fn from(v: crate::v1::TargetUserSponsors) -> Self {
        Self::TargetUserSponsors(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
unsafe impl ::std::marker::Send for AnySubjectSet {}
#[cfg(msgraph_v1_any_area)]
unsafe impl ::std::marker::Sync for AnySubjectSet {}
#[cfg(msgraph_v1_any_area)]
impl ::std::marker::Unpin for AnySubjectSet {}
#[cfg(msgraph_v1_any_area)]
impl ::std::panic::UnwindSafe for AnySubjectSet {}
#[cfg(msgraph_v1_any_area)]
impl ::std::panic::RefUnwindSafe for AnySubjectSet {}
#[cfg(msgraph_v1_any_area)]
const _: () = {
    rt::object::auto_traits::<crate::v1::SubjectSet>();
    rt::object::auto_traits::<crate::v1::AttributeRuleMembers>();
    rt::object::auto_traits::<crate::v1::ConnectedOrganizationMembers>();
    rt::object::auto_traits::<crate::v1::ExternalSponsors>();
    rt::object::auto_traits::<crate::v1::GroupMembers>();
    rt::object::auto_traits::<crate::v1::identity_governance::GroupBasedSubjectSet>();
    rt::object::auto_traits::<crate::v1::identity_governance::RuleBasedSubjectSet>();
    rt::object::auto_traits::<crate::v1::InternalSponsors>();
    rt::object::auto_traits::<crate::v1::RequestorManager>();
    rt::object::auto_traits::<crate::v1::SingleServicePrincipal>();
    rt::object::auto_traits::<crate::v1::SingleUser>();
    rt::object::auto_traits::<crate::v1::TargetAgentIdentitySponsorsOrOwners>();
    rt::object::auto_traits::<crate::v1::TargetApplicationOwners>();
    rt::object::auto_traits::<crate::v1::TargetManager>();
    rt::object::auto_traits::<crate::v1::TargetUserSponsors>();
};
#[cfg(msgraph_v1_any_area)]
impl rt::Poly for AnySubjectSet {
    const BASE_NAME: &'static str = "microsoft.graph.subjectSet";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.attributeRuleMembers") => {
                Self::AttributeRuleMembers(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.connectedOrganizationMembers",
            ) => Self::ConnectedOrganizationMembers(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.externalSponsors") => {
                Self::ExternalSponsors(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.groupMembers") => {
                Self::GroupMembers(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.groupBasedSubjectSet",
            ) => Self::GroupBasedSubjectSet(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.ruleBasedSubjectSet",
            ) => Self::RuleBasedSubjectSet(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.internalSponsors") => {
                Self::InternalSponsors(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.requestorManager") => {
                Self::RequestorManager(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.singleServicePrincipal") => {
                Self::SingleServicePrincipal(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.singleUser") => {
                Self::SingleUser(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.targetAgentIdentitySponsorsOrOwners",
            ) => Self::TargetAgentIdentitySponsorsOrOwners(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.targetApplicationOwners") => {
                Self::TargetApplicationOwners(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.targetManager") => {
                Self::TargetManager(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.targetUserSponsors") => {
                Self::TargetUserSponsors(rt::object::new_boxed())
            }
            _ => Self::SubjectSet(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::SubjectSet(v) => &**v,
            Self::AttributeRuleMembers(v) => &**v,
            Self::ConnectedOrganizationMembers(v) => &**v,
            Self::ExternalSponsors(v) => &**v,
            Self::GroupMembers(v) => &**v,
            Self::GroupBasedSubjectSet(v) => &**v,
            Self::RuleBasedSubjectSet(v) => &**v,
            Self::InternalSponsors(v) => &**v,
            Self::RequestorManager(v) => &**v,
            Self::SingleServicePrincipal(v) => &**v,
            Self::SingleUser(v) => &**v,
            Self::TargetAgentIdentitySponsorsOrOwners(v) => &**v,
            Self::TargetApplicationOwners(v) => &**v,
            Self::TargetManager(v) => &**v,
            Self::TargetUserSponsors(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::SubjectSet(v) => &mut **v,
            Self::AttributeRuleMembers(v) => &mut **v,
            Self::ConnectedOrganizationMembers(v) => &mut **v,
            Self::ExternalSponsors(v) => &mut **v,
            Self::GroupMembers(v) => &mut **v,
            Self::GroupBasedSubjectSet(v) => &mut **v,
            Self::RuleBasedSubjectSet(v) => &mut **v,
            Self::InternalSponsors(v) => &mut **v,
            Self::RequestorManager(v) => &mut **v,
            Self::SingleServicePrincipal(v) => &mut **v,
            Self::SingleUser(v) => &mut **v,
            Self::TargetAgentIdentitySponsorsOrOwners(v) => &mut **v,
            Self::TargetApplicationOwners(v) => &mut **v,
            Self::TargetManager(v) => &mut **v,
            Self::TargetUserSponsors(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl AnySubjectSet {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        rt::Poly::members(self).view().0.type_name
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        rt::Poly::members(self).view().1
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        rt::Poly::members_mut(self).extra_mut_dyn()
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_poly!(AnySubjectSet);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnySubjectSet);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.team`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`TeamPath`](requests/trait.TeamPath.html), what a path to one (`EntityPath<Team, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Team {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `classification`: `Edm.String`, nullable.
    pub classification: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `firstChannelName`: `Edm.String`, nullable.
    pub first_channel_name: rt::Field<::std::string::String>,
    /// CSDL: property `funSettings`: `microsoft.graph.teamFunSettings`, nullable.
    pub fun_settings: rt::Field<crate::v1::TeamFunSettings>,
    /// CSDL: property `guestSettings`: `microsoft.graph.teamGuestSettings`, nullable.
    pub guest_settings: rt::Field<crate::v1::TeamGuestSettings>,
    /// CSDL: property `internalId`: `Edm.String`, nullable.
    pub internal_id: rt::Field<::std::string::String>,
    /// CSDL: property `isArchived`: `Edm.Boolean`, nullable.
    pub is_archived: rt::Field<bool>,
    /// CSDL: property `memberSettings`: `microsoft.graph.teamMemberSettings`, nullable.
    pub member_settings: rt::Field<crate::v1::TeamMemberSettings>,
    /// CSDL: property `messagingSettings`: `microsoft.graph.teamMessagingSettings`, nullable.
    pub messaging_settings: rt::Field<crate::v1::TeamMessagingSettings>,
    /// CSDL: property `specialization`: `microsoft.graph.teamSpecialization`, nullable.
    pub specialization: rt::Field<crate::v1::TeamSpecialization>,
    /// CSDL: property `summary`: `microsoft.graph.teamSummary`, nullable.
    pub summary: rt::Field<crate::v1::TeamSummary>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `visibility`: `microsoft.graph.teamVisibilityType`, nullable.
    pub visibility: rt::Field<crate::v1::TeamVisibilityType>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: navigation property `allChannels`: `Collection(microsoft.graph.channel)`, not nullable.
    pub all_channels: rt::Field<::std::vec::Vec<crate::v1::Channel>>,
    /// CSDL: containment navigation property `channels`: `Collection(microsoft.graph.channel)`, not nullable.
    pub channels: rt::Field<::std::vec::Vec<crate::v1::Channel>>,
    /// CSDL: navigation property `group`: `microsoft.graph.group`, nullable.
    pub group: rt::Field<::std::boxed::Box<crate::v1::Group>>,
    /// CSDL: navigation property `incomingChannels`: `Collection(microsoft.graph.channel)`, not nullable.
    pub incoming_channels: rt::Field<::std::vec::Vec<crate::v1::Channel>>,
    /// CSDL: containment navigation property `installedApps`: `Collection(microsoft.graph.teamsAppInstallation)`, not nullable.
    pub installed_apps: rt::Field<::std::vec::Vec<crate::v1::AnyTeamsAppInstallation>>,
    /// CSDL: containment navigation property `members`: `Collection(microsoft.graph.conversationMember)`, not nullable.
    pub members: rt::Field<::std::vec::Vec<crate::v1::AnyConversationMember>>,
    /// CSDL: containment navigation property `operations`: `Collection(microsoft.graph.teamsAsyncOperation)`, not nullable.
    pub operations: rt::Field<::std::vec::Vec<crate::v1::TeamsAsyncOperation>>,
    /// CSDL: containment navigation property `permissionGrants`: `Collection(microsoft.graph.resourceSpecificPermissionGrant)`, not nullable.
    pub permission_grants: rt::Field<
        ::std::vec::Vec<crate::v1::ResourceSpecificPermissionGrant>,
    >,
    /// CSDL: containment navigation property `photo`: `microsoft.graph.profilePhoto`, nullable.
    pub photo: rt::Field<crate::v1::ProfilePhoto>,
    /// CSDL: containment navigation property `primaryChannel`: `microsoft.graph.channel`, nullable.
    pub primary_channel: rt::Field<crate::v1::Channel>,
    /// CSDL: containment navigation property `schedule`: `microsoft.graph.schedule`, nullable.
    pub schedule: rt::Field<crate::v1::Schedule>,
    /// CSDL: containment navigation property `tags`: `Collection(microsoft.graph.teamworkTag)`, not nullable.
    pub tags: rt::Field<::std::vec::Vec<crate::v1::TeamworkTag>>,
    /// CSDL: navigation property `template`: `microsoft.graph.teamsTemplate`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_search_or_teams_templates)]
    pub template: rt::Field<crate::v1::TeamsTemplate>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Team {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            classification: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            first_channel_name: rt::Field::Absent,
            fun_settings: rt::Field::Absent,
            guest_settings: rt::Field::Absent,
            internal_id: rt::Field::Absent,
            is_archived: rt::Field::Absent,
            member_settings: rt::Field::Absent,
            messaging_settings: rt::Field::Absent,
            specialization: rt::Field::Absent,
            summary: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            visibility: rt::Field::Absent,
            web_url: rt::Field::Absent,
            all_channels: rt::Field::Absent,
            channels: rt::Field::Absent,
            group: rt::Field::Absent,
            incoming_channels: rt::Field::Absent,
            installed_apps: rt::Field::Absent,
            members: rt::Field::Absent,
            operations: rt::Field::Absent,
            permission_grants: rt::Field::Absent,
            photo: rt::Field::Absent,
            primary_channel: rt::Field::Absent,
            schedule: rt::Field::Absent,
            tags: rt::Field::Absent,
            #[cfg(msgraph_v1_search_or_teams_templates)]
            template: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Team {
    const TYPE_NAME: &'static str = "microsoft.graph.team";
    const KEYS: &'static [&'static str] = &[
        "id",
        "classification",
        "createdDateTime",
        "description",
        "displayName",
        "firstChannelName",
        "funSettings",
        "guestSettings",
        "internalId",
        "isArchived",
        "memberSettings",
        "messagingSettings",
        "specialization",
        "summary",
        "tenantId",
        "visibility",
        "webUrl",
        "allChannels",
        "channels",
        "group",
        "incomingChannels",
        "installedApps",
        "members",
        "operations",
        "permissionGrants",
        "photo",
        "primaryChannel",
        "schedule",
        "tags",
        "template",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"classification\":               ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"firstChannelName\":             ",
        ",\"funSettings\":                  ",
        ",\"guestSettings\":                ",
        ",\"internalId\":                   ",
        ",\"isArchived\":                   ",
        ",\"memberSettings\":               ",
        ",\"messagingSettings\":            ",
        ",\"specialization\":               ",
        ",\"summary\":                      ",
        ",\"tenantId\":                     ",
        ",\"visibility\":                   ",
        ",\"webUrl\":                       ",
        ",\"allChannels\":                  ",
        ",\"channels\":                     ",
        ",\"group\":                        ",
        ",\"incomingChannels\":             ",
        ",\"installedApps\":                ",
        ",\"members\":                      ",
        ",\"operations\":                   ",
        ",\"permissionGrants\":             ",
        ",\"photo\":                        ",
        ",\"primaryChannel\":               ",
        ",\"schedule\":                     ",
        ",\"tags\":                         ",
        ",\"template\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.team\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "classification", &self.classification);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "first_channel_name", &self.first_channel_name);
        v.field(6usize, "fun_settings", &self.fun_settings);
        v.field(7usize, "guest_settings", &self.guest_settings);
        v.field(8usize, "internal_id", &self.internal_id);
        v.field(9usize, "is_archived", &self.is_archived);
        v.field(10usize, "member_settings", &self.member_settings);
        v.field(11usize, "messaging_settings", &self.messaging_settings);
        v.field(12usize, "specialization", &self.specialization);
        v.field(13usize, "summary", &self.summary);
        v.field(14usize, "tenant_id", &self.tenant_id);
        v.field(15usize, "visibility", &self.visibility);
        v.field(16usize, "web_url", &self.web_url);
        v.field(17usize, "all_channels", &self.all_channels);
        v.field(18usize, "channels", &self.channels);
        v.field(19usize, "group", &self.group);
        v.field(20usize, "incoming_channels", &self.incoming_channels);
        v.field(21usize, "installed_apps", &self.installed_apps);
        v.field(22usize, "members", &self.members);
        v.field(23usize, "operations", &self.operations);
        v.field(24usize, "permission_grants", &self.permission_grants);
        v.field(25usize, "photo", &self.photo);
        v.field(26usize, "primary_channel", &self.primary_channel);
        v.field(27usize, "schedule", &self.schedule);
        v.field(28usize, "tags", &self.tags);
        #[cfg(msgraph_v1_search_or_teams_templates)]
        v.field(29usize, "template", &self.template);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Team {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.classification.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.first_channel_name.read_from(r),
            6usize => self.fun_settings.read_from(r),
            7usize => self.guest_settings.read_from(r),
            8usize => self.internal_id.read_from(r),
            9usize => self.is_archived.read_from(r),
            10usize => self.member_settings.read_from(r),
            11usize => self.messaging_settings.read_from(r),
            12usize => self.specialization.read_from(r),
            13usize => self.summary.read_from(r),
            14usize => self.tenant_id.read_from(r),
            15usize => self.visibility.read_from(r),
            16usize => self.web_url.read_from(r),
            17usize => self.all_channels.read_from(r),
            18usize => self.channels.read_from(r),
            19usize => self.group.read_from(r),
            20usize => self.incoming_channels.read_from(r),
            21usize => self.installed_apps.read_from(r),
            22usize => self.members.read_from(r),
            23usize => self.operations.read_from(r),
            24usize => self.permission_grants.read_from(r),
            25usize => self.photo.read_from(r),
            26usize => self.primary_channel.read_from(r),
            27usize => self.schedule.read_from(r),
            28usize => self.tags.read_from(r),
            #[cfg(msgraph_v1_search_or_teams_templates)]
            29usize => self.template.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.classification);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.first_channel_name);
        w.field(6usize, &self.fun_settings);
        w.field(7usize, &self.guest_settings);
        w.field(8usize, &self.internal_id);
        w.field(9usize, &self.is_archived);
        w.field(10usize, &self.member_settings);
        w.field(11usize, &self.messaging_settings);
        w.field(12usize, &self.specialization);
        w.field(13usize, &self.summary);
        w.field(14usize, &self.tenant_id);
        w.field(15usize, &self.visibility);
        w.field(16usize, &self.web_url);
        w.field(17usize, &self.all_channels);
        w.field(18usize, &self.channels);
        w.field(19usize, &self.group);
        w.field(20usize, &self.incoming_channels);
        w.field(21usize, &self.installed_apps);
        w.field(22usize, &self.members);
        w.field(23usize, &self.operations);
        w.field(24usize, &self.permission_grants);
        w.field(25usize, &self.photo);
        w.field(26usize, &self.primary_channel);
        w.field(27usize, &self.schedule);
        w.field(28usize, &self.tags);
        #[cfg(msgraph_v1_search_or_teams_templates)] w.field(29usize, &self.template);
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
rt::impl_object!(Team);
#[cfg(msgraph_v1_core)]
rt::impl_boxed!(Team);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Team { with_id id : ::std::string::String; with_classification classification :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_first_channel_name
    first_channel_name : ::std::string::String; with_fun_settings fun_settings : crate
    ::v1::TeamFunSettings; with_guest_settings guest_settings : crate
    ::v1::TeamGuestSettings; with_internal_id internal_id : ::std::string::String;
    with_is_archived is_archived : bool; with_member_settings member_settings : crate
    ::v1::TeamMemberSettings; with_messaging_settings messaging_settings : crate
    ::v1::TeamMessagingSettings; with_specialization specialization : crate
    ::v1::TeamSpecialization; with_summary summary : crate ::v1::TeamSummary;
    with_tenant_id tenant_id : ::std::string::String; with_visibility visibility : crate
    ::v1::TeamVisibilityType; with_web_url web_url : ::std::string::String;
    with_all_channels all_channels : ::std::vec::Vec < crate ::v1::Channel >;
    with_channels channels : ::std::vec::Vec < crate ::v1::Channel >; with_group group :
    ::std::boxed::Box < crate ::v1::Group >; with_incoming_channels incoming_channels :
    ::std::vec::Vec < crate ::v1::Channel >; with_installed_apps installed_apps :
    ::std::vec::Vec < crate ::v1::AnyTeamsAppInstallation >; with_members members :
    ::std::vec::Vec < crate ::v1::AnyConversationMember >; with_operations operations :
    ::std::vec::Vec < crate ::v1::TeamsAsyncOperation >; with_permission_grants
    permission_grants : ::std::vec::Vec < crate ::v1::ResourceSpecificPermissionGrant >;
    with_photo photo : crate ::v1::ProfilePhoto; with_primary_channel primary_channel :
    crate ::v1::Channel; with_schedule schedule : crate ::v1::Schedule; with_tags tags :
    ::std::vec::Vec < crate ::v1::TeamworkTag >;
    #[cfg(msgraph_v1_search_or_teams_templates)] with_template template : crate
    ::v1::TeamsTemplate; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Team);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.teamInfo`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TeamInfoPath`](requests/trait.TeamInfoPath.html), what a path to one (`EntityPath<AnyTeamInfo, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamInfo {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `team`: `microsoft.graph.team`, nullable.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core)]
    pub team: rt::Field<crate::v1::Team>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for TeamInfo {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            team: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for TeamInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.teamInfo";
    const KEYS: &'static [&'static str] = &["id", "displayName", "tenantId", "team"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"tenantId\":                     ",
        ",\"team\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "tenant_id", &self.tenant_id);
        #[cfg(msgraph_v1_core)] v.field(3usize, "team", &self.team);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for TeamInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.tenant_id.read_from(r),
            #[cfg(msgraph_v1_core)]
            3usize => self.team.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.tenant_id);
        #[cfg(msgraph_v1_core)] w.field(3usize, &self.team);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(TeamInfo);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    TeamInfo { with_id id : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_tenant_id tenant_id : ::std::string::String;
    #[cfg(msgraph_v1_core)] with_team team : crate ::v1::Team; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamInfo);
#[cfg(msgraph_v1_core_or_teamwork)]
/// `microsoft.graph.teamInfo` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyTeamInfo {
    TeamInfo(::std::boxed::Box<crate::v1::TeamInfo>),
    #[cfg(msgraph_v1_core)]
    AssociatedTeamInfo(::std::boxed::Box<crate::v1::AssociatedTeamInfo>),
    SharedWithChannelTeamInfo(::std::boxed::Box<crate::v1::SharedWithChannelTeamInfo>),
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for AnyTeamInfo {
    #[inline]
    fn default() -> Self {
        Self::TeamInfo(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamInfo> for AnyTeamInfo {
    #[inline]
    fn from(v: crate::v1::TeamInfo) -> Self {
        Self::TeamInfo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AssociatedTeamInfo> for AnyTeamInfo {
    #[inline]
    fn from(v: crate::v1::AssociatedTeamInfo) -> Self {
        Self::AssociatedTeamInfo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharedWithChannelTeamInfo> for AnyTeamInfo {
    #[inline]
    fn from(v: crate::v1::SharedWithChannelTeamInfo) -> Self {
        Self::SharedWithChannelTeamInfo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
unsafe impl ::std::marker::Send for AnyTeamInfo {}
#[cfg(msgraph_v1_core_or_teamwork)]
unsafe impl ::std::marker::Sync for AnyTeamInfo {}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::marker::Unpin for AnyTeamInfo {}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::panic::UnwindSafe for AnyTeamInfo {}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::panic::RefUnwindSafe for AnyTeamInfo {}
#[cfg(msgraph_v1_core_or_teamwork)]
const _: () = {
    rt::object::auto_traits::<crate::v1::TeamInfo>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::AssociatedTeamInfo>();
    rt::object::auto_traits::<crate::v1::SharedWithChannelTeamInfo>();
};
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Poly for AnyTeamInfo {
    const BASE_NAME: &'static str = "microsoft.graph.teamInfo";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.associatedTeamInfo") => {
                Self::AssociatedTeamInfo(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.sharedWithChannelTeamInfo") => {
                Self::SharedWithChannelTeamInfo(rt::object::new_boxed())
            }
            _ => Self::TeamInfo(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::TeamInfo(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::AssociatedTeamInfo(v) => &**v,
            Self::SharedWithChannelTeamInfo(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::TeamInfo(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::AssociatedTeamInfo(v) => &mut **v,
            Self::SharedWithChannelTeamInfo(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl AnyTeamInfo {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        rt::Poly::members(self).view().0.type_name
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        rt::Poly::members(self).view().1
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        rt::Poly::members_mut(self).extra_mut_dyn()
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TeamInfo(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::AssociatedTeamInfo(v) => &v.id,
            Self::SharedWithChannelTeamInfo(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TeamInfo(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::AssociatedTeamInfo(v) => &mut v.id,
            Self::SharedWithChannelTeamInfo(v) => &mut v.id,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TeamInfo(v) => &v.display_name,
            #[cfg(msgraph_v1_core)]
            Self::AssociatedTeamInfo(v) => &v.display_name,
            Self::SharedWithChannelTeamInfo(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TeamInfo(v) => &mut v.display_name,
            #[cfg(msgraph_v1_core)]
            Self::AssociatedTeamInfo(v) => &mut v.display_name,
            Self::SharedWithChannelTeamInfo(v) => &mut v.display_name,
        }
    }
    /// `tenantId` of any variant.
    #[inline]
    pub fn tenant_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TeamInfo(v) => &v.tenant_id,
            #[cfg(msgraph_v1_core)]
            Self::AssociatedTeamInfo(v) => &v.tenant_id,
            Self::SharedWithChannelTeamInfo(v) => &v.tenant_id,
        }
    }
    /// `tenantId` of any variant.
    #[inline]
    pub fn tenant_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TeamInfo(v) => &mut v.tenant_id,
            #[cfg(msgraph_v1_core)]
            Self::AssociatedTeamInfo(v) => &mut v.tenant_id,
            Self::SharedWithChannelTeamInfo(v) => &mut v.tenant_id,
        }
    }
    /// `team` of any variant.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core)]
    #[inline]
    pub fn team(&self) -> &rt::Field<crate::v1::Team> {
        match self {
            Self::TeamInfo(v) => &v.team,
            #[cfg(msgraph_v1_core)]
            Self::AssociatedTeamInfo(v) => &v.team,
            Self::SharedWithChannelTeamInfo(v) => &v.team,
        }
    }
    /// `team` of any variant.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core)]
    #[inline]
    pub fn team_mut(&mut self) -> &mut rt::Field<crate::v1::Team> {
        match self {
            Self::TeamInfo(v) => &mut v.team,
            #[cfg(msgraph_v1_core)]
            Self::AssociatedTeamInfo(v) => &mut v.team,
            Self::SharedWithChannelTeamInfo(v) => &mut v.team,
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_poly!(AnyTeamInfo);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyTeamInfo);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.teamsAppInstallation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TeamsAppInstallationPath`](requests/trait.TeamsAppInstallationPath.html), what a path to one (`EntityPath<AnyTeamsAppInstallation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamsAppInstallation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `consentedPermissionSet`: `microsoft.graph.teamsAppPermissionSet`, nullable.
    pub consented_permission_set: rt::Field<crate::v1::TeamsAppPermissionSet>,
    /// CSDL: navigation property `teamsApp`: `microsoft.graph.teamsApp`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    pub teams_app: rt::Field<crate::v1::TeamsApp>,
    /// CSDL: navigation property `teamsAppDefinition`: `microsoft.graph.teamsAppDefinition`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    pub teams_app_definition: rt::Field<crate::v1::TeamsAppDefinition>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TeamsAppInstallation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            consented_permission_set: rt::Field::Absent,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            teams_app: rt::Field::Absent,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            teams_app_definition: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TeamsAppInstallation {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAppInstallation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "consentedPermissionSet",
        "teamsApp",
        "teamsAppDefinition",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"consentedPermissionSet\":       ",
        ",\"teamsApp\":                     ",
        ",\"teamsAppDefinition\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsAppInstallation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "consented_permission_set", &self.consented_permission_set);
        #[cfg(msgraph_v1_app_catalogs_or_search)]
        v.field(2usize, "teams_app", &self.teams_app);
        #[cfg(msgraph_v1_app_catalogs_or_search)]
        v.field(3usize, "teams_app_definition", &self.teams_app_definition);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TeamsAppInstallation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.consented_permission_set.read_from(r),
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            2usize => self.teams_app.read_from(r),
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            3usize => self.teams_app_definition.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.consented_permission_set);
        #[cfg(msgraph_v1_app_catalogs_or_search)] w.field(2usize, &self.teams_app);
        #[cfg(msgraph_v1_app_catalogs_or_search)]
        w.field(3usize, &self.teams_app_definition);
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
rt::impl_object!(TeamsAppInstallation);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TeamsAppInstallation { with_id id : ::std::string::String;
    with_consented_permission_set consented_permission_set : crate
    ::v1::TeamsAppPermissionSet; #[cfg(msgraph_v1_app_catalogs_or_search)] with_teams_app
    teams_app : crate ::v1::TeamsApp; #[cfg(msgraph_v1_app_catalogs_or_search)]
    with_teams_app_definition teams_app_definition : crate ::v1::TeamsAppDefinition; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAppInstallation);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.teamsAppInstallation` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyTeamsAppInstallation {
    TeamsAppInstallation(::std::boxed::Box<crate::v1::TeamsAppInstallation>),
    UserScopeTeamsAppInstallation(
        ::std::boxed::Box<crate::v1::UserScopeTeamsAppInstallation>,
    ),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyTeamsAppInstallation {
    #[inline]
    fn default() -> Self {
        Self::TeamsAppInstallation(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamsAppInstallation> for AnyTeamsAppInstallation {
    #[inline]
    fn from(v: crate::v1::TeamsAppInstallation) -> Self {
        Self::TeamsAppInstallation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserScopeTeamsAppInstallation>
for AnyTeamsAppInstallation {
    #[inline]
    fn from(v: crate::v1::UserScopeTeamsAppInstallation) -> Self {
        Self::UserScopeTeamsAppInstallation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyTeamsAppInstallation {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyTeamsAppInstallation {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyTeamsAppInstallation {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyTeamsAppInstallation {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyTeamsAppInstallation {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::TeamsAppInstallation>();
    rt::object::auto_traits::<crate::v1::UserScopeTeamsAppInstallation>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyTeamsAppInstallation {
    const BASE_NAME: &'static str = "microsoft.graph.teamsAppInstallation";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.userScopeTeamsAppInstallation",
            ) => Self::UserScopeTeamsAppInstallation(rt::object::new_boxed()),
            _ => Self::TeamsAppInstallation(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::TeamsAppInstallation(v) => &**v,
            Self::UserScopeTeamsAppInstallation(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::TeamsAppInstallation(v) => &mut **v,
            Self::UserScopeTeamsAppInstallation(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyTeamsAppInstallation {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        rt::Poly::members(self).view().0.type_name
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        rt::Poly::members(self).view().1
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        rt::Poly::members_mut(self).extra_mut_dyn()
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TeamsAppInstallation(v) => &v.id,
            Self::UserScopeTeamsAppInstallation(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TeamsAppInstallation(v) => &mut v.id,
            Self::UserScopeTeamsAppInstallation(v) => &mut v.id,
        }
    }
    /// `consentedPermissionSet` of any variant.
    #[inline]
    pub fn consented_permission_set(
        &self,
    ) -> &rt::Field<crate::v1::TeamsAppPermissionSet> {
        match self {
            Self::TeamsAppInstallation(v) => &v.consented_permission_set,
            Self::UserScopeTeamsAppInstallation(v) => &v.consented_permission_set,
        }
    }
    /// `consentedPermissionSet` of any variant.
    #[inline]
    pub fn consented_permission_set_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::TeamsAppPermissionSet> {
        match self {
            Self::TeamsAppInstallation(v) => &mut v.consented_permission_set,
            Self::UserScopeTeamsAppInstallation(v) => &mut v.consented_permission_set,
        }
    }
    /// `teamsApp` of any variant.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    #[inline]
    pub fn teams_app(&self) -> &rt::Field<crate::v1::TeamsApp> {
        match self {
            Self::TeamsAppInstallation(v) => &v.teams_app,
            Self::UserScopeTeamsAppInstallation(v) => &v.teams_app,
        }
    }
    /// `teamsApp` of any variant.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    #[inline]
    pub fn teams_app_mut(&mut self) -> &mut rt::Field<crate::v1::TeamsApp> {
        match self {
            Self::TeamsAppInstallation(v) => &mut v.teams_app,
            Self::UserScopeTeamsAppInstallation(v) => &mut v.teams_app,
        }
    }
    /// `teamsAppDefinition` of any variant.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    #[inline]
    pub fn teams_app_definition(&self) -> &rt::Field<crate::v1::TeamsAppDefinition> {
        match self {
            Self::TeamsAppInstallation(v) => &v.teams_app_definition,
            Self::UserScopeTeamsAppInstallation(v) => &v.teams_app_definition,
        }
    }
    /// `teamsAppDefinition` of any variant.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    #[inline]
    pub fn teams_app_definition_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::TeamsAppDefinition> {
        match self {
            Self::TeamsAppInstallation(v) => &mut v.teams_app_definition,
            Self::UserScopeTeamsAppInstallation(v) => &mut v.teams_app_definition,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyTeamsAppInstallation);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyTeamsAppInstallation);
#[cfg(msgraph_v1_search_or_teamwork)]
/// CSDL: `microsoft.graph.teamwork`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TeamworkPath`](requests/trait.TeamworkPath.html), what a path to one (`EntityPath<Teamwork, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-teamwork`.
#[derive(Clone)]
pub struct Teamwork {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isTeamsEnabled`: `Edm.Boolean`, not nullable.
    pub is_teams_enabled: rt::Field<bool>,
    /// CSDL: property `region`: `Edm.String`, nullable.
    pub region: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `deletedChats`: `Collection(microsoft.graph.deletedChat)`, not nullable.
    pub deleted_chats: rt::Field<::std::vec::Vec<crate::v1::DeletedChat>>,
    /// CSDL: containment navigation property `deletedTeams`: `Collection(microsoft.graph.deletedTeam)`, not nullable.
    pub deleted_teams: rt::Field<::std::vec::Vec<crate::v1::DeletedTeam>>,
    /// CSDL: containment navigation property `teamsAppSettings`: `microsoft.graph.teamsAppSettings`, nullable.
    pub teams_app_settings: rt::Field<crate::v1::TeamsAppSettings>,
    /// CSDL: containment navigation property `workforceIntegrations`: `Collection(microsoft.graph.workforceIntegration)`, not nullable.
    pub workforce_integrations: rt::Field<
        ::std::vec::Vec<crate::v1::WorkforceIntegration>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl ::std::default::Default for Teamwork {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_teams_enabled: rt::Field::Absent,
            region: rt::Field::Absent,
            deleted_chats: rt::Field::Absent,
            deleted_teams: rt::Field::Absent,
            teams_app_settings: rt::Field::Absent,
            workforce_integrations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl rt::Object for Teamwork {
    const TYPE_NAME: &'static str = "microsoft.graph.teamwork";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isTeamsEnabled",
        "region",
        "deletedChats",
        "deletedTeams",
        "teamsAppSettings",
        "workforceIntegrations",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isTeamsEnabled\":               ",
        ",\"region\":                       ",
        ",\"deletedChats\":                 ",
        ",\"deletedTeams\":                 ",
        ",\"teamsAppSettings\":             ",
        ",\"workforceIntegrations\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamwork\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_teams_enabled", &self.is_teams_enabled);
        v.field(2usize, "region", &self.region);
        v.field(3usize, "deleted_chats", &self.deleted_chats);
        v.field(4usize, "deleted_teams", &self.deleted_teams);
        v.field(5usize, "teams_app_settings", &self.teams_app_settings);
        v.field(6usize, "workforce_integrations", &self.workforce_integrations);
    }
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl rt::object::Members for Teamwork {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_teams_enabled.read_from(r),
            2usize => self.region.read_from(r),
            3usize => self.deleted_chats.read_from(r),
            4usize => self.deleted_teams.read_from(r),
            5usize => self.teams_app_settings.read_from(r),
            6usize => self.workforce_integrations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_teams_enabled);
        w.field(2usize, &self.region);
        w.field(3usize, &self.deleted_chats);
        w.field(4usize, &self.deleted_teams);
        w.field(5usize, &self.teams_app_settings);
        w.field(6usize, &self.workforce_integrations);
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
#[cfg(msgraph_v1_search_or_teamwork)]
rt::impl_object!(Teamwork);
#[cfg(msgraph_v1_search_or_teamwork)]
rt::impl_setters!(
    Teamwork { with_id id : ::std::string::String; with_is_teams_enabled is_teams_enabled
    : bool; with_region region : ::std::string::String; with_deleted_chats deleted_chats
    : ::std::vec::Vec < crate ::v1::DeletedChat >; with_deleted_teams deleted_teams :
    ::std::vec::Vec < crate ::v1::DeletedTeam >; with_teams_app_settings
    teams_app_settings : crate ::v1::TeamsAppSettings; with_workforce_integrations
    workforce_integrations : ::std::vec::Vec < crate ::v1::WorkforceIntegration >; }
);
#[cfg(msgraph_v1_search_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(Teamwork);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.tokenIssuancePolicy`, entity type, derived from `microsoft.graph.stsPolicy`, key `id`.
///
/// Request builders: [`StsPolicyPath`](requests/trait.StsPolicyPath.html), what a path to one (`EntityPath<TokenIssuancePolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TokenIssuancePolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `definition`: `Collection(Edm.String)`, not nullable.
    pub definition: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isOrganizationDefault`: `Edm.Boolean`, nullable.
    pub is_organization_default: rt::Field<bool>,
    /// CSDL: navigation property `appliesTo`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub applies_to: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TokenIssuancePolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            definition: rt::Field::Absent,
            is_organization_default: rt::Field::Absent,
            applies_to: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TokenIssuancePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.tokenIssuancePolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
        "definition",
        "isOrganizationDefault",
        "appliesTo",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"definition\":                   ",
        ",\"isOrganizationDefault\":        ",
        ",\"appliesTo\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.tokenIssuancePolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "definition", &self.definition);
        v.field(5usize, "is_organization_default", &self.is_organization_default);
        v.field(6usize, "applies_to", &self.applies_to);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TokenIssuancePolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.definition.read_from(r),
            5usize => self.is_organization_default.read_from(r),
            6usize => self.applies_to.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.definition);
        w.field(5usize, &self.is_organization_default);
        w.field(6usize, &self.applies_to);
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
rt::impl_object!(TokenIssuancePolicy);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TokenIssuancePolicy { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_definition definition : ::std::vec::Vec < ::std::string::String >;
    with_is_organization_default is_organization_default : bool; with_applies_to
    applies_to : ::std::vec::Vec < crate ::v1::AnyDirectoryObject >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TokenIssuancePolicy);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.tokenLifetimePolicy`, entity type, derived from `microsoft.graph.stsPolicy`, key `id`.
///
/// Request builders: [`StsPolicyPath`](requests/trait.StsPolicyPath.html), what a path to one (`EntityPath<TokenLifetimePolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TokenLifetimePolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `definition`: `Collection(Edm.String)`, not nullable.
    pub definition: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isOrganizationDefault`: `Edm.Boolean`, nullable.
    pub is_organization_default: rt::Field<bool>,
    /// CSDL: navigation property `appliesTo`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub applies_to: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TokenLifetimePolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            definition: rt::Field::Absent,
            is_organization_default: rt::Field::Absent,
            applies_to: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TokenLifetimePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.tokenLifetimePolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
        "definition",
        "isOrganizationDefault",
        "appliesTo",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"definition\":                   ",
        ",\"isOrganizationDefault\":        ",
        ",\"appliesTo\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.tokenLifetimePolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "definition", &self.definition);
        v.field(5usize, "is_organization_default", &self.is_organization_default);
        v.field(6usize, "applies_to", &self.applies_to);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TokenLifetimePolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.definition.read_from(r),
            5usize => self.is_organization_default.read_from(r),
            6usize => self.applies_to.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.definition);
        w.field(5usize, &self.is_organization_default);
        w.field(6usize, &self.applies_to);
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
rt::impl_object!(TokenLifetimePolicy);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TokenLifetimePolicy { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_definition definition : ::std::vec::Vec < ::std::string::String >;
    with_is_organization_default is_organization_default : bool; with_applies_to
    applies_to : ::std::vec::Vec < crate ::v1::AnyDirectoryObject >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TokenLifetimePolicy);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.trending`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TrendingPath`](requests/trait.TrendingPath.html), what a path to one (`EntityPath<Trending, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Trending {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `resourceReference`: `microsoft.graph.resourceReference`, nullable.
    pub resource_reference: rt::Field<crate::v1::ResourceReference>,
    /// CSDL: property `resourceVisualization`: `microsoft.graph.resourceVisualization`, nullable.
    pub resource_visualization: rt::Field<crate::v1::ResourceVisualization>,
    /// CSDL: property `weight`: `Edm.Double`, not nullable.
    pub weight: rt::Field<f64>,
    /// CSDL: navigation property `resource`: `microsoft.graph.entity`, nullable.
    pub resource: rt::Field<crate::v1::AnyEntity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Trending {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            resource_reference: rt::Field::Absent,
            resource_visualization: rt::Field::Absent,
            weight: rt::Field::Absent,
            resource: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Trending {
    const TYPE_NAME: &'static str = "microsoft.graph.trending";
    const KEYS: &'static [&'static str] = &[
        "id",
        "lastModifiedDateTime",
        "resourceReference",
        "resourceVisualization",
        "weight",
        "resource",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastModifiedDateTime\":         ",
        ",\"resourceReference\":            ",
        ",\"resourceVisualization\":        ",
        ",\"weight\":                       ",
        ",\"resource\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.trending\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(2usize, "resource_reference", &self.resource_reference);
        v.field(3usize, "resource_visualization", &self.resource_visualization);
        v.field(4usize, "weight", &self.weight);
        v.field(5usize, "resource", &self.resource);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Trending {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_modified_date_time.read_from(r),
            2usize => self.resource_reference.read_from(r),
            3usize => self.resource_visualization.read_from(r),
            4usize => self.weight.read_from(r),
            5usize => self.resource.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_modified_date_time);
        w.field(2usize, &self.resource_reference);
        w.field(3usize, &self.resource_visualization);
        w.field(4usize, &self.weight);
        w.field(5usize, &self.resource);
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
rt::impl_object!(Trending);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Trending { with_id id : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_resource_reference
    resource_reference : crate ::v1::ResourceReference; with_resource_visualization
    resource_visualization : crate ::v1::ResourceVisualization; with_weight weight : f64;
    with_resource resource : crate ::v1::AnyEntity; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Trending);
