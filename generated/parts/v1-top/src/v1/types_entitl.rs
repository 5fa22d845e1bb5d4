//! Types of `microsoft.graph` by the first letters of their names (`entitl`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.entitlementManagement`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EntitlementManagementPath`](requests/trait.EntitlementManagementPath.html), what a path to one (`EntityPath<EntitlementManagement, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct EntitlementManagement {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `accessPackageAssignmentApprovals`: `Collection(microsoft.graph.approval)`, not nullable.
    pub access_package_assignment_approvals: rt::Field<
        ::std::vec::Vec<crate::v1::Approval>,
    >,
    /// CSDL: containment navigation property `accessPackages`: `Collection(microsoft.graph.accessPackage)`, not nullable.
    pub access_packages: rt::Field<::std::vec::Vec<crate::v1::AccessPackage>>,
    /// CSDL: containment navigation property `accessPackageSuggestions`: `Collection(microsoft.graph.accessPackageSuggestion)`, not nullable.
    pub access_package_suggestions: rt::Field<
        ::std::vec::Vec<crate::v1::AccessPackageSuggestion>,
    >,
    /// CSDL: containment navigation property `assignmentPolicies`: `Collection(microsoft.graph.accessPackageAssignmentPolicy)`, not nullable.
    pub assignment_policies: rt::Field<
        ::std::vec::Vec<crate::v1::AccessPackageAssignmentPolicy>,
    >,
    /// CSDL: containment navigation property `assignmentRequests`: `Collection(microsoft.graph.accessPackageAssignmentRequest)`, not nullable.
    pub assignment_requests: rt::Field<
        ::std::vec::Vec<crate::v1::AccessPackageAssignmentRequest>,
    >,
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.accessPackageAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::v1::AccessPackageAssignment>>,
    /// CSDL: containment navigation property `availableAccessPackages`: `Collection(microsoft.graph.availableAccessPackage)`, not nullable.
    pub available_access_packages: rt::Field<
        ::std::vec::Vec<crate::v1::AvailableAccessPackage>,
    >,
    /// CSDL: containment navigation property `catalogs`: `Collection(microsoft.graph.accessPackageCatalog)`, not nullable.
    pub catalogs: rt::Field<::std::vec::Vec<crate::v1::AccessPackageCatalog>>,
    /// CSDL: containment navigation property `connectedOrganizations`: `Collection(microsoft.graph.connectedOrganization)`, not nullable.
    pub connected_organizations: rt::Field<
        ::std::vec::Vec<crate::v1::ConnectedOrganization>,
    >,
    /// CSDL: containment navigation property `controlConfigurations`: `Collection(microsoft.graph.controlConfiguration)`, not nullable.
    pub control_configurations: rt::Field<
        ::std::vec::Vec<crate::v1::AnyControlConfiguration>,
    >,
    /// CSDL: containment navigation property `resourceEnvironments`: `Collection(microsoft.graph.accessPackageResourceEnvironment)`, not nullable.
    pub resource_environments: rt::Field<
        ::std::vec::Vec<crate::v1::AccessPackageResourceEnvironment>,
    >,
    /// CSDL: containment navigation property `resourceRequests`: `Collection(microsoft.graph.accessPackageResourceRequest)`, not nullable.
    pub resource_requests: rt::Field<
        ::std::vec::Vec<crate::v1::AccessPackageResourceRequest>,
    >,
    /// CSDL: containment navigation property `resourceRoleScopes`: `Collection(microsoft.graph.accessPackageResourceRoleScope)`, not nullable.
    pub resource_role_scopes: rt::Field<
        ::std::vec::Vec<crate::v1::AccessPackageResourceRoleScope>,
    >,
    /// CSDL: containment navigation property `resources`: `Collection(microsoft.graph.accessPackageResource)`, not nullable.
    pub resources: rt::Field<::std::vec::Vec<crate::v1::AnyAccessPackageResource>>,
    /// CSDL: containment navigation property `settings`: `microsoft.graph.entitlementManagementSettings`, nullable.
    pub settings: rt::Field<crate::v1::EntitlementManagementSettings>,
    /// CSDL: containment navigation property `subjects`: `Collection(microsoft.graph.accessPackageSubject)`, not nullable.
    pub subjects: rt::Field<::std::vec::Vec<crate::v1::AccessPackageSubject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for EntitlementManagement {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            access_package_assignment_approvals: rt::Field::Absent,
            access_packages: rt::Field::Absent,
            access_package_suggestions: rt::Field::Absent,
            assignment_policies: rt::Field::Absent,
            assignment_requests: rt::Field::Absent,
            assignments: rt::Field::Absent,
            available_access_packages: rt::Field::Absent,
            catalogs: rt::Field::Absent,
            connected_organizations: rt::Field::Absent,
            control_configurations: rt::Field::Absent,
            resource_environments: rt::Field::Absent,
            resource_requests: rt::Field::Absent,
            resource_role_scopes: rt::Field::Absent,
            resources: rt::Field::Absent,
            settings: rt::Field::Absent,
            subjects: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for EntitlementManagement {
    const TYPE_NAME: &'static str = "microsoft.graph.entitlementManagement";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accessPackageAssignmentApprovals",
        "accessPackages",
        "accessPackageSuggestions",
        "assignmentPolicies",
        "assignmentRequests",
        "assignments",
        "availableAccessPackages",
        "catalogs",
        "connectedOrganizations",
        "controlConfigurations",
        "resourceEnvironments",
        "resourceRequests",
        "resourceRoleScopes",
        "resources",
        "settings",
        "subjects",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accessPackageAssignmentApprovals\":",
        ",\"accessPackages\":               ",
        ",\"accessPackageSuggestions\":     ",
        ",\"assignmentPolicies\":           ",
        ",\"assignmentRequests\":           ",
        ",\"assignments\":                  ",
        ",\"availableAccessPackages\":      ",
        ",\"catalogs\":                     ",
        ",\"connectedOrganizations\":       ",
        ",\"controlConfigurations\":        ",
        ",\"resourceEnvironments\":         ",
        ",\"resourceRequests\":             ",
        ",\"resourceRoleScopes\":           ",
        ",\"resources\":                    ",
        ",\"settings\":                     ",
        ",\"subjects\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.entitlementManagement\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "access_package_assignment_approvals",
            &self.access_package_assignment_approvals,
        );
        v.field(2usize, "access_packages", &self.access_packages);
        v.field(3usize, "access_package_suggestions", &self.access_package_suggestions);
        v.field(4usize, "assignment_policies", &self.assignment_policies);
        v.field(5usize, "assignment_requests", &self.assignment_requests);
        v.field(6usize, "assignments", &self.assignments);
        v.field(7usize, "available_access_packages", &self.available_access_packages);
        v.field(8usize, "catalogs", &self.catalogs);
        v.field(9usize, "connected_organizations", &self.connected_organizations);
        v.field(10usize, "control_configurations", &self.control_configurations);
        v.field(11usize, "resource_environments", &self.resource_environments);
        v.field(12usize, "resource_requests", &self.resource_requests);
        v.field(13usize, "resource_role_scopes", &self.resource_role_scopes);
        v.field(14usize, "resources", &self.resources);
        v.field(15usize, "settings", &self.settings);
        v.field(16usize, "subjects", &self.subjects);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for EntitlementManagement {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.access_package_assignment_approvals.read_from(r),
            2usize => self.access_packages.read_from(r),
            3usize => self.access_package_suggestions.read_from(r),
            4usize => self.assignment_policies.read_from(r),
            5usize => self.assignment_requests.read_from(r),
            6usize => self.assignments.read_from(r),
            7usize => self.available_access_packages.read_from(r),
            8usize => self.catalogs.read_from(r),
            9usize => self.connected_organizations.read_from(r),
            10usize => self.control_configurations.read_from(r),
            11usize => self.resource_environments.read_from(r),
            12usize => self.resource_requests.read_from(r),
            13usize => self.resource_role_scopes.read_from(r),
            14usize => self.resources.read_from(r),
            15usize => self.settings.read_from(r),
            16usize => self.subjects.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.access_package_assignment_approvals);
        w.field(2usize, &self.access_packages);
        w.field(3usize, &self.access_package_suggestions);
        w.field(4usize, &self.assignment_policies);
        w.field(5usize, &self.assignment_requests);
        w.field(6usize, &self.assignments);
        w.field(7usize, &self.available_access_packages);
        w.field(8usize, &self.catalogs);
        w.field(9usize, &self.connected_organizations);
        w.field(10usize, &self.control_configurations);
        w.field(11usize, &self.resource_environments);
        w.field(12usize, &self.resource_requests);
        w.field(13usize, &self.resource_role_scopes);
        w.field(14usize, &self.resources);
        w.field(15usize, &self.settings);
        w.field(16usize, &self.subjects);
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(EntitlementManagement);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    EntitlementManagement { with_id id : ::std::string::String;
    with_access_package_assignment_approvals access_package_assignment_approvals :
    ::std::vec::Vec < crate ::v1::Approval >; with_access_packages access_packages :
    ::std::vec::Vec < crate ::v1::AccessPackage >; with_access_package_suggestions
    access_package_suggestions : ::std::vec::Vec < crate ::v1::AccessPackageSuggestion >;
    with_assignment_policies assignment_policies : ::std::vec::Vec < crate
    ::v1::AccessPackageAssignmentPolicy >; with_assignment_requests assignment_requests :
    ::std::vec::Vec < crate ::v1::AccessPackageAssignmentRequest >; with_assignments
    assignments : ::std::vec::Vec < crate ::v1::AccessPackageAssignment >;
    with_available_access_packages available_access_packages : ::std::vec::Vec < crate
    ::v1::AvailableAccessPackage >; with_catalogs catalogs : ::std::vec::Vec < crate
    ::v1::AccessPackageCatalog >; with_connected_organizations connected_organizations :
    ::std::vec::Vec < crate ::v1::ConnectedOrganization >; with_control_configurations
    control_configurations : ::std::vec::Vec < crate ::v1::AnyControlConfiguration >;
    with_resource_environments resource_environments : ::std::vec::Vec < crate
    ::v1::AccessPackageResourceEnvironment >; with_resource_requests resource_requests :
    ::std::vec::Vec < crate ::v1::AccessPackageResourceRequest >;
    with_resource_role_scopes resource_role_scopes : ::std::vec::Vec < crate
    ::v1::AccessPackageResourceRoleScope >; with_resources resources : ::std::vec::Vec <
    crate ::v1::AnyAccessPackageResource >; with_settings settings : crate
    ::v1::EntitlementManagementSettings; with_subjects subjects : ::std::vec::Vec < crate
    ::v1::AccessPackageSubject >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EntitlementManagement);
