//! Types of `microsoft.graph` by the first letters of their names (`entitl`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.entitlementManagement`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EntitlementManagementPath`](requests/trait.EntitlementManagementPath.html), what a path to one (`EntityPath<EntitlementManagement, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct EntitlementManagement {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `accessPackageAssignmentApprovals`: `Collection(microsoft.graph.approval)`, not nullable.
    pub access_package_assignment_approvals: rt::Field<
        ::std::vec::Vec<crate::beta::Approval>,
    >,
    /// CSDL: containment navigation property `accessPackageAssignmentPolicies`: `Collection(microsoft.graph.accessPackageAssignmentPolicy)`, not nullable.
    pub access_package_assignment_policies: rt::Field<
        ::std::vec::Vec<crate::beta::AccessPackageAssignmentPolicy>,
    >,
    /// CSDL: containment navigation property `accessPackageAssignmentRequests`: `Collection(microsoft.graph.accessPackageAssignmentRequest)`, not nullable.
    pub access_package_assignment_requests: rt::Field<
        ::std::vec::Vec<crate::beta::AccessPackageAssignmentRequest>,
    >,
    /// CSDL: containment navigation property `accessPackageAssignmentResourceRoles`: `Collection(microsoft.graph.accessPackageAssignmentResourceRole)`, not nullable.
    pub access_package_assignment_resource_roles: rt::Field<
        ::std::vec::Vec<crate::beta::AccessPackageAssignmentResourceRole>,
    >,
    /// CSDL: containment navigation property `accessPackageAssignments`: `Collection(microsoft.graph.accessPackageAssignment)`, not nullable.
    pub access_package_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::AccessPackageAssignment>,
    >,
    /// CSDL: containment navigation property `accessPackageCatalogs`: `Collection(microsoft.graph.accessPackageCatalog)`, not nullable.
    pub access_package_catalogs: rt::Field<
        ::std::vec::Vec<crate::beta::AccessPackageCatalog>,
    >,
    /// CSDL: containment navigation property `accessPackageResourceEnvironments`: `Collection(microsoft.graph.accessPackageResourceEnvironment)`, not nullable.
    pub access_package_resource_environments: rt::Field<
        ::std::vec::Vec<crate::beta::AccessPackageResourceEnvironment>,
    >,
    /// CSDL: containment navigation property `accessPackageResourceRequests`: `Collection(microsoft.graph.accessPackageResourceRequest)`, not nullable.
    pub access_package_resource_requests: rt::Field<
        ::std::vec::Vec<crate::beta::AccessPackageResourceRequest>,
    >,
    /// CSDL: containment navigation property `accessPackageResourceRoleScopes`: `Collection(microsoft.graph.accessPackageResourceRoleScope)`, not nullable.
    pub access_package_resource_role_scopes: rt::Field<
        ::std::vec::Vec<crate::beta::AccessPackageResourceRoleScope>,
    >,
    /// CSDL: containment navigation property `accessPackageResources`: `Collection(microsoft.graph.accessPackageResource)`, not nullable.
    pub access_package_resources: rt::Field<
        ::std::vec::Vec<crate::beta::AccessPackageResource>,
    >,
    /// CSDL: containment navigation property `accessPackages`: `Collection(microsoft.graph.accessPackage)`, not nullable.
    pub access_packages: rt::Field<::std::vec::Vec<crate::beta::AccessPackage>>,
    /// CSDL: containment navigation property `connectedOrganizations`: `Collection(microsoft.graph.connectedOrganization)`, not nullable.
    pub connected_organizations: rt::Field<
        ::std::vec::Vec<crate::beta::ConnectedOrganization>,
    >,
    /// CSDL: containment navigation property `settings`: `microsoft.graph.entitlementManagementSettings`, nullable.
    pub settings: rt::Field<crate::beta::EntitlementManagementSettings>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for EntitlementManagement {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            access_package_assignment_approvals: rt::Field::Absent,
            access_package_assignment_policies: rt::Field::Absent,
            access_package_assignment_requests: rt::Field::Absent,
            access_package_assignment_resource_roles: rt::Field::Absent,
            access_package_assignments: rt::Field::Absent,
            access_package_catalogs: rt::Field::Absent,
            access_package_resource_environments: rt::Field::Absent,
            access_package_resource_requests: rt::Field::Absent,
            access_package_resource_role_scopes: rt::Field::Absent,
            access_package_resources: rt::Field::Absent,
            access_packages: rt::Field::Absent,
            connected_organizations: rt::Field::Absent,
            settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for EntitlementManagement {
    const TYPE_NAME: &'static str = "microsoft.graph.entitlementManagement";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accessPackageAssignmentApprovals",
        "accessPackageAssignmentPolicies",
        "accessPackageAssignmentRequests",
        "accessPackageAssignmentResourceRoles",
        "accessPackageAssignments",
        "accessPackageCatalogs",
        "accessPackageResourceEnvironments",
        "accessPackageResourceRequests",
        "accessPackageResourceRoleScopes",
        "accessPackageResources",
        "accessPackages",
        "connectedOrganizations",
        "settings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accessPackageAssignmentApprovals\":",
        ",\"accessPackageAssignmentPolicies\":",
        ",\"accessPackageAssignmentRequests\":",
        ",\"accessPackageAssignmentResourceRoles\":",
        ",\"accessPackageAssignments\":     ",
        ",\"accessPackageCatalogs\":        ",
        ",\"accessPackageResourceEnvironments\":",
        ",\"accessPackageResourceRequests\":",
        ",\"accessPackageResourceRoleScopes\":",
        ",\"accessPackageResources\":       ",
        ",\"accessPackages\":               ",
        ",\"connectedOrganizations\":       ",
        ",\"settings\":                     ",
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
        v.field(
            2usize,
            "access_package_assignment_policies",
            &self.access_package_assignment_policies,
        );
        v.field(
            3usize,
            "access_package_assignment_requests",
            &self.access_package_assignment_requests,
        );
        v.field(
            4usize,
            "access_package_assignment_resource_roles",
            &self.access_package_assignment_resource_roles,
        );
        v.field(5usize, "access_package_assignments", &self.access_package_assignments);
        v.field(6usize, "access_package_catalogs", &self.access_package_catalogs);
        v.field(
            7usize,
            "access_package_resource_environments",
            &self.access_package_resource_environments,
        );
        v.field(
            8usize,
            "access_package_resource_requests",
            &self.access_package_resource_requests,
        );
        v.field(
            9usize,
            "access_package_resource_role_scopes",
            &self.access_package_resource_role_scopes,
        );
        v.field(10usize, "access_package_resources", &self.access_package_resources);
        v.field(11usize, "access_packages", &self.access_packages);
        v.field(12usize, "connected_organizations", &self.connected_organizations);
        v.field(13usize, "settings", &self.settings);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for EntitlementManagement {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.access_package_assignment_approvals.read_from(r),
            2usize => self.access_package_assignment_policies.read_from(r),
            3usize => self.access_package_assignment_requests.read_from(r),
            4usize => self.access_package_assignment_resource_roles.read_from(r),
            5usize => self.access_package_assignments.read_from(r),
            6usize => self.access_package_catalogs.read_from(r),
            7usize => self.access_package_resource_environments.read_from(r),
            8usize => self.access_package_resource_requests.read_from(r),
            9usize => self.access_package_resource_role_scopes.read_from(r),
            10usize => self.access_package_resources.read_from(r),
            11usize => self.access_packages.read_from(r),
            12usize => self.connected_organizations.read_from(r),
            13usize => self.settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.access_package_assignment_approvals);
        w.field(2usize, &self.access_package_assignment_policies);
        w.field(3usize, &self.access_package_assignment_requests);
        w.field(4usize, &self.access_package_assignment_resource_roles);
        w.field(5usize, &self.access_package_assignments);
        w.field(6usize, &self.access_package_catalogs);
        w.field(7usize, &self.access_package_resource_environments);
        w.field(8usize, &self.access_package_resource_requests);
        w.field(9usize, &self.access_package_resource_role_scopes);
        w.field(10usize, &self.access_package_resources);
        w.field(11usize, &self.access_packages);
        w.field(12usize, &self.connected_organizations);
        w.field(13usize, &self.settings);
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
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_object!(EntitlementManagement);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    EntitlementManagement { with_id id : ::std::string::String;
    with_access_package_assignment_approvals access_package_assignment_approvals :
    ::std::vec::Vec < crate ::beta::Approval >; with_access_package_assignment_policies
    access_package_assignment_policies : ::std::vec::Vec < crate
    ::beta::AccessPackageAssignmentPolicy >; with_access_package_assignment_requests
    access_package_assignment_requests : ::std::vec::Vec < crate
    ::beta::AccessPackageAssignmentRequest >;
    with_access_package_assignment_resource_roles
    access_package_assignment_resource_roles : ::std::vec::Vec < crate
    ::beta::AccessPackageAssignmentResourceRole >; with_access_package_assignments
    access_package_assignments : ::std::vec::Vec < crate ::beta::AccessPackageAssignment
    >; with_access_package_catalogs access_package_catalogs : ::std::vec::Vec < crate
    ::beta::AccessPackageCatalog >; with_access_package_resource_environments
    access_package_resource_environments : ::std::vec::Vec < crate
    ::beta::AccessPackageResourceEnvironment >; with_access_package_resource_requests
    access_package_resource_requests : ::std::vec::Vec < crate
    ::beta::AccessPackageResourceRequest >; with_access_package_resource_role_scopes
    access_package_resource_role_scopes : ::std::vec::Vec < crate
    ::beta::AccessPackageResourceRoleScope >; with_access_package_resources
    access_package_resources : ::std::vec::Vec < crate ::beta::AccessPackageResource >;
    with_access_packages access_packages : ::std::vec::Vec < crate ::beta::AccessPackage
    >; with_connected_organizations connected_organizations : ::std::vec::Vec < crate
    ::beta::ConnectedOrganization >; with_settings settings : crate
    ::beta::EntitlementManagementSettings; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EntitlementManagement);
